using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Conformance;

/// <summary>Returns the invoice XML inside a PDF, or why there is none (Encaisse.Pdf provides it; this library reads no PDF).</summary>
public delegate Encaisse.Domain.Common.ParseResult<byte[]> PdfInvoiceExtractor(byte[] pdf);

/// <summary>One measured set: how many cases agree with the reference, and the first differences.</summary>
public sealed record ConformanceLine(string Name, int Passed, int Failed, IReadOnlyList<string> Differences)
{
    /// <summary>The share of agreeing cases, 0..1 (1 when there are none).</summary>
    public double Rate => Passed + Failed == 0 ? 1 : (double)Passed / (Passed + Failed);

    public override string ToString() => $"{Name}: {Passed} passed, {Failed} failed";
}

/// <summary>
/// Measures Encaisse's validator over a folder laid out like ../shared/einvoice (unit/, examples/, xrechnung/,
/// zugferd/, expected/): vefa unit tests by their own expectations, files by the set of fired rule ids the
/// reference results list.
/// </summary>
public static class ConformanceRunner
{
    /// <summary>
    /// Runs every vefa testSet file under <paramref name="folder"/> with the given rule sets (no XSD: the fragments
    /// are deliberately incomplete) and counts the tests whose vefa verdict passes.
    /// </summary>
    public static ConformanceLine UnitTests(string name, string folder, IReadOnlyList<string> ruleSets, int maxDifferences = 50)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        var passed = 0;
        var failed = 0;
        var differences = new List<string>();
        if (!Directory.Exists(folder))
        {
            return new ConformanceLine(name, 0, 0, [$"{folder}: no such folder"]);
        }

        var options = new ValidationOptions { RuleSets = ruleSets, CheckSchema = false };
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var loaded = VefaTestSet.Load(File.ReadAllBytes(file));
            if (!loaded.TryGetValue(out var tests))
            {
                continue;
            }

            foreach (var test in tests)
            {
                var report = EInvoiceValidator.Validate(test.Payload, options);
                var problems = test.Expectation.Problems(report.Findings);
                if (problems.Count == 0)
                {
                    passed++;
                }
                else
                {
                    failed++;
                    if (differences.Count < maxDifferences)
                    {
                        differences.Add($"{Path.GetRelativePath(folder, file)} #{test.Position}: {string.Join("; ", problems)}");
                    }
                }
            }
        }

        return new ConformanceLine(name, passed, failed, differences);
    }

    /// <summary>
    /// Validates every XML file listed in a reference TSV (rows whose <c>file</c> starts with <paramref name="prefix"/>,
    /// container xml) with automatic rule sets and the XSD, and counts the files whose fired <c>ID:flag</c> set equals
    /// the reference's. <paramref name="fromFacturXContainer"/> applies the Factur-X EN 16931 rules to plain EN 16931 CII.
    /// </summary>
    public static ConformanceLine Files(
        string name, string root, string expectedTsv, string prefix, bool fromFacturXContainer, PdfInvoiceExtractor? pdf = null, bool onlyPdf = false, int maxDifferences = 50)
    {
        var passed = 0;
        var failed = 0;
        var differences = new List<string>();
        if (!File.Exists(expectedTsv))
        {
            return new ConformanceLine(name, 0, 0, [$"{expectedTsv}: no such file"]);
        }

        foreach (var row in ExpectedResults.Load(expectedTsv))
        {
            var isPdf = row["container"] == "pdf";
            if (!row.File.StartsWith(prefix, StringComparison.Ordinal) || (isPdf && pdf is null) || (isPdf != onlyPdf))
            {
                continue;
            }

            var path = Path.Combine(root, row.File);
            if (!File.Exists(path))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            IReadOnlySet<string> actual;
            if (isPdf)
            {
                // A PDF validates the XML inside it; one without an e-invoice fires nothing.
                var extracted = pdf!(bytes);
                actual = extracted.TryGetValue(out var xml) ? Fired(xml, fromFacturXContainer: true) : new SortedSet<string>(StringComparer.Ordinal);
            }
            else
            {
                actual = Fired(bytes, fromFacturXContainer);
            }

            var expected = row.Fired;
            if (actual.SetEquals(expected))
            {
                passed++;
            }
            else
            {
                failed++;
                if (differences.Count < maxDifferences)
                {
                    var missing = expected.Except(actual, StringComparer.Ordinal);
                    var extra = actual.Except(expected, StringComparer.Ordinal);
                    differences.Add($"{row.File}: missing=[{string.Join(",", missing)}] extra=[{string.Join(",", extra)}]");
                }
            }
        }

        return new ConformanceLine(name, passed, failed, differences);
    }

    /// <summary>The PDF rows of a reference TSV only.</summary>
    public static ConformanceLine PdfFiles(string name, string root, string expectedTsv, PdfInvoiceExtractor pdf) =>
        Files(name, root, expectedTsv, "zugferd/", fromFacturXContainer: true, pdf, onlyPdf: true);

    /// <summary>The fired <c>ID:flag</c> set for a file, the reference's way (unreadable or unknown syntax: none).</summary>
    public static IReadOnlySet<string> Fired(byte[] xml, bool fromFacturXContainer)
    {
        var result = EInvoiceValidator.Validate(xml, new ValidationOptions { FromFacturXContainer = fromFacturXContainer });
        // The reference lists fatal, error and warning findings only (its default severities), never information.
        return result.TryGetValue(out var report)
            ? new SortedSet<string>(report.Findings.Where(f => f.Flag != RuleFlag.Information).Select(f => f.IdAndFlag), StringComparer.Ordinal)
            : new SortedSet<string>(StringComparer.Ordinal);
    }

    /// <summary>The standard measurement over an einvoice-like folder, one line per set.</summary>
    public static IReadOnlyList<ConformanceLine> RunAll(string root, PdfInvoiceExtractor? pdf = null)
    {
        var unit = Path.Combine(root, "unit");
        var expected = Path.Combine(root, "expected");
        var lines = new List<ConformanceLine>
        {
            UnitTests("CEN unit tests", Path.Combine(unit, "en16931"), [RuleSetIds.En16931]),
        };
        var peppolUbl = Directory.Exists(Path.Combine(unit, "peppol"))
            ? Directory.GetDirectories(Path.Combine(unit, "peppol"), "ubl-*").Order(StringComparer.Ordinal).ToArray()
            : [];
        var peppol = peppolUbl.Select(d => UnitTests("Peppol", d, [RuleSetIds.Peppol])).ToList();
        lines.Add(new ConformanceLine(
            "Peppol unit tests (UBL)",
            peppol.Sum(p => p.Passed),
            peppol.Sum(p => p.Failed),
            [.. peppol.SelectMany(p => p.Differences)]));
        lines.Add(Files("Examples", root, Path.Combine(expected, "examples.tsv"), "examples/", fromFacturXContainer: false));
        lines.Add(Files("XRechnung", root, Path.Combine(expected, "xrechnung.tsv"), "xrechnung/", fromFacturXContainer: false));
        lines.Add(Files("ZUGFeRD (XML)", root, Path.Combine(expected, "zugferd.tsv"), "zugferd/", fromFacturXContainer: true));
        if (pdf is not null)
        {
            lines.Add(PdfFiles("ZUGFeRD (PDF)", root, Path.Combine(expected, "zugferd.tsv"), pdf));
        }

        return lines;
    }
}
