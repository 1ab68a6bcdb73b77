using System.Xml.Linq;
using Encaisse.EInvoicing.Validation;

namespace Encaisse.EInvoicing.Tests.Rules.Peppol;

/// <summary>Tricky Peppol rules on small inline invoices (expectations checked against the reference validator).</summary>
public sealed class PeppolRulesTests
{
    private static readonly ValidationOptions PeppolOnly = new() { RuleSets = [RuleSetIds.Peppol], CheckSchema = false };

    // A small, clean Peppol invoice between two French companies; {HEAD}, {SUPPLIER}, {CUSTOMER}, {MEANS} and {LINE} are filled in by each test.
    private const string Template = """
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
          <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
          <cbc:ProfileID>{PROFILE}</cbc:ProfileID>
          <cbc:ID>{ID}</cbc:ID>
          <cbc:IssueDate>2024-01-05</cbc:IssueDate>
          <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
          <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
          <cbc:BuyerReference>ref</cbc:BuyerReference>{HEAD}
          <cac:AccountingSupplierParty><cac:Party>
            <cbc:EndpointID schemeID="0088">5790000436057</cbc:EndpointID>
            <cac:PartyName><cbc:Name>Seller</cbc:Name></cac:PartyName>
            <cac:PostalAddress><cbc:StreetName>Rue 1</cbc:StreetName><cbc:CityName>Paris</cbc:CityName><cbc:PostalZone>75001</cbc:PostalZone>
              <cac:Country><cbc:IdentificationCode>{SUPPLIER}</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyTaxScheme><cbc:CompanyID>{SUPPLIERVAT}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
            <cac:PartyLegalEntity><cbc:RegistrationName>Seller</cbc:RegistrationName>{SUPPLIERLEGAL}</cac:PartyLegalEntity>
          </cac:Party></cac:AccountingSupplierParty>
          <cac:AccountingCustomerParty><cac:Party>
            <cbc:EndpointID schemeID="0088">5790000436057</cbc:EndpointID>
            <cac:PartyName><cbc:Name>Buyer</cbc:Name></cac:PartyName>
            <cac:PostalAddress><cbc:StreetName>Rue 2</cbc:StreetName><cbc:CityName>Lyon</cbc:CityName><cbc:PostalZone>69001</cbc:PostalZone>
              <cac:Country><cbc:IdentificationCode>{CUSTOMER}</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyLegalEntity><cbc:RegistrationName>Buyer</cbc:RegistrationName></cac:PartyLegalEntity>
          </cac:Party></cac:AccountingCustomerParty>{MEANS}
          <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">40.00</cbc:TaxAmount>
            <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">200.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">40.00</cbc:TaxAmount>
              <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
          <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">200.00</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="EUR">200.00</cbc:TaxExclusiveAmount>
            <cbc:TaxInclusiveAmount currencyID="EUR">240.00</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">240.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
          {LINE}
        </Invoice>
        """;

    private const string PlainLine = """
        <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="EA">2</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="EUR">200.00</cbc:LineExtensionAmount>
          <cac:Item><cbc:Name>Item</cbc:Name>{CLASSIFICATION}<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
          <cac:Price><cbc:PriceAmount currencyID="EUR">100.00</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
        """;

    private static string Build(
        string head = "",
        string supplier = "FR",
        string supplierVat = "FR12345678901",
        string supplierLegal = "",
        string customer = "FR",
        string means = "",
        string? line = null,
        string classification = "",
        string profile = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0",
        string id = "INV-1") =>
        Template
            .Replace("{HEAD}", head, StringComparison.Ordinal)
            .Replace("{SUPPLIERVAT}", supplierVat, StringComparison.Ordinal)
            .Replace("{SUPPLIERLEGAL}", supplierLegal, StringComparison.Ordinal)
            .Replace("{SUPPLIER}", supplier, StringComparison.Ordinal)
            .Replace("{CUSTOMER}", customer, StringComparison.Ordinal)
            .Replace("{MEANS}", means, StringComparison.Ordinal)
            .Replace("{LINE}", (line ?? PlainLine).Replace("{CLASSIFICATION}", classification, StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("{PROFILE}", profile, StringComparison.Ordinal)
            .Replace("{ID}", id, StringComparison.Ordinal);

    private static IReadOnlyList<string> FiredXml(string xml) => EInvoiceValidator.Validate(XDocument.Parse(xml), PeppolOnly).Fired;

    private static IReadOnlyList<string> Fired(
        string head = "",
        string supplier = "FR",
        string supplierVat = "FR12345678901",
        string supplierLegal = "",
        string customer = "FR",
        string means = "",
        string? line = null,
        string classification = "",
        string profile = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0",
        string id = "INV-1") =>
        FiredXml(Build(head, supplier, supplierVat, supplierLegal, customer, means, line, classification, profile, id));

    [Fact]
    public void The_template_is_clean() => Assert.Empty(Fired());

    [Fact]
    public void An_empty_element_anywhere_is_fatal() =>
        Assert.Equal(["PEPPOL-EN16931-R008:fatal"], Fired(head: "<cbc:Note>  </cbc:Note>"));

    [Fact]
    public void A_specification_identifier_with_a_double_colon_is_refused_since_2026_5()
    {
        var xml = Build().Replace("billing:3.0</cbc:CustomizationID>", "billing:3.0::extra</cbc:CustomizationID>", StringComparison.Ordinal);
        Assert.Equal(["PEPPOL-EN16931-R004:fatal"], FiredXml(xml));
    }

    [Theory]
    [InlineData("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0", false)]
    [InlineData("urn:peppol:bis:billing_with_response", false)]
    [InlineData("urn:peppol:france:billing:regulated", false)]
    [InlineData("urn:fdc:peppol.eu:2017:poacc:billing:02:1.0", true)] // the 2025.5 pattern accepted any NN; 2026.5 lists the processes
    public void The_business_process_is_one_of_the_listed_processes(string profile, bool fires) =>
        Assert.Equal(fires, Fired(profile: profile).Contains("PEPPOL-EN16931-R007:fatal"));

    [Fact]
    public void Danish_unspsc_classification_with_an_old_version_is_fatal_in_2026_5()
    {
        const string unspsc = """<cac:CommodityClassification><cbc:ItemClassificationCode listID="TST" listVersionID="19.0401">12345678</cbc:ItemClassificationCode></cac:CommodityClassification>""";
        var fired = Fired(supplier: "DK", customer: "DK", supplierVat: "DK12345678", supplierLegal: """<cbc:CompanyID schemeID="0184">12345678</cbc:CompanyID>""", classification: unspsc);
        Assert.Contains("DK-R-003:fatal", fired);
        Assert.DoesNotContain("DK-R-003:fatal", Fired(supplier: "DK", customer: "DK", supplierVat: "DK12345678", supplierLegal: """<cbc:CompanyID schemeID="0184">12345678</cbc:CompanyID>""", classification: unspsc.Replace("19.0401", "26.08.01", StringComparison.Ordinal)));
    }

    [Fact]
    public void Two_seller_country_codes_make_the_danish_rules_not_apply()
    {
        // concat() of two country codes is an XPath error; in a rule context that means no match.
        var xml = Build(supplier: "DK", supplierVat: "DK12345678");
        Assert.Contains("DK-R-002:fatal", FiredXml(xml));
        const string country = "<cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country>";
        Assert.DoesNotContain("DK-R-002:fatal", FiredXml(xml.Replace(country, country + country, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("2", "100.00", "", "200.00", false)]
    [InlineData("2", "100.00", "", "200.03", true)] // more than 0.02 off
    [InlineData("3", "10.00", "<cbc:BaseQuantity unitCode=\"EA\">4</cbc:BaseQuantity>", "7.50", false)] // 3 x 10 / 4
    [InlineData("3", "10.00", "<cbc:BaseQuantity unitCode=\"EA\">0</cbc:BaseQuantity>", "30.00", false)] // base quantity 0 counts as 1 (R121 fires instead)
    public void Line_net_amount(string quantity, string price, string baseQuantity, string net, bool fires)
    {
        var line = $"""
            <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="EA">{quantity}</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="EUR">{net}</cbc:LineExtensionAmount>
              <cac:Item><cbc:Name>Item</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
              <cac:Price><cbc:PriceAmount currencyID="EUR">{price}</cbc:PriceAmount>{baseQuantity}</cac:Price></cac:InvoiceLine>
            """;
        Assert.Equal(fires, Fired(line: line).Contains("PEPPOL-EN16931-R120:fatal"));
    }

    [Theory]
    [InlineData("#SKONTO#TAGE=14#PROZENT=2.00#&#10;", false)]
    [InlineData("#SKONTO#TAGE=14#PROZENT=2.00#", true)] // no line break after the statement
    [InlineData("#SKONTO#TAGE=14#PROZENT=2.0#&#10;", true)] // two decimals
    [InlineData("Pay within 30 days", false)] // no statement at all
    public void German_cash_discount_statements(string note, bool fires)
    {
        var means = $"""
            <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>DE89370400440532013000</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
            <cac:PaymentTerms><cbc:Note>{note}</cbc:Note></cac:PaymentTerms>
            """;
        var fired = Fired(supplier: "DE", customer: "DE", supplierVat: "DE123456789", means: means);
        Assert.Equal(fires, fired.Contains("DE-R-018:fatal"));
        Assert.DoesNotContain("DE-R-019:warning", fired);
    }

    [Theory]
    [InlineData("061828591|05/01/2024|0|1.1|0|1", new string[0])]
    [InlineData("061828591|06/01/2024|0|1.1|0|1", new[] { "GR-R-001-3" })] // not the issue date
    [InlineData("061828591|05/01/2024|0|9.9|0|1", new[] { "GR-R-001-5" })]
    [InlineData("061828591|05/01/2024|0|1.1|0", new[] { "GR-R-001-1", "GR-R-001-7" })]
    [InlineData("061828592|05/01/2024|0|1.1|0|1", new[] { "GR-R-001-2" })] // wrong check digit
    public void Greek_invoice_number_segments(string number, string[] expected)
    {
        var fired = Fired(supplier: "GR", supplierVat: "EL061828591", id: number).Where(f => f.StartsWith("GR-R-001", StringComparison.Ordinal));
        Assert.Equal(expected.Select(e => e + ":fatal"), fired);
    }

    [Fact]
    public void Every_finding_carries_the_reference_flag()
    {
        var flags = PeppolReference.RuleFlags;
        var means = """<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode></cac:PaymentMeans>""";
        var fired = Fired(supplier: "DE", customer: "DE", supplierVat: "DE123456789", means: means)
            .Concat(Fired(supplier: "GR", supplierVat: "EL061828591"))
            .Concat(Fired(supplier: "NO", supplierVat: "NO974760673MVA"));
        Assert.NotEmpty(fired);
        Assert.All(fired, f =>
        {
            var colon = f.LastIndexOf(':');
            Assert.Equal(flags[f[..colon]], f[(colon + 1)..]);
        });
    }
}
