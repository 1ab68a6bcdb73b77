using System.Text;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Validation.Rules.XRechnung;

namespace Encaisse.EInvoicing.Tests.Rules.XRechnung;

/// <summary>
/// Targeted checks of the XPath quirks the XRechnung 3.0.2 rules depend on. Every document expectation here was
/// confirmed with the reference validator on the same document; the division test follows Saxon's xs:decimal
/// division (scale max(18, operand scales), ties towards zero).
/// </summary>
public sealed class XRechnungRuleTests
{
    private const string Extension =
        "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0#conformant#urn:xeinkauf.de:kosit:extension:xrechnung_3.0";

    private const string Cius = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";

    private static readonly ValidationOptions XRechnungOnly = new() { RuleSets = [RuleSetIds.XRechnung], CheckSchema = false };

    [Theory]
    [InlineData("0088", 0)]
    [InlineData("XR01", 0)]
    [InlineData("", 0)] // the concatenated list holds a double space, so an empty scheme passes
    [InlineData("0244", 1)] // the 3.0.2 ICD list ends without a space: its last code never passes
    [InlineData("0088 0060", 1)]
    [InlineData("SEPA", 1)] // SEPA only for the seller or the payee, not the buyer
    public void Extension_party_identifier_schemes_follow_the_release_code_list(string scheme, int expected)
    {
        var xml = Ubl(Extension, buyer: $"<cac:PartyIdentification><cbc:ID schemeID=\"{scheme}\">X</cbc:ID></cac:PartyIdentification>");
        Assert.Equal(expected, Count(xml, "BR-DEX-04"));
    }

    [Fact]
    public void Extension_rules_do_not_apply_to_a_cius_invoice()
    {
        var xml = Ubl(Cius, buyer: "<cac:PartyIdentification><cbc:ID schemeID=\"0244\">X</cbc:ID></cac:PartyIdentification>");
        Assert.Equal(0, Count(xml, "BR-DEX-04"));
    }

    [Theory]
    [InlineData("#SKONTO#TAGE=7#PROZENT=2.00#\n", false)]
    [InlineData("Zahlbar sofort.", false)]
    [InlineData("#SKONTO#TAGE=14#PROZENT=2.25#BASISBETRAG=-12.50#\nRest", false)]
    [InlineData("   #SKONTO#TAGE=7#PROZENT=2.00#   \n", false)] // lines are normalized before the check
    [InlineData("#SKONTO#TAGE=7#PROZENT=2.00#", true)] // no line feed after the last entry
    [InlineData("#SKONTO#TAGE=7#PROZENT=2.0#\n", true)] // two decimals
    [InlineData("#skonto#TAGE=7#PROZENT=2.00#\n", true)] // upper case
    [InlineData("#SKONTO#TAGE=7#PROZENT=2.00# x\n", true)] // text after the entry on the same line
    public void Skonto_lines_in_the_payment_terms(string note, bool fires)
    {
        var xml = Ubl(Cius, paymentTerms: $"<cac:PaymentTerms><cbc:Note>{note}</cbc:Note></cac:PaymentTerms>");
        Assert.Equal(fires ? 1 : 0, Count(xml, "BR-DE-18"));
    }

    [Theory]
    [InlineData("DE75512108001245126199", true)]
    [InlineData("DE75 5121 0800 1245 1261 99", true)]
    [InlineData("GB82WEST12345698765432", true)]
    [InlineData("DE00512108001245126199", false)]
    [InlineData("de75512108001245126199", false)]
    [InlineData("", false)]
    public void Iban_check_of_the_credit_transfer_account(string iban, bool valid)
    {
        Assert.Equal(valid, XRechnungFunctions.IsValidIban(iban));
        var xml = Ubl(Cius, paymentMeans: $"<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>{iban}</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>");
        Assert.Equal(valid ? 0 : 1, Count(xml, "BR-DE-19"));
    }

    [Fact]
    public void Repeated_payment_means_codes_make_the_context_not_match()
    {
        // normalize-space() of two codes is an XPath type error in the rule's context: the rule does not apply.
        var xml = Ubl(Cius, paymentMeans: "<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode></cac:PaymentMeans>");
        Assert.Equal(0, Count(xml, "BR-DE-23-a"));
        var single = Ubl(Cius, paymentMeans: "<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode></cac:PaymentMeans>");
        Assert.Equal(1, Count(single, "BR-DE-23-a"));
    }

    [Fact]
    public void Decimal_division_rounds_to_18_places_with_ties_towards_zero()
    {
        Assert.Equal(0.000001907348632812m, XRechnungFunctions.Divide(1m, 524288m)); // exact quotient ends in ...8125
        Assert.Equal(0.333333333333333333m, XRechnungFunctions.Divide(1m, 3m));
        Assert.Equal(0.666666666666666667m, XRechnungFunctions.Divide(2m, 3m));
        Assert.Equal(2.5m, XRechnungFunctions.Divide(5m, 2m));
    }

    [Theory]
    [InlineData("<ram:ApplicableHeaderTradeDelivery/>", 0)]
    [InlineData("<x:ApplicableHeaderTradeDelivery xmlns:x=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\"/>", 1)]
    [InlineData("<ram:ApplicableHeaderTradeDelivery><ram:ShipToTradeParty/></ram:ApplicableHeaderTradeDelivery>", 1)]
    public void Empty_cii_elements_except_the_delivery_written_with_the_ram_prefix(string delivery, int expected)
    {
        var xml = $"""
            <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
                xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
              <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>{Cius}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
              <rsm:SupplyChainTradeTransaction>{delivery}</rsm:SupplyChainTradeTransaction>
            </rsm:CrossIndustryInvoice>
            """;
        Assert.Equal(expected, Count(xml, "PEPPOL-EN16931-R008"));
    }

    [Fact]
    public void Information_finding_for_a_missing_delivery_date()
    {
        const string line = "<cac:InvoiceLine><cbc:ID>1</cbc:ID></cac:InvoiceLine>";
        Assert.Contains(Findings(Ubl(Cius, lines: line)), f => f.RuleId == "BR-DE-TMP-32" && f.Flag == RuleFlag.Information);
        Assert.DoesNotContain(Findings(Ubl(Cius)), f => f.RuleId == "BR-DE-TMP-32"); // every line of none has a period
        const string period = "<cac:InvoicePeriod><cbc:StartDate>2024-01-01</cbc:StartDate></cac:InvoicePeriod>";
        Assert.DoesNotContain(Findings(Ubl(Cius, period: period, lines: line)), f => f.RuleId == "BR-DE-TMP-32");
    }

    private static int Count(string xml, string ruleId) => Findings(xml).Count(f => f.RuleId == ruleId);

    private static IReadOnlyList<ValidationFinding> Findings(string xml)
    {
        var report = EInvoiceValidator.Validate(Encoding.UTF8.GetBytes(xml), XRechnungOnly);
        Assert.True(report.Success, report.Error);
        return report.Value.Findings;
    }

    private static string Ubl(string customization, string buyer = "", string paymentTerms = "", string paymentMeans = "", string period = "", string lines = "") => $"""
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
            xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
            xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
          <cbc:CustomizationID>{customization}</cbc:CustomizationID>
          <cbc:ID>1</cbc:ID>
          <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
          {period}
          <cac:AccountingCustomerParty><cac:Party>{buyer}</cac:Party></cac:AccountingCustomerParty>
          {paymentMeans}
          {paymentTerms}
          {lines}
        </Invoice>
        """;
}
