using Encaisse.Storage.Tests.Infrastructure;
using Encaisse.Testing;

namespace Encaisse.Storage.Tests;

public sealed class DraftTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, Sqlite, Postgres]
    public async Task A_draft_can_be_saved_updated_and_deleted(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var id = Guid.CreateVersion7();
        await test.Db.Documents.SaveDraftAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, Ledger.Draft(seeded, id, 10m), None);
        await test.Db.Documents.SaveDraftAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, Ledger.Draft(seeded, id, 25.5m), None);

        var draft = await test.Db.Documents.GetAsync(seeded.TenantId, id, None);
        Assert.NotNull(draft);
        Assert.Equal(DocumentStatus.Draft, draft.Header.Status);
        Assert.Null(draft.Header.Number);
        Assert.Null(draft.Header.Seq);
        Assert.Null(draft.Header.Hash);
        Assert.Equal(25.5m, draft.Header.TotalWithoutVat);
        Assert.Equal("{\"draft\":true,\"net\":25.5}", System.Text.Encoding.UTF8.GetString(draft.Body));

        Assert.True(await test.Db.Documents.DeleteDraftAsync(seeded.TenantId, id, None));
        Assert.Null(await test.Db.Documents.GetAsync(seeded.TenantId, id, None));
        Assert.False(await test.Db.Documents.DeleteDraftAsync(seeded.TenantId, id, None));
    }

    [Theory, Sqlite, Postgres]
    public async Task Money_round_trips_exactly_and_more_than_two_decimals_is_refused(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var id = Guid.CreateVersion7();
        var record = Ledger.Draft(seeded, id) with
        {
            TotalWithoutVat = 999_999_999_999_999.99m,
            TotalVat = -0.01m,
            TotalWithVat = 12.5m,
            AmountDue = 0m,
        };
        await test.Db.Documents.SaveDraftAsync(seeded.TenantId, seeded.LegalEntityId, null, record, None);
        var header = (await test.Db.Documents.GetAsync(seeded.TenantId, id, None))!.Header;
        Assert.Equal(999_999_999_999_999.99m, header.TotalWithoutVat);
        Assert.Equal(-0.01m, header.TotalVat);
        Assert.Equal("12.50", header.TotalWithVat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0m, header.AmountDue);
        Assert.Null(header.Series);

        await Assert.ThrowsAsync<ArgumentException>(() => test.Db.Documents.SaveDraftAsync(
            seeded.TenantId, seeded.LegalEntityId, null, record with { TotalVat = 0.001m }, None));
        await Assert.ThrowsAsync<ArgumentException>(() => test.Db.Documents.SaveDraftAsync(
            seeded.TenantId, seeded.LegalEntityId, null, record with { TotalVat = 1_000_000_000_000_000m }, None));
    }

    [Theory, Sqlite, Postgres]
    public async Task Sums_over_money_columns_are_exact(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        for (var i = 0; i < 10; i++)
        {
            await test.Db.Documents.SaveDraftAsync(seeded.TenantId, seeded.LegalEntityId, null,
                Ledger.Draft(seeded, Guid.CreateVersion7()) with { AmountDue = 0.1m }, None);
        }

        // Ten times 0.10 is exactly 1.00 (binary floating point would not say so).
        var sum = await test.ScalarAsync(kind == DatabaseKind.Sqlite
            ? $"SELECT sum(amount_due) FROM documents WHERE tenant_id = {Ledger.Sql(seeded.TenantId)}"
            : $"SELECT sum(amount_due) * 100 FROM documents WHERE tenant_id = {Ledger.Sql(seeded.TenantId)}");
        Assert.Equal(100, sum);
        Assert.Equal(10, await test.ScalarAsync(
            $"SELECT count(*) FROM documents WHERE tenant_id = {Ledger.Sql(seeded.TenantId)} AND amount_due = "
            + (kind == DatabaseKind.Sqlite ? "10" : "0.10")));
    }

    [Theory, Sqlite, Postgres]
    public async Task Documents_are_listed_and_counted_with_filters(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var other = Guid.CreateVersion7();
        await test.Db.Parties.UpsertAsync(new PartyRecord(seeded.TenantId, other, PartyRoles.Customer, "Other", "OTHER",
            null, null, null, null, []), None);
        for (var day = 1; day <= 10; day++)
        {
            var date = new DateOnly(2026, 3, day);
            // UUIDv7 ids a millisecond apart: they sort in creation order.
            var id = Guid.CreateVersion7(DatabaseFixture.Start.AddMilliseconds(day));
            await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series,
                n => Ledger.Invoice(seeded, n, issueDate: date, documentId: id) with { CustomerId = day % 2 == 0 ? other : seeded.CustomerId }, None);
        }

        await test.Db.Documents.SaveDraftAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, Ledger.Draft(seeded, Guid.CreateVersion7()), None);

        Assert.Equal(11, await test.Db.Documents.CountAsync(seeded.TenantId, DocumentFilter.All, None));
        Assert.Equal(10, await test.Db.Documents.CountAsync(seeded.TenantId, new DocumentFilter { Status = DocumentStatus.Issued }, None));
        Assert.Equal(1, await test.Db.Documents.CountAsync(seeded.TenantId, new DocumentFilter { Status = DocumentStatus.Draft }, None));
        Assert.Equal(5, await test.Db.Documents.CountAsync(seeded.TenantId, new DocumentFilter { CustomerId = other }, None));
        var range = new DocumentFilter { IssuedFrom = new DateOnly(2026, 3, 3), IssuedTo = new DateOnly(2026, 3, 6), CustomerId = other };
        Assert.Equal(2, await test.Db.Documents.CountAsync(seeded.TenantId, range, None));
        Assert.Equal(0, await test.Db.Documents.CountAsync(Guid.CreateVersion7(), DocumentFilter.All, None));

        var numbers = new List<string?>();
        var page = await test.Db.Documents.ListAsync(seeded.TenantId, new DocumentFilter { Status = DocumentStatus.Issued }, PageRequest.First(3), None);
        numbers.AddRange(page.Items.Select(h => h.Number));
        while (page.Next is { } next)
        {
            page = await test.Db.Documents.ListAsync(seeded.TenantId, new DocumentFilter { Status = DocumentStatus.Issued }, new PageRequest(next, 3), None);
            numbers.AddRange(page.Items.Select(h => h.Number));
        }

        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"F2026-{i:000000}"), numbers);
        var listed = await test.Db.Documents.ListAsync(seeded.TenantId, range, PageRequest.First(10), None);
        Assert.Equal([new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 6)], listed.Items.Select(h => h.IssueDate!.Value));
    }

    [Theory, Sqlite, Postgres]
    public async Task An_issued_document_cannot_be_saved_as_draft_or_deleted(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var issued = await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n), None);

        var save = await Assert.ThrowsAsync<StorageException>(() => test.Db.Documents.SaveDraftAsync(
            seeded.TenantId, seeded.LegalEntityId, seeded.Series, Ledger.Draft(seeded, issued.DocumentId), None));
        Assert.Equal(StorageError.DocumentAlreadyIssued, save.Error);
        var delete = await Assert.ThrowsAsync<StorageException>(() => test.Db.Documents.DeleteDraftAsync(seeded.TenantId, issued.DocumentId, None));
        Assert.Equal(StorageError.DocumentAlreadyIssued, delete.Error);
        Assert.Equal(DocumentStatus.Issued, (await test.Db.Documents.GetAsync(seeded.TenantId, issued.DocumentId, None))!.Header.Status);
    }
}
