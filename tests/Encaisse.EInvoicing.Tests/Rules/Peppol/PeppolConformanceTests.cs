using Encaisse.EInvoicing.Conformance;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Validation.Rules.Peppol;

namespace Encaisse.EInvoicing.Tests.Rules.Peppol;

/// <summary>The Peppol UBL rule set against the reference validator's results on the shared test material.</summary>
public sealed class PeppolConformanceTests
{
    private static readonly ValidationOptions PeppolOnly = new() { RuleSets = [RuleSetIds.Peppol], CheckSchema = false };

    [Fact]
    public void Unit_tests_pass_exactly_where_the_reference_passes_them()
    {
        // The reference fails 3 of the 390 visible tests: DK-R-003 tests expect a warning that release 2026.5 raises as fatal.
        var verdicts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in PeppolReference.UnitResults)
        {
            verdicts[row.File + "#" + row["test"]] = row["verdict"];
        }

        var passed = 0;
        var disagreements = new List<string>();
        foreach (var folder in PeppolReference.UnitFolders)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(PeppolReference.EInvoice, file).Replace('\\', '/');
                Assert.True(VefaTestSet.Load(File.ReadAllBytes(file)).TryGetValue(out var tests));
                foreach (var test in tests)
                {
                    var problems = test.Expectation.Problems(EInvoiceValidator.Validate(test.Payload, PeppolOnly).Findings);
                    var verdict = problems.Count == 0 ? "PASS" : "FAIL";
                    passed += problems.Count == 0 ? 1 : 0;
                    if (verdicts.GetValueOrDefault(relative + "#" + test.Position) != verdict)
                    {
                        disagreements.Add($"{relative} #{test.Position}: {verdict} {string.Join("; ", problems)}");
                    }
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
        Assert.True(passed >= 0.99 * verdicts.Count, $"{passed} of {verdicts.Count} pass");
    }

    [Fact]
    public void Every_unit_test_fragment_fires_exactly_the_rules_the_reference_fires()
    {
        var expected = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var row in PeppolReference.UnitResults)
        {
            expected[row.File + "#" + row["test"]] = row.Fired;
        }

        var differences = new List<string>();
        var compared = 0;
        foreach (var folder in PeppolReference.UnitFolders)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(PeppolReference.EInvoice, file).Replace('\\', '/');
                Assert.True(VefaTestSet.Load(File.ReadAllBytes(file)).TryGetValue(out var tests));
                foreach (var test in tests)
                {
                    var fired = new SortedSet<string>(EInvoiceValidator.Validate(test.Payload, PeppolOnly).Fired, StringComparer.Ordinal);
                    Assert.True(expected.TryGetValue(relative + "#" + test.Position, out var want), relative + " #" + test.Position + " has no reference result");
                    compared++;
                    if (!fired.SetEquals(want))
                    {
                        differences.Add($"{relative} #{test.Position}: missing=[{string.Join(",", want.Except(fired))}] extra=[{string.Join(",", fired.Except(want))}]");
                    }
                }
            }
        }

        Assert.True(compared > 0);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void Examples_fire_exactly_the_peppol_rules_the_reference_fires()
    {
        var peppolIds = PeppolReference.RuleFlags;
        var differences = new List<string>();
        var compared = 0;
        foreach (var row in PeppolReference.ExampleResults)
        {
            if (!row["rulesets"].Contains(RuleSetIds.Peppol, StringComparison.Ordinal))
            {
                continue;
            }

            var result = EInvoiceValidator.Validate(File.ReadAllBytes(Path.Combine(PeppolReference.EInvoice, row.File)));
            Assert.True(result.TryGetValue(out var report));
            var fired = new SortedSet<string>(
                report.Findings.Where(f => f.RuleSet == RuleSetIds.Peppol).Select(f => f.IdAndFlag),
                StringComparer.Ordinal);
            var want = new SortedSet<string>(row.Fired.Where(f => peppolIds.ContainsKey(f[..f.LastIndexOf(':')])), StringComparer.Ordinal);
            compared++;
            if (!fired.SetEquals(want))
            {
                differences.Add($"{row.File}: missing=[{string.Join(",", want.Except(fired))}] extra=[{string.Join(",", fired.Except(want))}]");
            }
        }

        Assert.True(compared >= 40, $"only {compared} Peppol examples");
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void Every_rule_the_reference_can_fire_has_a_text()
    {
        var catalog = PeppolUbl.Instance.Catalog;
        var flags = PeppolReference.RuleFlags;
        Assert.Equal(165, flags.Count);
        Assert.All(flags.Keys, id => Assert.True(catalog.HasText(id), id));
    }
}
