using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Encaisse.Billing.BillRuns;
using Spectre.Console;

namespace Encaisse.Cli.Commands;

/// <summary>`encaisse bench bill-run --contracts N [--batch-size B]`: end-to-end throughput on the --db database; `encaisse bench einvoice`: see <see cref="BenchEInvoiceCommand"/>.</summary>
internal static class BenchCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Command Create()
    {
        var command = new Command("bench", "Measure end-to-end throughput on the --db database (creates a throwaway tenant)");
        command.Subcommands.Add(BillRun());
        command.Subcommands.Add(BenchEInvoiceCommand.Create());
        return command;
    }

    private static Command BillRun()
    {
        var contracts = new Option<int>("--contracts") { Description = "Contracts (and customers) to create and invoice", Required = true };
        var batchSize = BillRunCommand.BatchSizeOption();
        var command = new Command("bill-run",
            "Create a tenant 'bench-<timestamp>' with one company, N customers and N monthly contracts starting today (bulk "
            + "loaded), run the bill run as of today, and print the figures: invoices/s end to end, peak memory, time per stage")
        {
            contracts, batchSize,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(contracts);
            if (count < 1)
            {
                throw new CliException($"--contracts must be at least 1, not {count}");
            }

            var options = new BillRunOptions { BatchSize = BillRunCommand.RequireBatchSize(parse.GetValue(batchSize)) };
            await using var db = await CliRuntime.OpenDatabaseAsync(parse, cancellationToken);
            var now = CliRuntime.Clock.GetUtcNow();
            var asOf = CliRuntime.Today;
            var name = $"bench-{now:yyyyMMdd-HHmmss-fff}";

            Console.WriteLine($"bench: {db.Target}, tenant {name}: seeding {count.ToString("N0", Invariant)} customers and contracts");
            var seeding = Stopwatch.StartNew();
            var seed = await SyntheticTenant.CreateAsync(db, name, Guid.CreateVersion7(now), count, asOf, null, cancellationToken);
            seeding.Stop();

            // Measure the run alone: drop what seeding allocated and restart the peak memory counters.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var peakReset = ResetPeakWorkingSet();
            long heapPeak = GC.GetTotalMemory(forceFullCollection: false);
            void Sample() => Interlocked.Exchange(ref heapPeak, Math.Max(Interlocked.Read(ref heapPeak), GC.GetTotalMemory(forceFullCollection: false)));
            using var sampler = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));

            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            var (jitBefore, jitMethodsBefore) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
            int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var runner = new BillRunner(db, CliRuntime.Clock);
            var summary = await BillRunCommand.RunWithProgressAsync(asOf,
                progress => runner.RunAsync(seed.Tenant, asOf, options, progress, cancellationToken), _ => Sample());
            Sample();
            using var process = Process.GetCurrentProcess();
            process.Refresh();

            BillRunCommand.WriteSummary(summary);
            var t = summary.Timings;
            var table = new Table().Border(TableBorder.Simple).HideHeaders().AddColumn("what").AddColumn(new TableColumn("value").RightAligned());
            table.AddRow("database", Markup.Escape(db.Target));
            table.AddRow("contracts", Count(seed.Contracts));
            table.AddRow("batch size", Count(options.BatchSize));
            table.AddRow("seeding", Seconds(seeding.Elapsed));
            table.AddRow("invoices created", Count(summary.Created));
            table.AddRow("bill run", Seconds(summary.Elapsed));
            table.AddRow("invoices/s end to end", summary.InvoicesPerSecond.ToString("N0", Invariant));
            var cpu = process.TotalProcessorTime - cpuBefore;
            table.AddRow("CPU time of this process (bill run)", $"{Seconds(cpu)} ({(summary.Created == 0 ? 0 : cpu.TotalMicroseconds / summary.Created).ToString("0", Invariant)} µs per invoice)");
            table.AddRow(peakReset ? "peak working set (bill run)" : "peak working set (whole process)", Megabytes(process.PeakWorkingSet64));
            table.AddRow("GC heap peak (sampled)", Megabytes(Interlocked.Read(ref heapPeak)));
            table.AddRow("GC pauses (gen0/gen1/gen2 collections)",
                $"{Seconds(GC.GetTotalPauseDuration() - pauseBefore)} ({GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]})");
            table.AddRow("JIT compilation (methods)",
                $"{Seconds(System.Runtime.JitInfo.GetCompilationTime() - jitBefore)} ({System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsBefore})");
            table.AddRow("stage: read contracts + customers", Seconds(t.Read));
            table.AddRow("stage: compose (periods, charges, drafts)", Seconds(t.Compose));
            table.AddRow("stage: issue (terms, totals, rules)", Seconds(t.Issue));
            table.AddRow("stage: serialize (JSON)", Seconds(t.Serialize));
            table.AddRow("stage: store (COPY/INSERT, chain, commit)", Seconds(t.Store));
            table.AddRow("invoices issued ahead of their transaction", Count(t.IssuedAhead));
            table.AddRow("load average at the end", File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg", cancellationToken)).Trim() : "n/a");
            AnsiConsole.Write(table);
            BillRunCommand.WriteFailures(summary);
            return summary.Failed == 0 && summary.Created == seed.Contracts ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    /// <summary>
    /// Linux keeps the peak resident set size (VmHWM) per process; writing 5 to clear_refs resets it to the current
    /// size, so the figure covers the bill run, not the seeding. False where that is not available.
    /// </summary>
    private static bool ResetPeakWorkingSet()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    private static string Count(long value) => value.ToString("N0", Invariant);

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00 s", Invariant);

    private static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0 MB", Invariant);
}
