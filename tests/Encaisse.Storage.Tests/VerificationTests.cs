using Encaisse.Storage.Tests.Infrastructure;
using Encaisse.Testing;

namespace Encaisse.Storage.Tests;

/// <summary>Tampering done behind the application's back (triggers bypassed) is found by VerifyAsync.</summary>
public sealed class VerificationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, Sqlite, Postgres]
    public async Task An_altered_body_is_reported_with_the_document(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var (seeded, issued) = await IssueTenAsync(test);
        var victim = issued[6];
        var emptyBody = kind == DatabaseKind.Sqlite ? "CAST('{}' AS BLOB)" : "convert_to('{}', 'UTF8')";
        Assert.Equal(1, await test.TamperAsync($"UPDATE documents SET body = {emptyBody} {Where(seeded, victim)}"));

        var broken = Assert.Single((await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).Broken);
        Assert.Equal(ChainBreakKind.HashMismatch, broken.FirstBreak!.Kind);
        Assert.Equal(victim.DocumentId, broken.FirstBreak.DocumentId);
        Assert.Equal("F2026-000007", broken.FirstBreak.Number);
        Assert.Equal(7, broken.FirstBreak.Seq);
        Assert.Contains("F2026-000007", broken.FirstBreak.Message, StringComparison.Ordinal);
        Assert.Equal(7, broken.DocumentsChecked);
    }

    [Theory, Sqlite, Postgres]
    public async Task A_removed_document_is_reported_as_a_gap(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var (seeded, issued) = await IssueTenAsync(test);
        Assert.Equal(1, await test.TamperAsync($"DELETE FROM documents {Where(seeded, issued[3])}"));

        var broken = Assert.Single((await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).Broken);
        Assert.Equal(ChainBreakKind.Gap, broken.FirstBreak!.Kind);
        Assert.Equal(4, broken.FirstBreak.Seq);
        Assert.Equal("F2026-000005", broken.FirstBreak.Number);
        Assert.Contains("F2026-000004", broken.FirstBreak.Message, StringComparison.Ordinal);
    }

    [Theory, Sqlite, Postgres]
    public async Task A_renumbered_document_is_reported(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var (seeded, issued) = await IssueTenAsync(test);
        Assert.Equal(1, await test.TamperAsync($"UPDATE documents SET seq = 42 {Where(seeded, issued[9])}"));

        var broken = Assert.Single((await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).Broken);
        Assert.Equal(ChainBreakKind.Gap, broken.FirstBreak!.Kind);
        Assert.Equal(10, broken.FirstBreak.Seq);

        Assert.Equal(1, await test.TamperAsync($"UPDATE documents SET seq = 10, number = 'F2026-00010' {Where(seeded, issued[9])}"));
        broken = Assert.Single((await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).Broken);
        Assert.Equal(ChainBreakKind.NumberMismatch, broken.FirstBreak!.Kind);
        Assert.Equal(issued[9].DocumentId, broken.FirstBreak.DocumentId);
    }

    [Theory, Sqlite, Postgres]
    public async Task A_relinked_chain_and_a_truncated_tail_are_reported(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var (seeded, issued) = await IssueTenAsync(test);
        var hashOfSecond = kind == DatabaseKind.Sqlite ? "X'" + Convert.ToHexString(issued[1].Hash) + "'" : $"'\\x{Convert.ToHexString(issued[1].Hash)}'::bytea";
        Assert.Equal(1, await test.TamperAsync($"UPDATE documents SET prev_hash = {hashOfSecond} {Where(seeded, issued[3])}"));
        var broken = Assert.Single((await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).Broken);
        Assert.Equal(ChainBreakKind.PreviousHashMismatch, broken.FirstBreak!.Kind);
        Assert.Equal(issued[3].DocumentId, broken.FirstBreak.DocumentId);

        await using var other = await fixture.OpenAsync(kind);
        var (otherSeeded, otherIssued) = await IssueTenAsync(other);
        Assert.Equal(1, await other.TamperAsync($"DELETE FROM documents {Where(otherSeeded, otherIssued[9])}"));
        broken = Assert.Single((await other.Db.Documents.VerifyAsync(otherSeeded.TenantId, None)).Broken);
        Assert.Equal(ChainBreakKind.CounterMismatch, broken.FirstBreak!.Kind);
        Assert.Equal(9, broken.DocumentsChecked);
    }

    [Theory, Sqlite, Postgres]
    public async Task A_forged_document_in_a_series_without_counter_is_reported(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var (seeded, issued) = await IssueTenAsync(test);
        var forged = Guid.CreateVersion7();
        await test.ExecuteAsync(
            "INSERT INTO documents (tenant_id, document_id, legal_entity_id, series, seq, number, type_code, status, issue_date, "
            + "due_date, customer_id, currency, total_without_vat, total_vat, total_with_vat, amount_due, contract_id, period_start, "
            + "prev_hash, hash, body, created_at, updated_at, issued_at) "
            + $"SELECT tenant_id, {Ledger.Sql(forged)}, legal_entity_id, 'ghost', seq, 'G1', type_code, status, issue_date, due_date, "
            + "customer_id, currency, total_without_vat, total_vat, total_with_vat, amount_due, contract_id, period_start, prev_hash, "
            + $"hash, body, created_at, updated_at, issued_at FROM documents {Where(seeded, issued[0])}");

        var verification = await test.Db.Documents.VerifyAsync(seeded.TenantId, None);
        var broken = Assert.Single(verification.Broken);
        Assert.Equal("ghost", broken.Series);
        Assert.Equal(ChainBreakKind.UnknownSeries, broken.FirstBreak!.Kind);
        Assert.Contains(verification.Series, s => s.Series == seeded.Series && s.IsIntact && s.DocumentsChecked == 10);
    }

    [Theory, Sqlite, Postgres]
    public async Task Verifying_every_tenant_covers_each_series_and_an_empty_series_is_intact(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var (seeded, _) = await IssueTenAsync(test);
        await test.Db.NumberSeries.EnsureAsync(seeded.TenantId, seeded.LegalEntityId, "credit-notes", "AV-", 5, None);
        var (otherTenant, _) = await IssueTenAsync(test);

        // On PostgreSQL other tests of this class share the database (and tamper with their own tenants).
        var all = await test.Db.Documents.VerifyAsync(null, None);
        var ours = all.Series.Where(s => s.TenantId == seeded.TenantId || s.TenantId == otherTenant.TenantId).ToList();
        Assert.Equal(3, ours.Count);
        Assert.All(ours, s => Assert.True(s.IsIntact));
        Assert.Contains(all.Series, s => s.TenantId == seeded.TenantId && s.Series == "credit-notes" && s.DocumentsChecked == 0);
        Assert.Contains(all.Series, s => s.TenantId == otherTenant.TenantId && s.DocumentsChecked == 10);
        Assert.Equal(2, (await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).Series.Count);
    }

    private static async Task<(Seeded Seeded, IReadOnlyList<IssuedDocument> Issued)> IssueTenAsync(TestDatabase test)
    {
        var seeded = await Ledger.SeedAsync(test.Db);
        var issued = await test.Db.Documents.IssueBatchAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series,
            Enumerable.Range(1, 10).ToList(), (i, n) => Ledger.Invoice(seeded, n, netAmount: i * 10), None);
        Assert.True((await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).IsIntact);
        return (seeded, issued);
    }

    private static string Where(Seeded seeded, IssuedDocument document) =>
        $"WHERE tenant_id = {Ledger.Sql(seeded.TenantId)} AND document_id = {Ledger.Sql(document.DocumentId)}";
}
