using System.CommandLine;
using System.Globalization;
using Encaisse.Billing.BillRuns;
using Spectre.Console;

namespace Encaisse.Cli.Commands;

/// <summary>`encaisse bill-run --as-of DATE [--batch-size N] [--usage FILE]`.</summary>
internal static class BillRunCommand
{
    /// <summary>Failures printed after the summary; the run records all of them.</summary>
    public const int FailuresShown = 20;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Command Create()
    {
        var asOf = new Option<DateOnly>("--as-of")
        {
            Description = "Invoice every period due on this date (YYYY-MM-DD), which is also the invoices' issue date",
            Required = true,
        };
        var batchSize = BatchSizeOption();
        var usage = new Option<FileInfo?>("--usage")
        {
            Description = "CSV of usage quantities for usage lines: contract_id,line_id,period_start,quantity",
        };
        var command = new Command("bill-run",
            "Issue the invoices due on a date for every active contract of the tenant. Safe to run again, or after an "
            + "interruption: what was committed is never issued twice, and an interrupted run resumes.")
        {
            asOf, batchSize, usage,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BillRunOptions
            {
                BatchSize = RequireBatchSize(parse.GetValue(batchSize)),
                Usage = parse.GetValue(usage) is { } file ? await LoadUsageAsync(file, cancellationToken) : UsageSheet.Empty,
                PauseAfterBatch = PauseFromEnvironment(),
            };
            await using var db = await CliRuntime.OpenDatabaseAsync(parse, cancellationToken);
            var tenant = await CliRuntime.RequireTenantAsync(db, parse, cancellationToken);
            var date = parse.GetValue(asOf);
            var runner = new BillRunner(db, CliRuntime.Clock);
            var summary = await RunWithProgressAsync(date, progress => runner.RunAsync(tenant, date, options, progress, cancellationToken));
            WriteSummary(summary);
            WriteFailures(summary);
            return summary.Failed == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    internal static Option<int> BatchSizeOption() => new("--batch-size")
    {
        Description = $"Invoices committed per transaction (1 to {BillRunOptions.MaxBatchSize:N0})",
        DefaultValueFactory = _ => BillRunOptions.DefaultBatchSize,
    };

    internal static int RequireBatchSize(int size) =>
        size is >= 1 and <= BillRunOptions.MaxBatchSize
            ? size
            : throw new CliException($"--batch-size must be between 1 and {BillRunOptions.MaxBatchSize}, not {size}");

    /// <summary>
    /// Runs with a progress bar on a terminal; when stdout is redirected (a log, a script), one plain line per
    /// committed batch instead.
    /// </summary>
    internal static async Task<BillRunSummary> RunWithProgressAsync(
        DateOnly asOf, Func<IProgress<BillRunProgress>, Task<BillRunSummary>> run, Action<BillRunProgress>? observe = null)
    {
        if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"bill run as of {asOf:yyyy-MM-dd}", maxValue: 1);
                    return await run(new Reporter(p =>
                    {
                        observe?.Invoke(p);
                        task.MaxValue = Math.Max(1, p.ContractsDue);
                        task.Value = p.ContractsDone;
                        task.Description = $"bill run as of {asOf:yyyy-MM-dd}: {p.Created:N0} invoices";
                    }));
                });
        }

        BillRunProgress? last = null;
        return await run(new Reporter(p =>
        {
            observe?.Invoke(p);
            if (last is null)
            {
                Console.WriteLine($"bill run {p.BillRunId}: {p.ContractsDue.ToString("N0", Invariant)} contracts due as of {asOf:yyyy-MM-dd}");
            }
            else if (p.ContractsDone != last.ContractsDone || p.Created != last.Created || p.Failed != last.Failed)
            {
                Console.WriteLine(string.Create(Invariant,
                    $"bill run {p.BillRunId}: {p.ContractsDone:N0}/{p.ContractsDue:N0} contracts, {p.Created:N0} invoices created, "
                    + $"{p.Skipped:N0} skipped, {p.Failed:N0} failed, {p.Elapsed.TotalSeconds:0.0} s"));
            }

            last = p;
        }));
    }

    internal static void WriteSummary(BillRunSummary summary)
    {
        var table = new Table().Border(TableBorder.Simple).HideHeaders().AddColumn("what").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("bill run", summary.BillRunId + (summary.Resumed ? " (resumed)" : string.Empty));
        table.AddRow("as of", summary.AsOf.ToString("yyyy-MM-dd", Invariant));
        table.AddRow("contracts read", Count(summary.ContractsRead));
        table.AddRow("invoices created", Count(summary.Created));
        table.AddRow("already invoiced (skipped)", Count(summary.Skipped));
        table.AddRow("failed", summary.Failed == 0 ? "0" : $"[red]{Count(summary.Failed)}[/]");
        if (summary.Resumed)
        {
            table.AddRow("invoices created by the whole run", Count(summary.Run.Created));
        }

        table.AddRow("elapsed", summary.Elapsed.TotalSeconds.ToString("0.00 s", Invariant));
        table.AddRow("invoices/s", summary.InvoicesPerSecond.ToString("N0", Invariant));
        AnsiConsole.Write(table);
    }

    internal static void WriteFailures(BillRunSummary summary)
    {
        if (summary.Failed == 0)
        {
            return;
        }

        var shown = summary.Failures.Take(FailuresShown).ToList();
        Console.WriteLine($"{Count(summary.Failed)} contract periods could not be invoiced; they stay due for the next run:");
        foreach (var failure in shown)
        {
            Console.WriteLine($"  contract {failure.ContractId} period {failure.PeriodStart:yyyy-MM-dd}: {failure.Reason}");
        }

        if (summary.Failed > shown.Count)
        {
            Console.WriteLine($"  … and {Count(summary.Failed - shown.Count)} more (all are recorded with bill run {summary.BillRunId})");
        }
    }

    private static async Task<UsageSheet> LoadUsageAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new CliException($"usage file {file.FullName} does not exist");
        }

        var sheet = await UsageSheet.LoadAsync(file.FullName, cancellationToken);
        return sheet.Success
            ? sheet.Value
            : throw new CliException($"usage file {file.Name}: {sheet.Error.ReplaceLineEndings("; ")}");
    }

    private static string Count(long value) => value.ToString("N0", Invariant);

    /// <summary>Reports synchronously, in order, on the runner's thread (Progress&lt;T&gt; would post them out of order).</summary>
    private sealed class Reporter(Action<BillRunProgress> report) : IProgress<BillRunProgress>
    {
        public void Report(BillRunProgress value) => report(value);
    }

    // Test hook for crash tests: ENCAISSE_BILL_RUN_PAUSE_MS=N pauses N ms after each committed batch (README, tests).
    private static TimeSpan PauseFromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable("ENCAISSE_BILL_RUN_PAUSE_MS"), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms is > 0 and <= 10_000
            ? TimeSpan.FromMilliseconds(ms)
            : TimeSpan.Zero;
}
