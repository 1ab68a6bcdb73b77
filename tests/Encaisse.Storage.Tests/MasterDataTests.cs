using Encaisse.Storage.Tests.Infrastructure;
using Encaisse.Testing;

namespace Encaisse.Storage.Tests;

public sealed class MasterDataTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, Sqlite, Postgres]
    public async Task Parties_are_found_by_each_identifier_and_by_normalised_name(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var twin = Guid.CreateVersion7();
        await test.Db.Parties.UpsertAsync(
            new PartyRecord(seeded.TenantId, twin, PartyRoles.Customer | PartyRoles.Supplier, "Boulangerie Martin SARL",
                "BOULANGERIE MARTIN", "732829320", null, null, null, Ledger.Json("{\"v\":1}")),
            None);

        // Matches come in id order (two UUIDv7 of the same millisecond need not sort by creation time).
        Assert.Equal(new[] { seeded.CustomerId, twin }.OrderBy(id => id.ToString()), (await test.Db.Parties.FindAsync(seeded.TenantId, PartyKey.Siren, "732829320", None)).Select(p => p.PartyId));
        Assert.Equal([seeded.CustomerId], (await test.Db.Parties.FindAsync(seeded.TenantId, PartyKey.Siret, "73282932000074", None)).Select(p => p.PartyId));
        Assert.Equal([seeded.CustomerId], (await test.Db.Parties.FindAsync(seeded.TenantId, PartyKey.VatNumber, "FR44732829320", None)).Select(p => p.PartyId));
        Assert.Equal(2, (await test.Db.Parties.FindAsync(seeded.TenantId, PartyKey.NormalizedName, "BOULANGERIE MARTIN", None)).Count);
        Assert.Empty(await test.Db.Parties.FindAsync(Guid.CreateVersion7(), PartyKey.Siren, "732829320", None));

        var stored = await test.Db.Parties.GetAsync(seeded.TenantId, twin, None);
        Assert.NotNull(stored);
        Assert.Equal(PartyRoles.Customer | PartyRoles.Supplier, stored.Roles);
        Assert.Null(stored.Siret);
        Assert.Equal("{\"v\":1}", System.Text.Encoding.UTF8.GetString(stored.Body));
        Assert.Equal(DatabaseFixture.Start, stored.CreatedAt);
    }

    [Theory, Sqlite, Postgres]
    public async Task Upsert_replaces_and_pages_follow_ids_without_overlap(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var tenantId = Guid.NewGuid();
        await test.Db.Tenants.UpsertAsync(new TenantRecord(tenantId, "First name", []), None);
        await test.Db.Tenants.UpsertAsync(new TenantRecord(tenantId, "Second name", [1, 2]), None);
        var tenant = await test.Db.Tenants.GetAsync(tenantId, None);
        Assert.Equal("Second name", tenant?.Name);
        Assert.Equal(new byte[] { 1, 2 }, tenant?.Body);

        // Random (v4) ids: the order must still be the same on both databases, that of their text.
        var ids = Enumerable.Range(0, 25).Select(_ => Guid.NewGuid()).ToList();
        foreach (var id in ids)
        {
            await test.Db.Catalogue.UpsertAsync(new CatalogueItemRecord(tenantId, id, $"SKU-{id:N}", "Item", []), None);
        }

        var seen = new List<Guid>();
        var page = await test.Db.Catalogue.ListAsync(tenantId, PageRequest.First(10), None);
        seen.AddRange(page.Items.Select(i => i.ItemId));
        while (page.Next is { } next)
        {
            page = await test.Db.Catalogue.ListAsync(tenantId, new PageRequest(next, 10), None);
            seen.AddRange(page.Items.Select(i => i.ItemId));
        }

        Assert.Equal(ids.OrderBy(i => i.ToString("D"), StringComparer.Ordinal), seen);
    }

    [Theory, Sqlite, Postgres]
    public async Task Each_kind_of_master_data_is_listed_per_tenant(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var contract = Guid.NewGuid();
        await test.Db.Contracts.UpsertAsync(new ContractRecord(seeded.TenantId, contract, seeded.CustomerId, seeded.LegalEntityId,
            seeded.Series, "active", new DateOnly(2026, 4, 1), []), None);
        await test.Db.NumberSeries.EnsureAsync(seeded.TenantId, seeded.LegalEntityId, "credit-notes", "AV-", 5, None);

        var entities = await test.Db.Tenants.ListLegalEntitiesAsync(seeded.TenantId, PageRequest.First(10), None);
        Assert.Equal("552081317", Assert.Single(entities.Items).Siren);
        Assert.Equal("FR03552081317", (await test.Db.Tenants.GetLegalEntityAsync(seeded.TenantId, seeded.LegalEntityId, None))!.VatNumber);
        Assert.Equal([seeded.CustomerId], (await test.Db.Parties.ListAsync(seeded.TenantId, PageRequest.First(10), None)).Items.Select(p => p.PartyId));
        var contracts = await test.Db.Contracts.ListAsync(seeded.TenantId, PageRequest.First(10), None);
        Assert.Equal(new DateOnly(2026, 4, 1), Assert.Single(contracts.Items).NextPeriodStart);
        Assert.Equal(["credit-notes", "invoices"], (await test.Db.NumberSeries.ListAsync(seeded.TenantId, seeded.LegalEntityId, None)).Select(s => s.Series));
        Assert.Empty((await test.Db.Contracts.ListAsync(Guid.NewGuid(), PageRequest.First(10), None)).Items);
        Assert.Contains((await test.Db.Tenants.ListAsync(PageRequest.First(PageRequest.MaxLimit), None)).Items, t => t.TenantId == seeded.TenantId);
        Assert.Throws<ArgumentOutOfRangeException>(() => PageRequest.First(0));
    }

    [Theory, Sqlite, Postgres]
    public async Task A_catalogue_code_belongs_to_one_item(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        await test.Db.Catalogue.UpsertAsync(new CatalogueItemRecord(seeded.TenantId, Guid.NewGuid(), "HOUR", "Consulting hour", []), None);
        var error = await Assert.ThrowsAsync<StorageException>(() => test.Db.Catalogue.UpsertAsync(
            new CatalogueItemRecord(seeded.TenantId, Guid.NewGuid(), "HOUR", "Another hour", []), None));
        Assert.Equal(StorageError.Conflict, error.Error);
        Assert.Equal("Consulting hour", (await test.Db.Catalogue.GetByCodeAsync(seeded.TenantId, "HOUR", None))?.Name);
    }

    [Theory, Sqlite, Postgres]
    public async Task References_to_missing_records_are_refused(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var contract = await Assert.ThrowsAsync<StorageException>(() => test.Db.Contracts.UpsertAsync(
            new ContractRecord(seeded.TenantId, Guid.NewGuid(), Guid.NewGuid(), seeded.LegalEntityId, seeded.Series, "active", null, []),
            None));
        Assert.Equal(StorageError.MissingReference, contract.Error);
        var party = await Assert.ThrowsAsync<StorageException>(() => test.Db.Parties.UpsertAsync(
            new PartyRecord(Guid.NewGuid(), Guid.NewGuid(), PartyRoles.Customer, "Nobody's", "NOBODY S", null, null, null, null, []),
            None));
        Assert.Equal(StorageError.MissingReference, party.Error);

        // Issuing for an unknown customer, through INSERT (one document) and through COPY on PostgreSQL (twenty).
        foreach (var count in new[] { 1, 20 })
        {
            var issue = await Assert.ThrowsAsync<StorageException>(() => test.Db.Documents.IssueBatchAsync(
                seeded.TenantId, seeded.LegalEntityId, seeded.Series, Enumerable.Range(0, count).ToList(),
                (_, n) => Ledger.Invoice(seeded, n) with { CustomerId = Guid.NewGuid() }, None));
            Assert.Equal(StorageError.MissingReference, issue.Error);
        }

        Assert.Equal(1, (await test.Db.NumberSeries.GetAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, None))!.NextSeq);
    }

    [Theory, Sqlite, Postgres]
    public async Task Due_contracts_stream_page_by_page_in_id_order(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var asOf = new DateOnly(2026, 3, 1);
        var expected = new List<Guid>();
        for (var i = 0; i < 1200; i++)
        {
            var id = Guid.NewGuid();
            // Due: on or before asOf and active. Not due: later, ended (null) or suspended.
            var (next, status) = (i % 4) switch
            {
                0 => (asOf, "active"),
                1 => (asOf.AddMonths(-2), "active"),
                2 => (asOf.AddDays(1), "active"),
                _ => (i % 8 == 3 ? (DateOnly?)null : asOf, i % 8 == 3 ? "ended" : "suspended"),
            };
            if (next <= asOf && status == "active")
            {
                expected.Add(id);
            }

            await test.Db.Contracts.UpsertAsync(
                new ContractRecord(seeded.TenantId, id, seeded.CustomerId, seeded.LegalEntityId, seeded.Series, status, next, []), None);
        }

        var due = new List<Guid>();
        await foreach (var contract in test.Db.Contracts.StreamDueAsync(seeded.TenantId, asOf, "active", None))
        {
            due.Add(contract.ContractId);
        }

        Assert.Equal(expected.OrderBy(i => i.ToString("D"), StringComparer.Ordinal), due);
        var anyStatus = 0;
        await foreach (var contract in test.Db.Contracts.StreamDueAsync(seeded.TenantId, asOf, null, None))
        {
            anyStatus++;
        }

        Assert.Equal(expected.Count + 150, anyStatus);
    }
}
