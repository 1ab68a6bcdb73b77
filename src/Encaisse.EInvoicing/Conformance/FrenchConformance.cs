using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Conformance;

/// <summary>
/// Measures the French CIUS rule sets against the FNFE-MPE reference results (../shared/testdata/fr-cius:
/// expected-oracle.tsv, one row per file and validation step: file, ruleset, status, fatal ids, warning ids).
/// </summary>
public static class FrenchConformance
{
    /// <summary>
    /// "French examples": per file, the BR-FR ids Encaisse fires must equal the reference's — rule set
    /// <see cref="RuleSetIds.French"/> against the main BR-FR-Flux2 step, <see cref="RuleSetIds.FrenchWarning"/> against
    /// its _WARNING step (fatal ids and warning ids both). <paramref name="frCiusFolder"/> holds expected-oracle.tsv and
    /// the files it names.
    /// </summary>
    public static ConformanceLine Examples(string frCiusFolder, int maxDifferences = 50) =>
        Compare("French examples", frCiusFolder, Path.Combine(frCiusFolder, "expected-oracle.tsv"), maxDifferences);

    /// <summary>The same measure for any TSV in the expected-oracle.tsv format (e.g. results on mutated files).</summary>
    public static ConformanceLine Compare(string name, string root, string expectedTsv, int maxDifferences = 50)
    {
        if (!File.Exists(expectedTsv))
        {
            return new ConformanceLine(name, 0, 0, [$"{expectedTsv}: no such file"]);
        }

        var passed = 0;
        var failed = 0;
        var differences = new List<string>();
        foreach (var (file, steps) in Load(expectedTsv))
        {
            var main = steps.Find(s => IsBrFrStep(s.RuleSet, warning: false));
            var twin = steps.Find(s => IsBrFrStep(s.RuleSet, warning: true));
            var path = Path.Combine(root, file);
            if ((main is null && twin is null) || !File.Exists(path))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            var problems = new List<string>();
            if (main is not null)
            {
                Check(bytes, RuleSetIds.French, main, problems);
            }

            if (twin is not null)
            {
                Check(bytes, RuleSetIds.FrenchWarning, twin, problems);
            }

            if (problems.Count == 0)
            {
                passed++;
            }
            else
            {
                failed++;
                if (differences.Count < maxDifferences)
                {
                    differences.Add($"{file}: {string.Join("; ", problems)}");
                }
            }
        }

        return new ConformanceLine(name, passed, failed, differences);
    }

    /// <summary>
    /// The other steps of the reference (XML schema, EN 16931, Factur-X EXTENDED, EXTENDED-CTC-FR), one line each:
    /// the files where Encaisse's verdict (schema: valid or not; rules: fatal and warning ids) equals the reference's.
    /// A step whose rule set Encaisse does not implement counts as failed, with the reason.
    /// </summary>
    public static IReadOnlyList<ConformanceLine> OtherSteps(string frCiusFolder, int maxDifferences = 50)
    {
        var lines = new Dictionary<string, (int Passed, int Failed, List<string> Differences)>(StringComparer.Ordinal);
        var expectedTsv = Path.Combine(frCiusFolder, "expected-oracle.tsv");
        if (!File.Exists(expectedTsv))
        {
            return [new ConformanceLine("French examples, other steps", 0, 0, [$"{expectedTsv}: no such file"])];
        }

        foreach (var (file, steps) in Load(expectedTsv))
        {
            var path = Path.Combine(frCiusFolder, file);
            if (!File.Exists(path))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            foreach (var step in steps)
            {
                if (IsBrFrStep(step.RuleSet, warning: false) || IsBrFrStep(step.RuleSet, warning: true))
                {
                    continue;
                }

                var (kind, problem) = CheckOtherStep(bytes, step);
                if (!lines.TryGetValue(kind, out var line))
                {
                    line = (0, 0, []);
                }

                if (problem is null)
                {
                    line.Passed++;
                }
                else
                {
                    line.Failed++;
                    if (line.Differences.Count < maxDifferences)
                    {
                        line.Differences.Add($"{file}: {problem}");
                    }
                }

                lines[kind] = line;
            }
        }

        return [.. lines.Select(l => new ConformanceLine($"French examples, {l.Key}", l.Value.Passed, l.Value.Failed, l.Value.Differences))];
    }

    private static (string Kind, string? Problem) CheckOtherStep(byte[] bytes, Step step)
    {
        if (step.RuleSet.StartsWith("XSD ", StringComparison.Ordinal))
        {
            var report = EInvoiceValidator.Validate(bytes, new ValidationOptions { RuleSets = [] });
            if (!report.TryGetValue(out var r))
            {
                return ("XML schema", "not readable");
            }

            var ourValid = !r.Findings.Any(f => f.RuleId == "XSD");
            var theirValid = step.Status == "PASS";
            var schema = step.RuleSet["XSD ".Length..];
            return ("XML schema", ourValid == theirValid ? null : $"{schema}: reference {(theirValid ? "valid" : "invalid")}, Encaisse {(ourValid ? "valid" : "invalid")} ({r.Findings.FirstOrDefault(f => f.RuleId == "XSD")?.Message})");
        }

        string? ruleSet = null;
        string kind;
        if (step.RuleSet.Contains("EN16931-CII-validation", StringComparison.Ordinal) || step.RuleSet.Contains("EN16931-UBL-validation", StringComparison.Ordinal))
        {
            ruleSet = RuleSetIds.En16931;
            kind = "EN 16931";
        }
        else if (step.RuleSet.Contains("Factur-X_EXTENDED", StringComparison.Ordinal))
        {
            ruleSet = RuleSetIds.FacturXExtended;
            kind = "Factur-X EXTENDED";
        }
        else if (step.RuleSet.Contains("EXTENDED-CTC-FR", StringComparison.Ordinal))
        {
            kind = "EXTENDED-CTC-FR";
        }
        else
        {
            kind = step.RuleSet;
        }

        if (ruleSet is null || RuleSetRegistry.Find(ruleSet, SyntaxOf(bytes)) is null)
        {
            return (kind, $"{step.RuleSet}: rule set not implemented (reference: {step.Status} fatal=[{string.Join(",", step.Fatal)}] warnings=[{string.Join(",", step.Warnings)}])");
        }

        var problems = new List<string>();
        Check(bytes, ruleSet, step, problems);
        return (kind, problems.Count == 0 ? null : string.Join("; ", problems));
    }

    private static DocumentSyntax SyntaxOf(byte[] bytes)
    {
        var loaded = SafeXml.Load(bytes, XmlLimits.Default);
        return loaded.TryGetValue(out var document) ? SyntaxDetector.Detect(document) : DocumentSyntax.Unknown;
    }

    // Compares the fatal (blocking) and warning ids of one rule set with a reference step.
    private static void Check(byte[] bytes, string ruleSet, Step step, List<string> problems)
    {
        var result = EInvoiceValidator.Validate(bytes, new ValidationOptions { RuleSets = [ruleSet], CheckSchema = false });
        if (!result.TryGetValue(out var report))
        {
            problems.Add($"{ruleSet}: not readable");
            return;
        }

        var fatal = new SortedSet<string>(report.Findings.Where(f => f.Flag.IsBlocking()).Select(f => f.RuleId), StringComparer.Ordinal);
        var warnings = new SortedSet<string>(report.Findings.Where(f => !f.Flag.IsBlocking()).Select(f => f.RuleId), StringComparer.Ordinal);
        Diff(ruleSet + " fatal", step.Fatal, fatal, problems);
        Diff(ruleSet + " warnings", step.Warnings, warnings, problems);
    }

    private static void Diff(string what, IReadOnlySet<string> expected, SortedSet<string> actual, List<string> problems)
    {
        if (actual.SetEquals(expected))
        {
            return;
        }

        var missing = expected.Except(actual, StringComparer.Ordinal);
        var extra = actual.Except(expected, StringComparer.Ordinal);
        problems.Add($"{what} missing=[{string.Join(",", missing)}] extra=[{string.Join(",", extra)}]");
    }

    private static bool IsBrFrStep(string ruleSet, bool warning) =>
        ruleSet.Contains("BR-FR-Flux2-Schematron-", StringComparison.Ordinal)
        && ruleSet.EndsWith("_WARNING.xslt", StringComparison.Ordinal) == warning;

    private sealed record Step(string RuleSet, string Status, IReadOnlySet<string> Fatal, IReadOnlySet<string> Warnings);

    // The TSV's rows grouped by file, in file order; '#' lines are comments (the header is one).
    private static List<(string File, List<Step> Steps)> Load(string expectedTsv)
    {
        var result = new List<(string File, List<Step> Steps)>();
        foreach (var line in File.ReadLines(expectedTsv))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 3)
            {
                continue;
            }

            var step = new Step(cells[1], cells[2], ExpectedRow.Items(cells.Length > 3 ? cells[3] : string.Empty), ExpectedRow.Items(cells.Length > 4 ? cells[4] : string.Empty));
            if (result.Count > 0 && result[^1].File == cells[0])
            {
                result[^1].Steps.Add(step);
            }
            else
            {
                result.Add((cells[0], [step]));
            }
        }

        return result;
    }
}
