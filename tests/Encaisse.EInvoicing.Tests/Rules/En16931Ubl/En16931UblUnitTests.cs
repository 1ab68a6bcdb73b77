using Encaisse.EInvoicing.Conformance;
using Encaisse.EInvoicing.Validation;

namespace Encaisse.EInvoicing.Tests.Rules.En16931UblModel;

/// <summary>The CEN unit tests for UBL business and code-list rules (files BR-*.xml), judged by their own expectations.</summary>
public sealed class En16931UblUnitTests
{
    [Theory]
    [InlineData("ubl-invoice")]
    [InlineData("ubl-creditnote")]
    public void Every_business_rule_unit_test_passes(string folder)
    {
        var path = Path.Combine(En16931UblTestFiles.EInvoice, "unit", "en16931", folder);
        var options = new ValidationOptions { RuleSets = [RuleSetIds.En16931], CheckSchema = false };
        var failures = new List<string>();
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(path, "BR-*.xml").Order(StringComparer.Ordinal))
        {
            var loaded = VefaTestSet.Load(File.ReadAllBytes(file));
            Assert.True(loaded.TryGetValue(out var tests), file);
            foreach (var test in tests!)
            {
                count++;
                var report = EInvoiceValidator.Validate(test.Payload, options);
                var problems = test.Expectation.Problems(report.Findings);
                if (problems.Count > 0)
                {
                    failures.Add($"{Path.GetFileName(file)} #{test.Position}: {string.Join("; ", problems)}");
                }
            }
        }

        Assert.True(count > 40, $"only {count} tests found in {path}");
        Assert.Empty(failures);
    }

    [Fact]
    public void Every_rule_id_of_the_model_and_code_patterns_has_its_own_text()
    {
        var ids = File.ReadLines(En16931UblTestFiles.RuleFlags)
            .Select(static l => l.Split('\t'))
            .Where(static f => f.Length >= 4 && f[0] == "en16931" && f[1] == "ubl" && f[2].StartsWith("BR-", StringComparison.Ordinal))
            .Select(static f => f[2])
            .ToList();
        var catalog = RuleSetRegistry.Find(RuleSetIds.En16931, Xml.DocumentSyntax.Ubl)!.Catalog;
        Assert.Equal(223, ids.Count);
        var missing = ids.Where(id => !catalog.HasText(id)).ToList();
        Assert.True(missing.Count == 0, "no text: " + string.Join(", ", missing));
    }
}
