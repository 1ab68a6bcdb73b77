using Encaisse.Storage.Internal;

namespace Encaisse.Storage;

/// <summary>Numbering series (counters) per legal entity.</summary>
public sealed class NumberSeriesStore
{
    /// <summary>BT-1 must stay within 35 characters (BR-FR): prefix plus up to 19 digits.</summary>
    public const int MaxPrefixLength = 16;

    internal const string Columns = "tenant_id, legal_entity_id, series, prefix, width, next_seq, last_hash, last_issue_date";

    private readonly Backend backend;

    internal NumberSeriesStore(Backend backend) => this.backend = backend;

    /// <summary>
    /// Creates the series with this prefix and width if it does not exist yet, and returns the stored series
    /// (whose format may differ from the arguments if it already existed).
    /// </summary>
    public async Task<NumberSeriesRecord> EnsureAsync(
        Guid tenantId, Guid legalEntityId, string series, string prefix, int width, CancellationToken cancellationToken)
    {
        Validate(series, prefix, width);
        await Query.ExecuteAsync(backend,
            $"INSERT INTO number_series ({Columns}, created_at, updated_at) "
            + "VALUES (@tenant, @entity, @series, @prefix, @width, 1, @genesis, NULL, @now, @now) "
            + "ON CONFLICT (tenant_id, legal_entity_id, series) DO NOTHING",
            c => Bind(c, tenantId, legalEntityId, series, prefix, width),
            cancellationToken);
        return await GetAsync(tenantId, legalEntityId, series, cancellationToken)
            ?? throw new InvalidOperationException("The number series vanished right after it was created.");
    }

    /// <summary>
    /// Creates the series or changes its prefix and width. Once it has numbered a document its format is frozen:
    /// changing it then is refused with <see cref="StorageError.NumberSeriesInUse"/>.
    /// </summary>
    public async Task<NumberSeriesRecord> ConfigureAsync(
        Guid tenantId, Guid legalEntityId, string series, string prefix, int width, CancellationToken cancellationToken)
    {
        Validate(series, prefix, width);
        var changed = await Query.ExecuteAsync(backend,
            $"INSERT INTO number_series ({Columns}, created_at, updated_at) "
            + "VALUES (@tenant, @entity, @series, @prefix, @width, 1, @genesis, NULL, @now, @now) "
            + "ON CONFLICT (tenant_id, legal_entity_id, series) DO UPDATE SET prefix = excluded.prefix, "
            + "width = excluded.width, updated_at = excluded.updated_at "
            + "WHERE number_series.next_seq = 1 OR (number_series.prefix = excluded.prefix AND number_series.width = excluded.width)",
            c => Bind(c, tenantId, legalEntityId, series, prefix, width),
            cancellationToken);
        if (changed == 0)
        {
            throw new StorageException(StorageError.NumberSeriesInUse,
                $"Series {series} has already numbered documents: its prefix and width can no longer change.");
        }

        return await GetAsync(tenantId, legalEntityId, series, cancellationToken)
            ?? throw new InvalidOperationException("The number series vanished right after it was configured.");
    }

    public Task<NumberSeriesRecord?> GetAsync(Guid tenantId, Guid legalEntityId, string series, CancellationToken cancellationToken) =>
        Query.SingleAsync(backend,
            $"SELECT {Columns} FROM number_series WHERE tenant_id = @tenant AND legal_entity_id = @entity AND series = @series",
            c => c.Guid("@tenant", tenantId).Guid("@entity", legalEntityId).Text("@series", series), Read, cancellationToken);

    /// <summary>The series of one legal entity (a handful), by name.</summary>
    public async Task<IReadOnlyList<NumberSeriesRecord>> ListAsync(Guid tenantId, Guid legalEntityId, CancellationToken cancellationToken) =>
        await Query.ListAsync(backend,
            $"SELECT {Columns} FROM number_series WHERE tenant_id = @tenant AND legal_entity_id = @entity ORDER BY series",
            c => c.Guid("@tenant", tenantId).Guid("@entity", legalEntityId), Read, cancellationToken);

    internal static NumberSeriesRecord Read(SqlReader r) =>
        new(r.Guid(0), r.Guid(1), r.Text(2), r.Text(3), r.Int32(4), r.Int64(5), r.Bytes(6), r.NullableDate(7));

    private void Bind(Sql c, Guid tenantId, Guid legalEntityId, string series, string prefix, int width) =>
        c.Guid("@tenant", tenantId).Guid("@entity", legalEntityId).Text("@series", series).Text("@prefix", prefix)
            .Int32("@width", width).Bytes("@genesis", DocumentChain.Genesis()).Timestamp("@now", backend.Now());

    private static void Validate(string series, string prefix, int width)
    {
        Query.RequireText(series, nameof(series), 64);
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length > MaxPrefixLength || !prefix.All(IsNumberCharacter))
        {
            throw new ArgumentException(
                $"The prefix '{prefix}' must have at most {MaxPrefixLength} characters among A-Z a-z 0-9 + - _ / (French invoice number rule).",
                nameof(prefix));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 19);
    }

    private static bool IsNumberCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '_' or '/';
}
