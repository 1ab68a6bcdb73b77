using Encaisse.EInvoicing.Conformance;

namespace Encaisse.EInvoicing.Tests.Rules.Peppol;

/// <summary>Where the shared test material and the reference validator's results live (../shared from the repository root).</summary>
internal static class PeppolReference
{
    private static readonly Lazy<string> SharedRoot = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException("Encaisse.slnx not found above " + AppContext.BaseDirectory);
        }

        return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
    });

    /// <summary>../shared/einvoice.</summary>
    public static string EInvoice => Path.Combine(SharedRoot.Value, "einvoice");

    /// <summary>The Peppol UBL unit-test folders (../shared/einvoice/unit/peppol/ubl-*).</summary>
    public static IReadOnlyList<string> UnitFolders =>
        [.. Directory.GetDirectories(Path.Combine(EInvoice, "unit", "peppol"), "ubl-*").Order(StringComparer.Ordinal)];

    /// <summary>The reference results of the Peppol UBL unit tests, one row per test.</summary>
    public static IReadOnlyList<ExpectedRow> UnitResults => ExpectedResults.Load(Path.Combine(EInvoice, "expected", "unit-peppol-ubl.tsv"));

    /// <summary>The reference results of the example files.</summary>
    public static IReadOnlyList<ExpectedRow> ExampleResults => ExpectedResults.Load(Path.Combine(EInvoice, "expected", "examples.tsv"));

    /// <summary>Every Peppol UBL rule id the reference can fire, with its flag (rule-flags.tsv), without the pattern ids the listing also picks up.</summary>
    public static IReadOnlyDictionary<string, string> RuleFlags
    {
        get
        {
            var path = Path.Combine(SharedRoot.Value, "tools", "einvoice-oracle", "artefacts", "rule-flags.tsv");
            var flags = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadAllLines(path))
            {
                var cells = line.Split('\t');
                if (cells.Length == 4 && cells[0] == "peppol" && cells[1] == "ubl" && !cells[2].Contains("pattern", StringComparison.Ordinal) && cells[2] != "german-rules")
                {
                    flags[cells[2]] = cells[3];
                }
            }

            return flags;
        }
    }
}
