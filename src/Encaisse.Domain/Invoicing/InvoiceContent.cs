using Encaisse.Domain.Common;
using Encaisse.Domain.Money;
using Encaisse.Domain.Terms;

namespace Encaisse.Domain.Invoicing;

/// <summary>
/// What a draft and an issued invoice have in common: every EN 16931 term except the number (BT-1), the issue
/// date (BT-2), the lines, the document allowances and charges, the VAT breakdown and the totals, whose shape
/// differs between what is given (<see cref="InvoiceDraft"/>) and what is computed or stated (<see cref="Invoice"/>).
/// All amounts of a document are in <see cref="Currency"/>.
/// </summary>
public abstract record InvoiceContent
{
    /// <summary>The BT-24 value of EN 16931 itself (the French "EN16931" CIUS profile uses it as is).</summary>
    public const string En16931SpecificationIdentifier = "urn:cen.eu:en16931:2017";

    /// <summary>BT-3 Invoice type code.</summary>
    public InvoiceTypeCode TypeCode { get; init; } = InvoiceTypeCode.CommercialInvoice;

    /// <summary>BT-5 Invoice currency code.</summary>
    public CurrencyCode Currency { get; init; } = CurrencyCode.Eur;

    /// <summary>BT-6 VAT accounting currency code, when VAT is accounted in another currency (BT-111 then gives the VAT total in it).</summary>
    public CurrencyCode? VatAccountingCurrency { get; init; }

    /// <summary>BT-7 Value added tax point date (excludes BT-8, BR-CO-03).</summary>
    public DateOnly? TaxPointDate { get; init; }

    /// <summary>BT-8 Value added tax point date code (see <see cref="VatOnDebits"/>).</summary>
    public VatPointDateCode? VatPointDateCode { get; init; }

    /// <summary>BT-9 Payment due date.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>BT-10 Buyer reference (the buyer's routing reference, e.g. the service code of a public buyer).</summary>
    public string? BuyerReference { get; init; }

    /// <summary>BT-11 Project reference.</summary>
    public string? ProjectReference { get; init; }

    /// <summary>BT-12 Contract reference.</summary>
    public string? ContractReference { get; init; }

    /// <summary>BT-13 Purchase order reference.</summary>
    public string? PurchaseOrderReference { get; init; }

    /// <summary>BT-14 Sales order reference.</summary>
    public string? SalesOrderReference { get; init; }

    /// <summary>BT-15 Receiving advice reference.</summary>
    public string? ReceivingAdviceReference { get; init; }

    /// <summary>BT-16 Despatch advice reference.</summary>
    public string? DespatchAdviceReference { get; init; }

    /// <summary>BT-17 Tender or lot reference.</summary>
    public string? TenderOrLotReference { get; init; }

    /// <summary>BT-18 Invoiced object identifier (+ BT-18-1 scheme, UNTDID 1153).</summary>
    public Identifier? InvoicedObjectIdentifier { get; init; }

    /// <summary>BT-19 Buyer accounting reference.</summary>
    public string? BuyerAccountingReference { get; init; }

    /// <summary>BT-20 Payment terms (text).</summary>
    public string? PaymentTerms { get; init; }

    /// <summary>BG-1 Invoice notes (BT-21 subject code, BT-22 text).</summary>
    public IReadOnlyList<InvoiceNote> Notes { get; init => field = ValueList.Of(value); } = ValueList<InvoiceNote>.Empty;

    /// <summary>BT-23 Business process type (BG-2). In France the "cadre de facturation", see <see cref="BillingFramework"/>.</summary>
    public string? BusinessProcessType { get; init; }

    /// <summary>BT-24 Specification identifier (BG-2): the CIUS or profile the document follows.</summary>
    public string SpecificationIdentifier { get; init; } = En16931SpecificationIdentifier;

    /// <summary>BG-3 Preceding invoice references (BT-25 number, BT-26 date).</summary>
    public IReadOnlyList<PrecedingInvoiceReference> PrecedingInvoices { get; init => field = ValueList.Of(value); } = ValueList<PrecedingInvoiceReference>.Empty;

    /// <summary>BG-4 Seller.</summary>
    public required Seller Seller { get; init; }

    /// <summary>BG-7 Buyer.</summary>
    public required Buyer Buyer { get; init; }

    /// <summary>BG-10 Payee, when not the seller.</summary>
    public Payee? Payee { get; init; }

    /// <summary>BG-11 Seller tax representative party.</summary>
    public TaxRepresentative? TaxRepresentative { get; init; }

    /// <summary>BG-13 Delivery information (BT-70, BT-71, BT-72, BG-15).</summary>
    public Delivery? Delivery { get; init; }

    /// <summary>BG-14 Invoicing period (BT-73, BT-74). Document level, although EN 16931 draws it under BG-13.</summary>
    public Period? InvoicingPeriod { get; init; }

    /// <summary>BG-16 Payment instructions.</summary>
    public PaymentInstructions? PaymentInstructions { get; init; }

    /// <summary>BG-24 Additional supporting documents.</summary>
    public IReadOnlyList<SupportingDocument> SupportingDocuments { get; init => field = ValueList.Of(value); } = ValueList<SupportingDocument>.Empty;

    /// <summary>
    /// Payment schedule, an extension to EN 16931 (which has one due date): the parts of BT-115 and when each is
    /// due. When present, the first instalment's date is also <see cref="DueDate"/>.
    /// </summary>
    public IReadOnlyList<Instalment> PaymentSchedule { get; init => field = ValueList.Of(value); } = ValueList<Instalment>.Empty;

    /// <summary>The French "option pour le paiement de la taxe d'après les débits": BT-8 says VAT is due at invoicing.</summary>
    public bool VatOnDebits => VatPointDateCode == Invoicing.VatPointDateCode.InvoiceIssueDate;

    /// <summary>The French billing framework read from BT-23; null when BT-23 holds something else.</summary>
    public BillingFramework? BillingFramework =>
        Invoicing.BillingFramework.Parse(BusinessProcessType).TryGetValue(out var framework) ? framework : null;

    /// <summary>The French treatment read from the BAR note; null when there is none or it is not a known code.</summary>
    public InvoiceTreatment? Treatment
    {
        get
        {
            foreach (var note in Notes)
            {
                if (note.SubjectCode == NoteSubjectCodes.Treatment && InvoiceTreatments.TryParse(note.Text, out var treatment))
                {
                    return treatment;
                }
            }

            return null;
        }
    }
}
