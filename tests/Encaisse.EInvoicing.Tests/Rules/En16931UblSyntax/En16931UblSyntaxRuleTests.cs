using Encaisse.EInvoicing.Validation.Rules.En16931;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Rules.En16931UblSyntax;

/// <summary>
/// Rules of the UBL-syntax pattern whose XPath has quirks (existential comparisons, first matching rule, union and //
/// paths, string lengths), on small documents. The verdicts were checked against the reference validator on mutated
/// examples, except for a charge indicator that is not a boolean: there the reference aborts (another pattern casts it
/// too), and we treat the context predicate as not matching, as XSLT does for an error inside a match pattern.
/// </summary>
public sealed class En16931UblSyntaxRuleTests
{
    private const string Declarations =
        "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" " +
        "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\" " +
        "xmlns:ext=\"urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2\"";

    private static SortedSet<string> Invoice(string content) =>
        Fired($"<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" {Declarations}>{content}</Invoice>");

    private static SortedSet<string> CreditNote(string content) =>
        Fired($"<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\" {Declarations}>{content}</CreditNote>");

    private static SortedSet<string> Fired(string xml)
    {
        Assert.True(SafeXml.Parse(xml).TryGetValue(out var document));
        return UblSyntaxOnly.Fired(document);
    }

    private const string Line = "<cac:InvoiceLine><cbc:ID>1</cbc:ID><cac:Item><cac:ClassifiedTaxCategory/></cac:Item></cac:InvoiceLine>";

    [Fact]
    public void A_minimal_document_fires_nothing() => Assert.Empty(Invoice(Line));

    [Fact]
    public void Payment_references_may_repeat_but_not_differ()
    {
        const string Same = "<cac:PaymentMeans><cbc:PaymentID>A</cbc:PaymentID></cac:PaymentMeans><cac:PaymentMeans><cbc:PaymentID>A</cbc:PaymentID></cac:PaymentMeans>";
        const string Different = "<cac:PaymentMeans><cbc:PaymentID>A</cbc:PaymentID></cac:PaymentMeans><cac:PaymentMeans><cbc:PaymentID>A </cbc:PaymentID></cac:PaymentMeans>";
        Assert.DoesNotContain("UBL-SR-44:fatal", Invoice(Same));
        Assert.Contains("UBL-SR-44:fatal", Invoice(Different));
    }

    [Theory]
    [InlineData("<cac:LegalMonetaryTotal><cbc:PayableAmount>100.123</cbc:PayableAmount></cac:LegalMonetaryTotal>", true)]
    [InlineData("<cac:LegalMonetaryTotal><cbc:PayableAmount>100.12</cbc:PayableAmount></cac:LegalMonetaryTotal>", false)]
    [InlineData("<cac:LegalMonetaryTotal><cbc:PayableAmount> 10.00 </cbc:PayableAmount></cac:LegalMonetaryTotal>", true)]
    [InlineData("<cac:InvoiceLine><cac:Price><cbc:PriceAmount>1.23456</cbc:PriceAmount></cac:Price></cac:InvoiceLine>", false)]
    [InlineData("<cac:InvoiceLine><cac:Price><cac:AllowanceCharge><cbc:Amount>0.123</cbc:Amount></cac:AllowanceCharge></cac:Price></cac:InvoiceLine>", false)]
    [InlineData("<cac:InvoiceLine><cac:Price><cbc:OtherAmount>0.123</cbc:OtherAmount><cac:AllowanceCharge/></cac:Price></cac:InvoiceLine>", false)]
    [InlineData("<cac:InvoiceLine><cac:Price><cbc:OtherAmount>0.123</cbc:OtherAmount></cac:Price></cac:InvoiceLine>", true)]
    public void Amounts_have_at_most_two_decimals_except_prices_and_price_discounts(string content, bool fires) =>
        Assert.Equal(fires, Invoice(content).Contains("UBL-DT-01:fatal"));

    [Theory]
    [InlineData("Seller", true)]
    [InlineData("Other", false)]
    [InlineData(null, true)]
    public void The_payee_must_be_named_and_differ_from_the_seller(string? payeeName, bool fires)
    {
        var name = payeeName is null ? string.Empty : $"<cac:PartyName><cbc:Name>{payeeName}</cbc:Name></cac:PartyName>";
        var fired = Invoice(
            "<cac:AccountingSupplierParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Seller</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>" +
            $"<cac:PayeeParty>{name}<cac:PartyIdentification><cbc:ID schemeID=\"SEPA\">1</cbc:ID></cac:PartyIdentification><cac:PartyIdentification><cbc:ID>2</cbc:ID></cac:PartyIdentification></cac:PayeeParty>");
        Assert.Equal(fires, fired.Contains("UBL-SR-19:fatal"));
        Assert.Equal(fires, fired.Contains("UBL-SR-20:fatal"));
        Assert.Equal(fires, fired.Contains("UBL-SR-21:fatal"));
    }

    [Fact]
    public void A_due_date_in_the_payment_means_is_only_reported_on_invoices()
    {
        const string Means = "<cac:PaymentMeans><cbc:PaymentDueDate>2025-01-01</cbc:PaymentDueDate></cac:PaymentMeans>";
        Assert.Contains("UBL-CR-412:warning", Invoice(Means));
        Assert.DoesNotContain("UBL-CR-412:warning", CreditNote(Means));
    }

    [Fact]
    public void A_scheme_identifier_is_allowed_on_type_50_references_only_in_credit_notes()
    {
        const string Reference = "<cac:AdditionalDocumentReference><cbc:ID schemeID=\"ABZ\">X</cbc:ID><cbc:DocumentTypeCode>50</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>";
        var invoice = Invoice(Reference);
        var creditNote = CreditNote(Reference);
        Assert.Contains("UBL-SR-43:fatal", invoice);
        Assert.DoesNotContain("UBL-SR-43:fatal", creditNote);
        Assert.Contains("UBL-CR-665:warning", invoice);
        Assert.Contains("UBL-CR-665:warning", creditNote);
    }

    [Fact]
    public void An_invoiced_object_reference_carries_no_attachment_nor_description()
    {
        var fired = Invoice(
            "<cac:AdditionalDocumentReference><cbc:ID schemeID=\"ABZ\">X</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode>" +
            "<cbc:DocumentDescription>d</cbc:DocumentDescription><cac:Attachment/></cac:AdditionalDocumentReference>");
        Assert.Contains("UBL-CR-666:fatal", fired);
        Assert.Contains("UBL-CR-673:fatal", fired);
        Assert.DoesNotContain("UBL-SR-43:fatal", fired);
        Assert.DoesNotContain("UBL-CR-665:warning", fired);
    }

    [Fact]
    public void The_name_attribute_is_only_for_payment_means_codes()
    {
        Assert.DoesNotContain("UBL-DT-18:warning", Invoice("<cac:PaymentMeans><cbc:PaymentMeansCode name=\"Transfer\">30</cbc:PaymentMeansCode></cac:PaymentMeans>"));
        Assert.Contains("UBL-DT-18:warning", Invoice("<cbc:Note name=\"n\">x</cbc:Note>"));
    }

    [Fact]
    public void Line_paths_apply_to_credit_note_lines_and_anywhere_paths_at_any_depth()
    {
        var fired = CreditNote(
            "<cac:CreditNoteLine><cbc:UUID>u</cbc:UUID><cac:Item><cac:ClassifiedTaxCategory/><cac:FinancialInstitution/></cac:Item>" +
            "<cac:Price><cac:AllowanceCharge><cbc:AllowanceChargeReason>r</cbc:AllowanceChargeReason></cac:AllowanceCharge></cac:Price></cac:CreditNoteLine>");
        Assert.Contains("UBL-CR-515:warning", fired); // (cac:InvoiceLine|cac:CreditNoteLine)/cbc:UUID
        Assert.Contains("UBL-CR-664:warning", fired); // //cac:FinancialInstitution
        Assert.Contains("UBL-CR-634:warning", fired); // line price discount reason
        Assert.Contains("UBL-CR-670:warning", fired); // //cac:Price/cac:AllowanceCharge/cbc:AllowanceChargeReason
        Assert.DoesNotContain("UBL-CR-005:warning", fired); // cbc:UUID of the document itself
    }

    [Fact]
    public void Attributes_anywhere_include_the_document_element()
    {
        var fired = Invoice("<cbc:ID schemeID=\"x\">1</cbc:ID>" + Line.Replace("<cbc:ID>1</cbc:ID>", "<cbc:ID schemeName=\"n\">1</cbc:ID>", StringComparison.Ordinal));
        Assert.Contains("UBL-CR-650:warning", fired); // cbc:ID/@schemeID of the invoice
        Assert.Contains("UBL-DT-08:warning", fired); // //@schemeName
        Assert.Contains("UBL-DT-27:warning", Fired(
            $"<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" {Declarations} schemeAgencyID=\"x\"/>"));
    }

    [Fact]
    public void Only_the_seller_party_is_limited_to_two_tax_registrations()
    {
        const string Schemes = "<cac:PartyTaxScheme><cbc:CompanyID>1</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>" +
            "<cac:PartyTaxScheme><cbc:CompanyID>2</cbc:CompanyID><cac:TaxScheme><cbc:ID>FC</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>" +
            "<cac:PartyTaxScheme><cbc:CompanyID>3</cbc:CompanyID><cac:TaxScheme><cbc:ID>XX</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>";
        var seller = Invoice($"<cac:AccountingSupplierParty><cac:Party>{Schemes}</cac:Party></cac:AccountingSupplierParty>");
        var buyer = Invoice($"<cac:AccountingCustomerParty><cac:Party>{Schemes}</cac:Party></cac:AccountingCustomerParty>");
        Assert.Contains("UBL-SR-42:fatal", seller);
        Assert.Contains("UBL-SR-13:fatal", seller); // two non-VAT registrations
        Assert.DoesNotContain("UBL-SR-12:fatal", seller);
        Assert.DoesNotContain("UBL-SR-42:fatal", buyer);
    }

    [Fact]
    public void A_tax_scheme_without_identifier_counts_as_not_vat()
    {
        var fired = Invoice(
            "<cac:AccountingSupplierParty><cac:Party>" +
            "<cac:PartyTaxScheme><cbc:CompanyID>1</cbc:CompanyID><cac:TaxScheme/></cac:PartyTaxScheme>" +
            "<cac:PartyTaxScheme><cbc:CompanyID>2</cbc:CompanyID><cac:TaxScheme/></cac:PartyTaxScheme>" +
            "</cac:Party></cac:AccountingSupplierParty>");
        Assert.Contains("UBL-SR-13:fatal", fired);
        Assert.Contains("UBL-SR-53:fatal", fired);
    }

    [Theory]
    [InlineData(" false ", "UBL-SR-30:fatal")]
    [InlineData("1", "UBL-SR-31:fatal")]
    [InlineData("maybe", null)]
    public void Allowance_or_charge_reasons_are_told_apart_by_the_boolean_charge_indicator(string indicator, string? expected)
    {
        var fired = Invoice(
            $"<cac:AllowanceCharge><cbc:ChargeIndicator>{indicator}</cbc:ChargeIndicator>" +
            "<cbc:AllowanceChargeReason>a</cbc:AllowanceChargeReason><cbc:AllowanceChargeReason>b</cbc:AllowanceChargeReason></cac:AllowanceCharge>");
        var reasons = fired.Where(f => f.StartsWith("UBL-SR-30", StringComparison.Ordinal) || f.StartsWith("UBL-SR-31", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected is null ? [] : [expected], reasons);
    }

    [Fact]
    public void Each_not_used_element_text_names_the_element()
    {
        var catalog = En16931Ubl.Instance.Catalog;
        Assert.Contains("UBLExtensions", catalog.Text("UBL-CR-001").English, StringComparison.Ordinal);
        Assert.Contains("PackQuantity", catalog.Text("UBL-CR-563").French, StringComparison.Ordinal);
        Assert.Contains("schemeName", catalog.Text("UBL-DT-08").English, StringComparison.Ordinal);
    }
}
