using Encaisse.EInvoicing.Conformance;

namespace Encaisse.EInvoicing.Tests.Rules.En16931CiiSyntax;

/// <summary>
/// The CII-SR-* and CII-DT-* rules fired on every CII example, XRechnung and ZUGFeRD file of ../shared/einvoice
/// equal the reference validator's (the other rule ids are other patterns' business).
/// </summary>
public sealed class CiiSyntaxReferenceTests
{
    [Theory]
    [InlineData("examples.tsv", false)]
    [InlineData("xrechnung.tsv", false)]
    [InlineData("zugferd.tsv", true)]
    public void Fired_syntax_rules_equal_the_reference(string expectedTsv, bool fromFacturX)
    {
        var root = SharedFolder.Einvoice;
        var differences = new List<string>();
        var files = 0;
        foreach (var row in ExpectedResults.Load(Path.Combine(root, "expected", expectedTsv)))
        {
            if (row["syntax"] != "cii" || row["container"] == "pdf")
            {
                continue;
            }

            var path = Path.Combine(root, row.File);
            if (!File.Exists(path))
            {
                continue;
            }

            files++;
            var expected = row.Fired.Where(IsSyntaxRule).ToHashSet(StringComparer.Ordinal);
            var actual = ConformanceRunner.Fired(File.ReadAllBytes(path), fromFacturX).Where(IsSyntaxRule).ToHashSet(StringComparer.Ordinal);
            if (!actual.SetEquals(expected))
            {
                differences.Add($"{row.File}: missing=[{string.Join(",", expected.Except(actual))}] extra=[{string.Join(",", actual.Except(expected))}]");
            }
        }

        Assert.True(files > 10, $"only {files} CII files found for {expectedTsv}");
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    private static bool IsSyntaxRule(string idAndFlag) =>
        idAndFlag.StartsWith("CII-SR-", StringComparison.Ordinal) || idAndFlag.StartsWith("CII-DT-", StringComparison.Ordinal);
}
