using System.Data.Common;
using Encaisse.Storage.Internal;

namespace Encaisse.Storage;

public sealed partial class DocumentStore
{
    private const string ChainedColumns =
        "document_id, seq, number, prev_hash, hash, body, tenant_id, legal_entity_id, series, type_code, issue_date, "
        + "due_date, customer_id, currency, total_without_vat, total_vat, total_with_vat, amount_due, contract_id, period_start";

    /// <summary>
    /// 1 when the hashed id and date columns of a SQLite row hold exactly the text the ledger writes. The table is
    /// STRICT, so types hold, but an id in capitals or a date written another way would read back as the same
    /// value (same hash) while SQL comparisons see another; PostgreSQL's uuid and date types rule that out.
    /// </summary>
    private const string SqliteCanonicalText =
        "CASE WHEN length(tenant_id) = 36 AND tenant_id = lower(tenant_id) "
        + "AND length(document_id) = 36 AND document_id = lower(document_id) "
        + "AND length(legal_entity_id) = 36 AND legal_entity_id = lower(legal_entity_id) "
        + "AND (customer_id IS NULL OR (length(customer_id) = 36 AND customer_id = lower(customer_id))) "
        + "AND (contract_id IS NULL OR (length(contract_id) = 36 AND contract_id = lower(contract_id))) "
        + "AND issue_date IS date(issue_date) AND due_date IS date(due_date) AND period_start IS date(period_start) "
        + "THEN 1 ELSE 0 END";

    /// <summary>
    /// Walks every series (of one tenant, or of all) in sequence order, recomputes the hash chain and reports
    /// the first broken link of each series: a gap, a duplicate, a number that does not match its sequence, a
    /// previous hash that does not match, a hash that no longer matches the header columns and body (an altered
    /// document), or a counter that disagrees with the last document. Rows are
    /// streamed, so memory stays flat on millions of documents.
    /// </summary>
    public async Task<ChainVerification> VerifyAsync(Guid? tenantId, CancellationToken cancellationToken)
    {
        var tenantFilter = tenantId is null ? string.Empty : " WHERE tenant_id = @tenant";
        await using var connection = await backend.OpenAsync(cancellationToken);
        List<NumberSeriesRecord> counters;
        await using (var select = backend.Command(connection, null,
            $"SELECT {NumberSeriesStore.Columns} FROM number_series{tenantFilter} ORDER BY tenant_id, legal_entity_id, series"))
        {
            if (tenantId is { } t)
            {
                select.Guid("@tenant", t);
            }

            counters = await select.ListAsync(NumberSeriesStore.Read, cancellationToken);
        }

        var results = new List<SeriesVerification>(counters.Count);
        using var hasher = new DocumentHasher();
        foreach (var counter in counters)
        {
            results.Add(await VerifySeriesAsync(connection, counter, hasher, cancellationToken));
        }

        await using (var orphans = backend.Command(connection, null,
            "SELECT DISTINCT d.tenant_id, d.legal_entity_id, d.series FROM documents d WHERE d.status = 'issued'"
            + (tenantId is null ? string.Empty : " AND d.tenant_id = @tenant")
            + " AND NOT EXISTS (SELECT 1 FROM number_series n WHERE n.tenant_id = d.tenant_id "
            + "AND n.legal_entity_id = d.legal_entity_id AND n.series = d.series)"))
        {
            if (tenantId is { } t)
            {
                orphans.Guid("@tenant", t);
            }

            results.AddRange(await orphans.ListAsync(
                r => new SeriesVerification(r.Guid(0), r.Guid(1), r.Text(2), 0,
                    new ChainBreak(ChainBreakKind.UnknownSeries, 0, null, null,
                        $"Issued documents belong to series {r.Text(2)}, which has no counter.")),
                cancellationToken));
        }

        return new ChainVerification(results);
    }

    private async Task<SeriesVerification> VerifySeriesAsync(
        DbConnection connection, NumberSeriesRecord counter, DocumentHasher hasher, CancellationToken cancellationToken)
    {
        var canonical = backend.Kind == DatabaseKind.Sqlite ? SqliteCanonicalText : "1";
        await using var select = backend.Command(connection, null,
            $"SELECT {ChainedColumns}, {canonical} FROM documents "
            + "WHERE tenant_id = @tenant AND legal_entity_id = @entity AND series = @series AND status = 'issued' ORDER BY seq")
            .Guid("@tenant", counter.TenantId).Guid("@entity", counter.LegalEntityId).Text("@series", counter.Series);
        await using var reader = await select.ReadAsync(cancellationToken);
        var expectedSeq = 1L;
        var previousHash = DocumentChain.Genesis();
        long checkedCount = 0;
        SeriesVerification Broken(ChainBreakKind kind, long seq, Guid? id, string? number, string message) =>
            new(counter.TenantId, counter.LegalEntityId, counter.Series, checkedCount, new ChainBreak(kind, seq, id, number, message));

        while (await reader.NextAsync(cancellationToken))
        {
            checkedCount++;
            if (ReadChained(reader) is not { } row)
            {
                var number = reader.IsNull(2) ? null : reader.Text(2);
                return Broken(ChainBreakKind.HashMismatch, expectedSeq, null, number,
                    $"A document of series {counter.Series} ({number ?? "without number"}) holds values the ledger never "
                    + "writes: it was altered after it was issued.");
            }

            var document = row.Header;
            var (documentId, seq, documentNumber) = (document.DocumentId, document.Seq, document.Number);
            if (seq < expectedSeq)
            {
                return Broken(ChainBreakKind.Duplicate, seq, documentId, documentNumber,
                    $"Sequence {seq} is used twice (document {documentNumber}).");
            }

            if (seq > expectedSeq)
            {
                return Broken(ChainBreakKind.Gap, expectedSeq, documentId, documentNumber,
                    $"Number {counter.Format(expectedSeq)} is missing: the series jumps to {documentNumber}.");
            }

            if (documentNumber != counter.Format(seq))
            {
                return Broken(ChainBreakKind.NumberMismatch, seq, documentId, documentNumber,
                    $"Document {documentNumber} holds sequence {seq}, whose number should be {counter.Format(seq)}.");
            }

            if (!row.PreviousHash.AsSpan().SequenceEqual(previousHash))
            {
                return Broken(ChainBreakKind.PreviousHashMismatch, seq, documentId, documentNumber,
                    $"Document {documentNumber} is not linked to the document before it: the chain was broken there.");
            }

            if (!row.Canonical || !row.Hash.AsSpan().SequenceEqual(hasher.Hash(previousHash, document, row.Body)))
            {
                return Broken(ChainBreakKind.HashMismatch, seq, documentId, documentNumber,
                    $"Document {documentNumber} was altered after it was issued: its content no longer matches its fingerprint.");
            }

            previousHash = row.Hash;
            expectedSeq++;
        }

        if (expectedSeq != counter.NextSeq || !previousHash.AsSpan().SequenceEqual(counter.LastHash))
        {
            var lastNumbered = counter.NextSeq - 1;
            return Broken(ChainBreakKind.CounterMismatch, expectedSeq, null, null,
                $"The series counter has numbered up to {(lastNumbered > 0 ? counter.Format(lastNumbered) : "nothing")} "
                + $"but the documents end at {(expectedSeq > 1 ? counter.Format(expectedSeq - 1) : "nothing")}, or differ from it.");
        }

        return new SeriesVerification(counter.TenantId, counter.LegalEntityId, counter.Series, checkedCount, null);
    }

    /// <summary>An issued row as the hash sees it; null when a column holds something the ledger cannot read back.</summary>
    private static ChainedRow? ReadChained(SqlReader r)
    {
        try
        {
            var header = new ChainedHeader(
                TenantId: r.Guid(6),
                DocumentId: r.Guid(0),
                LegalEntityId: r.Guid(7),
                Series: r.Text(8),
                Seq: r.Int64(1),
                Number: r.Text(2),
                TypeCode: r.Text(9),
                IssueDate: r.NullableDate(10),
                DueDate: r.NullableDate(11),
                CustomerId: r.NullableGuid(12),
                Currency: r.Text(13),
                TotalWithoutVat: r.Money(14),
                TotalVat: r.Money(15),
                TotalWithVat: r.Money(16),
                AmountDue: r.Money(17),
                ContractId: r.NullableGuid(18),
                PeriodStart: r.NullableDate(19));
            return new ChainedRow(header, r.Bytes(3), r.Bytes(4), r.Bytes(5), r.Int32(20) == 1);
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException)
        {
            return null;
        }
    }

    private sealed record ChainedRow(ChainedHeader Header, byte[] PreviousHash, byte[] Hash, byte[] Body, bool Canonical);
}
