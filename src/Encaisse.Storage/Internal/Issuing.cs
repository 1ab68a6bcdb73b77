using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Encaisse.Storage.Internal;

/// <summary>A document numbered and hashed inside the issuing transaction, not yet written.</summary>
internal sealed record PendingDocument(DocumentRecord Record, long Seq, string Number, byte[] PreviousHash, byte[] Hash);

/// <summary>The locked counter row of a series.</summary>
internal sealed record Counter(Guid TenantId, Guid LegalEntityId, string Series, string Prefix, int Width, long NextSeq, byte[] LastHash, DateOnly? LastIssueDate);

/// <summary>
/// The steps every issuing transaction takes: lock the counter, number and hash documents in order, write
/// them, move the counter. Numbers are allocated from the counter row, never from a database sequence (which
/// would leave gaps on rollback); the unique constraints on (series, seq) and number are the safety net.
/// </summary>
internal static class Issuing
{
    /// <summary>From this many documents PostgreSQL writes with binary COPY instead of INSERTs.</summary>
    public const int CopyThreshold = 16;

    internal const string InsertColumns =
        "tenant_id, document_id, legal_entity_id, series, seq, number, type_code, status, issue_date, due_date, "
        + "customer_id, currency, total_without_vat, total_vat, total_with_vat, amount_due, contract_id, period_start, "
        + "prev_hash, hash, body, created_at, updated_at, issued_at";

    public static async Task<Counter> LockCounterAsync(
        Backend backend, DbConnection connection, WriteTransaction transaction, Guid tenantId, Guid legalEntityId, string series,
        CancellationToken cancellationToken)
    {
        await using var select = backend.Command(connection, transaction,
            "SELECT prefix, width, next_seq, last_hash, last_issue_date FROM number_series "
            + "WHERE tenant_id = @tenant AND legal_entity_id = @entity AND series = @series" + backend.Dialect.ForUpdate)
            .Guid("@tenant", tenantId).Guid("@entity", legalEntityId).Text("@series", series);
        return await select.SingleOrDefaultAsync(
                r => new Counter(tenantId, legalEntityId, series, r.Text(0), r.Int32(1), r.Int64(2), r.Bytes(3), r.NullableDate(4)), cancellationToken)
            ?? throw new StorageException(StorageError.NumberSeriesNotConfigured,
                $"No number series '{series}' is configured for this legal entity.");
    }

    /// <summary>
    /// Numbers, builds, hashes and writes the items in order. On PostgreSQL, from <see cref="CopyThreshold"/>
    /// documents, each row goes into a binary COPY as soon as it is built, so the server indexes one row while
    /// the next is built. If a build throws, the COPY is abandoned and the transaction rolls back.
    /// </summary>
    public static async Task<List<PendingDocument>> NumberAndInsertAsync<T>(
        Backend backend, DbConnection connection, WriteTransaction transaction, Guid tenantId, Guid legalEntityId, Counter counter,
        IReadOnlyList<T> items, Func<T, AllocatedNumber, DocumentRecord> build, CancellationToken cancellationToken)
    {
        if (connection is not NpgsqlConnection postgres || items.Count < CopyThreshold)
        {
            var documents = Number(counter, items, build, cancellationToken);
            await InsertAsync(backend, connection, transaction, tenantId, legalEntityId, counter.Series, documents, cancellationToken);
            return documents;
        }

        var now = backend.Now();
        var pending = new List<PendingDocument>(items.Count);
        using var numberer = new Numberer(counter);
        try
        {
            await using var importer = await postgres.BeginBinaryImportAsync(
                $"COPY documents ({InsertColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var document = numberer.Next(item, build);
                await WriteRowAsync(importer, tenantId, legalEntityId, counter.Series, document, now, cancellationToken);
                pending.Add(document);
            }

            await importer.CompleteAsync(cancellationToken);
        }
        catch (Exception exception) when (Query.Translate(exception) is { } refusal)
        {
            throw refusal;
        }

        return pending;
    }

    /// <summary>Numbers, builds, validates and hashes the items in order; nothing is written yet.</summary>
    public static List<PendingDocument> Number<T>(
        Counter counter, IReadOnlyList<T> items, Func<T, AllocatedNumber, DocumentRecord> build, CancellationToken cancellationToken)
    {
        using var numberer = new Numberer(counter);
        var pending = new List<PendingDocument>(items.Count);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pending.Add(numberer.Next(item, build));
        }

        return pending;
    }

    public static void ValidateForDraft(DocumentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.DocumentId == Guid.Empty)
        {
            throw new ArgumentException("A document needs an id.", nameof(record));
        }

        Query.RequireText(record.TypeCode, nameof(record.TypeCode), 10);
        if (record.Currency is not { Length: 3 } || !record.Currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"'{record.Currency}' is not an ISO 4217 currency code.", nameof(record));
        }

        MoneyColumn.Validate(record.TotalWithoutVat);
        MoneyColumn.Validate(record.TotalVat);
        MoneyColumn.Validate(record.TotalWithVat);
        MoneyColumn.Validate(record.AmountDue);
        if (record.ContractId.HasValue != record.PeriodStart.HasValue)
        {
            throw new ArgumentException("A contract and its period start go together.", nameof(record));
        }

        ArgumentNullException.ThrowIfNull(record.Body);
    }

    public static void ValidateForIssue(DocumentRecord record)
    {
        ValidateForDraft(record);
        if (record.IssueDate is null)
        {
            throw new ArgumentException("An issued document needs an issue date (BT-2).", nameof(record));
        }
    }

    private static async Task InsertAsync(
        Backend backend, DbConnection connection, WriteTransaction transaction, Guid tenantId, Guid legalEntityId, string series,
        List<PendingDocument> documents, CancellationToken cancellationToken)
    {
        var now = backend.Now();
        try
        {
            await using var insert = backend.Command(connection, transaction,
                $"INSERT INTO documents ({InsertColumns}) VALUES (@tenant, @document, @entity, @series, @seq, @number, @type, "
                + "'issued', @issue_date, @due_date, @customer, @currency, @net, @vat, @gross, @due, @contract, @period, "
                + "@prev_hash, @hash, @body, @now, @now, @now)");
            insert.Guid("@tenant", tenantId).Guid("@entity", legalEntityId).Text("@series", series).Timestamp("@now", now);
            for (var i = 0; i < documents.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var document = documents[i];
                var r = document.Record;
                insert.Guid("@document", r.DocumentId).Int64("@seq", document.Seq).Text("@number", document.Number)
                    .Text("@type", r.TypeCode).Date("@issue_date", r.IssueDate).Date("@due_date", r.DueDate)
                    .Guid("@customer", r.CustomerId).Text("@currency", r.Currency).Money("@net", r.TotalWithoutVat)
                    .Money("@vat", r.TotalVat).Money("@gross", r.TotalWithVat).Money("@due", r.AmountDue)
                    .Guid("@contract", r.ContractId).Date("@period", r.PeriodStart).Bytes("@prev_hash", document.PreviousHash)
                    .Bytes("@hash", document.Hash).Bytes("@body", r.Body);
                if (i == 0 && documents.Count > 1)
                {
                    await insert.PrepareAsync(cancellationToken);
                }

                await insert.ExecuteAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (Query.Translate(exception) is { } refusal)
        {
            throw refusal;
        }
    }

    public static async Task AdvanceCounterAsync(
        Backend backend, DbConnection connection, WriteTransaction transaction, Guid tenantId, Guid legalEntityId, Counter counter,
        IReadOnlyList<PendingDocument> documents, CancellationToken cancellationToken)
    {
        var last = documents[^1];
        await using var update = backend.Command(connection, transaction,
            "UPDATE number_series SET next_seq = @next, last_hash = @hash, last_issue_date = @date, updated_at = @now "
            + "WHERE tenant_id = @tenant AND legal_entity_id = @entity AND series = @series AND next_seq = @expected")
            .Int64("@next", last.Seq + 1).Bytes("@hash", last.Hash).Date("@date", last.Record.IssueDate)
            .Timestamp("@now", backend.Now()).Guid("@tenant", tenantId).Guid("@entity", legalEntityId)
            .Text("@series", counter.Series).Int64("@expected", counter.NextSeq);
        if (await update.ExecuteAsync(cancellationToken) != 1)
        {
            // Cannot happen while the row is locked; refuse to commit rather than risk a duplicate number.
            throw new InvalidOperationException($"The counter of series {counter.Series} moved during the issuing transaction.");
        }
    }

    public static List<IssuedDocument> Issued(string series, IEnumerable<PendingDocument> documents) =>
        documents.Select(d => new IssuedDocument(d.Record.DocumentId, series, d.Seq, d.Number, d.Hash)).ToList();

    private static async Task WriteRowAsync(
        NpgsqlBinaryImporter importer, Guid tenantId, Guid legalEntityId, string series, PendingDocument document,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var r = document.Record;
        await importer.StartRowAsync(cancellationToken);
        await importer.WriteAsync(tenantId, NpgsqlDbType.Uuid, cancellationToken);
        await importer.WriteAsync(r.DocumentId, NpgsqlDbType.Uuid, cancellationToken);
        await importer.WriteAsync(legalEntityId, NpgsqlDbType.Uuid, cancellationToken);
        await importer.WriteAsync(series, NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(document.Seq, NpgsqlDbType.Bigint, cancellationToken);
        await importer.WriteAsync(document.Number, NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(r.TypeCode, NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync("issued", NpgsqlDbType.Text, cancellationToken);
        await WriteNullableAsync(importer, r.IssueDate, NpgsqlDbType.Date, cancellationToken);
        await WriteNullableAsync(importer, r.DueDate, NpgsqlDbType.Date, cancellationToken);
        await WriteNullableAsync(importer, r.CustomerId, NpgsqlDbType.Uuid, cancellationToken);
        await importer.WriteAsync(r.Currency, NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(r.TotalWithoutVat, NpgsqlDbType.Numeric, cancellationToken);
        await importer.WriteAsync(r.TotalVat, NpgsqlDbType.Numeric, cancellationToken);
        await importer.WriteAsync(r.TotalWithVat, NpgsqlDbType.Numeric, cancellationToken);
        await importer.WriteAsync(r.AmountDue, NpgsqlDbType.Numeric, cancellationToken);
        await WriteNullableAsync(importer, r.ContractId, NpgsqlDbType.Uuid, cancellationToken);
        await WriteNullableAsync(importer, r.PeriodStart, NpgsqlDbType.Date, cancellationToken);
        await importer.WriteAsync(document.PreviousHash, NpgsqlDbType.Bytea, cancellationToken);
        await importer.WriteAsync(document.Hash, NpgsqlDbType.Bytea, cancellationToken);
        await importer.WriteAsync(r.Body, NpgsqlDbType.Bytea, cancellationToken);
        await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
        await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
        await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
    }

    private static async Task WriteNullableAsync<T>(
        NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct
    {
        if (value is { } v)
        {
            await importer.WriteAsync(v, type, cancellationToken);
        }
        else
        {
            await importer.WriteNullAsync(cancellationToken);
        }
    }

    /// <summary>Allocates consecutive numbers and chains hashes, one document at a time, from the locked counter.</summary>
    private sealed class Numberer(Counter counter) : IDisposable
    {
        private readonly DocumentHasher hasher = new();
        private long seq = counter.NextSeq;
        private byte[] previousHash = counter.LastHash;
        private DateOnly? lastIssueDate = counter.LastIssueDate;
        private string? lastNumber = counter.NextSeq > 1
            ? NumberSeriesRecord.FormatNumber(counter.Prefix, counter.Width, counter.NextSeq - 1)
            : null;

        public PendingDocument Next<T>(T item, Func<T, AllocatedNumber, DocumentRecord> build)
        {
            var number = NumberSeriesRecord.FormatNumber(counter.Prefix, counter.Width, seq);
            var record = build(item, new AllocatedNumber(counter.Series, seq, number))
                ?? throw new InvalidOperationException("The document builder returned nothing.");
            ValidateForIssue(record);
            if (record.IssueDate < lastIssueDate)
            {
                throw new StorageException(StorageError.IssueDateBeforePreviousDocument,
                    $"A document dated {record.IssueDate:yyyy-MM-dd} cannot be numbered after {lastNumber} dated "
                    + $"{lastIssueDate:yyyy-MM-dd}: numbers must follow issue dates.");
            }

            var hash = hasher.Hash(
                previousHash, ChainedHeader.Of(counter.TenantId, counter.LegalEntityId, counter.Series, seq, number, record), record.Body);
            var document = new PendingDocument(record, seq, number, previousHash, hash);
            previousHash = hash;
            lastIssueDate = record.IssueDate;
            lastNumber = number;
            seq++;
            return document;
        }

        public void Dispose() => hasher.Dispose();
    }
}
