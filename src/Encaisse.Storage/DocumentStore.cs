using System.Text;
using Encaisse.Storage.Internal;

namespace Encaisse.Storage;

/// <summary>
/// Invoices and credit notes: drafts, issuing (gapless numbering and the hash chain), reads and verification.
/// </summary>
public sealed partial class DocumentStore
{
    internal const string HeaderColumns =
        "tenant_id, document_id, legal_entity_id, series, seq, number, type_code, status, issue_date, due_date, "
        + "customer_id, currency, total_without_vat, total_vat, total_with_vat, amount_due, contract_id, period_start, "
        + "prev_hash, hash, created_at, updated_at, issued_at";

    private const int BodyOrdinal = 23;

    private readonly Backend backend;

    internal DocumentStore(Backend backend) => this.backend = backend;

    /// <summary>
    /// Inserts or replaces a draft. An issued document with that id is refused
    /// (<see cref="StorageError.DocumentAlreadyIssued"/>); the series, if given, is the one it will be numbered in.
    /// </summary>
    public async Task SaveDraftAsync(
        Guid tenantId, Guid legalEntityId, string? series, DocumentRecord draft, CancellationToken cancellationToken)
    {
        Issuing.ValidateForDraft(draft);
        if (series is not null)
        {
            Query.RequireText(series, nameof(series), 64);
        }

        var saved = await Query.ExecuteAsync(backend,
            "INSERT INTO documents (tenant_id, document_id, legal_entity_id, series, type_code, status, issue_date, due_date, "
            + "customer_id, currency, total_without_vat, total_vat, total_with_vat, amount_due, contract_id, period_start, "
            + "body, created_at, updated_at) VALUES (@tenant, @document, @entity, @series, @type, 'draft', @issue_date, "
            + "@due_date, @customer, @currency, @net, @vat, @gross, @due, @contract, @period, @body, @now, @now) "
            + "ON CONFLICT (tenant_id, document_id) DO UPDATE SET legal_entity_id = excluded.legal_entity_id, "
            + "series = excluded.series, type_code = excluded.type_code, issue_date = excluded.issue_date, "
            + "due_date = excluded.due_date, customer_id = excluded.customer_id, currency = excluded.currency, "
            + "total_without_vat = excluded.total_without_vat, total_vat = excluded.total_vat, "
            + "total_with_vat = excluded.total_with_vat, amount_due = excluded.amount_due, contract_id = excluded.contract_id, "
            + "period_start = excluded.period_start, body = excluded.body, updated_at = excluded.updated_at "
            + "WHERE documents.status = 'draft'",
            c => BindContent(c, draft).Guid("@tenant", tenantId).Guid("@entity", legalEntityId).Text("@series", series)
                .Timestamp("@now", backend.Now()),
            cancellationToken);
        if (saved == 0)
        {
            throw AlreadyIssued(draft.DocumentId);
        }
    }

    /// <summary>Deletes a draft; false if there was none. An issued document is refused.</summary>
    public async Task<bool> DeleteDraftAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken)
    {
        var deleted = await Query.ExecuteAsync(backend,
            "DELETE FROM documents WHERE tenant_id = @tenant AND document_id = @document AND status = 'draft'",
            c => c.Guid("@tenant", tenantId).Guid("@document", documentId), cancellationToken);
        if (deleted > 0)
        {
            return true;
        }

        return await GetHeaderAsync(tenantId, documentId, cancellationToken) is null ? false : throw AlreadyIssued(documentId);
    }

    public Task<StoredDocument?> GetAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken) =>
        Query.SingleAsync(backend,
            $"SELECT {HeaderColumns}, body FROM documents WHERE tenant_id = @tenant AND document_id = @document",
            c => c.Guid("@tenant", tenantId).Guid("@document", documentId), ReadDocument, cancellationToken);

    /// <summary>An issued document by its number (BT-1), unique per legal entity.</summary>
    public Task<StoredDocument?> GetByNumberAsync(Guid tenantId, Guid legalEntityId, string number, CancellationToken cancellationToken) =>
        Query.SingleAsync(backend,
            $"SELECT {HeaderColumns}, body FROM documents "
            + "WHERE tenant_id = @tenant AND legal_entity_id = @entity AND number = @number",
            c => c.Guid("@tenant", tenantId).Guid("@entity", legalEntityId).Text("@number", number), ReadDocument,
            cancellationToken);

    /// <summary>Headers (no bodies) matching the filter, by document id.</summary>
    public Task<Page<DocumentHeader>> ListAsync(
        Guid tenantId, DocumentFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Query.PageAsync(backend, $"SELECT {HeaderColumns} FROM documents WHERE {Where(filter)}", "document_id", page,
            c => BindFilter(c, tenantId, filter), ReadHeader, h => h.DocumentId, cancellationToken);
    }

    public async Task<long> CountAsync(Guid tenantId, DocumentFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await backend.OpenAsync(cancellationToken);
        await using var count = backend.Command(connection, null, $"SELECT count(*) FROM documents WHERE {Where(filter)}");
        BindFilter(count, tenantId, filter);
        return await count.ScalarInt64Async(cancellationToken);
    }

    internal static DocumentHeader ReadHeader(SqlReader r) => new()
    {
        TenantId = r.Guid(0),
        DocumentId = r.Guid(1),
        LegalEntityId = r.Guid(2),
        Series = r.NullableText(3),
        Seq = r.NullableInt64(4),
        Number = r.NullableText(5),
        TypeCode = r.Text(6),
        Status = ParseStatus(r.Text(7)),
        IssueDate = r.NullableDate(8),
        DueDate = r.NullableDate(9),
        CustomerId = r.NullableGuid(10),
        Currency = r.Text(11),
        TotalWithoutVat = r.Money(12),
        TotalVat = r.Money(13),
        TotalWithVat = r.Money(14),
        AmountDue = r.Money(15),
        ContractId = r.NullableGuid(16),
        PeriodStart = r.NullableDate(17),
        PreviousHash = r.NullableBytes(18),
        Hash = r.NullableBytes(19),
        CreatedAt = r.Timestamp(20),
        UpdatedAt = r.Timestamp(21),
        IssuedAt = r.NullableTimestamp(22),
    };

    internal static StoredDocument ReadDocument(SqlReader r) => new(ReadHeader(r), r.Bytes(BodyOrdinal));

    private async Task<DocumentHeader?> GetHeaderAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken) =>
        await Query.SingleAsync(backend,
            $"SELECT {HeaderColumns} FROM documents WHERE tenant_id = @tenant AND document_id = @document",
            c => c.Guid("@tenant", tenantId).Guid("@document", documentId), ReadHeader, cancellationToken);

    private static Sql BindContent(Sql c, DocumentRecord r) =>
        c.Guid("@document", r.DocumentId).Text("@type", r.TypeCode).Date("@issue_date", r.IssueDate)
            .Date("@due_date", r.DueDate).Guid("@customer", r.CustomerId).Text("@currency", r.Currency)
            .Money("@net", r.TotalWithoutVat).Money("@vat", r.TotalVat).Money("@gross", r.TotalWithVat)
            .Money("@due", r.AmountDue).Guid("@contract", r.ContractId).Date("@period", r.PeriodStart).Bytes("@body", r.Body);

    private static string Where(DocumentFilter filter)
    {
        var where = new StringBuilder("tenant_id = @tenant");
        if (filter.LegalEntityId is not null)
        {
            where.Append(" AND legal_entity_id = @entity");
        }

        if (filter.Series is not null)
        {
            where.Append(" AND series = @series");
        }

        if (filter.CustomerId is not null)
        {
            where.Append(" AND customer_id = @customer");
        }

        if (filter.ContractId is not null)
        {
            where.Append(" AND contract_id = @contract");
        }

        if (filter.Status is not null)
        {
            where.Append(" AND status = @status");
        }

        if (filter.IssuedFrom is not null)
        {
            where.Append(" AND issue_date >= @from");
        }

        if (filter.IssuedTo is not null)
        {
            where.Append(" AND issue_date <= @to");
        }

        return where.ToString();
    }

    private static void BindFilter(Sql c, Guid tenantId, DocumentFilter filter)
    {
        c.Guid("@tenant", tenantId);
        if (filter.LegalEntityId is { } entity)
        {
            c.Guid("@entity", entity);
        }

        if (filter.Series is { } series)
        {
            c.Text("@series", series);
        }

        if (filter.CustomerId is { } customer)
        {
            c.Guid("@customer", customer);
        }

        if (filter.ContractId is { } contract)
        {
            c.Guid("@contract", contract);
        }

        if (filter.Status is { } status)
        {
            c.Text("@status", StatusText(status));
        }

        if (filter.IssuedFrom is { } from)
        {
            c.Date("@from", from);
        }

        if (filter.IssuedTo is { } to)
        {
            c.Date("@to", to);
        }
    }

    private static string StatusText(DocumentStatus status) => status == DocumentStatus.Issued ? "issued" : "draft";

    private static DocumentStatus ParseStatus(string text) => text switch
    {
        "draft" => DocumentStatus.Draft,
        "issued" => DocumentStatus.Issued,
        _ => throw new InvalidOperationException($"Unknown document status '{text}' in the database."),
    };

    private static StorageException AlreadyIssued(Guid documentId) =>
        new(StorageError.DocumentAlreadyIssued,
            $"Document {documentId} is already issued: it can no longer be changed or deleted (issue a credit note instead).");
}
