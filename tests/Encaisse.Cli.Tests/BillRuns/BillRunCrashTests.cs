using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Encaisse.Billing.BillRuns;
using Encaisse.Cli.Tests.Infrastructure;
using Encaisse.Domain.Contracts;
using Encaisse.Storage;
using Encaisse.Testing;
using Xunit.Abstractions;

namespace Encaisse.Cli.Tests.BillRuns;

/// <summary>
/// THE crash test: `encaisse bill-run` killed with SIGKILL again and again at random points (during start-up, while
/// composing, in the middle of a batch's transaction), then run to completion. Afterwards every series must verify,
/// numbers must be continuous and unique, and each contract period must be invoiced exactly once, as the domain's
/// billing schedule says. Runs alone: it measures nothing, but its kills must land while the run is busy.
/// </summary>
[Collection(nameof(BillRunCrashTests))]
public sealed partial class BillRunCrashTests(ITestOutputHelper output)
{
    private const string Tenant = "crash-test";
    private const int Contracts = 2_000;
    private const int BatchSize = 50;
    private const int Kills = 12;

    /// <summary>Polls the committed invoices of the tenant until there are <paramref name="target"/>; false if the run ends first.</summary>
    private static async Task<bool> WaitForCommittedAsync(CliDatabase database, Guid tenantId, long target, CliProcess run, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !run.HasExited)
        {
            if (await database.ScalarAsync($"SELECT count(*) FROM documents WHERE tenant_id = '{tenantId:D}'") >= target)
            {
                return true;
            }

            await Task.Delay(2);
        }

        return false;
    }
    private static readonly DateOnly AsOf = new(2026, 3, 1);

    [Theory, Sqlite, Postgres]
    public async Task Killed_at_random_points_then_completed_it_invoices_every_period_exactly_once_without_gap(DatabaseKind kind)
    {
        await using var database = await CliDatabase.CreateAsync(kind);
        var seed = Guid.NewGuid();
        var expected = new HashSet<(Guid Contract, DateOnly Period)>();
        var expectedNext = new Dictionary<Guid, DateOnly>();
        Guid tenantId;
        await using (var db = await database.OpenAsync())
        {
            var seeded = await SyntheticTenant.CreateAsync(db, Tenant, seed, Contracts, AsOf, Vary, CancellationToken.None);
            tenantId = seeded.Tenant.TenantId;
            for (var i = 0; i < Contracts; i++)
            {
                var contract = Vary(i, SyntheticTenant.MonthlyContract(seed, i, seeded.LegalEntityId, AsOf));
                foreach (var period in BillingSchedule.PeriodsDue(contract, AsOf, contract.StartDate))
                {
                    expected.Add((contract.Id.Value, period.Start));
                }

                expectedNext[contract.Id.Value] = BillingSchedule.NextPeriodStart(contract, AsOf, contract.StartDate);
            }
        }

        // Kills 4 to 12 wait until a random 1 % to 3 % of the invoices still to be made are committed, watching the
        // database itself (the run's progress lines lag behind on a fast machine). Small steps keep most of the work
        // ahead of the last kill, however fast the machine, so every kill lands mid-run.
        var random = new Random();
        var partial = 0;
        for (var attempt = 0; attempt < Kills; attempt++)
        {
            var committed = await database.ScalarAsync($"SELECT count(*) FROM documents WHERE tenant_id = '{tenantId:D}'");
            // A short pause after each commit keeps the run busy long enough for each kill to land mid-run on a fast machine.
            using var run = CliProcess.Start(
                database.Args(Tenant, "bill-run", "--as-of", "2026-03-01", "--batch-size", BatchSize.ToString(CultureInfo.InvariantCulture)),
                new Dictionary<string, string> { ["ENCAISSE_BILL_RUN_PAUSE_MS"] = "15" });
            string when;
            if (attempt == 0)
            {
                // Very early: while the process starts and opens the database.
                var delay = random.Next(0, 500);
                await Task.Delay(delay);
                when = $"{delay} ms after start";
            }
            else if (attempt < 3)
            {
                // Early: once the run has started, while it reads, composes or commits its first batch.
                Assert.True(await run.WaitForLineAsync(line => line.Contains("contracts due", StringComparison.Ordinal), TimeSpan.FromSeconds(60)));
                var delay = random.Next(0, 50);
                await Task.Delay(delay);
                when = $"{delay} ms after the run started";
            }
            else
            {
                // Just after a commit, a little later: inside the next batch (reading, composing, COPY or commit).
                var remaining = expected.Count - committed;
                var target = committed + Math.Max(1, (long)(remaining * (0.01 + (random.NextDouble() * 0.02))));
                if (!await WaitForCommittedAsync(database, tenantId, target, run, TimeSpan.FromSeconds(60)))
                {
                    var ended = await run.WaitForExitAsync(TimeSpan.FromSeconds(5));
                    Assert.Fail($"the run never reached {target} invoices: exit {ended.ExitCode}\n{ended.Stdout}\n{ended.Stderr}");
                }
                var delay = random.Next(0, 10);
                await Task.Delay(delay);
                when = $"{delay} ms after {target} invoices";
            }

            Assert.False(run.HasExited, $"kill {attempt + 1}: the run had already finished ({when})");
            var killed = await run.KillAsync();
            var documents = await database.ScalarAsync($"SELECT count(*) FROM documents WHERE tenant_id = '{tenantId:D}'");
            partial += documents > 0 && documents < expected.Count ? 1 : 0;
            output.WriteLine($"kill {attempt + 1} ({when}): exit {killed.ExitCode}, {documents} of {expected.Count} invoices committed");
            await AssertIntactAsync(database, tenantId);
        }

        Assert.True(partial >= Kills - 3, $"only {partial} kills left a partly invoiced tenant");

        var completion = (await EncaisseCli.RunAsync(database.Args(Tenant, "bill-run", "--as-of", "2026-03-01", "--batch-size", "500"))).Expect(ExitCodes.Ok);
        output.WriteLine(completion.Stdout);
        Assert.Contains("(resumed)", completion.Stdout);
        (await EncaisseCli.RunAsync(database.Args(Tenant, "verify"))).Expect(ExitCodes.Ok);

        // Numbers: one series, 1..n without gap, each number its sequence in the series' format, none twice.
        var numbers = await database.QueryAsync(
            $"SELECT series, seq, number FROM documents WHERE tenant_id = '{tenantId:D}' ORDER BY seq",
            r => (Series: r.GetString(0), Seq: r.GetInt64(1), Number: r.GetString(2)));
        Assert.All(numbers, n => Assert.Equal(SyntheticTenant.Series, n.Series));
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(i => (long)i), numbers.Select(n => n.Seq));
        Assert.Equal(numbers.Select(n => $"F-{n.Seq:D6}"), numbers.Select(n => n.Number));

        // Periods: exactly the ones the billing schedule says, each once.
        var billed = await database.QueryAsync(
            $"SELECT contract_id, period_start FROM documents WHERE tenant_id = '{tenantId:D}'",
            r => (Contract: Guid.Parse(Text(r, 0)), Period: DateOnly.Parse(Text(r, 1), CultureInfo.InvariantCulture)));
        Assert.Equal(expected.Count, billed.Count);
        Assert.Equal(billed.Count, billed.Distinct().Count());
        Assert.True(expected.SetEquals(billed), "the invoiced periods differ from the billing schedule");

        var next = await database.QueryAsync(
            $"SELECT contract_id, next_period_start FROM contracts WHERE tenant_id = '{tenantId:D}'",
            r => (Contract: Guid.Parse(Text(r, 0)), Next: DateOnly.Parse(Text(r, 1), CultureInfo.InvariantCulture)));
        Assert.All(next, c => Assert.Equal(expectedNext[c.Contract], c.Next));

        // One run, resumed by every restart, finished, whose counts were committed with its batches.
        var runs = await database.QueryAsync(
            $"SELECT status, created_count, failed_count FROM bill_runs WHERE tenant_id = '{tenantId:D}'",
            r => (Status: r.GetString(0), Created: r.GetInt64(1), Failed: r.GetInt64(2)));
        Assert.Equal([("completed", (long)expected.Count, 0L)], runs);
    }

    /// <summary>A mix of contracts: behind by several months, prorated stubs, quarterly, in arrears, just starting.</summary>
    private static RecurringContract Vary(int index, RecurringContract contract) => (index % 5) switch
    {
        0 => contract with { StartDate = new DateOnly(2025, 11, 1) }, // five months behind
        1 => contract with { StartDate = new DateOnly(2026, 1, 15), AnchorDay = 1 }, // a stub, then two months
        2 => contract with { StartDate = new DateOnly(2025, 10, 1), Frequency = BillingFrequency.Quarterly }, // two quarters
        3 => contract with { StartDate = new DateOnly(2026, 1, 1), Timing = BillingTiming.InArrears }, // January and February
        _ => contract, // starts on the run's date
    };

    private static async Task AssertIntactAsync(CliDatabase database, Guid tenantId)
    {
        await using var db = await database.OpenAsync();
        var verification = await db.Documents.VerifyAsync(tenantId, CancellationToken.None);
        Assert.True(verification.IsIntact, string.Join("; ", verification.Broken.Select(b => b.FirstBreak!.Message)));
    }

    // uuid and date columns come back as text from SQLite and as typed values from PostgreSQL.
    private static string Text(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var value => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}

[CollectionDefinition(nameof(BillRunCrashTests), DisableParallelization = true)]
public sealed class BillRunCrashCollection;
