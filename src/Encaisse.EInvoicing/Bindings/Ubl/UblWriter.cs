using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Tax;
using Encaisse.EInvoicing.Bindings.Profiles;
using static Encaisse.EInvoicing.Bindings.BindingValues;

namespace Encaisse.EInvoicing.Bindings.Ubl;

/// <summary>
/// Writes a projected invoice as a UBL 2.1 Invoice, or a CreditNote for the credit note type codes, following the
/// EN 16931 UBL syntax binding and the element order of the UBL 2.1 schemas. Syntax only: what to write was
/// decided by <see cref="ProfileProjection"/>.
/// </summary>
internal sealed class UblWriter
{
    internal const string InvoiceNs = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    internal const string CreditNoteNs = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    internal const string CacNs = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    internal const string CbcNs = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    /// <summary>UBL CardAccount requires a network; the model has none (EN 16931 has no term for it).</summary>
    internal const string UnknownCardNetwork = "NA";

    /// <summary>BT-32 goes into a PartyTaxScheme whose scheme is not VAT; "FC" (fiscal code) is the usual value.</summary>
    internal const string TaxRegistrationScheme = "FC";

    /// <summary>BT-90 is a seller or payee identifier with this scheme.</summary>
    internal const string SepaScheme = "SEPA";

    /// <summary>UNTDID 1001 code of an invoiced object identifier (BT-18, BT-128).</summary>
    internal const string InvoicedObjectTypeCode = "130";

    /// <summary>UNTDID 1001 code that carries the project reference (BT-11) in a credit note.</summary>
    internal const string ProjectTypeCode = "50";

    private readonly MarkupWriter _w;
    private readonly Invoice _invoice;
    private readonly string _currency;
    private readonly bool _creditNote;

    private UblWriter(MarkupWriter writer, Invoice invoice)
    {
        _w = writer;
        _invoice = invoice;
        _currency = invoice.Currency.Code;
        _creditNote = invoice.TypeCode.IsCreditNote;
    }

    public static byte[] Write(ProjectedInvoice projected) =>
        XmlOutput.Write(projected.Invoice, static (writer, invoice) => new UblWriter(writer, invoice).WriteDocument());

    private void WriteDocument()
    {
        var inv = _invoice;
        var root = _creditNote ? "CreditNote" : "Invoice";
        _w.WriteStartElement(root, _creditNote ? CreditNoteNs : InvoiceNs);
        _w.WriteAttributeString("xmlns", "cac", null, CacNs);
        _w.WriteAttributeString("xmlns", "cbc", null, CbcNs);

        Cbc("CustomizationID", inv.SpecificationIdentifier); // BT-24
        Cbc("ProfileID", inv.BusinessProcessType); // BT-23
        Cbc("ID", inv.Number); // BT-1
        Cbc("IssueDate", IsoDate(inv.IssueDate)); // BT-2
        if (_creditNote)
        {
            Cbc("TaxPointDate", inv.TaxPointDate); // BT-7
            Cbc("CreditNoteTypeCode", inv.TypeCode.Code); // BT-3
            WriteNotes();
        }
        else
        {
            Cbc("DueDate", inv.DueDate); // BT-9
            Cbc("InvoiceTypeCode", inv.TypeCode.Code); // BT-3
            WriteNotes();
            Cbc("TaxPointDate", inv.TaxPointDate); // BT-7
        }

        Cbc("DocumentCurrencyCode", _currency); // BT-5
        Cbc("TaxCurrencyCode", inv.VatAccountingCurrency?.Code); // BT-6
        Cbc("AccountingCost", inv.BuyerAccountingReference); // BT-19
        Cbc("BuyerReference", inv.BuyerReference); // BT-10
        WriteInvoicePeriod(inv.InvoicingPeriod, inv.VatPointDateCode); // BG-14, BT-8

        if (inv.PurchaseOrderReference is not null || inv.SalesOrderReference is not null)
        {
            // BT-13, BT-14: the order ID is mandatory in UBL; EN 16931 writes "NA" when only BT-14 is known.
            Start("OrderReference");
            Cbc("ID", inv.PurchaseOrderReference ?? UnknownOrder);
            Cbc("SalesOrderID", inv.SalesOrderReference);
            End();
        }

        foreach (var preceding in inv.PrecedingInvoices) // BG-3
        {
            Start("BillingReference");
            Start("InvoiceDocumentReference");
            Cbc("ID", preceding.Number);
            Cbc("IssueDate", preceding.IssueDate);
            End();
            End();
        }

        DocumentReference("DespatchDocumentReference", inv.DespatchAdviceReference); // BT-16
        DocumentReference("ReceiptDocumentReference", inv.ReceivingAdviceReference); // BT-15
        if (!_creditNote)
        {
            DocumentReference("OriginatorDocumentReference", inv.TenderOrLotReference); // BT-17
            DocumentReference("ContractDocumentReference", inv.ContractReference); // BT-12
            WriteAdditionalDocuments();
            DocumentReference("ProjectReference", inv.ProjectReference); // BT-11
        }
        else
        {
            DocumentReference("ContractDocumentReference", inv.ContractReference); // BT-12
            WriteAdditionalDocuments();
            DocumentReference("OriginatorDocumentReference", inv.TenderOrLotReference); // BT-17
        }

        WriteSeller(inv.Seller);
        WriteBuyer(inv.Buyer);
        WritePayee(inv.Payee);
        WriteTaxRepresentative(inv.TaxRepresentative);
        WriteDelivery(inv.Delivery);
        WritePaymentMeans(inv.PaymentInstructions);
        if (inv.PaymentTerms is not null) // BT-20
        {
            Start("PaymentTerms");
            Cbc("Note", inv.PaymentTerms);
            End();
        }

        foreach (var allowance in inv.Allowances)
        {
            WriteDocumentAllowanceCharge(allowance, charge: false); // BG-20
        }

        foreach (var charge in inv.Charges)
        {
            WriteDocumentAllowanceCharge(charge, charge: true); // BG-21
        }

        WriteTaxTotals();
        WriteMonetaryTotal(inv.Totals);
        foreach (var line in inv.Lines)
        {
            WriteLine(line);
        }

        _w.WriteEndElement();
    }

    private const string UnknownOrder = "NA";

    private void WriteNotes()
    {
        foreach (var note in _invoice.Notes) // BG-1: BT-21 as the "#CODE#text" prefix the CIUS use in UBL
        {
            Cbc("Note", note.SubjectCode is null ? note.Text : $"#{note.SubjectCode}#{note.Text}");
        }
    }

    private void WriteInvoicePeriod(Period? period, VatPointDateCode? vatPointDateCode)
    {
        if (period is null && vatPointDateCode is null)
        {
            return;
        }

        Start("InvoicePeriod");
        Cbc("StartDate", period?.Start);
        Cbc("EndDate", period?.End);
        Cbc("DescriptionCode", vatPointDateCode?.ToUntdid2005());
        End();
    }

    private void DocumentReference(string element, string? id)
    {
        if (id is null)
        {
            return;
        }

        Start(element);
        Cbc("ID", id);
        End();
    }

    private void WriteAdditionalDocuments()
    {
        var inv = _invoice;
        if (inv.InvoicedObjectIdentifier is { } objectId) // BT-18
        {
            Start("AdditionalDocumentReference");
            CbcId("ID", objectId);
            Cbc("DocumentTypeCode", InvoicedObjectTypeCode);
            End();
        }

        if (_creditNote && inv.ProjectReference is not null) // BT-11 in a credit note
        {
            Start("AdditionalDocumentReference");
            Cbc("ID", inv.ProjectReference);
            Cbc("DocumentTypeCode", ProjectTypeCode);
            End();
        }

        foreach (var document in inv.SupportingDocuments) // BG-24
        {
            Start("AdditionalDocumentReference");
            Cbc("ID", document.Reference); // BT-122
            Cbc("DocumentDescription", document.Description); // BT-123
            if (document.Attachment is not null || document.ExternalLocation is not null)
            {
                Start("Attachment");
                if (document.Attachment is { } attachment) // BT-125
                {
                    _w.WriteStartElement("cbc", "EmbeddedDocumentBinaryObject", CbcNs);
                    _w.WriteAttributeString("mimeCode", attachment.MimeCode);
                    _w.WriteAttributeString("filename", attachment.FileName);
                    var bytes = attachment.Content.Span;
                    _w.WriteBase64(bytes.ToArray(), 0, bytes.Length);
                    _w.WriteEndElement();
                }

                if (document.ExternalLocation is not null) // BT-124
                {
                    Start("ExternalReference");
                    Cbc("URI", document.ExternalLocation);
                    End();
                }

                End();
            }

            End();
        }
    }

    private void WriteSeller(Seller seller)
    {
        Start("AccountingSupplierParty");
        Start("Party");
        CbcId("EndpointID", seller.ElectronicAddress); // BT-34
        foreach (var id in seller.Identifiers) // BT-29
        {
            PartyIdentification(id);
        }

        if (_invoice.Payee is null && SepaCreditorId is { } creditor) // BT-90 on the seller when there is no payee
        {
            PartyIdentification(new Identifier(creditor, SepaScheme));
        }

        PartyName(seller.TradingName); // BT-28
        WriteAddress("PostalAddress", seller.Address); // BG-5
        PartyTaxScheme(seller.VatId, Vat); // BT-31
        PartyTaxScheme(seller.TaxRegistrationId, TaxRegistrationScheme); // BT-32
        Start("PartyLegalEntity");
        Cbc("RegistrationName", seller.Name); // BT-27
        CbcId("CompanyID", seller.LegalRegistrationId); // BT-30
        Cbc("CompanyLegalForm", seller.AdditionalLegalInformation); // BT-33
        End();
        WriteContact(seller.Contact); // BG-6
        End();
        End();
    }

    private string? SepaCreditorId => _invoice.PaymentInstructions?.DirectDebit?.CreditorId;

    private void WriteBuyer(Buyer buyer)
    {
        Start("AccountingCustomerParty");
        Start("Party");
        CbcId("EndpointID", buyer.ElectronicAddress); // BT-49
        if (buyer.Identifier is { } id) // BT-46
        {
            PartyIdentification(id);
        }

        PartyName(buyer.TradingName); // BT-45
        WriteAddress("PostalAddress", buyer.Address); // BG-8
        PartyTaxScheme(buyer.VatId, Vat); // BT-48
        Start("PartyLegalEntity");
        Cbc("RegistrationName", buyer.Name); // BT-44
        CbcId("CompanyID", buyer.LegalRegistrationId); // BT-47
        End();
        WriteContact(buyer.Contact); // BG-9
        End();
        End();
    }

    private void WritePayee(Payee? payee)
    {
        if (payee is null)
        {
            return;
        }

        Start("PayeeParty");
        if (payee.Identifier is { } id) // BT-60
        {
            PartyIdentification(id);
        }

        if (SepaCreditorId is { } creditor) // BT-90 goes to the payee when there is one
        {
            PartyIdentification(new Identifier(creditor, SepaScheme));
        }

        PartyName(payee.Name); // BT-59
        if (payee.LegalRegistrationId is not null) // BT-61
        {
            Start("PartyLegalEntity");
            CbcId("CompanyID", payee.LegalRegistrationId);
            End();
        }

        End();
    }

    private void WriteTaxRepresentative(TaxRepresentative? representative)
    {
        if (representative is null)
        {
            return;
        }

        Start("TaxRepresentativeParty");
        PartyName(representative.Name); // BT-62
        WriteAddress("PostalAddress", representative.Address); // BG-12
        PartyTaxScheme(representative.VatId, Vat); // BT-63
        End();
    }

    private void WriteDelivery(Delivery? delivery)
    {
        if (delivery is null)
        {
            return;
        }

        Start("Delivery");
        Cbc("ActualDeliveryDate", delivery.ActualDeliveryDate); // BT-72
        if (delivery.LocationId is not null || delivery.Address is not null)
        {
            Start("DeliveryLocation");
            CbcId("ID", delivery.LocationId); // BT-71
            WriteAddress("Address", delivery.Address); // BG-15
            End();
        }

        if (delivery.DeliverToName is not null) // BT-70
        {
            Start("DeliveryParty");
            PartyName(delivery.DeliverToName);
            End();
        }

        End();
    }

    private void WritePaymentMeans(PaymentInstructions? payment)
    {
        // A credit note has no cbc:DueDate: BT-9 goes into the payment means (EN 16931 UBL binding).
        var dueDate = _creditNote ? _invoice.DueDate : null;
        if (payment is null)
        {
            return;
        }

        // One PaymentMeans per credit transfer account (BG-17 repeats); BT-82, the due date, the card and the
        // mandate go with the first, BT-81 and BT-83 repeat (UBL-SR-44, UBL-SR-47 allow equal values).
        var count = Math.Max(1, payment.CreditTransfers.Count);
        for (var i = 0; i < count; i++)
        {
            Start("PaymentMeans");
            _w.WriteStartElement("cbc", "PaymentMeansCode", CbcNs); // BT-81
            if (i == 0 && payment.MeansText is not null)
            {
                _w.WriteAttributeString("name", payment.MeansText); // BT-82, once (UBL-SR-46)
            }

            _w.WriteString(payment.MeansCode);
            _w.WriteEndElement();
            Cbc("PaymentDueDate", i == 0 ? dueDate : null); // once (UBL-SR-45)
            Cbc("PaymentID", payment.RemittanceInformation); // BT-83
            if (i == 0 && payment.Card is { } card) // BG-18
            {
                Start("CardAccount");
                Cbc("PrimaryAccountNumberID", card.PrimaryAccountNumber); // BT-87
                Cbc("NetworkID", UnknownCardNetwork);
                Cbc("HolderName", card.HolderName); // BT-88
                End();
            }

            if (i < payment.CreditTransfers.Count) // BG-17
            {
                var transfer = payment.CreditTransfers[i];
                Start("PayeeFinancialAccount");
                Cbc("ID", transfer.AccountId); // BT-84
                Cbc("Name", transfer.AccountName); // BT-85
                if (transfer.ServiceProviderId is not null) // BT-86
                {
                    Start("FinancialInstitutionBranch");
                    Cbc("ID", transfer.ServiceProviderId);
                    End();
                }

                End();
            }

            if (i == 0 && payment.DirectDebit is { } debit && (debit.MandateReference is not null || debit.DebitedAccountId is not null)) // BG-19
            {
                Start("PaymentMandate");
                Cbc("ID", debit.MandateReference); // BT-89
                if (debit.DebitedAccountId is not null) // BT-91
                {
                    Start("PayerFinancialAccount");
                    Cbc("ID", debit.DebitedAccountId);
                    End();
                }

                End();
            }

            End();
        }
    }

    private void WriteDocumentAllowanceCharge(DocumentAllowanceCharge item, bool charge)
    {
        Start("AllowanceCharge");
        Cbc("ChargeIndicator", charge ? "true" : "false");
        Cbc("AllowanceChargeReasonCode", item.ReasonCode); // BT-98 / BT-105
        Cbc("AllowanceChargeReason", item.Reason); // BT-97 / BT-104
        Cbc("MultiplierFactorNumeric", item.Percentage); // BT-94 / BT-101
        Amount("Amount", item.Amount); // BT-92 / BT-99
        Amount("BaseAmount", item.BaseAmount); // BT-93 / BT-100
        Start("TaxCategory");
        Cbc("ID", item.Vat.Category.ToCode()); // BT-95 / BT-102
        Cbc("Percent", item.Vat.Rate); // BT-96 / BT-103
        TaxScheme();
        End();
        End();
    }

    private void WriteTaxTotals()
    {
        var inv = _invoice;
        Start("TaxTotal");
        Amount("TaxAmount", inv.Totals.TotalVat); // BT-110
        foreach (var entry in inv.VatBreakdown) // BG-23
        {
            Start("TaxSubtotal");
            Amount("TaxableAmount", entry.TaxableAmount); // BT-116
            Amount("TaxAmount", entry.TaxAmount); // BT-117
            Start("TaxCategory");
            Cbc("ID", entry.Vat.Category.ToCode()); // BT-118
            Cbc("Percent", entry.Vat.Rate); // BT-119
            Cbc("TaxExemptionReasonCode", entry.ExemptionReasonCode); // BT-121
            Cbc("TaxExemptionReason", entry.ExemptionReason); // BT-120
            TaxScheme();
            End();
            End();
        }

        End();

        if (inv.Totals.TotalVatInAccountingCurrency is { } accounting && inv.VatAccountingCurrency is { } currency) // BT-111
        {
            Start("TaxTotal");
            _w.WriteStartElement("cbc", "TaxAmount", CbcNs);
            _w.WriteAttributeString("currencyID", currency.Code);
            _w.WriteString(Decimal(accounting));
            _w.WriteEndElement();
            End();
        }
    }

    private void WriteMonetaryTotal(DocumentTotals totals)
    {
        Start("LegalMonetaryTotal");
        Amount("LineExtensionAmount", totals.SumOfLineNetAmounts); // BT-106
        Amount("TaxExclusiveAmount", totals.TotalWithoutVat); // BT-109
        Amount("TaxInclusiveAmount", totals.TotalWithVat); // BT-112
        Amount("AllowanceTotalAmount", totals.SumOfAllowances); // BT-107
        Amount("ChargeTotalAmount", totals.SumOfCharges); // BT-108
        Amount("PrepaidAmount", totals.PaidAmount); // BT-113
        Amount("PayableRoundingAmount", totals.RoundingAmount); // BT-114
        Amount("PayableAmount", totals.AmountDueForPayment); // BT-115
        End();
    }

    private void WriteLine(InvoiceLine line)
    {
        Start(_creditNote ? "CreditNoteLine" : "InvoiceLine");
        Cbc("ID", line.Id); // BT-126
        Cbc("Note", line.Note); // BT-127
        _w.WriteStartElement("cbc", _creditNote ? "CreditedQuantity" : "InvoicedQuantity", CbcNs); // BT-129
        _w.WriteAttributeString("unitCode", line.UnitCode); // BT-130
        _w.WriteString(Decimal(line.Quantity));
        _w.WriteEndElement();
        Amount("LineExtensionAmount", line.NetAmount); // BT-131
        Cbc("AccountingCost", line.BuyerAccountingReference); // BT-133
        if (line.Period is { } period) // BG-26
        {
            Start("InvoicePeriod");
            Cbc("StartDate", period.Start);
            Cbc("EndDate", period.End);
            End();
        }

        if (line.OrderLineReference is not null) // BT-132
        {
            Start("OrderLineReference");
            Cbc("LineID", line.OrderLineReference);
            End();
        }

        if (line.ObjectIdentifier is { } objectId) // BT-128
        {
            Start("DocumentReference");
            CbcId("ID", objectId);
            Cbc("DocumentTypeCode", InvoicedObjectTypeCode);
            End();
        }

        foreach (var allowance in line.Allowances) // BG-27
        {
            WriteLineAllowanceCharge(allowance, charge: false);
        }

        foreach (var charge in line.Charges) // BG-28
        {
            WriteLineAllowanceCharge(charge, charge: true);
        }

        WriteItem(line.Item, line.Vat);
        WritePrice(line.Price);
        End();
    }

    private void WriteLineAllowanceCharge(AllowanceCharge item, bool charge)
    {
        Start("AllowanceCharge");
        Cbc("ChargeIndicator", charge ? "true" : "false");
        Cbc("AllowanceChargeReasonCode", item.ReasonCode); // BT-140 / BT-145
        Cbc("AllowanceChargeReason", item.Reason); // BT-139 / BT-144
        Cbc("MultiplierFactorNumeric", item.Percentage); // BT-138 / BT-143
        Amount("Amount", item.Amount); // BT-136 / BT-141
        Amount("BaseAmount", item.BaseAmount); // BT-137 / BT-142
        End();
    }

    private void WriteItem(Item item, VatTreatment vat)
    {
        Start("Item");
        Cbc("Description", item.Description); // BT-154
        Cbc("Name", item.Name); // BT-153
        ItemIdentification("BuyersItemIdentification", item.BuyerId); // BT-156
        ItemIdentification("SellersItemIdentification", item.SellerId); // BT-155
        if (item.StandardId is { } standard) // BT-157
        {
            Start("StandardItemIdentification");
            CbcId("ID", standard);
            End();
        }

        if (item.OriginCountry is not null) // BT-159
        {
            Start("OriginCountry");
            Cbc("IdentificationCode", item.OriginCountry);
            End();
        }

        foreach (var classification in item.Classifications) // BT-158
        {
            Start("CommodityClassification");
            _w.WriteStartElement("cbc", "ItemClassificationCode", CbcNs);
            if (classification.ListId is not null)
            {
                _w.WriteAttributeString("listID", classification.ListId);
            }

            if (classification.ListVersion is not null)
            {
                _w.WriteAttributeString("listVersionID", classification.ListVersion);
            }

            _w.WriteString(classification.Code);
            _w.WriteEndElement();
            End();
        }

        Start("ClassifiedTaxCategory"); // BG-30
        Cbc("ID", vat.Category.ToCode()); // BT-151
        Cbc("Percent", vat.Rate); // BT-152
        TaxScheme();
        End();
        foreach (var attribute in item.Attributes) // BG-32
        {
            Start("AdditionalItemProperty");
            Cbc("Name", attribute.Name);
            Cbc("Value", attribute.Value);
            End();
        }

        End();
    }

    private void WritePrice(PriceDetails price)
    {
        Start("Price");
        Amount("PriceAmount", price.NetPrice); // BT-146
        if (price.BaseQuantity is { } baseQuantity) // BT-149, BT-150
        {
            _w.WriteStartElement("cbc", "BaseQuantity", CbcNs);
            if (price.BaseQuantityUnitCode is not null)
            {
                _w.WriteAttributeString("unitCode", price.BaseQuantityUnitCode);
            }

            _w.WriteString(Decimal(baseQuantity));
            _w.WriteEndElement();
        }

        if (price.GrossPrice is not null || price.Discount is not null)
        {
            // BT-147 is the allowance amount (mandatory in UBL: 0 when only the gross price is known), BT-148 its base.
            Start("AllowanceCharge");
            Cbc("ChargeIndicator", "false");
            Amount("Amount", price.Discount ?? 0m);
            Amount("BaseAmount", price.GrossPrice);
            End();
        }

        End();
    }

    private void ItemIdentification(string element, string? id)
    {
        if (id is null)
        {
            return;
        }

        Start(element);
        Cbc("ID", id);
        End();
    }

    private void PartyIdentification(Identifier id)
    {
        Start("PartyIdentification");
        CbcId("ID", id);
        End();
    }

    private void PartyName(string? name)
    {
        if (name is null)
        {
            return;
        }

        Start("PartyName");
        Cbc("Name", name);
        End();
    }

    private void PartyTaxScheme(string? companyId, string scheme)
    {
        if (companyId is null)
        {
            return;
        }

        Start("PartyTaxScheme");
        Cbc("CompanyID", companyId);
        Start("TaxScheme");
        Cbc("ID", scheme);
        End();
        End();
    }

    private void WriteAddress(string element, PostalAddress? address)
    {
        if (address is null)
        {
            return;
        }

        Start(element);
        Cbc("StreetName", address.Line1);
        Cbc("AdditionalStreetName", address.Line2);
        Cbc("CityName", address.City);
        Cbc("PostalZone", address.PostCode);
        Cbc("CountrySubentity", address.CountrySubdivision);
        if (address.Line3 is not null)
        {
            Start("AddressLine");
            Cbc("Line", address.Line3);
            End();
        }

        Start("Country");
        Cbc("IdentificationCode", address.CountryCode);
        End();
        End();
    }

    private void WriteContact(Contact? contact)
    {
        if (contact is null)
        {
            return;
        }

        Start("Contact");
        Cbc("Name", contact.Name);
        Cbc("Telephone", contact.Telephone);
        Cbc("ElectronicMail", contact.Email);
        End();
    }

    private void TaxScheme()
    {
        Start("TaxScheme");
        Cbc("ID", Vat);
        End();
    }

    private void Start(string name) => _w.WriteStartElement("cac", name, CacNs);

    private void End() => _w.WriteEndElement();

    private void Cbc(string name, string? value)
    {
        if (value is not null)
        {
            _w.WriteElementString("cbc", name, CbcNs, value);
        }
    }

    private void Cbc(string name, DateOnly? value)
    {
        if (value is { } date)
        {
            _w.WriteElementString("cbc", name, CbcNs, IsoDate(date));
        }
    }

    private void Cbc(string name, decimal? value)
    {
        if (value is { } number)
        {
            _w.WriteElementString("cbc", name, CbcNs, Decimal(number));
        }
    }

    private void CbcId(string name, Identifier? id)
    {
        if (id is null)
        {
            return;
        }

        _w.WriteStartElement("cbc", name, CbcNs);
        if (id.SchemeId is not null)
        {
            _w.WriteAttributeString("schemeID", id.SchemeId);
        }

        _w.WriteString(id.Value);
        _w.WriteEndElement();
    }

    private void Amount(string name, decimal? value)
    {
        if (value is not { } amount)
        {
            return;
        }

        _w.WriteStartElement("cbc", name, CbcNs);
        _w.WriteAttributeString("currencyID", _currency);
        _w.WriteString(Decimal(amount));
        _w.WriteEndElement();
    }
}
