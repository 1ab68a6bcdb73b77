using System.Diagnostics;
using Encaisse.Storage.Tests.Infrastructure;
using Encaisse.Testing;
using Xunit.Abstractions;

namespace Encaisse.Storage.Tests;

/// <summary>
/// Measures bill-run batch throughput (printed, not asserted: timings depend on the machine) and checks that
/// the batches did what they say. Runs alone, after the parallel tests, so the figure is not shared with them.
/// </summary>
[Collection(nameof(ThroughputTests))]
public sealed class ThroughputTests(DatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<DatabaseFixture>
{
    private const int Contracts = 20_000;
    private const int BatchSize = 2_000;
    private const int BodyPadding = 1_450;

    [Theory, Sqlite, Postgres]
    public async Task Bill_run_batches_of_two_thousand_invoices(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var march = new DateOnly(2026, 3, 1);
        var april = new DateOnly(2026, 4, 1);
        // Contracts in bulk with raw SQL: the measure is about issuing, not about creating master data.
        await test.ExecuteAsync(kind == DatabaseKind.PostgreSql
            ? "INSERT INTO contracts SELECT t.tenant_id, gen_random_uuid(), t.customer_id, t.legal_entity_id, 'invoices', 'active', "
                + $"DATE '2026-03-01', '\\x00'::bytea, now(), now() FROM generate_series(1, {Contracts}), "
                + $"(SELECT {Ledger.Sql(seeded.TenantId)}::uuid AS tenant_id, {Ledger.Sql(seeded.CustomerId)}::uuid AS customer_id, "
                + $"{Ledger.Sql(seeded.LegalEntityId)}::uuid AS legal_entity_id) AS t"
            : $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Contracts}) "
                + $"INSERT INTO contracts SELECT {Ledger.Sql(seeded.TenantId)}, printf('00000000-0000-4000-8000-%012x', i), "
                + $"{Ledger.Sql(seeded.CustomerId)}, {Ledger.Sql(seeded.LegalEntityId)}, 'invoices', 'active', '2026-03-01', X'00', "
                + "'2026-03-01T00:00:00.000000Z', '2026-03-01T00:00:00.000000Z' FROM n");
        var runId = Guid.CreateVersion7();
        await test.Db.BillRuns.StartAsync(seeded.TenantId, runId, march, CancellationToken.None);

        var batch = new List<BillRunItem<Guid>>(BatchSize);
        var issuing = new Stopwatch();
        var created = 0;
        long largestHeap = 0;
        async Task FlushAsync()
        {
            issuing.Start();
            var result = await test.Db.BillRuns.IssueBatchAsync(seeded.TenantId, runId, seeded.LegalEntityId, seeded.Series, batch, [],
                (contract, n) => Ledger.Invoice(seeded, n, padding: BodyPadding, contractId: contract, periodStart: march),
                CancellationToken.None);
            issuing.Stop();
            created += result.Created.Count;
            batch.Clear();
            largestHeap = Math.Max(largestHeap, GC.GetTotalMemory(forceFullCollection: false));
        }

        await foreach (var contract in test.Db.Contracts.StreamDueAsync(seeded.TenantId, march, "active", CancellationToken.None))
        {
            batch.Add(new BillRunItem<Guid>(contract.ContractId, march, april, contract.ContractId));
            if (batch.Count == BatchSize)
            {
                await FlushAsync();
            }
        }

        if (batch.Count > 0)
        {
            await FlushAsync();
        }

        var perSecond = created / issuing.Elapsed.TotalSeconds;
        output.WriteLine($"{kind}: {created} invoices (~1.5 KB bodies) in batches of {BatchSize}: {issuing.Elapsed.TotalSeconds:0.00} s, "
            + $"{perSecond:0} invoices/s; largest managed heap seen {largestHeap / (1024 * 1024)} MB");

        Assert.Equal(Contracts, created);
        var run = await test.Db.BillRuns.GetAsync(seeded.TenantId, runId, CancellationToken.None);
        Assert.Equal(Contracts, run!.Created);
        var verification = await test.Db.Documents.VerifyAsync(seeded.TenantId, CancellationToken.None);
        Assert.True(verification.IsIntact);
        Assert.Equal(Contracts, verification.Series[0].DocumentsChecked);
        await foreach (var stillDue in test.Db.Contracts.StreamDueAsync(seeded.TenantId, march, null, CancellationToken.None))
        {
            Assert.Fail($"Contract {stillDue.ContractId} was not moved to the next period.");
        }
    }
}

[CollectionDefinition(nameof(ThroughputTests), DisableParallelization = true)]
public sealed class ThroughputCollection;
