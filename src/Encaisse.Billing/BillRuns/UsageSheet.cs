using System.Globalization;
using Encaisse.Domain.Common;
using Encaisse.Domain.Contracts;

namespace Encaisse.Billing.BillRuns;

/// <summary>
/// The quantities consumed on usage lines (API calls, kWh…), supplied when a bill run starts: one row per contract,
/// line and period start (BT-73, the first day of the period billed). A CSV file with a header naming the columns
/// contract_id, line_id, period_start (yyyy-MM-dd) and quantity (decimal point; with ';' as separator a decimal
/// comma is accepted too), in any order; extra columns are ignored.
/// </summary>
public sealed class UsageSheet
{
    /// <summary>Most problems a rejected file reports (the first ones, by line).</summary>
    public const int MaxReportedProblems = 10;

    private static readonly IReadOnlyDictionary<Guid, decimal> NoUsage = new Dictionary<Guid, decimal>();

    private static readonly string[] RequiredColumns = ["contract_id", "line_id", "period_start", "quantity"];

    private readonly Dictionary<(Guid ContractId, DateOnly PeriodStart), Dictionary<Guid, decimal>> _usage;

    private UsageSheet(Dictionary<(Guid, DateOnly), Dictionary<Guid, decimal>> usage, int rows)
    {
        _usage = usage;
        Rows = rows;
    }

    /// <summary>No usage at all: every usage line fails with "usage missing".</summary>
    public static UsageSheet Empty { get; } = new([], 0);

    /// <summary>Number of quantities in the sheet.</summary>
    public int Rows { get; }

    /// <summary>The quantities by contract line id for one contract period (empty when none was supplied).</summary>
    public IReadOnlyDictionary<Guid, decimal> For(ContractId contractId, DateOnly periodStart) =>
        _usage.TryGetValue((contractId.Value, periodStart), out var lines) ? lines : NoUsage;

    /// <summary>Reads a usage file; the problems of a file that cannot be used, with their line numbers, otherwise.</summary>
    public static async Task<ParseResult<UsageSheet>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return await ReadAsync(reader, cancellationToken);
    }

    public static async Task<ParseResult<UsageSheet>> ReadAsync(TextReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = await reader.ReadLineAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(header))
        {
            return ParseResult<UsageSheet>.Fail($"The usage file is empty: its first line must name the columns {string.Join(", ", RequiredColumns)}.");
        }

        var separator = header.Contains(';', StringComparison.Ordinal) && !header.Contains(',', StringComparison.Ordinal) ? ';' : ',';
        var names = Split(header.TrimStart('\uFEFF'), separator).Select(n => n.ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(c => !names.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return ParseResult<UsageSheet>.Fail(
                $"The usage file has no column {string.Join(", ", missing)}: its first line must name the columns {string.Join(", ", RequiredColumns)}.");
        }

        int contractAt = names.IndexOf("contract_id"), lineAt = names.IndexOf("line_id"),
            periodAt = names.IndexOf("period_start"), quantityAt = names.IndexOf("quantity");
        var usage = new Dictionary<(Guid, DateOnly), Dictionary<Guid, decimal>>();
        var problems = new List<string>();
        var rows = 0;
        var lineNumber = 1;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var row = RowAt(Split(text, separator), names.Count, lineNumber, contractAt, lineAt, periodAt, quantityAt, separator);
            if (!row.Success)
            {
                problems.Add(row.Error);
            }
            else if (!usage.TryGetValue((row.Value.Contract, row.Value.Period), out var lines))
            {
                usage[(row.Value.Contract, row.Value.Period)] = new Dictionary<Guid, decimal> { [row.Value.Line] = row.Value.Quantity };
                rows++;
            }
            else if (!lines.TryAdd(row.Value.Line, row.Value.Quantity))
            {
                problems.Add($"Line {lineNumber}: the usage of line {row.Value.Line} of contract {row.Value.Contract} for the period from {row.Value.Period:yyyy-MM-dd} is given twice.");
            }
            else
            {
                rows++;
            }

            if (problems.Count >= MaxReportedProblems)
            {
                break;
            }
        }

        return problems.Count > 0
            ? ParseResult<UsageSheet>.Fail(string.Join(Environment.NewLine, problems))
            : ParseResult<UsageSheet>.Ok(new UsageSheet(usage, rows));
    }

    private static ParseResult<(Guid Contract, Guid Line, DateOnly Period, decimal Quantity)> RowAt(
        List<string> cells, int width, int lineNumber, int contractAt, int lineAt, int periodAt, int quantityAt, char separator)
    {
        ParseResult<(Guid, Guid, DateOnly, decimal)> Fail(string message) => ParseResult<(Guid, Guid, DateOnly, decimal)>.Fail($"Line {lineNumber}: {message}");
        if (cells.Count != width)
        {
            return Fail($"{cells.Count} values for {width} columns.");
        }

        if (!Guid.TryParse(cells[contractAt], out var contract))
        {
            return Fail($"'{cells[contractAt]}' is not a contract id.");
        }

        if (!Guid.TryParse(cells[lineAt], out var line))
        {
            return Fail($"'{cells[lineAt]}' is not a contract line id.");
        }

        if (!DateOnly.TryParseExact(cells[periodAt], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var period))
        {
            return Fail($"'{cells[periodAt]}' is not a period start date like 2026-03-01.");
        }

        var quantityText = separator == ';' ? cells[quantityAt].Replace(',', '.') : cells[quantityAt];
        if (!decimal.TryParse(quantityText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var quantity))
        {
            return Fail($"'{cells[quantityAt]}' is not a quantity like 1250.5.");
        }

        // Negative or over-precise quantities are the domain's call (ContractCharges): that period fails with its reason.
        return ParseResult<(Guid, Guid, DateOnly, decimal)>.Ok((contract, line, period, quantity));
    }

    // Values are ids, dates and numbers: no separator inside, so quotes are only stripped, never parsed as CSV quoting.
    private static List<string> Split(string line, char separator) =>
        line.Split(separator).Select(cell => cell.Trim().Trim('"').Trim()).ToList();
}
