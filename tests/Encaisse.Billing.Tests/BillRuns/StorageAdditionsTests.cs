using Encaisse.Billing.BillRuns;
using Encaisse.Billing.Tests.BillRuns.Infrastructure;
using Encaisse.Storage;
using Encaisse.Testing;

namespace Encaisse.Billing.Tests.BillRuns;

/// <summary>The storage methods bill runs and their benchmark added: batch reads, bulk loads, the due count.</summary>
public sealed class StorageAdditionsTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly March = new(2026, 3, 1);

    [Theory, Sqlite, Postgres]
    public async Task Parties_are_fetched_many_at_a_time_within_their_tenant(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind);
        var db = test.Db;
        var world = await BillingWorld.CreateAsync(db);
        var other = await BillingWorld.CreateAsync(db);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await world.AddCustomerAsync());
        }

        var elsewhere = await other.AddCustomerAsync();
        var asked = new[] { ids[0], ids[3], ids[3], ids[4], Guid.NewGuid(), elsewhere };

        var found = await db.Parties.GetManyAsync(world.TenantId, asked, None);

        Assert.Equal(new[] { ids[0], ids[3], ids[4] }.Order(), found.Select(p => p.PartyId).Order());
        var expected = await db.Parties.GetAsync(world.TenantId, ids[3], None);
        var fetched = found.Single(p => p.PartyId == ids[3]);
        Assert.Equal((expected!.Name, expected.Siren, expected.Email, expected.CreatedAt), (fetched.Name, fetched.Siren, fetched.Email, fetched.CreatedAt));
        Assert.Equal(expected.Body, fetched.Body);
        Assert.Empty(await db.Parties.GetManyAsync(world.TenantId, [], None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            db.Parties.GetManyAsync(world.TenantId, Enumerable.Range(0, PartyStore.MaxGetMany + 1).Select(_ => Guid.NewGuid()).ToList(), None));
    }

    [Theory, Sqlite, Postgres]
    public async Task Bulk_loads_write_everything_and_count_what_is_due(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind);
        var db = test.Db;
        var seed = Guid.NewGuid();

        var loaded = await SyntheticTenant.CreateAsync(db, "Bulk " + seed.ToString("N")[..8], seed, 300, March,
            (i, contract) => i % 3 == 0 ? contract with { StartDate = March.AddMonths(1) } : contract, None);

        Assert.Equal((300L, 300L), (loaded.Customers, loaded.Contracts));
        var tenantId = loaded.Tenant.TenantId;
        var customer = await db.Parties.GetAsync(tenantId, SyntheticTenant.CustomerId(seed, 7), None);
        Assert.Equal(("Client 0000007 SARL", "CLIENT 0000007", PartyRoles.Customer), (customer!.Name, customer.NormalizedName, customer.Roles));
        var contract = await db.Contracts.GetAsync(tenantId, SyntheticTenant.ContractId(seed, 7), None);
        Assert.Equal((SyntheticTenant.CustomerId(seed, 7), loaded.LegalEntityId, "F", BillRunner.BillableStatus, (DateOnly?)March),
            (contract!.CustomerId, contract.LegalEntityId, contract.Series, contract.Status, contract.NextPeriodStart));
        Assert.Equal(200, await db.Contracts.CountDueAsync(tenantId, March, BillRunner.BillableStatus, None));
        Assert.Equal(300, await db.Contracts.CountDueAsync(tenantId, March.AddMonths(1), null, None));
        Assert.Equal(0, await db.Contracts.CountDueAsync(tenantId, March, "suspended", None));
    }

    [Theory, Sqlite, Postgres]
    public async Task A_bulk_load_that_fails_midway_writes_nothing(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind);
        var db = test.Db;
        var world = await BillingWorld.CreateAsync(db);
        var existing = await world.AddCustomerAsync();
        var existingRecord = (await db.Parties.GetAsync(world.TenantId, existing, None))!;
        var fresh = Enumerable.Range(0, 50)
            .Select(i => SyntheticTenant.CustomerRecord(world.TenantId, SyntheticTenant.Customer(Guid.NewGuid(), 1000 + i)))
            .ToList();

        var duplicate = await Assert.ThrowsAsync<StorageException>(() => db.Parties.BulkInsertAsync([.. fresh, existingRecord], None));
        Assert.Equal(StorageError.Conflict, duplicate.Error);
        await Assert.ThrowsAsync<ArgumentException>(() => db.Parties.BulkInsertAsync([.. fresh, existingRecord with { PartyId = Guid.NewGuid(), Name = " " }], None));
        Assert.Empty(await db.Parties.GetManyAsync(world.TenantId, fresh.Select(p => p.PartyId).ToList(), None));

        var orphan = ContractRecords.ForNewContract(world.TenantId, world.Contract(Guid.NewGuid(), world.LegalEntityId, March));
        var valid = ContractRecords.ForNewContract(world.TenantId, world.Contract(existing, world.LegalEntityId, March));
        var missing = await Assert.ThrowsAsync<StorageException>(() => db.Contracts.BulkInsertAsync([valid, orphan], None));
        Assert.Equal(StorageError.MissingReference, missing.Error);
        Assert.Null(await db.Contracts.GetAsync(world.TenantId, valid.ContractId, None));
        Assert.Equal(1, await db.Contracts.BulkInsertAsync([valid], None));
    }
}
