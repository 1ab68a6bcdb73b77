using System.Text;
using Encaisse.EInvoicing.Validation;

namespace Encaisse.EInvoicing.Tests.Rules.En16931UblModel;

/// <summary>
/// Rules whose XPath has quirks the C# translation must keep; the expected verdicts were checked against the reference
/// validator (CEN artefacts 1.3.16 run by Saxon) on the same documents.
/// </summary>
public sealed class En16931UblRuleTests
{
    // A small standard-rated invoice: one line of 1300, one document charge of 25, VAT 25 %.
    private static string Invoice(
        string taxable = "1325",
        string charge = "25",
        string note = "",
        string sellerVat = "SE4598375937",
        string category = "S",
        string country = "SE",
        string chargeIndicator = "true",
        string lineExtra = "",
        string taxAmount = "331.25",
        string card = "") => $"""
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
          <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
          <cbc:ID>INV-1</cbc:ID>
          <cbc:IssueDate>2024-01-31</cbc:IssueDate>
          <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
          {note}
          <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
          <cac:AccountingSupplierParty><cac:Party>
            <cac:PostalAddress><cac:Country><cbc:IdentificationCode>{country}</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyTaxScheme><cbc:CompanyID>{sellerVat}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
            <cac:PartyLegalEntity><cbc:RegistrationName>Seller AB</cbc:RegistrationName></cac:PartyLegalEntity>
          </cac:Party></cac:AccountingSupplierParty>
          <cac:AccountingCustomerParty><cac:Party>
            <cac:PostalAddress><cac:Country><cbc:IdentificationCode>{country}</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyLegalEntity><cbc:RegistrationName>Buyer AB</cbc:RegistrationName></cac:PartyLegalEntity>
          </cac:Party></cac:AccountingCustomerParty>
          {card}
          <cac:AllowanceCharge>
            <cbc:ChargeIndicator>{chargeIndicator}</cbc:ChargeIndicator>
            <cbc:AllowanceChargeReason>Freight</cbc:AllowanceChargeReason>
            <cbc:Amount currencyID="EUR">{charge}</cbc:Amount>
            <cac:TaxCategory><cbc:ID>{category}</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
          </cac:AllowanceCharge>
          <cac:TaxTotal>
            <cbc:TaxAmount currencyID="EUR">{taxAmount}</cbc:TaxAmount>
            <cac:TaxSubtotal>
              <cbc:TaxableAmount currencyID="EUR">{taxable}</cbc:TaxableAmount>
              <cbc:TaxAmount currencyID="EUR">{taxAmount}</cbc:TaxAmount>
              <cac:TaxCategory><cbc:ID>{category}</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
            </cac:TaxSubtotal>
          </cac:TaxTotal>
          <cac:LegalMonetaryTotal>
            <cbc:LineExtensionAmount currencyID="EUR">1300</cbc:LineExtensionAmount>
            <cbc:TaxExclusiveAmount currencyID="EUR">1325</cbc:TaxExclusiveAmount>
            <cbc:TaxInclusiveAmount currencyID="EUR">1656.25</cbc:TaxInclusiveAmount>
            <cbc:ChargeTotalAmount currencyID="EUR">25</cbc:ChargeTotalAmount>
            <cbc:PayableAmount currencyID="EUR">1656.25</cbc:PayableAmount>
          </cac:LegalMonetaryTotal>
          <cac:InvoiceLine>
            <cbc:ID>1</cbc:ID>
            <cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity>
            <cbc:LineExtensionAmount currencyID="EUR">1300</cbc:LineExtensionAmount>
            {lineExtra}
            <cac:Item><cbc:Name>Thing</cbc:Name>
              <cac:ClassifiedTaxCategory><cbc:ID>{category}</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
            </cac:Item>
            <cac:Price><cbc:PriceAmount currencyID="EUR">1300</cbc:PriceAmount></cac:Price>
          </cac:InvoiceLine>
        </Invoice>
        """;

    private static IReadOnlyList<string> Fired(string xml)
    {
        var result = EInvoiceValidator.Validate(Encoding.UTF8.GetBytes(xml), new ValidationOptions { RuleSets = [RuleSetIds.En16931], CheckSchema = false });
        Assert.True(result.TryGetValue(out var report));
        return [.. report!.Fired.Where(static f => f.StartsWith("BR-", StringComparison.Ordinal))];
    }

    [Fact]
    public void The_base_document_breaks_no_business_rule() => Assert.Empty(Fired(Invoice()));

    [Theory]
    [InlineData("1324", "25", true)] // BT-116 + 1 = 1325 is not above the category base 1325.
    [InlineData("1324.13", "25.13", false)] // 1324.13 + 1 in xs:double is slightly above 1325.13: the reference accepts it.
    [InlineData("1326.01", "25.01", false)] // 1326.01 - 1 in xs:double is slightly below 1325.01.
    [InlineData("1325.50", "25", false)]
    public void BR_S_08_compares_the_taxable_amount_plus_or_minus_one_in_double_precision(string taxable, string charge, bool fires) =>
        Assert.Equal(fires, Fired(Invoice(taxable: taxable, charge: charge)).Contains("BR-S-08:fatal"));

    [Theory]
    [InlineData("#QQQ#text", true)]
    [InlineData("#AAA#text", false)]
    [InlineData("#A A#text", false)] // contains(list, code) without spaces: any 3-character piece of the list passes.
    [InlineData("#AB#text", false)] // only 3-character codes are checked
    [InlineData("no subject", false)]
    public void BR_CL_08_checks_the_subject_code_of_document_notes(string note, bool fires) =>
        Assert.Equal(fires, Fired(Invoice(note: $"<cbc:Note>{note}</cbc:Note>")).Contains("BR-CL-08:fatal"));

    [Theory]
    [InlineData("EL123456789", false)]
    [InlineData("XX123456789", true)]
    [InlineData("D", false)] // substring(..., 1, 2) = 'D' occurs in the prefix list text
    [InlineData("", false)]
    public void BR_CO_09_searches_the_first_two_characters_in_the_prefix_list(string vat, bool fires) =>
        Assert.Equal(fires, Fired(Invoice(sellerVat: vat)).Contains("BR-CO-09:fatal"));

    [Fact]
    public void A_line_period_is_checked_by_the_line_rule_only()
    {
        var fired = Fired(Invoice(lineExtra: "<cac:InvoicePeriod><cbc:StartDate>2024-02-01</cbc:StartDate><cbc:EndDate>2024-01-01</cbc:EndDate></cac:InvoicePeriod>"));
        Assert.Contains("BR-30:fatal", fired);
        Assert.DoesNotContain("BR-29:fatal", fired);
    }

    [Theory]
    [InlineData("1", false)] // xs:boolean('1') is true: still a charge
    [InlineData(" true ", false)]
    [InlineData("0", true)] // now an allowance: the charge total no longer matches
    public void The_charge_indicator_is_read_as_an_xs_boolean(string indicator, bool totalsBreak) =>
        Assert.Equal(totalsBreak, Fired(Invoice(chargeIndicator: indicator)).Contains("BR-CO-12:fatal"));

    [Fact]
    public void BR_DEC_13_never_fires_because_its_predicate_looks_below_the_tax_amount() =>
        Assert.DoesNotContain("BR-DEC-13:fatal", Fired(Invoice(taxAmount: "331.250")));

    [Fact]
    public void Split_payment_outside_Italy_breaks_BR_B_01_and_B_02_stays_quiet_without_standard_rate()
    {
        var fired = Fired(Invoice(category: "B", country: "DE"));
        Assert.Contains("BR-B-01:fatal", fired);
        Assert.DoesNotContain("BR-B-02:fatal", fired);
        Assert.DoesNotContain("BR-B-01:fatal", Fired(Invoice(category: "B", country: "IT")));
    }

    [Fact]
    public void A_full_card_number_is_a_warning()
    {
        var card = "<cac:PaymentMeans><cbc:PaymentMeansCode>48</cbc:PaymentMeansCode><cac:CardAccount><cbc:PrimaryAccountNumberID>{0}</cbc:PrimaryAccountNumberID><cbc:NetworkID>VISA</cbc:NetworkID></cac:CardAccount></cac:PaymentMeans>";
        Assert.Contains("BR-51:warning", Fired(Invoice(card: string.Format(System.Globalization.CultureInfo.InvariantCulture, card, "4111111111111111"))));
        Assert.DoesNotContain("BR-51:warning", Fired(Invoice(card: string.Format(System.Globalization.CultureInfo.InvariantCulture, card, "411111"))));
    }
}
