using Encaisse.EInvoicing.Conformance;
using Encaisse.EInvoicing.Tests.Infrastructure;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Validation.Rules.FacturX;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Rules.FacturX;

/// <summary>The Factur-X profile rule sets against the reference validator's results and rule list.</summary>
public sealed class FacturXConformanceTests
{
    public static TheoryData<string> Profiles => new()
    {
        RuleSetIds.FacturXMinimum, RuleSetIds.FacturXBasicWl, RuleSetIds.FacturXBasic, RuleSetIds.FacturXEn16931, RuleSetIds.FacturXExtended,
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Every_id_the_reference_can_fire_is_implemented_with_its_flag_and_a_text(string profile)
    {
        var reference = File.ReadLines(SharedMaterial.InEInvoice(Path.Combine("..", "tools", "einvoice-oracle", "artefacts", "rule-flags.tsv")))
            .Select(l => l.Split('\t'))
            .Where(c => c.Length >= 4 && c[0] == profile)
            .ToDictionary(c => c[2], c => c[3], StringComparer.Ordinal);
        var set = RuleSet(profile);
        var ours = set.RuleIds.ToDictionary(p => p.Key, p => p.Value.Name(), StringComparer.Ordinal);

        Assert.True(reference.Count > 50, $"only {reference.Count} ids for {profile}");
        Assert.Equal(reference.OrderBy(p => p.Key, StringComparer.Ordinal), ours.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.All(ours.Keys, id => Assert.True(set.Catalog.HasText(id), id + " has no text"));
    }

    [Theory]
    [InlineData("zugferd.tsv")]
    [InlineData("examples.tsv")]
    public void Every_factur_x_xml_fires_the_same_factur_x_rules_as_the_reference(string expectedTsv)
    {
        var differences = new List<string>();
        var count = 0;
        foreach (var row in ExpectedResults.Load(SharedMaterial.InEInvoice(Path.Combine("expected", expectedTsv))))
        {
            var path = SharedMaterial.InEInvoice(row.File);
            var profile = row["rulesets"].Split('+').FirstOrDefault(r => r.StartsWith("facturx-", StringComparison.Ordinal));
            if (profile is null || row["container"] == "pdf" || !File.Exists(path))
            {
                continue;
            }

            Assert.True(SafeXml.Load(File.ReadAllBytes(path)).TryGetValue(out var document));
            count++;
            var set = RuleSet(profile);
            var own = set.RuleIds.Select(p => $"{p.Key}:{p.Value.Name()}").ToHashSet(StringComparer.Ordinal);
            var expected = row.Fired.Where(own.Contains).ToHashSet(StringComparer.Ordinal);
            var findings = new List<ValidationFinding>();
            RuleRunner.Run(document, [set], findings);
            var actual = findings.Select(f => f.IdAndFlag).ToHashSet(StringComparer.Ordinal);
            if (!actual.SetEquals(expected))
            {
                differences.Add($"{row.File} ({profile}): missing=[{string.Join(",", expected.Except(actual))}] extra=[{string.Join(",", actual.Except(expected))}]");
            }
        }

        Assert.True(count >= 5, $"only {count} Factur-X files in {expectedTsv}");
        Assert.Empty(differences);
    }

    internal static FacturXRuleSet RuleSet(string id) =>
        (FacturXRuleSet)(RuleSetRegistry.Find(id, DocumentSyntax.Cii) ?? throw new InvalidOperationException(id + " is not registered"));
}
