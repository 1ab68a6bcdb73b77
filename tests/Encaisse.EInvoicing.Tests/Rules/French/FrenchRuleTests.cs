using System.Xml.Linq;
using Encaisse.EInvoicing.Conformance;
using Encaisse.EInvoicing.Tests.Infrastructure;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Validation.Rules.French;

namespace Encaisse.EInvoicing.Tests.Rules.French;

/// <summary>
/// The French CIUS rule sets (fr, fr-warning) for CII and UBL. Expected ids of the mutation cases are what the
/// FNFE-MPE reference (tools/fr-oracle: BR-FR-Flux2 1.4.0 XSLT on Saxon-HE / SaxonJS) reports for the same documents.
/// </summary>
public sealed class FrenchRuleTests
{
    private static readonly string FrCius = Path.Combine(SharedMaterial.Root, "testdata", "fr-cius");

    private static string Example(string name) => File.ReadAllText(Path.Combine(FrCius, "examples", name));

    [Fact]
    public void FnfeExamplesAgreeWithTheReference()
    {
        var line = FrenchConformance.Examples(FrCius);

        Assert.Equal(19, line.Passed + line.Failed);
        Assert.True(line.Failed == 0, string.Join(Environment.NewLine, line.Differences));
    }

    [Fact]
    public void OldExampleFailsTheV14SchemeRuleFatallyAndTheWarningTwinWarns()
    {
        var xml = Example("F202500001_INV_20250201_UBL.xml");

        Assert.Equal(["BR-FR-CO-10_BT-29-1:fatal", "BR-FR-CO-10_BT-71-1:fatal"], Fired(xml, RuleSetIds.French));
        Assert.Equal(["BR-FR-CO-10_BT-29-1:warning", "BR-FR-CO-10_BT-71-1:warning"], Fired(xml, RuleSetIds.FrenchWarning));
    }

    [Theory]
    [InlineData("CII/EN16931/schematron/BR-FR-Flux2-Schematron-CII.sch")]
    [InlineData("UBL/EN16931/schematron/BR-FR-Flux2-Schematron-UBL.sch")]
    public void EveryAssertOfTheSchematronHasItsOwnText(string schematron)
    {
        XNamespace sch = "http://purl.oclc.org/dsdl/schematron";
        var ids = XDocument.Load(Path.Combine(FrCius, "rules", schematron)).Descendants(sch + "assert").Select(a => (string)a.Attribute("id")!).ToList();

        Assert.True(ids.Count > 150, $"{ids.Count} asserts");
        var catalog = FrenchCii.Instance.Catalog;
        Assert.DoesNotContain(ids, id => !catalog.HasText(id));
    }

    [Fact]
    public void MultiVendorRulesStayFatalInTheWarningTwin()
    {
        // A multi-vendor invoice (S8) may not be self-billed: BR-FR-MV-13 is fatal in both files.
        var xml = Example("UC10_F202600004_MULTI-VENDEUR_CII_Commentee_EXTENDED.xml").Replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>389</ram:TypeCode>", StringComparison.Ordinal);

        Assert.Contains("BR-FR-MV-13_BT-3:fatal", Fired(xml, RuleSetIds.French));
        Assert.Contains("BR-FR-MV-13_BT-3:fatal", Fired(xml, RuleSetIds.FrenchWarning));
    }

    // (example, text whose first occurrence is replaced, replacement, fatal BR-FR ids of the main file as the reference reports them)
    public static TheoryData<string, string, string, string> Mutations => new()
    {
        { "UC1_F202500003_00-INV_20250701_CII_EN16931.xml", "<ram:ID>F202500003</ram:ID>", "<ram:ID>F2025 00003</ram:ID>", "BR-FR-02_BT-1" },
        { "UC1_F202500003_00-INV_20250701_CII_EN16931.xml", ">20250701</udt:DateTimeString>", ">20250230</udt:DateTimeString>", "BR-FR-03_BT-2" },
        { "UC1_F202500003_00-INV_20250701_CII_EN16931.xml", "<ram:SubjectCode>AAB</ram:SubjectCode>", "<ram:SubjectCode>PMD</ram:SubjectCode>", "BR-FR-05_BT-22_AAB,BR-FR-06_BT-21_PMD" },
        { "UC1_F202500003_00-INV_20250701_CII_EN16931.xml", "<ram:ID>S1</ram:ID>", "<ram:ID>B2</ram:ID>", "BR-FR-CO-09_BT-23-1,BR-FR-CO-09_BT-23-2" },
        { "UC1_F202500003_00-INV_20250701_CII_EN16931.xml", "<ram:ID>S1</ram:ID>", "<ram:ID>M9</ram:ID>", "BR-FR-BD-02_BT-31,BR-FR-BD-02_BT-47,BR-FR-BD-02_EXT-FR-FE-163,BR-FR-BD-13_BT-3,BR-FR-MV-06_EXT-FR-FE-167,BR-FR-MV-07_BT-128" },
        { "UC1_F202500003_00-INV_20250701_CII_EN16931.xml", "<ram:GlobalID schemeID=\"0088\">587451236587</ram:GlobalID>", "<ram:GlobalID schemeID=\"0009\">10000000900012</ram:GlobalID><ram:GlobalID schemeID=\"0009\">1</ram:GlobalID><ram:GlobalID>x</ram:GlobalID>", "BR-FR-CO-10_BT-29-1,BR-FR-CO-10_BT-29-2" },
        { "UC1_F202500003_00-INV_20250701_CII_EN16931.xml", "<ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>", "<ram:RateApplicablePercent>20.000</ram:RateApplicablePercent>", "BR-FR-16_BT-152,BR-FR-DEC-04_BT-152" },
        { "UC1_F202500003_00-INV_20250701_CII_EN16931.xml", "<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>384</ram:TypeCode>", "BR-FR-CO-04_BT-4" },
        { "UC1_F202500003_00-INV_20250701_CII_EN16931.xml", "<ram:CategoryCode>S</ram:CategoryCode>", "<ram:CategoryCode>L</ram:CategoryCode>", "BR-FR-15_BT-95_BT-151,BR-FR-15_BT-95_BT-151_LM" },
        { "UC1_F202500003_00-INV_20250701_CII_EN16931.xml", "<ram:URIID schemeID=\"0225\">100000009_STATUTS</ram:URIID>", "<ram:URIID schemeID=\"0225\">1000 00009/STATUTS</ram:URIID>", "BR-FR-23_BT-34" },
        { "UC1_F202500003_00-INV_20250701_UBL_EN16931.xml", "<cbc:ID>F202500003</cbc:ID>", "<cbc:ID>F2025 00003</cbc:ID>", "BR-FR-01_BT-1-2,BR-FR-02_BT-1" },
        { "UC1_F202500003_00-INV_20250701_UBL_EN16931.xml", "#AAB#", "#PMD#", "BR-FR-05_BT-22-3,BR-FR-06_BT-21-2" },
        { "UC1_F202500003_00-INV_20250701_UBL_EN16931.xml", "<cbc:DueDate>2025-07-31</cbc:DueDate>", "<cbc:DueDate>2025-06-30</cbc:DueDate>", "BR-FR-CO-07_BT-9" },
        { "UC1_F202500003_00-INV_20250701_UBL_EN16931.xml", "#REG#", "#BAR#B2CINT#", "BR-FR-20_BT-21" },
        { "UC1_F202500003_00-INV_20250701_UBL_EN16931.xml", "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>", "<cbc:InvoiceTypeCode>384</cbc:InvoiceTypeCode>", "BR-FR-CO-04_BT-3" },
        { "UC1_F202500003_00-INV_20250701_UBL_EN16931.xml", "<cbc:CompanyID schemeID=\"0002\">100000009</cbc:CompanyID>", "<cbc:CompanyID schemeID=\"0002\">10000000</cbc:CompanyID>", "BR-FR-10_BT-30,BR-FR-32-LEGALID" },
        { "UC10_F202600004_MULTI-VENDEUR_CII_Commentee_EXTENDED.xml", "<ram:IssuerAssignedID>111111118_F202600004</ram:IssuerAssignedID>", "<ram:IssuerAssignedID>F202600004</ram:IssuerAssignedID>", "BR-FR-MV-07_BT-128,BR-FR-MV-09_EXT-FR-FE-181,BR-FR-MV-12_BT-128" },
        { "UC10_F202600004_MULTI-VENDEUR_CII_Commentee_EXTENDED.xml", "<ram:LineTotalAmount>1000.00</ram:LineTotalAmount>", "<ram:LineTotalAmount>1001.00</ram:LineTotalAmount>", "BR-FR-MV-05_EXT-FR-FE-BG-12,BR-FR-MV-10_EXT-FR-FE-184" },
        { "UC10_F202600004_MULTI-VENDEUR_CII_Commentee_EXTENDED.xml", "<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>381</ram:TypeCode>", "BR-FR-CO-05_BT-3,BR-FR-MV-14-EXT-FR-FE-136,BR-FR-MV-14-EXT-FR-FE-138" },
        { "UC10_F202600004_MULTI-VENDEUR_UBL_Commentee_EXTENDED.xml", "<cbc:TaxAmount currencyID=\"EUR\">200.00</cbc:TaxAmount>", "<cbc:TaxAmount currencyID=\"EUR\">201.00</cbc:TaxAmount>", "BR-FR-MV-09_EXT-FR-FE-181" },
        { "UC10_F202600004_MULTI-VENDEUR_UBL_Commentee_EXTENDED.xml", "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>", "<cbc:InvoiceTypeCode>381</cbc:InvoiceTypeCode>", "BR-FR-MV-14-EXT-FR-FE-136,BR-FR-MV-14-EXT-FR-FE-138" },
        { "UC10_F202600004_MULTI-VENDEUR_UBL_Commentee_EXTENDED.xml", "<cbc:ProfileID>S8</cbc:ProfileID>", "<cbc:ProfileID>S9</cbc:ProfileID>", "BR-FR-BD-02_BT-47,BR-FR-MV-BD_BT-3" },
        { "UC10_F202600004_MULTI-VENDEUR_UBL_Commentee_EXTENDED.xml", "<cbc:DocumentStatusCode>DETAIL</cbc:DocumentStatusCode>", "<cbc:DocumentStatusCode> </cbc:DocumentStatusCode>", "BR-FR-MV-01_EXT-FR-FE-163" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void MutationsFireWhatTheReferenceFires(string example, string find, string replace, string expected)
    {
        var xml = Example(example);
        var at = xml.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        xml = string.Concat(xml.AsSpan(0, at), replace, xml.AsSpan(at + find.Length));

        var fired = Fired(xml, RuleSetIds.French).Select(f => f[..f.LastIndexOf(':')]).ToList();

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), fired);
    }

    [Theory]
    [InlineData("20240229", true)]
    [InlineData("20250229", false)]
    [InlineData("21000101", false)]
    [InlineData("19991231", false)]
    [InlineData("20250431", false)]
    [InlineData("20250101T10:00", true)]
    [InlineData("2025010", false)]
    public void CompactDatesFollowTheCalendar(string value, bool valid) => Assert.Equal(valid, FrenchFunctions.IsValidCompactDate(value));

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("2025-01-01Z", false)]
    [InlineData("2025-1-01", false)]
    public void IsoDatesMatchTheWholeValue(string value, bool valid) => Assert.Equal(valid, FrenchFunctions.IsValidIsoDate(value));

    [Theory]
    [InlineData("1234567890123456789.12", 2, true, false)] // 21 characters without the point
    [InlineData("12345678901234567.12", 2, true, true)]
    [InlineData("-1234567890123456.12", 2, true, true)]
    [InlineData("-123456789012345678.1", 2, true, false)] // the minus sign counts: 20
    [InlineData("10.", 2, true, false)]
    [InlineData(".5", 2, true, false)]
    [InlineData("1.123", 2, true, false)]
    [InlineData("-40.000000", 6, false, false)]
    [InlineData("-40.000000", 6, true, true)]
    public void DecimalFormatsCountPositions(string value, int decimals, bool minus, bool valid) =>
        Assert.Equal(valid, FrenchFunctions.IsValidDecimal(value, decimals, minus));

    [Theory]
    [InlineData("F2025-001/A", true)]
    [InlineData("F2025 001", false)]
    [InlineData("F2025\t", true)] // normalize-space drops the tab, and the raw value has no space
    [InlineData("F2025.001", false)]
    [InlineData("", false)]
    public void InvoiceNumberFormat(string value, bool valid) => Assert.Equal(valid, FrenchFunctions.IsValidIdFormat(value));

    [Fact]
    public void UblNoteCountsDoNotOverlap()
    {
        Assert.Equal(1, FrenchFunctions.CountOccurrences("#PMT#PMT#", "#PMT#"));
        Assert.Equal(2, FrenchFunctions.CountOccurrences("#PMT#x#PMT#", "#PMT#"));
        Assert.Equal("B2B", FrenchFunctions.UblNoteValue("#REG#x#BAR#B2B#y", "#BAR#"));
        Assert.Equal("B2C", FrenchFunctions.UblNoteValue("#BAR#B2C", "#BAR#"));
    }

    private static List<string> Fired(string xml, string ruleSet)
    {
        var result = EInvoiceValidator.Validate(System.Text.Encoding.UTF8.GetBytes(xml), new ValidationOptions { RuleSets = [ruleSet], CheckSchema = false });
        Assert.True(result.Success, result.Error);
        return [.. result.Value.Fired];
    }
}
