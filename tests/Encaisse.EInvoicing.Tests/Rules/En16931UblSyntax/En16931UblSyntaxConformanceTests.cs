using Encaisse.EInvoicing.Conformance;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Validation.Rules.En16931;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Rules.En16931UblSyntax;

/// <summary>The UBL-syntax pattern against the reference validator's results on the shared test material.</summary>
public sealed class En16931UblSyntaxConformanceTests
{
    private static readonly string[] UnitFolders = ["unit/en16931/ubl-invoice", "unit/en16931/ubl-creditnote"];

    [Fact]
    public void Cen_unit_tests_of_the_syntax_rules_pass()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var folder in UnitFolders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(SharedFolder.Einvoice, folder), "UBL-*.xml"))
            {
                Assert.True(VefaTestSet.Load(File.ReadAllBytes(file)).TryGetValue(out var tests));
                foreach (var test in tests)
                {
                    count++;
                    var findings = new List<ValidationFinding>();
                    Encaisse.EInvoicing.Validation.Engine.RuleRunner.Run(test.Payload, [UblSyntaxOnly.Instance], findings);
                    var problems = test.Expectation.Problems(findings);
                    if (problems.Count > 0)
                    {
                        failures.Add($"{Path.GetFileName(file)} #{test.Position}: {string.Join("; ", problems)}");
                    }
                }
            }
        }

        Assert.True(count >= 10, $"only {count} unit tests found");
        Assert.Empty(failures);
    }

    [Fact]
    public void Every_ubl_unit_fragment_fires_the_same_syntax_rules_as_the_reference()
    {
        var rows = ExpectedResults.Load(Path.Combine(SharedFolder.Einvoice, "expected", "unit-en16931.tsv"))
            .Where(r => r["syntax"] == "ubl")
            .ToList();
        var byFile = rows.GroupBy(r => r.File);
        var differences = new List<string>();
        foreach (var group in byFile)
        {
            Assert.True(VefaTestSet.Load(File.ReadAllBytes(Path.Combine(SharedFolder.Einvoice, group.Key))).TryGetValue(out var tests));
            foreach (var row in group)
            {
                var test = tests.Single(t => t.Position == int.Parse(row["test"], System.Globalization.CultureInfo.InvariantCulture));
                Compare($"{row.File} #{row["test"]}", UblSyntaxOnly.Fired(test.Payload), UblSyntaxOnly.Own(row.Fired), differences);
            }
        }

        Assert.True(rows.Count > 500, $"only {rows.Count} UBL unit tests in the reference results");
        Assert.Empty(differences);
    }

    [Theory]
    [InlineData("examples.tsv")]
    [InlineData("xrechnung.tsv")]
    [InlineData("zugferd.tsv")]
    public void Every_ubl_file_fires_the_same_syntax_rules_as_the_reference(string expectedTsv)
    {
        var differences = new List<string>();
        var count = 0;
        foreach (var row in ExpectedResults.Load(Path.Combine(SharedFolder.Einvoice, "expected", expectedTsv)))
        {
            var path = Path.Combine(SharedFolder.Einvoice, row.File);
            if (row["syntax"] != "ubl" || row["container"] == "pdf" || !row["rulesets"].Contains("en16931", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
            {
                continue;
            }

            Assert.True(SafeXml.Load(File.ReadAllBytes(path)).TryGetValue(out var document));
            count++;
            Compare(row.File, UblSyntaxOnly.Fired(document), UblSyntaxOnly.Own(row.Fired), differences);
        }

        Assert.True(count > 0, "no UBL file with EN 16931 rules in " + expectedTsv);
        Assert.Empty(differences);
    }

    [Fact]
    public void Every_syntax_rule_the_reference_knows_has_its_own_text_and_the_table_flags_match()
    {
        var reference = File.ReadLines(Path.Combine(SharedFolder.Einvoice, "..", "tools", "einvoice-oracle", "artefacts", "rule-flags.tsv"))
            .Select(l => l.Split('\t'))
            .Where(c => c.Length >= 4 && c[0] == "en16931" && c[1] == "ubl" && UblSyntaxOnly.Owns(c[2]))
            .ToDictionary(c => c[2], c => c[3], StringComparer.Ordinal);
        var catalog = En16931Ubl.Instance.Catalog;
        Assert.Equal(756, reference.Count);
        Assert.All(reference.Keys, id => Assert.True(catalog.HasText(id), id + " has no text"));
        foreach (var a in UblSyntaxRoot.Asserts)
        {
            Assert.Equal(reference[a.Id], a.Flag.Name());
        }

        Assert.Equal(727, UblSyntaxRoot.Asserts.Count);
        Assert.Equal(UblSyntaxRoot.Asserts.Count, UblSyntaxRoot.Asserts.Select(a => a.Id).Distinct().Count());
    }

    private static void Compare(string what, SortedSet<string> actual, SortedSet<string> expected, List<string> differences)
    {
        if (!actual.SetEquals(expected))
        {
            differences.Add($"{what}: missing=[{string.Join(",", expected.Except(actual))}] extra=[{string.Join(",", actual.Except(expected))}]");
        }
    }
}
