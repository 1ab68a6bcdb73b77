using System.Text;
using Encaisse.Storage.Tests.Infrastructure;
using Encaisse.Testing;

namespace Encaisse.Storage.Tests;

public sealed class IssueTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, Sqlite, Postgres]
    public async Task Numbers_are_consecutive_across_single_and_batch_issues(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db, prefix: "F2026-", width: 4);
        var first = await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n), None);
        // 20 items: above the COPY threshold on PostgreSQL; then a small batch through INSERTs.
        var large = await test.Db.Documents.IssueBatchAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series,
            Enumerable.Range(0, 20).ToList(), (i, n) => Ledger.Invoice(seeded, n, netAmount: i), None);
        var small = await test.Db.Documents.IssueBatchAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series,
            [1m, 2m], (amount, n) => Ledger.Invoice(seeded, n, netAmount: amount), None);

        Assert.Equal("F2026-0001", first.Number);
        Assert.Equal(Enumerable.Range(2, 20).Select(i => $"F2026-{i:0000}"), large.Select(d => d.Number));
        Assert.Equal(Enumerable.Range(2, 20).Select(i => (long)i), large.Select(d => d.Seq));
        Assert.Equal(["F2026-0022", "F2026-0023"], small.Select(d => d.Number));

        var stored = await test.Db.Documents.GetByNumberAsync(seeded.TenantId, seeded.LegalEntityId, "F2026-0005", None);
        Assert.NotNull(stored);
        Assert.Equal(DocumentStatus.Issued, stored.Header.Status);
        Assert.Equal(5, stored.Header.Seq);
        Assert.Equal(3m, stored.Header.TotalWithoutVat);
        Assert.Equal(3.6m, stored.Header.TotalWithVat);
        Assert.Equal(Ledger.Today, stored.Header.IssueDate);
        Assert.Equal(DatabaseFixture.Start, stored.Header.IssuedAt);
        Assert.Contains("\"number\":\"F2026-0005\"", Encoding.UTF8.GetString(stored.Body), StringComparison.Ordinal);

        var counter = await test.Db.NumberSeries.GetAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, None);
        Assert.Equal(24, counter!.NextSeq);
        Assert.Equal(small[^1].Hash, counter.LastHash);
    }

    [Theory, Sqlite, Postgres]
    public async Task Hashes_chain_sha256_of_previous_hash_header_and_body(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        await test.Db.Documents.IssueBatchAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series,
            Enumerable.Range(0, 30).ToList(), (i, n) => Ledger.Invoice(seeded, n, netAmount: i), None);

        var previous = new byte[32];
        for (var seq = 1; seq <= 30; seq++)
        {
            var document = (await test.Db.Documents.GetByNumberAsync(seeded.TenantId, seeded.LegalEntityId, $"F2026-{seq:000000}", None))!;
            var expected = VerificationTests.ExpectedHash(previous, document);
            Assert.Equal(previous, document.Header.PreviousHash);
            Assert.Equal(expected, document.Header.Hash);
            previous = expected;
        }

        var verification = await test.Db.Documents.VerifyAsync(seeded.TenantId, None);
        var series = Assert.Single(verification.Series);
        Assert.True(series.IsIntact);
        Assert.Equal(30, series.DocumentsChecked);
    }

    [Theory, Sqlite, Postgres]
    public async Task A_failed_build_rolls_back_and_leaves_no_gap(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n), None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => test.Db.Documents.IssueBatchAsync(
            seeded.TenantId, seeded.LegalEntityId, seeded.Series, [1, 2, 3],
            (i, n) => i == 3 ? throw new InvalidOperationException("the domain refused") : Ledger.Invoice(seeded, n), None));
        using var cancelled = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => test.Db.Documents.IssueAsync(
            seeded.TenantId, seeded.LegalEntityId, seeded.Series, n =>
            {
                cancelled.Cancel();
                return Ledger.Invoice(seeded, n);
            }, cancelled.Token));

        // Large batches (streamed into COPY on PostgreSQL) abandoned midway, by an exception and by cancellation.
        await Assert.ThrowsAsync<InvalidOperationException>(() => test.Db.Documents.IssueBatchAsync(
            seeded.TenantId, seeded.LegalEntityId, seeded.Series, Enumerable.Range(0, 40).ToList(),
            (i, n) => i == 30 ? throw new InvalidOperationException("the domain refused") : Ledger.Invoice(seeded, n), None));
        using var cancelledLater = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => test.Db.Documents.IssueBatchAsync(
            seeded.TenantId, seeded.LegalEntityId, seeded.Series, Enumerable.Range(0, 40).ToList(), (i, n) =>
            {
                if (i == 35)
                {
                    cancelledLater.Cancel();
                }

                return Ledger.Invoice(seeded, n);
            }, cancelledLater.Token));

        var next = await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n), None);
        Assert.Equal("F2026-000002", next.Number);
        var batch = await test.Db.Documents.IssueBatchAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series,
            Enumerable.Range(0, 40).ToList(), (_, n) => Ledger.Invoice(seeded, n), None);
        Assert.Equal("F2026-000042", batch[^1].Number);
        Assert.Equal(42, await test.Db.Documents.CountAsync(seeded.TenantId, DocumentFilter.All, None));
        Assert.True((await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).IsIntact);
    }

    [Theory, Sqlite, Postgres]
    public async Task A_draft_becomes_issued_in_place(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var id = Guid.CreateVersion7();
        await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n), None);
        await test.Db.Documents.SaveDraftAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, Ledger.Draft(seeded, id, 40m), None);

        var issued = await test.Db.Documents.IssueDraftAsync(seeded.TenantId, id, (draft, n) =>
        {
            Assert.Equal(40m, draft.Header.TotalWithoutVat);
            return Ledger.Invoice(seeded, n, netAmount: draft.Header.TotalWithoutVat, documentId: draft.Header.DocumentId);
        }, None);

        Assert.Equal(id, issued.DocumentId);
        Assert.Equal("F2026-000002", issued.Number);
        var stored = (await test.Db.Documents.GetAsync(seeded.TenantId, id, None))!;
        Assert.Equal(DocumentStatus.Issued, stored.Header.Status);
        Assert.Equal(48m, stored.Header.TotalWithVat);
        var issuedToday = new DocumentFilter
        {
            Status = DocumentStatus.Issued,
            IssuedFrom = Ledger.Today,
            IssuedTo = Ledger.Today,
            CustomerId = seeded.CustomerId,
            Series = seeded.Series,
            LegalEntityId = seeded.LegalEntityId,
        };
        Assert.Equal(2, await test.Db.Documents.CountAsync(seeded.TenantId, issuedToday, None));

        var again = await Assert.ThrowsAsync<StorageException>(() => test.Db.Documents.IssueDraftAsync(
            seeded.TenantId, id, (draft, n) => Ledger.Invoice(seeded, n, documentId: id), None));
        Assert.Equal(StorageError.DocumentAlreadyIssued, again.Error);
        var missing = await Assert.ThrowsAsync<StorageException>(() => test.Db.Documents.IssueDraftAsync(
            seeded.TenantId, Guid.CreateVersion7(), (draft, n) => Ledger.Invoice(seeded, n), None));
        Assert.Equal(StorageError.NotFound, missing.Error);
        Assert.True((await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).IsIntact);
    }

    [Theory, Sqlite, Postgres]
    public async Task Numbers_follow_issue_dates(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n), None);

        var error = await Assert.ThrowsAsync<StorageException>(() => test.Db.Documents.IssueAsync(
            seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n, issueDate: Ledger.Today.AddDays(-1)), None));
        Assert.Equal(StorageError.IssueDateBeforePreviousDocument, error.Error);
        Assert.Contains("F2026-000001", error.Message, StringComparison.Ordinal);
        var sameDay = await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n), None);
        Assert.Equal(2, sameDay.Seq);
    }

    [Theory, Sqlite, Postgres]
    public async Task Issuing_refuses_unknown_series_missing_issue_date_and_reused_ids(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var unknown = await Assert.ThrowsAsync<StorageException>(() => test.Db.Documents.IssueAsync(
            seeded.TenantId, seeded.LegalEntityId, "credit-notes", n => Ledger.Invoice(seeded, n), None));
        Assert.Equal(StorageError.NumberSeriesNotConfigured, unknown.Error);
        await Assert.ThrowsAsync<ArgumentException>(() => test.Db.Documents.IssueAsync(
            seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n) with { IssueDate = null }, None));

        var first = await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n), None);
        var reused = await Assert.ThrowsAsync<StorageException>(() => test.Db.Documents.IssueAsync(
            seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n, documentId: first.DocumentId), None));
        Assert.Equal(StorageError.Conflict, reused.Error);
        var next = await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n), None);
        Assert.Equal(2, next.Seq);
    }
}
