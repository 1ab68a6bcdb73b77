using System.Xml.Linq;

namespace Encaisse.EInvoicing.Tests.Rules.En16931CiiSyntax;

/// <summary>
/// The syntax rules whose test is more than a presence or count check, on small documents. The expected verdicts
/// follow the XPath semantics (exact vs normalized string comparisons, existential paths, absolute paths, first
/// matching rule) and were confirmed with the reference validator on the same fragments.
/// </summary>
public sealed class CiiSyntaxCustomRuleTests
{
    private const string Header = """
        <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
          xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
          xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
        """;

    private static readonly XNamespace Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    private static HashSet<string> Fired(string body) =>
        CiiSyntaxTableTests.Fired(XDocument.Parse(Header + body + "</rsm:CrossIndustryInvoice>"));

    private static string Transaction(string content) => $"<rsm:SupplyChainTradeTransaction>{content}</rsm:SupplyChainTradeTransaction>";

    private static string Line(string content) => Transaction($"<ram:IncludedSupplyChainTradeLineItem>{content}</ram:IncludedSupplyChainTradeLineItem>");

    [Theory]
    [InlineData("<ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>1</ram:ActualAmount>", false)]
    [InlineData("<ram:ChargeIndicator><udt:Indicator> false </udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>1</ram:ActualAmount>", false)]
    [InlineData("<ram:ChargeIndicator><udt:Indicator>0</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>1</ram:ActualAmount>", false)]
    [InlineData("<ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>1</ram:ActualAmount>", true)]
    [InlineData("<ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator>", true)]
    [InlineData("<ram:ActualAmount>1</ram:ActualAmount>", true)]
    [InlineData("", false)]
    public void SR_119_gross_price_carries_only_a_discount(string allowance, bool fires)
    {
        var fired = Fired(Line($"""
            <ram:SpecifiedLineTradeAgreement>
              <ram:GrossPriceProductTradePrice><ram:ChargeAmount>10</ram:ChargeAmount>
                <ram:AppliedTradeAllowanceCharge>{allowance}</ram:AppliedTradeAllowanceCharge>
              </ram:GrossPriceProductTradePrice>
              <ram:NetPriceProductTradePrice><ram:ChargeAmount>9</ram:ChargeAmount></ram:NetPriceProductTradePrice>
            </ram:SpecifiedLineTradeAgreement>
            """));
        Assert.Equal(fires, fired.Contains("CII-SR-119"));
        Assert.DoesNotContain("CII-SR-439", fired);
    }

    [Theory]
    [InlineData("30", "30 ", false)]
    [InlineData("30", "58", true)]
    public void SR_467_payment_means_codes_compare_normalized(string first, string second, bool fires)
    {
        var fired = Fired(Transaction($"""
            <ram:ApplicableHeaderTradeSettlement>
              <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>{first}</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>X</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
              <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>{second}</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:ProprietaryID>Y</ram:ProprietaryID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
            </ram:ApplicableHeaderTradeSettlement>
            """));
        Assert.Equal(fires, fired.Contains("CII-SR-467"));
        Assert.DoesNotContain("CII-SR-470", fired);
    }

    [Theory]
    [InlineData(" 58 ", "", true)]
    [InlineData("58", "<ram:PayeePartyCreditorFinancialAccount><ram:AccountName>A</ram:AccountName></ram:PayeePartyCreditorFinancialAccount>", true)]
    [InlineData("58", "<ram:PayeePartyCreditorFinancialAccount><ram:ProprietaryID>A</ram:ProprietaryID></ram:PayeePartyCreditorFinancialAccount>", false)]
    [InlineData("49", "", false)]
    public void SR_470_credit_transfer_needs_an_account(string code, string account, bool fires)
    {
        var fired = Fired(Transaction($"""
            <ram:ApplicableHeaderTradeSettlement>
              <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>{code}</ram:TypeCode>{account}</ram:SpecifiedTradeSettlementPaymentMeans>
            </ram:ApplicableHeaderTradeSettlement>
            """));
        Assert.Equal(fires, fired.Contains("CII-SR-470"));
    }

    [Theory]
    [InlineData("5", "5", false)]
    [InlineData("5", " 5", true)]
    [InlineData("5", "29", true)]
    public void SR_462_one_due_date_type_code_in_the_whole_document(string header, string line, bool fires)
    {
        var fired = Fired($"""
            <rsm:SupplyChainTradeTransaction>
              <ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedLineTradeSettlement>
                <ram:ApplicableTradeTax><ram:DueDateTypeCode>{line}</ram:DueDateTypeCode></ram:ApplicableTradeTax>
              </ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>
              <ram:ApplicableHeaderTradeSettlement>
                <ram:ApplicableTradeTax><ram:DueDateTypeCode>{header}</ram:DueDateTypeCode></ram:ApplicableTradeTax>
              </ram:ApplicableHeaderTradeSettlement>
            </rsm:SupplyChainTradeTransaction>
            """);
        Assert.Equal(fires, fired.Contains("CII-SR-462"));

        // The line-level DueDateTypeCode is also outside the header settlement.
        Assert.Contains("CII-DT-058", fired);
    }

    [Fact]
    public void SR_462_sees_a_document_changed_between_two_validations()
    {
        var document = XDocument.Parse(Header + Transaction("""
            <ram:ApplicableHeaderTradeSettlement>
              <ram:ApplicableTradeTax><ram:DueDateTypeCode>5</ram:DueDateTypeCode></ram:ApplicableTradeTax>
              <ram:ApplicableTradeTax><ram:DueDateTypeCode>5</ram:DueDateTypeCode></ram:ApplicableTradeTax>
            </ram:ApplicableHeaderTradeSettlement>
            """) + "</rsm:CrossIndustryInvoice>");
        Assert.DoesNotContain("CII-SR-462", CiiSyntaxTableTests.Fired(document));
        document.Descendants(Ram + "DueDateTypeCode").Last().Value = "29";
        Assert.Contains("CII-SR-462", CiiSyntaxTableTests.Fired(document));
        document.Descendants(Ram + "DueDateTypeCode").Last().Value = "5";
        Assert.DoesNotContain("CII-SR-462", CiiSyntaxTableTests.Fired(document));
    }

    [Theory]
    [InlineData("50", "50", "CII-SR-457", true)]
    [InlineData("50", " 50", "CII-SR-457", false)]
    [InlineData("130", "130", "CII-SR-458", true)]
    public void SR_457_458_compare_type_codes_exactly(string first, string second, string rule, bool fires)
    {
        var fired = Fired(Transaction($"""
            <ram:ApplicableHeaderTradeAgreement>
              <ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A</ram:IssuerAssignedID><ram:TypeCode>{first}</ram:TypeCode></ram:AdditionalReferencedDocument>
              <ram:AdditionalReferencedDocument><ram:IssuerAssignedID>B</ram:IssuerAssignedID><ram:TypeCode>{second}</ram:TypeCode></ram:AdditionalReferencedDocument>
            </ram:ApplicableHeaderTradeAgreement>
            """));
        Assert.Equal(fires, fired.Contains(rule));
    }

    [Fact]
    public void SR_475_counts_names_over_all_supporting_documents_and_DT_018_021_use_exact_codes()
    {
        var fired = Fired(Transaction("""
            <ram:ApplicableHeaderTradeAgreement>
              <ram:AdditionalReferencedDocument><ram:TypeCode> 916 </ram:TypeCode><ram:Name>A</ram:Name></ram:AdditionalReferencedDocument>
              <ram:AdditionalReferencedDocument><ram:TypeCode>916</ram:TypeCode><ram:Name>B</ram:Name></ram:AdditionalReferencedDocument>
            </ram:ApplicableHeaderTradeAgreement>
            """));
        Assert.Contains("CII-SR-475", fired);

        // ' 916 ' is not '916' for the referenced-document rules, which compare exactly.
        Assert.Contains("CII-DT-018", fired);
        Assert.Contains("CII-DT-021", fired);
    }

    [Theory]
    [InlineData("20240131", false)]
    [InlineData("20240230", false)]
    [InlineData("\t20240101\n", false)]
    [InlineData("\u0662\u0660\u0662\u06630101", false)]
    [InlineData("2024-01-31", true)]
    [InlineData("20241301", true)]
    [InlineData("20240100", true)]
    [InlineData("202401311", true)]
    [InlineData("\u00a020240101", true)]
    public void DT_097_format_102_is_yyyymmdd(string value, bool fires)
    {
        var fired = Fired($"""<rsm:ExchangedDocument><ram:IssueDateTime><udt:DateTimeString format="102">{value}</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>""");
        Assert.Equal(fires, fired.Contains("CII-DT-097"));
    }

    [Fact]
    public void DT_097_applies_only_to_format_102_exactly()
    {
        var fired = Fired("""<rsm:ExchangedDocument><ram:IssueDateTime><udt:DateTimeString format=" 102">2024-01-31</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>""");
        Assert.DoesNotContain("CII-DT-097", fired);
    }

    [Theory]
    [InlineData("<ram:BilledQuantity>1</ram:BilledQuantity>", true)]
    [InlineData("<ram:BilledQuantity unitCode=\"C62\">1</ram:BilledQuantity>", false)]
    public void DT_033_a_unit_is_allowed_once_any_invoiced_quantity_has_one(string billed, bool fires)
    {
        var fired = Fired(Line($"""
            <ram:SpecifiedLineTradeDelivery>{billed}<ram:ChargeFreeQuantity unitCode="C62">2</ram:ChargeFreeQuantity></ram:SpecifiedLineTradeDelivery>
            """));
        Assert.Equal(fires, fired.Contains("CII-DT-033"));
    }

    [Fact]
    public void The_first_matching_rule_takes_each_element()
    {
        var fired = Fired("""
            <rsm:ExchangedDocument>
              <ram:ID schemeName="x">1</ram:ID>
              <ram:TypeCode listID="x" name="y">380</ram:TypeCode>
              <ram:IncludedNote><ram:Content>a</ram:Content></ram:IncludedNote>
            </rsm:ExchangedDocument>
            <rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement>
              <ram:BuyerReference>r</ram:BuyerReference>
              <ram:SellerTradeParty><ram:GlobalID schemeID="0088" schemeName="x">1</ram:GlobalID></ram:SellerTradeParty>
            </ram:ApplicableHeaderTradeAgreement></rsm:SupplyChainTradeTransaction>
            """);

        // The invoice number is a key identifier (DT-001), the seller's global id any identifier (DT-101).
        Assert.Contains("CII-DT-001", fired);
        Assert.Contains("CII-DT-101", fired);

        // //ram:TypeCode comes first and takes the invoice type code: its rule on @listID never applies.
        Assert.Contains("CII-DT-008", fired);
        Assert.DoesNotContain("CII-DT-010", fired);
    }

    [Theory]
    [InlineData("<ram:DefinedTradeContact><ram:PersonName>a</ram:PersonName><ram:DepartmentName>d</ram:DepartmentName></ram:DefinedTradeContact>", true)]
    [InlineData("<ram:DefinedTradeContact><ram:PersonName>a</ram:PersonName></ram:DefinedTradeContact><ram:DefinedTradeContact><ram:DepartmentName>d</ram:DepartmentName></ram:DefinedTradeContact>", true)]
    [InlineData("<ram:DefinedTradeContact><ram:DepartmentName>d</ram:DepartmentName></ram:DefinedTradeContact>", false)]
    public void SR_465_person_and_department_anywhere_in_the_seller_contacts(string contacts, bool fires)
    {
        var fired = Fired(Transaction($"<ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty>{contacts}</ram:SellerTradeParty></ram:ApplicableHeaderTradeAgreement>"));
        Assert.Equal(fires, fired.Contains("CII-SR-465"));
        Assert.Equal(contacts.Split("<ram:DefinedTradeContact>").Length > 2, fired.Contains("CII-SR-455"));
    }

    [Theory]
    [InlineData("<ram:GlobalID>1</ram:GlobalID><ram:GlobalID schemeID=\"0160\">2</ram:GlobalID>", false, "")]
    [InlineData("<ram:GlobalID>1</ram:GlobalID>", true, "")]
    [InlineData("", false, "<ram:OriginTradeCountry/>")]
    [InlineData("", false, "<ram:OriginTradeCountry><ram:ID>DE</ram:ID></ram:OriginTradeCountry>")]
    public void SR_046_090_item_identifiers_and_origin(string globalIds, bool sr046, string origin)
    {
        var fired = Fired(Line($"<ram:SpecifiedTradeProduct>{globalIds}{origin}</ram:SpecifiedTradeProduct>"));
        Assert.Equal(sr046, fired.Contains("CII-SR-046"));
        Assert.Equal(origin == "<ram:OriginTradeCountry/>", fired.Contains("CII-SR-090"));
    }

    [Fact]
    public void Tax_rules_tell_line_and_header_apart()
    {
        var fired = Fired($"""
            <rsm:SupplyChainTradeTransaction>
              <ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedLineTradeSettlement>
                <ram:ApplicableTradeTax><ram:TypeCode>vat</ram:TypeCode><ram:BasisAmount>1</ram:BasisAmount><ram:ExemptionReason>x</ram:ExemptionReason></ram:ApplicableTradeTax>
              </ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>
              <ram:ApplicableHeaderTradeSettlement>
                <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>1</ram:BasisAmount></ram:ApplicableTradeTax>
                <ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator>
                  <ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:ExemptionReason>x</ram:ExemptionReason></ram:CategoryTradeTax>
                </ram:SpecifiedTradeAllowanceCharge>
              </ram:ApplicableHeaderTradeSettlement>
            </rsm:SupplyChainTradeTransaction>
            """);
        Assert.Contains("CII-DT-037", fired); // 'vat' is not 'VAT'
        Assert.Contains("CII-DT-041", fired); // basis amount on a line
        Assert.Contains("CII-DT-098", fired); // exemption reason on an allowance's CategoryTradeTax
    }
}
