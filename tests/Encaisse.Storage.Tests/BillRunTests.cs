using Encaisse.Storage.Tests.Infrastructure;
using Encaisse.Testing;

namespace Encaisse.Storage.Tests;

public sealed class BillRunTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly April = new(2026, 4, 1);
    private static readonly DateOnly May = new(2026, 5, 1);

    [Theory, Sqlite, Postgres]
    public async Task Running_the_same_batches_twice_creates_nothing_twice(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var contracts = await CreateContractsAsync(test.Db, seeded, 40, March);
        var runId = Guid.CreateVersion7();
        var run = await test.Db.BillRuns.StartAsync(seeded.TenantId, runId, March, None);
        Assert.Equal(BillRunStatus.Running, run.Status);

        var due = new List<ContractRecord>();
        await foreach (var contract in test.Db.Contracts.StreamDueAsync(seeded.TenantId, March, "active", None))
        {
            due.Add(contract);
        }

        Assert.Equal(40, due.Count);
        var items = due.Select(c => Item(c.ContractId, March, April)).ToList();
        var failed = new BillRunFailure(items[39].ContractId, March, "No price for the usage lines.");
        var batchA = items.Take(30).ToList();
        var batchB = items.Skip(30).Take(9).ToList();

        var first = await IssueAsync(test.Db, seeded, runId, batchA, []);
        Assert.Equal(30, first.Created.Count);
        Assert.Empty(first.Skipped);
        var second = await IssueAsync(test.Db, seeded, runId, batchB, [failed]);
        Assert.Equal(9, second.Created.Count);
        Assert.Equal(1, second.FailuresRecorded);

        // The same batches again, as after a crash before the caller saw the commit.
        var repeatA = await IssueAsync(test.Db, seeded, runId, batchA, []);
        var repeatB = await IssueAsync(test.Db, seeded, runId, batchB, [failed]);
        Assert.Empty(repeatA.Created);
        Assert.Equal(batchA.Select(i => new BillingPeriodKey(i.ContractId, March)), repeatA.Skipped);
        Assert.Empty(repeatB.Created);
        Assert.Equal(9, repeatB.Skipped.Count);
        Assert.Equal(0, repeatB.FailuresRecorded);

        Assert.Equal(39, await test.Db.Documents.CountAsync(seeded.TenantId, DocumentFilter.All, None));
        Assert.Equal(Enumerable.Range(1, 39).Select(i => (long)i), first.Created.Concat(second.Created).Select(d => d.Seq));
        var stillDue = new List<Guid>();
        await foreach (var contract in test.Db.Contracts.StreamDueAsync(seeded.TenantId, March, null, None))
        {
            stillDue.Add(contract.ContractId);
        }

        Assert.Equal([items[39].ContractId], stillDue);
        Assert.Equal(April, (await test.Db.Contracts.GetAsync(seeded.TenantId, items[0].ContractId, None))!.NextPeriodStart);

        var totals = (await test.Db.BillRuns.GetAsync(seeded.TenantId, runId, None))!;
        Assert.Equal((39L, 39L, 1L), (totals.Created, totals.Skipped, totals.Failed));
        var failures = new List<BillRunFailure>();
        await foreach (var failure in test.Db.BillRuns.StreamFailuresAsync(seeded.TenantId, runId, None))
        {
            failures.Add(failure);
        }

        Assert.Equal([failed], failures);
        var invoice = (await test.Db.Documents.GetByNumberAsync(seeded.TenantId, seeded.LegalEntityId, "F2026-000001", None))!;
        Assert.Equal(items[0].ContractId, invoice.Header.ContractId);
        Assert.Equal(March, invoice.Header.PeriodStart);
        Assert.True((await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).IsIntact);

        var finished = await test.Db.BillRuns.FinishAsync(seeded.TenantId, runId, BillRunStatus.Completed, None);
        Assert.Equal(DatabaseFixture.Start, finished.FinishedAt);
        Assert.Equal(BillRunStatus.Completed, (await test.Db.BillRuns.FinishAsync(seeded.TenantId, runId, BillRunStatus.Completed, None)).Status);
        var closed = await Assert.ThrowsAsync<StorageException>(() => IssueAsync(test.Db, seeded, runId, [items[39]], []));
        Assert.Equal(StorageError.BillRunNotRunning, closed.Error);
        var mismatch = await Assert.ThrowsAsync<StorageException>(() => test.Db.BillRuns.StartAsync(seeded.TenantId, runId, April, None));
        Assert.Equal(StorageError.BillRunMismatch, mismatch.Error);
        Assert.Equal(BillRunStatus.Completed, (await test.Db.BillRuns.StartAsync(seeded.TenantId, runId, March, None)).Status);
    }

    [Theory, Sqlite, Postgres]
    public async Task A_batch_skips_periods_already_invoiced_and_catches_up_several_periods(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var contracts = await CreateContractsAsync(test.Db, seeded, 3, March);
        var runId = Guid.CreateVersion7();
        await test.Db.BillRuns.StartAsync(seeded.TenantId, runId, April, None);
        await IssueAsync(test.Db, seeded, runId, [Item(contracts[0], March, April)], []);

        var result = await IssueAsync(test.Db, seeded, runId,
        [
            Item(contracts[0], March, April),
            Item(contracts[0], April, May),
            Item(contracts[1], March, April),
            Item(contracts[1], March, April),
        ], []);

        Assert.Equal([new BillingPeriodKey(contracts[0], March), new BillingPeriodKey(contracts[1], March)], result.Skipped);
        Assert.Equal([2L, 3L], result.Created.Select(d => d.Seq));
        Assert.Equal(May, (await test.Db.Contracts.GetAsync(seeded.TenantId, contracts[0], None))!.NextPeriodStart);
        Assert.Equal(April, (await test.Db.Contracts.GetAsync(seeded.TenantId, contracts[1], None))!.NextPeriodStart);
        Assert.Equal(March, (await test.Db.Contracts.GetAsync(seeded.TenantId, contracts[2], None))!.NextPeriodStart);
    }

    [Theory, Sqlite, Postgres]
    public async Task A_failing_batch_writes_nothing(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var contracts = await CreateContractsAsync(test.Db, seeded, 20, March);
        var runId = Guid.CreateVersion7();
        await test.Db.BillRuns.StartAsync(seeded.TenantId, runId, March, None);
        var items = contracts.Select(c => new BillRunItem<Guid>(c, March, April, c)).ToList();

        await Assert.ThrowsAsync<InvalidOperationException>(() => test.Db.BillRuns.IssueBatchAsync(
            seeded.TenantId, runId, seeded.LegalEntityId, seeded.Series, items,
            [new BillRunFailure(contracts[0], March, "failed")],
            (contract, n) => contract == contracts[17]
                ? throw new InvalidOperationException("the domain refused")
                : Ledger.Invoice(seeded, n, contractId: contract, periodStart: March),
            None));
        await Assert.ThrowsAsync<ArgumentException>(() => test.Db.BillRuns.IssueBatchAsync(
            seeded.TenantId, runId, seeded.LegalEntityId, seeded.Series, items, [],
            (contract, n) => Ledger.Invoice(seeded, n, contractId: contract, periodStart: April), None));

        Assert.Equal(0, await test.Db.Documents.CountAsync(seeded.TenantId, DocumentFilter.All, None));
        Assert.Equal(March, (await test.Db.Contracts.GetAsync(seeded.TenantId, contracts[0], None))!.NextPeriodStart);
        var run = (await test.Db.BillRuns.GetAsync(seeded.TenantId, runId, None))!;
        Assert.Equal((0L, 0L, 0L), (run.Created, run.Skipped, run.Failed));
        Assert.Equal(1, (await test.Db.NumberSeries.GetAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, None))!.NextSeq);

        var failedRun = await test.Db.BillRuns.FinishAsync(seeded.TenantId, runId, BillRunStatus.Failed, None);
        Assert.Equal(BillRunStatus.Failed, failedRun.Status);
        var resumed = await test.Db.BillRuns.StartAsync(seeded.TenantId, runId, March, None);
        Assert.Equal(BillRunStatus.Running, resumed.Status);
        Assert.Null(resumed.FinishedAt);
        var result = await IssueAsync(test.Db, seeded, runId, contracts.Select(c => Item(c, March, April)).ToList(), []);
        Assert.Equal(20, result.Created.Count);
    }

    [Theory, Sqlite, Postgres]
    public async Task Failures_stream_in_contract_order_across_pages_and_runs_are_listed(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var runId = Guid.CreateVersion7();
        await test.Db.BillRuns.StartAsync(seeded.TenantId, runId, March, None);
        // More than two pages; each contract fails for two periods, so pages also break inside a contract.
        var failures = Enumerable.Range(0, 600).Select(_ => Guid.NewGuid())
            .SelectMany(c => new[] { new BillRunFailure(c, April, "No meter reading."), new BillRunFailure(c, March, "No meter reading.") })
            .ToList();
        var result = await IssueAsync(test.Db, seeded, runId, [], failures);
        Assert.Empty(result.Created);
        Assert.Equal(1200, result.FailuresRecorded);

        var streamed = new List<BillRunFailure>();
        await foreach (var failure in test.Db.BillRuns.StreamFailuresAsync(seeded.TenantId, runId, None))
        {
            streamed.Add(failure);
        }

        Assert.Equal(failures.OrderBy(f => f.ContractId.ToString("D"), StringComparer.Ordinal).ThenBy(f => f.PeriodStart), streamed);

        var secondRun = Guid.CreateVersion7();
        await test.Db.BillRuns.StartAsync(seeded.TenantId, secondRun, April, None);
        var runs = await test.Db.BillRuns.ListAsync(seeded.TenantId, PageRequest.First(1), None);
        Assert.Equal([runId], runs.Items.Select(r => r.BillRunId));
        runs = await test.Db.BillRuns.ListAsync(seeded.TenantId, new PageRequest(runs.Next, 1), None);
        Assert.Equal([secondRun], runs.Items.Select(r => r.BillRunId));
        Assert.Null(runs.Next);
        Assert.Equal(1200, (await test.Db.BillRuns.GetAsync(seeded.TenantId, runId, None))!.Failed);
    }

    internal static async Task<List<Guid>> CreateContractsAsync(EncaisseDatabase db, Seeded seeded, int count, DateOnly nextPeriodStart)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7();
            await db.Contracts.UpsertAsync(new ContractRecord(seeded.TenantId, id, seeded.CustomerId, seeded.LegalEntityId,
                seeded.Series, "active", nextPeriodStart, Ledger.Json("{\"plan\":\"monthly\"}")), None);
            ids.Add(id);
        }

        return ids;
    }

    private static BillRunItem<BillingPeriodKey> Item(Guid contractId, DateOnly periodStart, DateOnly nextPeriodStart) =>
        new(contractId, periodStart, nextPeriodStart, new BillingPeriodKey(contractId, periodStart));

    private static Task<BillRunBatchResult> IssueAsync(
        EncaisseDatabase db, Seeded seeded, Guid runId, IReadOnlyList<BillRunItem<BillingPeriodKey>> items, IReadOnlyList<BillRunFailure> failures) =>
        db.BillRuns.IssueBatchAsync(seeded.TenantId, runId, seeded.LegalEntityId, seeded.Series, items, failures,
            (key, n) => Ledger.Invoice(seeded, n, contractId: key.ContractId, periodStart: key.PeriodStart), None);
}
