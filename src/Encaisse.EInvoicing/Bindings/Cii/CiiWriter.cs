using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Tax;
using Encaisse.EInvoicing.Bindings.Profiles;
using static Encaisse.EInvoicing.Bindings.BindingValues;

namespace Encaisse.EInvoicing.Bindings.Cii;

/// <summary>
/// Writes a projected invoice as a UN/CEFACT CrossIndustryInvoice following the EN 16931 CII binding, in the
/// element order shared by D16B, D22B and the Factur-X 1.09 schemas. Syntax only: what to write was decided by
/// <see cref="ProfileProjection"/>.
/// </summary>
internal sealed class CiiWriter
{
    internal const string RsmNs = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    internal const string RamNs = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    internal const string UdtNs = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    internal const string QdtNs = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    /// <summary>Scheme of the VAT number in SpecifiedTaxRegistration (BT-31, BT-48, BT-63).</summary>
    internal const string VatRegistrationScheme = "VA";

    /// <summary>Scheme of the seller tax registration identifier (BT-32).</summary>
    internal const string TaxRegistrationScheme = "FC";

    /// <summary>UNTDID 1001 codes of the additional referenced documents: BG-24, BT-17, BT-18 / BT-128.</summary>
    internal const string SupportingDocumentTypeCode = "916";
    internal const string TenderTypeCode = "50";
    internal const string InvoicedObjectTypeCode = "130";

    /// <summary>SpecifiedProcuringProject needs a name; EN 16931 has only the identifier (BT-11).</summary>
    internal const string ProjectName = "Project reference";

    private readonly MarkupWriter _w;
    private readonly Invoice _invoice;
    private readonly bool _writesLineTotal;
    private readonly int _maxPrecedingInvoices;

    private CiiWriter(MarkupWriter writer, ProjectedInvoice projected, SyntaxVersion version)
    {
        _w = writer;
        _invoice = projected.Invoice;
        _writesLineTotal = projected.WritesSumOfLineNetAmounts;
        // D16B has room for one preceding invoice reference (BG-3); D22B and the Factur-X schemas for several.
        _maxPrecedingInvoices = version == SyntaxVersion.CiiD16B ? 1 : int.MaxValue;
    }

    public static byte[] Write(ProjectedInvoice projected, SyntaxVersion version) =>
        XmlOutput.Write((projected, version), static (writer, state) => new CiiWriter(writer, state.projected, state.version).WriteDocument());

    private void WriteDocument()
    {
        var inv = _invoice;
        _w.WriteStartElement("rsm", "CrossIndustryInvoice", RsmNs);
        _w.WriteAttributeString("xmlns", "qdt", null, QdtNs);
        _w.WriteAttributeString("xmlns", "ram", null, RamNs);
        _w.WriteAttributeString("xmlns", "udt", null, UdtNs);

        _w.WriteStartElement("rsm", "ExchangedDocumentContext", RsmNs);
        if (inv.BusinessProcessType is not null) // BT-23
        {
            Start("BusinessProcessSpecifiedDocumentContextParameter");
            Ram("ID", inv.BusinessProcessType);
            End();
        }

        Start("GuidelineSpecifiedDocumentContextParameter"); // BT-24
        Ram("ID", inv.SpecificationIdentifier);
        End();
        _w.WriteEndElement();

        _w.WriteStartElement("rsm", "ExchangedDocument", RsmNs);
        Ram("ID", inv.Number); // BT-1
        Ram("TypeCode", inv.TypeCode.Code); // BT-3
        DateTime("IssueDateTime", inv.IssueDate); // BT-2
        foreach (var note in inv.Notes) // BG-1
        {
            Start("IncludedNote");
            Ram("Content", note.Text); // BT-22
            Ram("SubjectCode", note.SubjectCode); // BT-21
            End();
        }

        _w.WriteEndElement();

        _w.WriteStartElement("rsm", "SupplyChainTradeTransaction", RsmNs);
        foreach (var line in inv.Lines)
        {
            WriteLine(line);
        }

        WriteAgreement();
        WriteDelivery(inv.Delivery);
        WriteSettlement();
        _w.WriteEndElement();
        _w.WriteEndElement();
    }

    private void WriteAgreement()
    {
        var inv = _invoice;
        Start("ApplicableHeaderTradeAgreement");
        Ram("BuyerReference", inv.BuyerReference); // BT-10
        WriteSeller(inv.Seller);
        WriteBuyer(inv.Buyer);
        if (inv.TaxRepresentative is { } representative) // BG-11
        {
            Start("SellerTaxRepresentativeTradeParty");
            Ram("Name", representative.Name); // BT-62
            WriteAddress(representative.Address); // BG-12
            TaxRegistration(representative.VatId, VatRegistrationScheme); // BT-63
            End();
        }

        ReferencedDocument("SellerOrderReferencedDocument", inv.SalesOrderReference); // BT-14
        ReferencedDocument("BuyerOrderReferencedDocument", inv.PurchaseOrderReference); // BT-13
        ReferencedDocument("ContractReferencedDocument", inv.ContractReference); // BT-12
        foreach (var document in inv.SupportingDocuments) // BG-24
        {
            Start("AdditionalReferencedDocument");
            Ram("IssuerAssignedID", document.Reference); // BT-122
            Ram("URIID", document.ExternalLocation); // BT-124
            Ram("TypeCode", SupportingDocumentTypeCode);
            Ram("Name", document.Description); // BT-123
            if (document.Attachment is { } attachment) // BT-125
            {
                _w.WriteStartElement("ram", "AttachmentBinaryObject", RamNs);
                _w.WriteAttributeString("mimeCode", attachment.MimeCode);
                _w.WriteAttributeString("filename", attachment.FileName);
                var bytes = attachment.Content.Span;
                _w.WriteBase64(bytes.ToArray(), 0, bytes.Length);
                _w.WriteEndElement();
            }

            End();
        }

        if (inv.TenderOrLotReference is not null) // BT-17
        {
            Start("AdditionalReferencedDocument");
            Ram("IssuerAssignedID", inv.TenderOrLotReference);
            Ram("TypeCode", TenderTypeCode);
            End();
        }

        if (inv.InvoicedObjectIdentifier is { } objectId) // BT-18
        {
            ObjectReference(objectId);
        }

        if (inv.ProjectReference is not null) // BT-11
        {
            Start("SpecifiedProcuringProject");
            Ram("ID", inv.ProjectReference);
            Ram("Name", ProjectName);
            End();
        }

        End();
    }

    private void ObjectReference(Identifier objectId)
    {
        Start("AdditionalReferencedDocument");
        Ram("IssuerAssignedID", objectId.Value);
        Ram("TypeCode", InvoicedObjectTypeCode);
        Ram("ReferenceTypeCode", objectId.SchemeId);
        End();
    }

    private void WriteSeller(Seller seller)
    {
        Start("SellerTradeParty");
        PartyIds(seller.Identifiers); // BT-29
        Ram("Name", seller.Name); // BT-27
        Ram("Description", seller.AdditionalLegalInformation); // BT-33
        LegalOrganization(seller.LegalRegistrationId, seller.TradingName); // BT-30, BT-28
        WriteContact(seller.Contact); // BG-6
        WriteAddress(seller.Address); // BG-5
        ElectronicAddress(seller.ElectronicAddress); // BT-34
        TaxRegistration(seller.VatId, VatRegistrationScheme); // BT-31
        TaxRegistration(seller.TaxRegistrationId, TaxRegistrationScheme); // BT-32
        End();
    }

    private void WriteBuyer(Buyer buyer)
    {
        Start("BuyerTradeParty");
        if (buyer.Identifier is { } id) // BT-46
        {
            PartyIds([id]);
        }

        Ram("Name", buyer.Name); // BT-44
        LegalOrganization(buyer.LegalRegistrationId, buyer.TradingName); // BT-47, BT-45
        WriteContact(buyer.Contact); // BG-9
        WriteAddress(buyer.Address); // BG-8
        ElectronicAddress(buyer.ElectronicAddress); // BT-49
        TaxRegistration(buyer.VatId, VatRegistrationScheme); // BT-48
        End();
    }

    private void WriteDelivery(Delivery? delivery)
    {
        var inv = _invoice;
        Start("ApplicableHeaderTradeDelivery");
        if (delivery is not null && (delivery.DeliverToName is not null || delivery.LocationId is not null || delivery.Address is not null))
        {
            Start("ShipToTradeParty");
            if (delivery.LocationId is { } location) // BT-71
            {
                PartyIds([location]);
            }

            Ram("Name", delivery.DeliverToName); // BT-70
            WriteAddress(delivery.Address); // BG-15
            End();
        }

        if (delivery?.ActualDeliveryDate is { } date) // BT-72
        {
            Start("ActualDeliverySupplyChainEvent");
            DateTime("OccurrenceDateTime", date);
            End();
        }

        ReferencedDocument("DespatchAdviceReferencedDocument", inv.DespatchAdviceReference); // BT-16
        ReferencedDocument("ReceivingAdviceReferencedDocument", inv.ReceivingAdviceReference); // BT-15
        End();
    }

    private void WriteSettlement()
    {
        var inv = _invoice;
        var payment = inv.PaymentInstructions;
        Start("ApplicableHeaderTradeSettlement");
        Ram("CreditorReferenceID", payment?.DirectDebit?.CreditorId); // BT-90
        Ram("PaymentReference", payment?.RemittanceInformation); // BT-83
        Ram("TaxCurrencyCode", inv.VatAccountingCurrency?.Code); // BT-6
        Ram("InvoiceCurrencyCode", inv.Currency.Code); // BT-5
        if (inv.Payee is { } payee) // BG-10
        {
            Start("PayeeTradeParty");
            if (payee.Identifier is { } id) // BT-60
            {
                PartyIds([id]);
            }

            Ram("Name", payee.Name); // BT-59
            LegalOrganization(payee.LegalRegistrationId, null); // BT-61
            End();
        }

        if (payment is not null)
        {
            WritePaymentMeans(payment);
        }

        for (var i = 0; i < inv.VatBreakdown.Count; i++) // BG-23
        {
            var entry = inv.VatBreakdown[i];
            Start("ApplicableTradeTax");
            Amount("CalculatedAmount", entry.TaxAmount); // BT-117
            Ram("TypeCode", Vat);
            Ram("ExemptionReason", entry.ExemptionReason); // BT-120
            Amount("BasisAmount", entry.TaxableAmount); // BT-116
            Ram("CategoryCode", entry.Vat.Category.ToCode()); // BT-118
            Ram("ExemptionReasonCode", entry.ExemptionReasonCode); // BT-121
            if (i == 0 && inv.TaxPointDate is { } pointDate) // BT-7, once (CII-SR-461)
            {
                Start("TaxPointDate");
                _w.WriteStartElement("udt", "DateString", UdtNs);
                _w.WriteAttributeString("format", Format102);
                _w.WriteString(Date102(pointDate));
                _w.WriteEndElement();
                End();
            }

            Ram("DueDateTypeCode", i == 0 && inv.VatPointDateCode is { } code ? ToUntdid2475(code) : null); // BT-8, once (CII-SR-462)
            Amount("RateApplicablePercent", entry.Vat.Rate); // BT-119
            End();
        }

        WritePeriod(inv.InvoicingPeriod); // BG-14
        foreach (var allowance in inv.Allowances) // BG-20
        {
            WriteAllowanceCharge(allowance.Amount, allowance.BaseAmount, allowance.Percentage, allowance.Reason, allowance.ReasonCode, allowance.Vat, charge: false);
        }

        foreach (var charge in inv.Charges) // BG-21
        {
            WriteAllowanceCharge(charge.Amount, charge.BaseAmount, charge.Percentage, charge.Reason, charge.ReasonCode, charge.Vat, charge: true);
        }

        WritePaymentTerms(inv, payment);
        WriteMonetarySummation(inv);
        for (var i = 0; i < inv.PrecedingInvoices.Count && i < _maxPrecedingInvoices; i++) // BG-3
        {
            var preceding = inv.PrecedingInvoices[i];
            Start("InvoiceReferencedDocument");
            Ram("IssuerAssignedID", preceding.Number); // BT-25
            if (preceding.IssueDate is { } issued) // BT-26
            {
                Start("FormattedIssueDateTime");
                _w.WriteStartElement("qdt", "DateTimeString", QdtNs);
                _w.WriteAttributeString("format", Format102);
                _w.WriteString(Date102(issued));
                _w.WriteEndElement();
                End();
            }

            End();
        }

        if (inv.BuyerAccountingReference is not null) // BT-19
        {
            Start("ReceivableSpecifiedTradeAccountingAccount");
            Ram("ID", inv.BuyerAccountingReference);
            End();
        }

        End();
    }

    private void WritePaymentMeans(PaymentInstructions payment)
    {
        // One SpecifiedTradeSettlementPaymentMeans per credit transfer account (BG-17 repeats); card and debtor
        // account go with the first.
        var count = Math.Max(1, payment.CreditTransfers.Count);
        for (var i = 0; i < count; i++)
        {
            Start("SpecifiedTradeSettlementPaymentMeans");
            Ram("TypeCode", payment.MeansCode); // BT-81
            Ram("Information", payment.MeansText); // BT-82
            if (i == 0 && payment.Card is { } card) // BG-18
            {
                Start("ApplicableTradeSettlementFinancialCard");
                Ram("ID", card.PrimaryAccountNumber); // BT-87
                Ram("CardholderName", card.HolderName); // BT-88
                End();
            }

            if (i == 0 && payment.DirectDebit?.DebitedAccountId is { } debited) // BT-91
            {
                Start("PayerPartyDebtorFinancialAccount");
                Ram("IBANID", debited);
                End();
            }

            if (i < payment.CreditTransfers.Count) // BG-17
            {
                var transfer = payment.CreditTransfers[i];
                Start("PayeePartyCreditorFinancialAccount");
                var iban = LooksLikeIban(transfer.AccountId);
                Ram("IBANID", iban ? transfer.AccountId : null); // BT-84
                Ram("AccountName", transfer.AccountName); // BT-85
                Ram("ProprietaryID", iban ? null : transfer.AccountId); // BT-84
                End();
                if (transfer.ServiceProviderId is not null) // BT-86
                {
                    Start("PayeeSpecifiedCreditorFinancialInstitution");
                    Ram("BICID", transfer.ServiceProviderId);
                    End();
                }
            }

            End();
        }
    }

    private void WritePaymentTerms(Invoice inv, PaymentInstructions? payment)
    {
        var mandate = payment?.DirectDebit?.MandateReference;
        if (inv.PaymentSchedule.Count > 0)
        {
            // The schedule (CII EXTENDED): one payment terms element per instalment, BT-20 and BT-89 on the first.
            for (var i = 0; i < inv.PaymentSchedule.Count; i++)
            {
                var instalment = inv.PaymentSchedule[i];
                Start("SpecifiedTradePaymentTerms");
                Ram("Description", i == 0 ? inv.PaymentTerms : null);
                DateTime("DueDateDateTime", instalment.DueDate);
                Ram("DirectDebitMandateID", i == 0 ? mandate : null);
                Amount("PartialPaymentAmount", instalment.Amount);
                End();
            }

            return;
        }

        if (inv.PaymentTerms is null && inv.DueDate is null && mandate is null)
        {
            return;
        }

        Start("SpecifiedTradePaymentTerms");
        Ram("Description", inv.PaymentTerms); // BT-20
        if (inv.DueDate is { } due) // BT-9
        {
            DateTime("DueDateDateTime", due);
        }

        Ram("DirectDebitMandateID", mandate); // BT-89
        End();
    }

    private void WriteMonetarySummation(Invoice inv)
    {
        var totals = inv.Totals;
        Start("SpecifiedTradeSettlementHeaderMonetarySummation");
        if (_writesLineTotal)
        {
            Amount("LineTotalAmount", totals.SumOfLineNetAmounts); // BT-106
        }

        Amount("ChargeTotalAmount", totals.SumOfCharges); // BT-108
        Amount("AllowanceTotalAmount", totals.SumOfAllowances); // BT-107
        Amount("TaxBasisTotalAmount", totals.TotalWithoutVat); // BT-109
        CurrencyAmount("TaxTotalAmount", totals.TotalVat, inv.Currency.Code); // BT-110
        if (totals.TotalVatInAccountingCurrency is { } accounting && inv.VatAccountingCurrency is { } currency) // BT-111
        {
            CurrencyAmount("TaxTotalAmount", accounting, currency.Code);
        }

        Amount("RoundingAmount", totals.RoundingAmount); // BT-114
        Amount("GrandTotalAmount", totals.TotalWithVat); // BT-112
        Amount("TotalPrepaidAmount", totals.PaidAmount); // BT-113
        Amount("DuePayableAmount", totals.AmountDueForPayment); // BT-115
        End();
    }

    private void WriteLine(InvoiceLine line)
    {
        Start("IncludedSupplyChainTradeLineItem");
        Start("AssociatedDocumentLineDocument");
        Ram("LineID", line.Id); // BT-126
        if (line.Note is not null) // BT-127
        {
            Start("IncludedNote");
            Ram("Content", line.Note);
            End();
        }

        End();

        var item = line.Item;
        Start("SpecifiedTradeProduct"); // BG-31
        RamId("GlobalID", item.StandardId); // BT-157
        Ram("SellerAssignedID", item.SellerId); // BT-155
        Ram("BuyerAssignedID", item.BuyerId); // BT-156
        Ram("Name", item.Name); // BT-153
        Ram("Description", item.Description); // BT-154
        foreach (var attribute in item.Attributes) // BG-32
        {
            Start("ApplicableProductCharacteristic");
            Ram("Description", attribute.Name); // BT-160
            Ram("Value", attribute.Value); // BT-161
            End();
        }

        foreach (var classification in item.Classifications) // BT-158
        {
            Start("DesignatedProductClassification");
            _w.WriteStartElement("ram", "ClassCode", RamNs);
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

        if (item.OriginCountry is not null) // BT-159
        {
            Start("OriginTradeCountry");
            Ram("ID", item.OriginCountry);
            End();
        }

        End();

        var price = line.Price;
        Start("SpecifiedLineTradeAgreement");
        ReferencedDocumentLine(line.OrderLineReference); // BT-132
        if (price.GrossPrice is { } gross) // BT-148
        {
            Start("GrossPriceProductTradePrice");
            Amount("ChargeAmount", gross);
            if (price.Discount is { } discount) // BT-147
            {
                Start("AppliedTradeAllowanceCharge");
                Indicator(false);
                Amount("ActualAmount", discount);
                End();
            }

            End();
        }

        Start("NetPriceProductTradePrice");
        Amount("ChargeAmount", price.NetPrice); // BT-146
        if (price.BaseQuantity is { } baseQuantity) // BT-149, BT-150
        {
            Quantity("BasisQuantity", baseQuantity, price.BaseQuantityUnitCode);
        }

        End();
        End();

        Start("SpecifiedLineTradeDelivery");
        Quantity("BilledQuantity", line.Quantity, line.UnitCode); // BT-129, BT-130
        End();

        Start("SpecifiedLineTradeSettlement");
        Start("ApplicableTradeTax"); // BG-30
        Ram("TypeCode", Vat);
        Ram("CategoryCode", line.Vat.Category.ToCode()); // BT-151
        Amount("RateApplicablePercent", line.Vat.Rate); // BT-152
        End();
        WritePeriod(line.Period); // BG-26
        foreach (var allowance in line.Allowances) // BG-27
        {
            WriteAllowanceCharge(allowance.Amount, allowance.BaseAmount, allowance.Percentage, allowance.Reason, allowance.ReasonCode, null, charge: false);
        }

        foreach (var charge in line.Charges) // BG-28
        {
            WriteAllowanceCharge(charge.Amount, charge.BaseAmount, charge.Percentage, charge.Reason, charge.ReasonCode, null, charge: true);
        }

        Start("SpecifiedTradeSettlementLineMonetarySummation");
        Amount("LineTotalAmount", line.NetAmount); // BT-131
        End();
        if (line.ObjectIdentifier is { } objectId) // BT-128
        {
            ObjectReference(objectId);
        }

        if (line.BuyerAccountingReference is not null) // BT-133
        {
            Start("ReceivableSpecifiedTradeAccountingAccount");
            Ram("ID", line.BuyerAccountingReference);
            End();
        }

        End();
        End();
    }

    private void ReferencedDocumentLine(string? lineId)
    {
        if (lineId is null)
        {
            return;
        }

        Start("BuyerOrderReferencedDocument");
        Ram("LineID", lineId);
        End();
    }

    private void WriteAllowanceCharge(decimal amount, decimal? baseAmount, decimal? percentage, string? reason, string? reasonCode, VatTreatment? vat, bool charge)
    {
        Start("SpecifiedTradeAllowanceCharge");
        Indicator(charge);
        Amount("CalculationPercent", percentage); // BT-94 / BT-101 / BT-138 / BT-143
        Amount("BasisAmount", baseAmount); // BT-93 / BT-100 / BT-137 / BT-142
        Amount("ActualAmount", amount); // BT-92 / BT-99 / BT-136 / BT-141
        Ram("ReasonCode", reasonCode); // BT-98 / BT-105 / BT-140 / BT-145
        Ram("Reason", reason); // BT-97 / BT-104 / BT-139 / BT-144
        if (vat is { } treatment) // BT-95, BT-96 / BT-102, BT-103
        {
            Start("CategoryTradeTax");
            Ram("TypeCode", Vat);
            Ram("CategoryCode", treatment.Category.ToCode());
            Amount("RateApplicablePercent", treatment.Rate);
            End();
        }

        End();
    }

    private void Indicator(bool value)
    {
        Start("ChargeIndicator");
        _w.WriteElementString("udt", "Indicator", UdtNs, value ? "true" : "false");
        End();
    }

    private void WritePeriod(Period? period)
    {
        if (period is null)
        {
            return;
        }

        Start("BillingSpecifiedPeriod");
        if (period.Start is { } start)
        {
            DateTime("StartDateTime", start);
        }

        if (period.End is { } end)
        {
            DateTime("EndDateTime", end);
        }

        End();
    }

    private void PartyIds(IEnumerable<Identifier> ids)
    {
        // Identifiers without a scheme are ram:ID, those with one ram:GlobalID (the schema puts every ID first).
        foreach (var id in ids)
        {
            if (id.SchemeId is null)
            {
                Ram("ID", id.Value);
            }
        }

        foreach (var id in ids)
        {
            if (id.SchemeId is not null)
            {
                RamId("GlobalID", id);
            }
        }
    }

    private void LegalOrganization(Identifier? id, string? tradingName)
    {
        if (id is null && tradingName is null)
        {
            return;
        }

        Start("SpecifiedLegalOrganization");
        RamId("ID", id);
        Ram("TradingBusinessName", tradingName);
        End();
    }

    private void WriteContact(Contact? contact)
    {
        if (contact is null)
        {
            return;
        }

        Start("DefinedTradeContact");
        Ram("PersonName", contact.Name);
        if (contact.Telephone is not null)
        {
            Start("TelephoneUniversalCommunication");
            Ram("CompleteNumber", contact.Telephone);
            End();
        }

        if (contact.Email is not null)
        {
            Start("EmailURIUniversalCommunication");
            Ram("URIID", contact.Email);
            End();
        }

        End();
    }

    private void WriteAddress(PostalAddress? address)
    {
        if (address is null)
        {
            return;
        }

        Start("PostalTradeAddress");
        Ram("PostcodeCode", address.PostCode);
        Ram("LineOne", address.Line1);
        Ram("LineTwo", address.Line2);
        Ram("LineThree", address.Line3);
        Ram("CityName", address.City);
        Ram("CountryID", address.CountryCode);
        Ram("CountrySubDivisionName", address.CountrySubdivision);
        End();
    }

    private void ElectronicAddress(Identifier? address)
    {
        if (address is null)
        {
            return;
        }

        Start("URIUniversalCommunication");
        RamId("URIID", address);
        End();
    }

    private void TaxRegistration(string? id, string scheme)
    {
        if (id is null)
        {
            return;
        }

        Start("SpecifiedTaxRegistration");
        _w.WriteStartElement("ram", "ID", RamNs);
        _w.WriteAttributeString("schemeID", scheme);
        _w.WriteString(id);
        _w.WriteEndElement();
        End();
    }

    private void ReferencedDocument(string element, string? id)
    {
        if (id is null)
        {
            return;
        }

        Start(element);
        Ram("IssuerAssignedID", id);
        End();
    }

    private void DateTime(string element, DateOnly date)
    {
        Start(element);
        _w.WriteStartElement("udt", "DateTimeString", UdtNs);
        _w.WriteAttributeString("format", Format102);
        _w.WriteString(Date102(date));
        _w.WriteEndElement();
        End();
    }

    private void Quantity(string element, decimal value, string? unitCode)
    {
        _w.WriteStartElement("ram", element, RamNs);
        if (unitCode is not null)
        {
            _w.WriteAttributeString("unitCode", unitCode);
        }

        _w.WriteString(Decimal(value));
        _w.WriteEndElement();
    }

    private void Start(string name) => _w.WriteStartElement("ram", name, RamNs);

    private void End() => _w.WriteEndElement();

    private void Ram(string name, string? value)
    {
        if (value is not null)
        {
            _w.WriteElementString("ram", name, RamNs, value);
        }
    }

    private void RamId(string name, Identifier? id)
    {
        if (id is null)
        {
            return;
        }

        _w.WriteStartElement("ram", name, RamNs);
        if (id.SchemeId is not null)
        {
            _w.WriteAttributeString("schemeID", id.SchemeId);
        }

        _w.WriteString(id.Value);
        _w.WriteEndElement();
    }

    private void Amount(string name, decimal? value)
    {
        if (value is { } amount)
        {
            _w.WriteElementString("ram", name, RamNs, Decimal(amount));
        }
    }

    private void CurrencyAmount(string name, decimal value, string currency)
    {
        _w.WriteStartElement("ram", name, RamNs);
        _w.WriteAttributeString("currencyID", currency);
        _w.WriteString(Decimal(value));
        _w.WriteEndElement();
    }
}
