using Encaisse.Domain.Invoicing;

namespace Encaisse.EInvoicing.Bindings.Profiles;

/// <summary>
/// The invoice as a profile writes it: the terms the profile does not carry are removed, BT-24 (and for Peppol a
/// missing BT-23) set. Both writers write exactly what is left, so every "what" decision lives here, once, for
/// both syntaxes.
/// </summary>
/// <param name="Invoice">The invoice to write.</param>
/// <param name="WritesSumOfLineNetAmounts">False for MINIMUM, whose schema has no BT-106.</param>
internal sealed record ProjectedInvoice(Invoice Invoice, bool WritesSumOfLineNetAmounts);

/// <summary>
/// The one projection from the model to a profile. What each level keeps follows the Factur-X 1.09 schemas
/// (MINIMUM, BASIC WL, BASIC), which are the only profiles narrower than EN 16931; EXTENDED adds the payment
/// schedule, which EN 16931 has no term for. See docs/einvoice-bindings.md for the matrix.
/// </summary>
internal static class ProfileProjection
{
    public static ProjectedInvoice Project(Invoice invoice, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(format);
        var profile = format.Profile;
        var specification = profile.SpecificationIdentifier(format.Syntax);
        var processType = invoice.BusinessProcessType ?? profile.BusinessProcessType;

        var projected = profile.Level switch
        {
            ProfileLevel.Minimum => Minimum(invoice),
            ProfileLevel.BasicWl => BasicWl(invoice),
            ProfileLevel.Basic => Basic(invoice),
            ProfileLevel.En16931 => invoice.PaymentSchedule.Count == 0 ? invoice : invoice with { PaymentSchedule = [] },
            _ => invoice,
        };

        if (profile.BusinessProcessType is { } peppolProcess)
        {
            // Peppol BIS (PEPPOL-EN16931-R007): BT-23 must name a Peppol billing process; another framework's code
            // (the French S1, B1, ... categories) has no place there and gives way to the profile's process.
            if (!processType!.StartsWith(PeppolProcessPrefix, StringComparison.Ordinal))
            {
                processType = peppolProcess;
            }

            projected = OneNote(projected, format.Syntax);
        }

        if (projected.SpecificationIdentifier != specification || projected.BusinessProcessType != processType)
        {
            projected = projected with { SpecificationIdentifier = specification, BusinessProcessType = processType };
        }

        return new ProjectedInvoice(projected, profile.Level != ProfileLevel.Minimum);
    }

    private const string PeppolProcessPrefix = "urn:fdc:peppol.eu:2017:poacc:billing:";

    /// <summary>
    /// PEPPOL-EN16931-R002: at most one note (BT-22), in UBL unless seller and buyer are both in Germany, in CII
    /// without a subject code (BT-21). Several notes (the French PMT, PMD and AAB mentions) become one, their texts on separate
    /// lines; the subject codes are not written.
    /// </summary>
    private static Invoice OneNote(Invoice invoice, Xml.DocumentSyntax syntax)
    {
        var bothGerman = invoice.Seller.Address?.CountryCode == "DE" && invoice.Buyer.Address?.CountryCode == "DE";
        // The CII form of the rule has no German exception.
        var needsMerge = syntax == Xml.DocumentSyntax.Cii
            ? invoice.Notes.Count > 1 || invoice.Notes.Any(n => n.SubjectCode is not null)
            : invoice.Notes.Count > 1 && !bothGerman;
        return needsMerge
            ? invoice with { Notes = [new InvoiceNote(string.Join("\n", invoice.Notes.Select(n => n.Text)))] }
            : invoice;
    }

    // Factur-X MINIMUM: BT-1, 2, 3, 5, 10, 13, 23, 24; seller name, BT-30, BT-31, BT-32 and country; buyer name
    // and BT-47; BT-109, 110, 112, 115 (BT-106 is kept in the model but not written).
    private static Invoice Minimum(Invoice invoice) => new()
    {
        Number = invoice.Number,
        IssueDate = invoice.IssueDate,
        TypeCode = invoice.TypeCode,
        Currency = invoice.Currency,
        BuyerReference = invoice.BuyerReference,
        PurchaseOrderReference = invoice.PurchaseOrderReference,
        BusinessProcessType = invoice.BusinessProcessType,
        SpecificationIdentifier = invoice.SpecificationIdentifier,
        Seller = new Seller
        {
            Name = invoice.Seller.Name,
            LegalRegistrationId = invoice.Seller.LegalRegistrationId,
            VatId = invoice.Seller.VatId,
            TaxRegistrationId = invoice.Seller.TaxRegistrationId,
            Address = invoice.Seller.Address is { } address ? new Domain.Common.PostalAddress { CountryCode = address.CountryCode } : null,
        },
        Buyer = new Buyer { Name = invoice.Buyer.Name, LegalRegistrationId = invoice.Buyer.LegalRegistrationId },
        Totals = new DocumentTotals
        {
            SumOfLineNetAmounts = invoice.Totals.SumOfLineNetAmounts,
            TotalWithoutVat = invoice.Totals.TotalWithoutVat,
            TotalVat = invoice.Totals.TotalVat,
            TotalWithVat = invoice.Totals.TotalWithVat,
            AmountDueForPayment = invoice.Totals.AmountDueForPayment,
        },
    };

    // Factur-X BASIC WL: the header without BT-7, BT-11, BT-14, BT-15, BT-17, BT-18, BT-33, BT-45, BT-82, BT-85,
    // BT-86, BT-114, contacts (BG-6, BG-9), payment card (BG-18), attachments (BG-24); no lines.
    private static Invoice BasicWl(Invoice invoice) => BasicHeader(invoice) with { Lines = [] };

    // Factur-X BASIC: the BASIC WL header, lines without BT-128, BT-132, BT-133, with only BT-153 and BT-157 of the
    // item, and line allowances and charges as amounts (no BT-137/138, BT-142/143).
    private static Invoice Basic(Invoice invoice)
    {
        var lines = new InvoiceLine[invoice.Lines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = invoice.Lines[i];
            lines[i] = line with
            {
                ObjectIdentifier = null,
                OrderLineReference = null,
                BuyerAccountingReference = null,
                Item = new Item { Name = line.Item.Name, StandardId = line.Item.StandardId },
                Allowances = AmountsOnly(line.Allowances),
                Charges = AmountsOnly(line.Charges),
            };
        }

        return BasicHeader(invoice) with { Lines = lines };
    }

    private static AllowanceCharge[] AmountsOnly(IReadOnlyList<AllowanceCharge> items)
    {
        var result = new AllowanceCharge[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = items[i] with { Percentage = null, BaseAmount = null };
        }

        return result;
    }

    private static Invoice BasicHeader(Invoice invoice) => invoice with
    {
        TaxPointDate = null,
        ProjectReference = null,
        SalesOrderReference = null,
        ReceivingAdviceReference = null,
        TenderOrLotReference = null,
        InvoicedObjectIdentifier = null,
        SupportingDocuments = [],
        PaymentSchedule = [],
        Seller = invoice.Seller with { AdditionalLegalInformation = null, Contact = null },
        Buyer = invoice.Buyer with { Contact = null, TradingName = null },
        PaymentInstructions = invoice.PaymentInstructions is { } payment
            ? payment with
            {
                MeansText = null,
                Card = null,
                CreditTransfers = [.. payment.CreditTransfers.Select(t => t with { AccountName = null, ServiceProviderId = null })],
            }
            : null,
        Totals = invoice.Totals with { RoundingAmount = null },
    };
}
