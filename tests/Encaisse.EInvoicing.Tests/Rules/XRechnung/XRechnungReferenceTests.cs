using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Validation.Rules.XRechnung;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Rules.XRechnung;

/// <summary>
/// The XRechnung rule set against the reference results: every file of the XRechnung test suite and rule tests
/// (expected/xrechnung.tsv) must fire exactly the XRechnung rule ids (with their flags) the reference fired.
/// </summary>
public sealed class XRechnungReferenceTests
{
    private static readonly ValidationOptions XRechnungOnly = new() { RuleSets = [RuleSetIds.XRechnung], CheckSchema = false };

    [Fact]
    public void Every_reference_file_fires_the_reference_xrechnung_rules()
    {
        var ours = XRechnungTestData.AllReferenceIds();
        var rows = XRechnungTestData.ExpectedRows();
        var differences = new List<string>();
        var compared = 0;
        foreach (var row in rows)
        {
            var path = Path.Combine(XRechnungTestData.EInvoice, row.File);
            if (row["syntax"] is not ("ubl" or "cii") || !File.Exists(path))
            {
                continue;
            }

            compared++;
            var expected = row.Fired.Where(f => ours.Contains(f[..f.LastIndexOf(':')])).ToHashSet(StringComparer.Ordinal);
            var report = EInvoiceValidator.Validate(File.ReadAllBytes(path), XRechnungOnly);
            Assert.True(report.Success, row.File);
            var actual = report.Value.Findings
                .Where(f => f.Flag != RuleFlag.Information)
                .Select(f => f.IdAndFlag)
                .ToHashSet(StringComparer.Ordinal);
            if (!actual.SetEquals(expected))
            {
                differences.Add($"{row.File}: missing=[{string.Join(",", expected.Except(actual))}] extra=[{string.Join(",", actual.Except(expected))}]");
            }
        }

        Assert.True(compared >= 300, $"only {compared} reference files found under {XRechnungTestData.EInvoice}");
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Theory]
    [InlineData("ubl")]
    [InlineData("cii")]
    public void Every_reference_rule_id_has_its_own_text(string syntax)
    {
        var set = RuleSetRegistry.Find(RuleSetIds.XRechnung, syntax == "ubl" ? DocumentSyntax.Ubl : DocumentSyntax.Cii);
        Assert.NotNull(set);
        var patterns = set.Patterns.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, flag) in XRechnungTestData.ReferenceIds(syntax))
        {
            if (flag == "error" && (id.EndsWith("pattern", StringComparison.Ordinal) || id.Contains("-pattern-", StringComparison.Ordinal)))
            {
                // The reference's list-rules also picks up the Schematron pattern ids; they are not rules and never fire.
                Assert.True(patterns.Contains(id) || id == "variable-pattern", $"{id} is not a pattern of ours");
                continue;
            }

            Assert.True(set.Catalog.HasText(id), $"{id} has no text");
        }
    }

    [Fact]
    public void Patterns_follow_the_order_of_the_compiled_xslt()
    {
        Assert.Equal(
            ["peppol-ubl-pattern-1", "peppol-ubl-pattern-2", "ubl-pattern", "ubl-extension-pattern", "ubl-cvd-pattern"],
            XRechnungUbl.Instance.Patterns.Select(p => p.Id));
        Assert.Equal(
            ["peppol-cii-pattern-1", "peppol-cii-pattern-0-a", "peppol-cii-pattern-0-b", "cii-pattern", "cii-extension-pattern", "cii-cvd-pattern"],
            XRechnungCii.Instance.Patterns.Select(p => p.Id));
    }
}
