using System.Text.Json;
using System.Xml.Linq;
using Encaisse.Domain.Invoicing;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Bindings;

/// <summary>The shared test material (../shared from the repository root) and helpers to compare invoices.</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Encaisse.slnx not found above " + AppContext.BaseDirectory);
    });

    public static string Shared => Path.GetFullPath(Path.Combine(Root.Value, "..", "shared"));

    public static string EInvoice => Path.Combine(Shared, "einvoice");

    public static string PathOf(string relative) => Path.Combine(EInvoice, relative);

    /// <summary>
    /// Every UBL or CII XML file under examples/ (all subfolders), and the XRechnung test-suite files the reference
    /// validator finds clean (empty "fired" in expected/xrechnung.tsv). Relative to einvoice/.
    /// </summary>
    public static IReadOnlyList<string> RoundTripDocuments { get; } = FindRoundTripDocuments();

    /// <summary>Example XML files that are not UBL 2.1 or CII invoices, with the reason they are left out.</summary>
    public static IReadOnlyDictionary<string, string> Skipped { get; } = FindSkipped();

    private static List<string> AllExampleXml() =>
        [.. Directory.EnumerateFiles(Path.Combine(EInvoice, "examples"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(EInvoice, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static List<string> FindRoundTripDocuments()
    {
        var files = AllExampleXml().Where(f => SkipReason(f) is null).ToList();
        foreach (var row in File.ReadLines(Path.Combine(EInvoice, "expected", "xrechnung.tsv")).Skip(1))
        {
            var columns = row.Split('\t');
            if (columns[0].StartsWith("xrechnung/testsuite/", StringComparison.Ordinal) && columns[^1].Length == 0)
            {
                files.Add(columns[0]);
            }
        }

        return files;
    }

    private static Dictionary<string, string> FindSkipped()
    {
        var skipped = new Dictionary<string, string>();
        foreach (var file in AllExampleXml())
        {
            if (SkipReason(file) is { } reason)
            {
                skipped[file] = reason;
            }
        }

        return skipped;
    }

    private static string? SkipReason(string relative)
    {
        var root = XDocument.Load(PathOf(relative)).Root!;
        if (root.Name.Namespace == Namespaces.Zugferd1)
        {
            return "ZUGFeRD 1.0 (CrossIndustryDocument), a syntax Encaisse does not read";
        }

        return SyntaxDetector.Detect(root.Document!) == DocumentSyntax.Unknown ? "not a UBL or CII invoice" : null;
    }

    public static TheoryData<string> AsTheoryData(IEnumerable<string> files)
    {
        var data = new TheoryData<string>();
        foreach (var file in files)
        {
            data.Add(file);
        }

        return data;
    }

    /// <summary>Asserts record equality and, when it fails, shows the first lines where the JSON forms differ.</summary>
    public static void AssertSameInvoice(Invoice expected, Invoice actual, string context)
    {
        if (expected == actual)
        {
            return;
        }

        var left = Pretty(expected);
        var right = Pretty(actual);
        var differences = new List<string>();
        for (var i = 0; i < Math.Max(left.Length, right.Length) && differences.Count < 6; i++)
        {
            var l = i < left.Length ? left[i] : "<end>";
            var r = i < right.Length ? right[i] : "<end>";
            if (l != r)
            {
                differences.Add($"line {i + 1}: expected {l.Trim()} | actual {r.Trim()}");
            }
        }

        Assert.Fail($"{context}: the invoices differ. {(differences.Count == 0 ? "(same JSON: a scale or reference difference)" : string.Join("; ", differences))}");
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string[] Pretty(Invoice invoice)
    {
        using var json = JsonDocument.Parse(InvoiceJson.Serialize(invoice));
        return JsonSerializer.Serialize(json.RootElement, Indented).Split('\n');
    }
}
