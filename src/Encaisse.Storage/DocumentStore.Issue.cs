using Encaisse.Storage.Internal;

namespace Encaisse.Storage;

public sealed partial class DocumentStore
{
    /// <summary>
    /// Issues one document: in one transaction, locks the series counter, allocates the next number, calls
    /// <paramref name="build"/> with it (the domain serialises the body with the final number inside), chains
    /// the hash, writes the document and moves the counter. If <paramref name="build"/> throws or the token is
    /// cancelled before commit, nothing is written and the number stays free: no gap.
    /// </summary>
    public async Task<IssuedDocument> IssueAsync(
        Guid tenantId, Guid legalEntityId, string series, Func<AllocatedNumber, DocumentRecord> build,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        var issued = await IssueBatchAsync(tenantId, legalEntityId, series, [build], (b, number) => b(number), cancellationToken);
        return issued[0];
    }

    /// <summary>
    /// Issues one document per item, in item order with consecutive numbers, all in one transaction (all or
    /// nothing). On PostgreSQL larger batches are written with binary COPY.
    /// </summary>
    public async Task<IReadOnlyList<IssuedDocument>> IssueBatchAsync<T>(
        Guid tenantId, Guid legalEntityId, string series, IReadOnlyList<T> items, Func<T, AllocatedNumber, DocumentRecord> build,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(build);
        Query.RequireText(series, nameof(series), 64);
        if (items.Count == 0)
        {
            return [];
        }

        await using var connection = await backend.OpenAsync(cancellationToken);
        await using var transaction = await backend.BeginWriteAsync(connection, cancellationToken);
        var counter = await Issuing.LockCounterAsync(backend, connection, transaction, tenantId, legalEntityId, series, cancellationToken);
        var documents = await Issuing.NumberAndInsertAsync(
            backend, connection, transaction, tenantId, legalEntityId, counter, items, build, cancellationToken);
        await Issuing.AdvanceCounterAsync(backend, connection, transaction, tenantId, legalEntityId, counter, documents, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        // Not cancellable: once COMMIT is sent its outcome must be known, or a caller could retry a committed issue.
        await transaction.CommitAsync(CancellationToken.None);
        return Issuing.Issued(series, documents);
    }

    /// <summary>
    /// Issues an existing draft in the series it was saved with: the same row becomes issued, with the number
    /// allocated in this transaction. <paramref name="build"/> receives the draft and the number and returns the
    /// final content (same document id).
    /// </summary>
    public async Task<IssuedDocument> IssueDraftAsync(
        Guid tenantId, Guid documentId, Func<StoredDocument, AllocatedNumber, DocumentRecord> build,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        await using var connection = await backend.OpenAsync(cancellationToken);
        await using var transaction = await backend.BeginWriteAsync(connection, cancellationToken);
        StoredDocument? draft;
        await using (var select = backend.Command(connection, transaction,
            $"SELECT {HeaderColumns}, body FROM documents WHERE tenant_id = @tenant AND document_id = @document"
            + backend.Dialect.ForUpdate).Guid("@tenant", tenantId).Guid("@document", documentId))
        {
            draft = await select.SingleOrDefaultAsync(ReadDocument, cancellationToken);
        }

        if (draft is null)
        {
            throw new StorageException(StorageError.NotFound, $"There is no document {documentId}.");
        }

        if (draft.Header.Status == DocumentStatus.Issued)
        {
            throw AlreadyIssued(documentId);
        }

        var series = draft.Header.Series ?? throw new StorageException(StorageError.NumberSeriesNotConfigured,
            "This draft has no number series: save it with one before issuing it.");
        var legalEntityId = draft.Header.LegalEntityId;
        var counter = await Issuing.LockCounterAsync(backend, connection, transaction, tenantId, legalEntityId, series, cancellationToken);
        var documents = Issuing.Number(counter, [draft], build, cancellationToken);
        var issued = documents[0];
        if (issued.Record.DocumentId != documentId)
        {
            throw new ArgumentException("The issued document must keep the draft's id.", nameof(build));
        }

        var now = backend.Now();
        await using (var update = backend.Command(connection, transaction,
            "UPDATE documents SET status = 'issued', seq = @seq, number = @number, type_code = @type, "
            + "issue_date = @issue_date, due_date = @due_date, customer_id = @customer, currency = @currency, "
            + "total_without_vat = @net, total_vat = @vat, total_with_vat = @gross, amount_due = @due, "
            + "contract_id = @contract, period_start = @period, prev_hash = @prev_hash, hash = @hash, body = @body, "
            + "updated_at = @now, issued_at = @now "
            + "WHERE tenant_id = @tenant AND document_id = @document AND status = 'draft'"))
        {
            BindContent(update, issued.Record).Int64("@seq", issued.Seq).Text("@number", issued.Number)
                .Bytes("@prev_hash", issued.PreviousHash).Bytes("@hash", issued.Hash).Timestamp("@now", now)
                .Guid("@tenant", tenantId);
            try
            {
                if (await update.ExecuteAsync(cancellationToken) != 1)
                {
                    throw AlreadyIssued(documentId);
                }
            }
            catch (Exception exception) when (Query.Translate(exception) is { } refusal)
            {
                throw refusal;
            }
        }

        await Issuing.AdvanceCounterAsync(backend, connection, transaction, tenantId, legalEntityId, counter, documents, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return Issuing.Issued(series, documents)[0];
    }
}
