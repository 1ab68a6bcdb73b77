using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Encaisse.Storage.Tests.Infrastructure;
using Encaisse.Testing;

namespace Encaisse.Storage.Tests;

/// <summary>Tampering done behind the application's back (triggers bypassed) is found by VerifyAsync.</summary>
public sealed class VerificationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private sealed record Tampering(string What, Func<DatabaseKind, Seeded, TamperTargets, string> Set);

    private sealed record TamperTargets(Guid OtherCustomerId, Guid ContractId);

    private static readonly Tampering[] HeaderTamperings =
    [
        new("amount_due + 0.01", (kind, _, _) => kind == DatabaseKind.Sqlite ? "amount_due = amount_due + 1" : "amount_due = amount_due + 0.01"),
        new("total_vat = 0", (_, _, _) => "total_vat = 0"),
        new("total_without_vat + 1", (kind, _, _) => kind == DatabaseKind.Sqlite ? "total_without_vat = total_without_vat + 100" : "total_without_vat = total_without_vat + 1"),
        new("issue_date a day earlier", (_, _, _) => "issue_date = '2026-03-01'"),
        new("due_date later", (_, _, _) => "due_date = '2026-06-30'"),
        new("due_date removed", (_, _, _) => "due_date = NULL"),
        new("customer_id another customer", (_, _, t) => $"customer_id = {Ledger.Sql(t.OtherCustomerId)}"),
        new("customer_id removed", (_, _, _) => "customer_id = NULL"),
        new("type_code credit note", (_, _, _) => "type_code = '381'"),
        new("currency", (_, _, _) => "currency = 'USD'"),
        new("contract and period added", (_, _, t) => $"contract_id = {Ledger.Sql(t.ContractId)}, period_start = '2026-03-01'"),
    ];

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
    public async Task Each_altered_header_column_is_reported_with_the_document(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var unreported = new List<string>();
        foreach (var tampering in HeaderTamperings)
        {
            var (seeded, issued) = await IssueTenAsync(test);
            var victim = issued[4];
            var targets = new TamperTargets(await AddCustomerAsync(test.Db, seeded), await AddContractAsync(test.Db, seeded));
            Assert.Equal(1, await test.TamperAsync($"UPDATE documents SET {tampering.Set(kind, seeded, targets)} {Where(seeded, victim)}"));

            var broken = (await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).Broken.ToList();
            if (broken is not [{ FirstBreak: { Kind: ChainBreakKind.HashMismatch, Seq: 5, Number: "F2026-000005" } found }]
                || found.DocumentId != victim.DocumentId)
            {
                unreported.Add($"{tampering.What}: {string.Join("; ", broken.Select(b => b.FirstBreak))}");
            }
        }

        Assert.Empty(unreported);
    }

    [Theory, Sqlite]
    public async Task Ids_and_dates_rewritten_in_another_form_are_reported_on_sqlite(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        string[] rewrites =
        [
            "customer_id = upper(customer_id)",
            "document_id = upper(document_id)",
            "customer_id = 'Boulangerie Martin'",
            "issue_date = '2 March 2026'",
        ];
        foreach (var rewrite in rewrites)
        {
            var (seeded, issued) = await IssueTenAsync(test);
            // Foreign keys off too: the rewritten ids no longer match their parties' text.
            Assert.Equal(1, await test.TamperAsync($"PRAGMA foreign_keys = OFF; UPDATE documents SET {rewrite} {Where(seeded, issued[2])}"));

            var broken = Assert.Single((await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).Broken);
            Assert.Equal(ChainBreakKind.HashMismatch, broken.FirstBreak!.Kind);
            Assert.Equal("F2026-000003", broken.FirstBreak.Number);
            Assert.Equal(3, broken.FirstBreak.Seq);
            Assert.Contains("F2026-000003", broken.FirstBreak.Message, StringComparison.Ordinal);
        }
    }

    [Theory, Sqlite, Postgres]
    public async Task A_ledger_issued_singly_in_batches_from_drafts_and_by_bill_run_verifies_and_hashes_as_specified(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var seeded = await Ledger.SeedAsync(test.Db);
        var documents = test.Db.Documents;
        await documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Ledger.Invoice(seeded, n, 12.5m), None);
        // 40: above the COPY threshold on PostgreSQL.
        await documents.IssueBatchAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, Enumerable.Range(0, 40).ToList(),
            (i, n) => Ledger.Invoice(seeded, n, netAmount: i * 1.1m - 3m) with { CustomerId = i % 7 == 0 ? null : seeded.CustomerId },
            None);
        await documents.IssueBatchAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, [7m, 8m],
            (amount, n) => Ledger.Invoice(seeded, n, amount) with { DueDate = null }, None);
        var draftId = Guid.CreateVersion7();
        await documents.SaveDraftAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, Ledger.Draft(seeded, draftId, 30m), None);
        await documents.IssueDraftAsync(seeded.TenantId, draftId,
            (draft, n) => Ledger.Invoice(seeded, n, draft.Header.TotalWithoutVat, documentId: draftId), None);
        var contracts = await BillRunTests.CreateContractsAsync(test.Db, seeded, 20, new DateOnly(2026, 3, 1));
        var runId = Guid.CreateVersion7();
        await test.Db.BillRuns.StartAsync(seeded.TenantId, runId, Ledger.Today, None);
        await test.Db.BillRuns.IssueBatchAsync(seeded.TenantId, runId, seeded.LegalEntityId, seeded.Series,
            contracts.Select(c => new BillRunItem<Guid>(c, new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1), c)).ToList(), [],
            (c, n) => Ledger.Invoice(seeded, n, contractId: c, periodStart: new DateOnly(2026, 3, 1)), None);

        var series = Assert.Single((await documents.VerifyAsync(seeded.TenantId, None)).Series);
        Assert.True(series.IsIntact);
        Assert.Equal(64, series.DocumentsChecked);
        var previous = new byte[32];
        for (var seq = 1; seq <= 64; seq++)
        {
            var document = (await documents.GetByNumberAsync(seeded.TenantId, seeded.LegalEntityId, $"F2026-{seq:000000}", None))!;
            Assert.Equal(previous, document.Header.PreviousHash);
            Assert.Equal(ExpectedHash(previous, document), document.Header.Hash);
            previous = document.Header.Hash!;
        }
    }

    [Theory, Postgres]
    public async Task The_same_documents_hash_identically_on_sqlite_and_postgresql(DatabaseKind postgres)
    {
        await using var sqlite = await fixture.OpenAsync(DatabaseKind.Sqlite);
        await using var server = await fixture.OpenAsync(postgres);
        var seeded = new Seeded(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "invoices");
        var contractId = Guid.CreateVersion7();
        var documentIds = Enumerable.Range(0, 24).Select(_ => Guid.CreateVersion7()).ToList();
        decimal[] amounts = [12.5m, 100m, 0m, -40.1m, 999_999_999.99m, 0.01m];
        DocumentRecord Build(int i, AllocatedNumber n)
        {
            var invoice = Ledger.Invoice(seeded, n, amounts[i % amounts.Length], documentId: documentIds[i],
                contractId: i == 5 ? contractId : null, periodStart: i == 5 ? new DateOnly(2026, 3, 1) : null);
            return i % 4 == 3 ? invoice with { TypeCode = "381", CustomerId = null, DueDate = null } : invoice;
        }

        var hashes = new List<IReadOnlyList<byte[]>>();
        foreach (var test in new[] { sqlite, server })
        {
            await SeedAsync(test.Db, seeded, contractId);
            // 20 at once: INSERTs on SQLite, binary COPY on PostgreSQL; then 4 one by one.
            var issued = (await test.Db.Documents.IssueBatchAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series,
                Enumerable.Range(0, 20).ToList(), Build, None)).ToList();
            for (var i = 20; i < 24; i++)
            {
                issued.Add(await test.Db.Documents.IssueAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, n => Build(i, n), None));
            }

            Assert.True((await test.Db.Documents.VerifyAsync(seeded.TenantId, None)).IsIntact);
            var previous = new byte[32];
            foreach (var document in issued)
            {
                var stored = (await test.Db.Documents.GetAsync(seeded.TenantId, document.DocumentId, None))!;
                Assert.Equal(ExpectedHash(previous, stored), document.Hash);
                previous = document.Hash;
            }

            hashes.Add(issued.Select(d => d.Hash).ToList());
        }

        Assert.Equal(hashes[0], hashes[1]);
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

    /// <summary>
    /// The documented hash, written independently of the ledger's code: SHA-256(previous hash ‖ header ‖ body),
    /// the header being the version tag then each column as 0x00 (null) or 0x01, big-endian UTF-8 length, UTF-8 text.
    /// </summary>
    public static byte[] ExpectedHash(byte[] previousHash, StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(document);
        var h = document.Header;
        var input = new List<byte>(previousHash);
        void Field(string? text)
        {
            if (text is null)
            {
                input.Add(0);
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            input.AddRange([1, (byte)(bytes.Length >> 24), (byte)(bytes.Length >> 16), (byte)(bytes.Length >> 8), (byte)bytes.Length]);
            input.AddRange(bytes);
        }

        static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
        Field("encaisse-document/1");
        Field(h.TenantId.ToString("D"));
        Field(h.DocumentId.ToString("D"));
        Field(h.LegalEntityId.ToString("D"));
        Field(h.Series);
        Field(h.Seq?.ToString(CultureInfo.InvariantCulture));
        Field(h.Number);
        Field(h.TypeCode);
        Field(Date(h.IssueDate));
        Field(Date(h.DueDate));
        Field(h.CustomerId?.ToString("D"));
        Field(h.Currency);
        Field(Amount(h.TotalWithoutVat));
        Field(Amount(h.TotalVat));
        Field(Amount(h.TotalWithVat));
        Field(Amount(h.AmountDue));
        Field(h.ContractId?.ToString("D"));
        Field(Date(h.PeriodStart));
        input.AddRange(document.Body);
        return SHA256.HashData([.. input]);
    }

    private static async Task SeedAsync(EncaisseDatabase db, Seeded seeded, Guid contractId)
    {
        await db.Tenants.UpsertAsync(new TenantRecord(seeded.TenantId, "Acme Services", Ledger.Json("{}")), None);
        await db.Tenants.UpsertLegalEntityAsync(new LegalEntityRecord(
            seeded.TenantId, seeded.LegalEntityId, "Acme Services SAS", "552081317", "FR03552081317", Ledger.Json("{}")), None);
        await AddCustomerAsync(db, seeded, seeded.CustomerId);
        await db.NumberSeries.EnsureAsync(seeded.TenantId, seeded.LegalEntityId, seeded.Series, "F2026-", 6, None);
        await AddContractAsync(db, seeded, contractId);
    }

    private static async Task<Guid> AddCustomerAsync(EncaisseDatabase db, Seeded seeded, Guid? customerId = null)
    {
        var id = customerId ?? Guid.CreateVersion7();
        await db.Parties.UpsertAsync(new PartyRecord(seeded.TenantId, id, PartyRoles.Customer, "Boulangerie Martin",
            "BOULANGERIE MARTIN", "732829320", "73282932000074", "FR44732829320", "compta@martin.example", Ledger.Json("{}")), None);
        return id;
    }

    private static async Task<Guid> AddContractAsync(EncaisseDatabase db, Seeded seeded, Guid? contractId = null)
    {
        var id = contractId ?? Guid.CreateVersion7();
        await db.Contracts.UpsertAsync(new ContractRecord(seeded.TenantId, id, seeded.CustomerId, seeded.LegalEntityId,
            seeded.Series, "active", new DateOnly(2026, 3, 1), Ledger.Json("{}")), None);
        return id;
    }

    private static string Where(Seeded seeded, IssuedDocument document) =>
        $"WHERE tenant_id = {Ledger.Sql(seeded.TenantId)} AND document_id = {Ledger.Sql(document.DocumentId)}";
}
