using Encaisse.EInvoicing.Conformance;
using Encaisse.EInvoicing.Validation;

namespace Encaisse.EInvoicing.Tests.Rules.XRechnung;

/// <summary>Where the shared XRechnung test material is, and the reference's XRechnung rule ids.</summary>
internal static class XRechnungTestData
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>../shared/einvoice, relative to the repository root.</summary>
    public static string EInvoice => Path.GetFullPath(Path.Combine(Root.Value, "..", "shared", "einvoice"));

    /// <summary>The reference's rule-flags.tsv (ruleset, syntax, id, flag).</summary>
    public static string RuleFlagsTsv => Path.GetFullPath(Path.Combine(Root.Value, "..", "shared", "tools", "einvoice-oracle", "artefacts", "rule-flags.tsv"));

    /// <summary>The XRechnung ids of rule-flags.tsv for one syntax (ubl, cii), with their flag.</summary>
    public static IReadOnlyDictionary<string, string> ReferenceIds(string syntax)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(RuleFlagsTsv))
        {
            var cells = line.Split('\t');
            if (cells.Length == 4 && cells[0] == RuleSetIds.XRechnung && cells[1] == syntax)
            {
                ids[cells[2]] = cells[3];
            }
        }

        return ids;
    }

    /// <summary>Every XRechnung rule id either syntax can fire.</summary>
    public static IReadOnlySet<string> AllReferenceIds() =>
        new HashSet<string>(ReferenceIds("ubl").Keys.Concat(ReferenceIds("cii").Keys), StringComparer.Ordinal);

    /// <summary>The rows of expected/xrechnung.tsv.</summary>
    public static IReadOnlyList<ExpectedRow> ExpectedRows() => ExpectedResults.Load(Path.Combine(EInvoice, "expected", "xrechnung.tsv"));

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Encaisse.slnx not found above " + AppContext.BaseDirectory);
    }
}
