using System.Text;
using Encaisse.Storage.Internal;
using NpgsqlTypes;

namespace Encaisse.Storage;

public sealed partial class PartyStore
{
    /// <summary>Most ids <see cref="GetManyAsync"/> takes in one call.</summary>
    public const int MaxGetMany = 10_000;

    private static readonly BulkInsert.Table<PartyRecord> BulkTable = new(
        "parties",
        Columns,
        "@tenant, @party, @roles, @name, @normalized, @siren, @siret, @vat, @email, @body, @now, @now",
        RequireNewParty,
        (c, p, now) => c.Guid("@tenant", p.TenantId).Guid("@party", p.PartyId).Int32("@roles", (int)p.Roles)
            .Text("@name", p.Name).Text("@normalized", p.NormalizedName).Text("@siren", p.Siren).Text("@siret", p.Siret)
            .Text("@vat", p.VatNumber).Text("@email", p.Email).Bytes("@body", p.Body).Timestamp("@now", now),
        async (importer, p, now, ct) =>
        {
            await importer.WriteAsync(p.TenantId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(p.PartyId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync((int)p.Roles, NpgsqlDbType.Integer, ct);
            await importer.WriteAsync(p.Name, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(p.NormalizedName, NpgsqlDbType.Text, ct);
            await BulkInsert.WriteTextAsync(importer, p.Siren, ct);
            await BulkInsert.WriteTextAsync(importer, p.Siret, ct);
            await BulkInsert.WriteTextAsync(importer, p.VatNumber, ct);
            await BulkInsert.WriteTextAsync(importer, p.Email, ct);
            await importer.WriteAsync(p.Body, NpgsqlDbType.Bytea, ct);
            await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
        });

    /// <summary>
    /// The parties among <paramref name="partyIds"/> that exist, in one query (in no particular order): a bill run
    /// fetches the customers of a whole batch at once. At most <see cref="MaxGetMany"/> ids per call.
    /// </summary>
    public async Task<IReadOnlyList<PartyRecord>> GetManyAsync(Guid tenantId, IReadOnlyCollection<Guid> partyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partyIds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(partyIds.Count, MaxGetMany, nameof(partyIds));
        if (partyIds.Count == 0)
        {
            return [];
        }

        var ids = partyIds.Distinct().ToArray();
        if (backend.Kind == DatabaseKind.PostgreSql)
        {
            return await Query.ListAsync(backend,
                $"SELECT {Columns} FROM parties WHERE tenant_id = @tenant AND party_id = ANY(@ids)",
                c => c.Guid("@tenant", tenantId).Array("@ids", ids), Read, cancellationToken);
        }

        // SQLite has no array parameter: the ids travel as one JSON array, expanded by json_each.
        var json = new StringBuilder(ids.Length * 39 + 2).Append('[');
        for (var i = 0; i < ids.Length; i++)
        {
            json.Append(i == 0 ? "\"" : ",\"").Append(ids[i].ToString("D")).Append('"');
        }

        return await Query.ListAsync(backend,
            $"SELECT {Columns} FROM parties WHERE tenant_id = @tenant AND party_id IN (SELECT value FROM json_each(@ids))",
            c => c.Guid("@tenant", tenantId).Text("@ids", json.Append(']').ToString()), Read, cancellationToken);
    }

    /// <summary>
    /// Inserts many new parties fast, all or nothing (binary COPY on PostgreSQL, one transaction on SQLite), reading
    /// <paramref name="parties"/> as it goes: for loads and benchmark seeding. An id that exists already is a
    /// <see cref="StorageError.Conflict"/> and nothing is written. Returns the number of parties inserted.
    /// </summary>
    public Task<long> BulkInsertAsync(IEnumerable<PartyRecord> parties, CancellationToken cancellationToken) =>
        BulkInsert.RunAsync(backend, BulkTable, parties, cancellationToken);

    private static void RequireNewParty(PartyRecord party)
    {
        ArgumentNullException.ThrowIfNull(party);
        Query.RequireText(party.Name, nameof(party.Name), 500);
        Query.RequireText(party.NormalizedName, nameof(party.NormalizedName), 500);
        ArgumentNullException.ThrowIfNull(party.Body);
    }
}
