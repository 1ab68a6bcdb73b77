using System.Diagnostics;
using Encaisse.Storage.Tests.Infrastructure;
using Encaisse.Testing;
using Xunit.Abstractions;

namespace Encaisse.Storage.Tests;

public sealed class ConcurrencyTests(DatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<DatabaseFixture>
{
    private const int Issuers = 16;
    private const int Target = 10_000;

    /// <summary>
    /// 16 issuers race on one series until 10,000 invoices are issued, single and in small batches, while about
    /// one attempt in five rolls back: the build callback throws, or the token is cancelled mid-transaction (from
    /// inside the callback, or by a timer that can fire while waiting for the counter lock). Afterwards: exactly
    /// 10,000 documents numbered 1..10,000, no gap, no duplicate, and the chain verifies.
    /// </summary>
    [Theory, Sqlite, Postgres]
    public async Task Parallel_issuers_with_random_rollbacks_leave_no_gap_and_no_duplicate(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var reserved = 0;
        var committed = 0;
        var rolledBack = 0;
        var clock = Stopwatch.StartNew();

        bool TryReserve(int wanted, out int granted)
        {
            while (true)
            {
                var current = Volatile.Read(ref reserved);
                if (current >= Target)
                {
                    granted = 0;
                    return false;
                }

                granted = Math.Min(wanted, Target - current);
                if (Interlocked.CompareExchange(ref reserved, current + granted, current) == current)
                {
                    return true;
                }
            }
        }

        async Task IssueLoopAsync(int issuer)
        {
            var random = new Random(issuer);
            while (TryReserve(random.Next(1, 9), out var count))
            {
                var fate = random.Next(20);
                using var cancellation = new CancellationTokenSource();
                if (fate == 3)
                {
                    cancellation.CancelAfter(TimeSpan.FromTicks(random.Next(1, 20_000)));
                }

                DocumentRecord Build(int index, AllocatedNumber number)
                {
                    if (index == count - 1)
                    {
                        if (fate is 0 or 1)
                        {
                            throw new SimulatedFailure();
                        }

                        if (fate == 2)
                        {
                            cancellation.Cancel();
                        }
                    }

                    return Ledger.Invoice(seeded, number, netAmount: number.Seq % 1000);
                }

                try
                {
                    if (count == 1 && random.Next(2) == 0)
                    {
                        await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series,
                            n => Build(0, n), cancellation.Token);
                    }
                    else
                    {
                        await test.Db.Documents.IssueBatchAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series,
                            Enumerable.Range(0, count).ToList(), Build, cancellation.Token);
                    }

                    Assert.True(fate >= 3, "a rollback was expected");
                    Interlocked.Add(ref committed, count);
                }
                catch (Exception exception) when (exception is SimulatedFailure or OperationCanceledException)
                {
                    Interlocked.Add(ref reserved, -count);
                    Interlocked.Increment(ref rolledBack);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Issuers).Select(i => Task.Run(() => IssueLoopAsync(i))));
        output.WriteLine($"{kind}: {committed} invoices committed, {rolledBack} transactions rolled back, {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.Equal(Target, committed);
        Assert.True(rolledBack > 100, $"only {rolledBack} rollbacks were exercised");
        var tenant = Ledger.Sql(seeded.TenantId);
        Assert.Equal(Target, await test.ScalarAsync($"SELECT count(*) FROM documents WHERE tenant_id = {tenant}"));
        Assert.Equal(Target, await test.ScalarAsync($"SELECT count(DISTINCT seq) FROM documents WHERE tenant_id = {tenant}"));
        Assert.Equal(Target, await test.ScalarAsync($"SELECT count(DISTINCT number) FROM documents WHERE tenant_id = {tenant}"));
        Assert.Equal(1, await test.ScalarAsync($"SELECT min(seq) FROM documents WHERE tenant_id = {tenant}"));
        Assert.Equal(Target, await test.ScalarAsync($"SELECT max(seq) FROM documents WHERE tenant_id = {tenant}"));
        var counter = await test.Db.NumberSeries.GetAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, None());
        Assert.Equal(Target + 1, counter!.NextSeq);
        var verification = await test.Db.Documents.VerifyAsync(seeded.TenantId, None());
        var series = Assert.Single(verification.Series);
        Assert.Null(series.FirstBreak);
        Assert.Equal(Target, series.DocumentsChecked);
    }

    private static CancellationToken None() => CancellationToken.None;

    private sealed class SimulatedFailure : Exception;
}
