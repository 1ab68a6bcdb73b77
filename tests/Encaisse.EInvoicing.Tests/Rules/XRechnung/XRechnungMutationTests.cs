using System.Text;
using Encaisse.EInvoicing.Validation;

namespace Encaisse.EInvoicing.Tests.Rules.XRechnung;

/// <summary>
/// The XML-Mutate instructions of KoSIT's XRechnung rule tests (xrechnung/rule-tests): every mutant must fire the
/// rules its instruction calls invalid and must not fire those it calls valid. The instructions were written for
/// the rules' development head; XRechnung 3.0.2 (what the reference runs and what we implement) answers every one of
/// them the same way (checked with the reference validator on all mutants).
/// Set XRECHNUNG_MUTANTS_DIR to a folder to also write the mutants there with a manifest, for a differential run
/// of the reference validator over them.
/// </summary>
public sealed class XRechnungMutationTests
{
    private static readonly ValidationOptions XRechnungOnly = new() { RuleSets = [RuleSetIds.XRechnung], CheckSchema = false };

    [Fact]
    public void Every_mutant_fires_as_its_instruction_says()
    {
        var folder = Path.Combine(XRechnungTestData.EInvoice, "xrechnung", "rule-tests");
        var files = Directory.GetFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 250, $"only {files.Count} rule-test files under {folder}");
        var dump = Environment.GetEnvironmentVariable("XRECHNUNG_MUTANTS_DIR");
        var manifest = dump is null ? null : new StringBuilder("mutant\tfile\tinstruction\tid\tvalue\tmust_fire\tmust_not_fire\tours\n");
        var checks = 0;
        var mutants = 0;
        var failures = new List<string>();
        foreach (var file in files)
        {
            foreach (var mutant in XmlMutate.Mutants(file))
            {
                mutants++;
                var report = EInvoiceValidator.Validate(mutant.Xml, XRechnungOnly);
                Assert.True(report.Success, file);
                var fired = report.Value.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
                var name = Path.GetFileName(file);
                foreach (var (rule, mustFire) in mutant.MustFire.Select(r => (r, true)).Concat(mutant.MustNotFire.Select(r => (r, false))))
                {
                    checks++;
                    if (fired.Contains(rule) != mustFire)
                    {
                        failures.Add($"{name} #{mutant.Instruction} {mutant.Id} {mutant.Mutator}{(mutant.Value is null ? string.Empty : $"='{mutant.Value}'")}: {rule} {(mustFire ? "did not fire" : "fired")}");
                    }
                }

                if (dump is not null)
                {
                    var mutantName = $"{Path.GetFileNameWithoutExtension(file)}__{mutant.Instruction}_{mutants}.xml";
                    File.WriteAllBytes(Path.Combine(dump, mutantName), mutant.Xml);
                    manifest!.Append(mutantName).Append('\t').Append(name).Append('\t').Append(mutant.Instruction).Append('\t').Append(mutant.Id).Append('\t')
                        .Append(mutant.Value).Append('\t').AppendJoin(' ', mutant.MustFire).Append('\t').AppendJoin(' ', mutant.MustNotFire).Append('\t')
                        .AppendJoin(' ', report.Value.Findings.Select(f => f.IdAndFlag).Distinct().Order(StringComparer.Ordinal)).Append('\n');
                }
            }
        }

        if (dump is not null)
        {
            File.WriteAllText(Path.Combine(dump, "manifest.tsv"), manifest!.ToString());
        }

        Assert.True(checks > 700, $"only {checks} checks in {mutants} mutants");
        Assert.True(failures.Count == 0, $"{failures.Count} of {checks} checks failed:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }
}
