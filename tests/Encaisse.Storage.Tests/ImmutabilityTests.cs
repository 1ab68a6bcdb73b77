using Encaisse.Storage.Tests.Infrastructure;
using Encaisse.Testing;

namespace Encaisse.Storage.Tests;

/// <summary>The database itself refuses to change issued documents, whatever code sends the SQL.</summary>
public sealed class ImmutabilityTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, Sqlite, Postgres]
    public async Task Raw_update_or_delete_of_an_issued_document_is_refused(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var issued = await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n), None);
        var where = $"WHERE tenant_id = {Ledger.Sql(seeded.TenantId)} AND document_id = {Ledger.Sql(issued.DocumentId)}";

        var update = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            test.ExecuteAsync($"UPDATE documents SET currency = 'USD' {where}"));
        Assert.Contains("issued", update.Message, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => test.ExecuteAsync($"UPDATE documents SET status = 'draft' {where}"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => test.ExecuteAsync($"DELETE FROM documents {where}"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            test.ExecuteAsync($"DELETE FROM documents WHERE tenant_id = {Ledger.Sql(seeded.TenantId)}"));
        if (kind == DatabaseKind.PostgreSql)
        {
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => test.ExecuteAsync("TRUNCATE documents CASCADE"));
        }

        var stored = await test.Db.Documents.GetAsync(seeded.TenantId, issued.DocumentId, None);
        Assert.Equal("EUR", stored!.Header.Currency);
        Assert.True((await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).IsIntact);
    }

    [Theory, Sqlite, Postgres]
    public async Task Raw_sql_may_change_a_draft_but_not_number_it_without_a_hash(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var id = Guid.CreateVersion7();
        await test.Db.Documents.SaveDraftAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, Ledger.Draft(seeded, id), None);
        var where = $"WHERE tenant_id = {Ledger.Sql(seeded.TenantId)} AND document_id = {Ledger.Sql(id)}";

        Assert.Equal(1, await test.ExecuteAsync($"UPDATE documents SET currency = 'USD' {where}"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            test.ExecuteAsync($"UPDATE documents SET status = 'issued', seq = 1, number = 'X1' {where}"));
        Assert.Equal(1, await test.ExecuteAsync($"DELETE FROM documents {where}"));
    }

    [Theory, Sqlite, Postgres]
    public async Task A_counter_never_moves_back_and_its_format_freezes_once_used(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var reconfigured = await test.Db.NumberSeries.ConfigureAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, "INV-", 4, None);
        Assert.Equal("INV-0007", reconfigured.Format(7));
        await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n), None);

        var error = await Assert.ThrowsAsync<StorageException>(() =>
            test.Db.NumberSeries.ConfigureAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, "F-", 6, None));
        Assert.Equal(StorageError.NumberSeriesInUse, error.Error);
        var same = await test.Db.NumberSeries.ConfigureAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, "INV-", 4, None);
        Assert.Equal(2, same.NextSeq);
        var ensured = await test.Db.NumberSeries.EnsureAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, "OTHER-", 9, None);
        Assert.Equal("INV-", ensured.Prefix);

        var where = $"WHERE tenant_id = {Ledger.Sql(seeded.TenantId)}";
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => test.ExecuteAsync($"UPDATE number_series SET next_seq = 1 {where}"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => test.ExecuteAsync($"UPDATE number_series SET prefix = 'Z' {where}"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => test.ExecuteAsync($"DELETE FROM number_series {where}"));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            test.Db.NumberSeries.EnsureAsync(seeded.TenantId, seeded.LegalEntityId, "credit-notes", "AV 2026", 6, None));
    }
}
