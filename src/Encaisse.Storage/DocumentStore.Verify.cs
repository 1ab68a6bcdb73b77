using System.Data.Common;
using System.Security.Cryptography;
using Encaisse.Storage.Internal;

namespace Encaisse.Storage;

public sealed partial class DocumentStore
{
    /// <summary>
    /// Walks every series (of one tenant, or of all) in sequence order, recomputes the hash chain and reports
    /// the first broken link of each series: a gap, a duplicate, a number that does not match its sequence, a
    /// previous hash or hash that does not match, or a counter that disagrees with the last document. Rows are
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
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var counter in counters)
        {
            results.Add(await VerifySeriesAsync(connection, counter, sha256, cancellationToken));
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
        DbConnection connection, NumberSeriesRecord counter, IncrementalHash sha256, CancellationToken cancellationToken)
    {
        await using var select = backend.Command(connection, null,
            "SELECT document_id, seq, number, prev_hash, hash, body FROM documents "
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
            var documentId = reader.Guid(0);
            var seq = reader.Int64(1);
            var number = reader.Text(2);
            checkedCount++;
            if (seq < expectedSeq)
            {
                return Broken(ChainBreakKind.Duplicate, seq, documentId, number,
                    $"Sequence {seq} is used twice (document {number}).");
            }

            if (seq > expectedSeq)
            {
                return Broken(ChainBreakKind.Gap, expectedSeq, documentId, number,
                    $"Number {counter.Format(expectedSeq)} is missing: the series jumps to {number}.");
            }

            if (number != counter.Format(seq))
            {
                return Broken(ChainBreakKind.NumberMismatch, seq, documentId, number,
                    $"Document {number} holds sequence {seq}, whose number should be {counter.Format(seq)}.");
            }

            if (!reader.Bytes(3).AsSpan().SequenceEqual(previousHash))
            {
                return Broken(ChainBreakKind.PreviousHashMismatch, seq, documentId, number,
                    $"Document {number} is not linked to the document before it: the chain was broken there.");
            }

            var storedHash = reader.Bytes(4);
            var computed = DocumentChain.Hash(sha256, previousHash, number, reader.Bytes(5));
            if (!storedHash.AsSpan().SequenceEqual(computed))
            {
                return Broken(ChainBreakKind.HashMismatch, seq, documentId, number,
                    $"Document {number} was altered after it was issued: its content no longer matches its fingerprint.");
            }

            previousHash = storedHash;
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
}
