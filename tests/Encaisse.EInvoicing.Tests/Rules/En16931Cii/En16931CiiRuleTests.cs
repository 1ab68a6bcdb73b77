using Encaisse.EInvoicing.Conformance;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Rules.En16931CiiModel;

/// <summary>
/// The EN 16931 CII business and code-list rules (EN16931-CII-Model, EN16931-Codes). Expected ids in the mutation
/// cases are what the reference validator (CEN 1.3.16 XSLT on Saxon) reports for the same documents.
/// </summary>
public sealed class En16931CiiRuleTests
{
    private static readonly string Shared = Path.Combine(FindRepositoryRoot(), "..", "shared", "einvoice");

    private static readonly string Example3 = File.ReadAllText(Path.Combine(Shared, "examples", "en16931", "cii", "CII_example3.xml"));

    [Fact]
    public void CenCiiUnitTestsAllPass()
    {
        var line = ConformanceRunner.UnitTests("cii", Path.Combine(Shared, "unit", "en16931", "cii"), [RuleSetIds.En16931]);

        Assert.True(line.Passed > 0, "no CII unit test found");
        Assert.True(line.Failed == 0, string.Join(Environment.NewLine, line.Differences));
    }

    [Fact]
    public void CenCiiExamplesBreakNoBusinessRule()
    {
        var files = Directory.GetFiles(Path.Combine(Shared, "examples", "en16931", "cii"), "*.xml");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.True(BusinessRules(File.ReadAllText(file)).Count == 0, $"{Path.GetFileName(file)}: {string.Join(",", BusinessRules(File.ReadAllText(file)))}");
        }
    }

    public static TheoryData<string, string, string, string> Mutations => new()
    {
        // A line net amount of 800.005: BR-CO-10 sums the lines in xs:double, 800.005 is 800.00499… there, so the
        // rounded sum is 800.00 and BR-CO-10 holds; BR-S-08 sums xs:decimal values and sees 800.01.
        {
            "<ram:LineTotalAmount>800</ram:LineTotalAmount>", "<ram:LineTotalAmount>800.005</ram:LineTotalAmount>", "first",
            "BR-DEC-23,BR-S-08"
        },

        // -0.00 is ordered below 0 when an untyped node is compared with a number (Saxon).
        {
            "<ram:ChargeTotalAmount>100</ram:ChargeTotalAmount>", "<ram:ChargeTotalAmount>100</ram:ChargeTotalAmount><ram:AllowanceTotalAmount>-0.00</ram:AllowanceTotalAmount>", "all",
            "BR-CO-11"
        },
        {
            "<ram:ChargeTotalAmount>100</ram:ChargeTotalAmount>", "<ram:ChargeTotalAmount>100</ram:ChargeTotalAmount><ram:AllowanceTotalAmount>0.00</ram:AllowanceTotalAmount>", "all",
            ""
        },
        { "<ram:ChargeAmount>800</ram:ChargeAmount>", "<ram:ChargeAmount>-0.00</ram:ChargeAmount>", "all", "BR-27" },

        // A standard-rate breakdown without taxable amount goes through the generic breakdown rule (BR-45)...
        { "<ram:BasisAmount>900</ram:BasisAmount>", string.Empty, "all", "BR-45,BR-CO-17,BR-S-08,BR-S-09" },

        // ...a "not subject to VAT" one is taken by the O rule first, so BR-45 is not checked on it.
        {
            "<ram:BasisAmount>900</ram:BasisAmount>\n                <ram:CategoryCode>S</ram:CategoryCode>\n                <ram:RateApplicablePercent>25</ram:RateApplicablePercent>",
            "<ram:CategoryCode>O</ram:CategoryCode>", "all",
            "BR-O-01,BR-O-08,BR-O-09,BR-O-10,BR-O-11,BR-O-12,BR-O-13,BR-O-14,BR-S-01"
        },

        { "<ram:InvoiceCurrencyCode>DKK</ram:InvoiceCurrencyCode>", "<ram:InvoiceCurrencyCode>DKX</ram:InvoiceCurrencyCode>", "all", "BR-CL-04,BR-CO-15" },
        { "<ram:TypeCode>30</ram:TypeCode>", "<ram:TypeCode>31</ram:TypeCode>", "all", string.Empty },
        { "<ram:IBANID>DK1212341234123412</ram:IBANID>", string.Empty, "all", "BR-50,BR-61" },
        { "<udt:Indicator>true</udt:Indicator>", "<udt:Indicator>false</udt:Indicator>", "all", "BR-CL-19,BR-CO-11,BR-CO-12,BR-S-08" },
        { "<ram:ID schemeID=\"VA\">DK16356706</ram:ID>", "<ram:ID schemeID=\"VA\">16356706</ram:ID>", "all", "BR-CO-09" },
        { "<ram:ID schemeID=\"VA\">DK16356706</ram:ID>", "<ram:ID schemeID=\"FC\">DK16356706</ram:ID>", "all", string.Empty },
        { "<ram:CalculatedAmount>225</ram:CalculatedAmount>", "<ram:CalculatedAmount>226.5</ram:CalculatedAmount>", "all", "BR-CO-14,BR-CO-17,BR-S-09" },
        { "<ram:LineID>1</ram:LineID>", "<ram:LineID> </ram:LineID>", "all", "BR-21" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void MutatedExampleFiresWhatTheReferenceFires(string find, string replace, string where, string expected)
    {
        Assert.Contains(find, Example3, StringComparison.Ordinal);
        var index = Example3.IndexOf(find, StringComparison.Ordinal);
        var xml = where == "first"
            ? string.Concat(Example3.AsSpan(0, index), replace, Example3.AsSpan(index + find.Length))
            : Example3.Replace(find, replace, StringComparison.Ordinal);

        var fired = BusinessRules(xml);

        Assert.Equal(expected, string.Join(",", fired));
    }

    [Fact]
    public void EveryReferenceRuleIdHasItsOwnText()
    {
        var flags = File.ReadAllLines(Path.Combine(Shared, "..", "tools", "einvoice-oracle", "artefacts", "rule-flags.tsv"))
            .Select(l => l.Split('\t'))
            .Where(c => c.Length == 4 && c[0] == "en16931" && c[1] == "cii" && c[2].StartsWith("BR-", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(flags);
        var catalog = Encaisse.EInvoicing.Validation.Rules.En16931.En16931Cii.Instance.Catalog;
        var missing = flags.Where(c => !catalog.HasText(c[2])).Select(c => c[2]).ToList();
        Assert.True(missing.Count == 0, "no text: " + string.Join(",", missing));
        Assert.All(flags, c => Assert.Equal("fatal", c[3]));
        Assert.All(flags, c => Assert.False(string.IsNullOrWhiteSpace(catalog.Text(c[2]).French)));
    }

    [Fact]
    public void RevalidatingAMutatedDocumentSeesTheChange()
    {
        // The rules cache document-wide facts per run; a second run on the same, changed document must not reuse them.
        var document = SafeXml.Load(System.Text.Encoding.UTF8.GetBytes(Example3), XmlLimits.Default).Value;
        var options = new ValidationOptions { RuleSets = [RuleSetIds.En16931], CheckSchema = false };
        Assert.DoesNotContain("BR-16:fatal", EInvoiceValidator.Validate(document, options).Fired);

        document.Root!.Element(Namespaces.Rsm + "SupplyChainTradeTransaction")!.Element(Namespaces.Ram + "IncludedSupplyChainTradeLineItem")!.Remove();

        Assert.Contains("BR-16:fatal", EInvoiceValidator.Validate(document, options).Fired);
    }

    // The fired ids of the model and code-list patterns (BR-*), sorted.
    private static List<string> BusinessRules(string xml)
    {
        var result = EInvoiceValidator.Validate(
            System.Text.Encoding.UTF8.GetBytes(xml),
            new ValidationOptions { RuleSets = [RuleSetIds.En16931], CheckSchema = false });
        Assert.True(result.TryGetValue(out var report), "not XML");
        return [.. report!.Fired.Where(f => f.StartsWith("BR-", StringComparison.Ordinal)).Select(f => f[..f.IndexOf(':', StringComparison.Ordinal)])];
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Encaisse.slnx not found above " + AppContext.BaseDirectory);
    }
}
