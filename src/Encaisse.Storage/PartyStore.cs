using Encaisse.Storage.Internal;

namespace Encaisse.Storage;

/// <summary>Customers and suppliers.</summary>
public sealed partial class PartyStore
{
    /// <summary>Most matches a duplicate lookup returns.</summary>
    public const int MaxMatches = 100;

    private const string Columns =
        "tenant_id, party_id, roles, name, normalized_name, siren, siret, vat_number, email, body, created_at, updated_at";

    private const string Upsert =
        $"INSERT INTO parties ({Columns}) VALUES "
        + "(@tenant, @party, @roles, @name, @normalized, @siren, @siret, @vat, @email, @body, @now, @now) "
        + "ON CONFLICT (tenant_id, party_id) DO UPDATE SET roles = excluded.roles, name = excluded.name, "
        + "normalized_name = excluded.normalized_name, siren = excluded.siren, siret = excluded.siret, "
        + "vat_number = excluded.vat_number, email = excluded.email, body = excluded.body, updated_at = excluded.updated_at";

    private readonly Backend backend;

    internal PartyStore(Backend backend) => this.backend = backend;

    public Task UpsertAsync(PartyRecord party, CancellationToken cancellationToken)
    {
        Check(party);
        return Query.ExecuteAsync(backend, Upsert, c => Bind(c, party), cancellationToken);
    }

    /// <summary>Inserts or replaces all the parties in one transaction: all are written, or none (imports).</summary>
    public async Task UpsertManyAsync(IReadOnlyList<PartyRecord> parties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parties);
        foreach (var party in parties)
        {
            Check(party);
        }

        if (parties.Count == 0)
        {
            return;
        }

        await using var connection = await backend.OpenAsync(cancellationToken);
        await using var transaction = await backend.BeginWriteAsync(connection, cancellationToken);
        await using var command = backend.Command(connection, transaction, Upsert);
        foreach (var party in parties)
        {
            Bind(command, party);
            try
            {
                await command.ExecuteAsync(cancellationToken);
            }
            catch (Exception exception) when (Query.Translate(exception) is { } refusal)
            {
                throw refusal;
            }
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    public Task<PartyRecord?> GetAsync(Guid tenantId, Guid partyId, CancellationToken cancellationToken) =>
        Query.SingleAsync(backend, $"SELECT {Columns} FROM parties WHERE tenant_id = @tenant AND party_id = @party",
            c => c.Guid("@tenant", tenantId).Guid("@party", partyId), Read, cancellationToken);

    public Task<Page<PartyRecord>> ListAsync(Guid tenantId, PageRequest page, CancellationToken cancellationToken) =>
        Query.PageAsync(backend, $"SELECT {Columns} FROM parties WHERE tenant_id = @tenant", "party_id", page,
            c => c.Guid("@tenant", tenantId), Read, p => p.PartyId, cancellationToken);

    /// <summary>
    /// Parties whose identifier equals <paramref name="value"/> exactly (at most <see cref="MaxMatches"/>,
    /// oldest id first): the candidates for duplicate detection. Normalising the value is the caller's job.
    /// </summary>
    public async Task<IReadOnlyList<PartyRecord>> FindAsync(
        Guid tenantId, PartyKey key, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var column = key switch
        {
            PartyKey.Siren => "siren",
            PartyKey.Siret => "siret",
            PartyKey.VatNumber => "vat_number",
            PartyKey.NormalizedName => "normalized_name",
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown party key."),
        };
        return await Query.ListAsync(backend,
            $"SELECT {Columns} FROM parties WHERE tenant_id = @tenant AND {column} = @value ORDER BY party_id LIMIT {MaxMatches}",
            c => c.Guid("@tenant", tenantId).Text("@value", value), Read, cancellationToken);
    }

    private static void Check(PartyRecord party)
    {
        ArgumentNullException.ThrowIfNull(party);
        Query.RequireText(party.Name, nameof(party.Name), 500);
        Query.RequireText(party.NormalizedName, nameof(party.NormalizedName), 500);
        ArgumentNullException.ThrowIfNull(party.Body);
    }

    private void Bind(Sql c, PartyRecord party) =>
        c.Guid("@tenant", party.TenantId).Guid("@party", party.PartyId).Int32("@roles", (int)party.Roles)
            .Text("@name", party.Name).Text("@normalized", party.NormalizedName).Text("@siren", party.Siren)
            .Text("@siret", party.Siret).Text("@vat", party.VatNumber).Text("@email", party.Email)
            .Bytes("@body", party.Body).Timestamp("@now", backend.Now());

    private static PartyRecord Read(SqlReader r) =>
        new(r.Guid(0), r.Guid(1), (PartyRoles)r.Int32(2), r.Text(3), r.Text(4), r.NullableText(5), r.NullableText(6),
            r.NullableText(7), r.NullableText(8), r.Bytes(9))
        {
            CreatedAt = r.Timestamp(10),
            UpdatedAt = r.Timestamp(11),
        };
}
