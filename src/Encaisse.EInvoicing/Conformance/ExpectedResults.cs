namespace Encaisse.EInvoicing.Conformance;

/// <summary>One row of a reference-result TSV (../shared/einvoice/expected/*.tsv), by column name.</summary>
public sealed class ExpectedRow(IReadOnlyDictionary<string, string> columns)
{
    public string this[string column] => columns.TryGetValue(column, out var v) ? v : string.Empty;

    /// <summary>The file path relative to the einvoice folder.</summary>
    public string File => this["file"];

    /// <summary>The <c>ID:flag</c> items the reference fired (column <c>fired</c>, or <c>fired_all</c> for unit tests).</summary>
    public IReadOnlySet<string> Fired => Items(columns.ContainsKey("fired_all") ? this["fired_all"] : this["fired"]);

    /// <summary>Splits a comma-separated <c>ID:flag</c> list.</summary>
    public static IReadOnlySet<string> Items(string list) =>
        new SortedSet<string>(list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
}

/// <summary>Reads a reference-result TSV.</summary>
public static class ExpectedResults
{
    public static IReadOnlyList<ExpectedRow> Load(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            return [];
        }

        var header = lines[0].Split('\t');
        var rows = new List<ExpectedRow>(lines.Length - 1);
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                map[header[i]] = i < cells.Length ? cells[i] : string.Empty;
            }

            rows.Add(new ExpectedRow(map));
        }

        return rows;
    }
}
