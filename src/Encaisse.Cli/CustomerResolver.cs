using Encaisse.Billing.Tenancy;
using Encaisse.Domain.Identifiers;
using Encaisse.Domain.Parties;
using Encaisse.Storage;

namespace Encaisse.Cli;

/// <summary>Finds a customer the way a clerk names it: by id, SIREN, SIRET or name (accents and legal form ignored).</summary>
internal static class CustomerResolver
{
    public static async Task<Guid> ResolveAsync(EncaisseDatabase db, TenantProfile tenant, string who, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(who, out var id))
        {
            return await db.Parties.GetAsync(tenant.TenantId, id, cancellationToken) is not null
                ? id
                : throw new CliException($"no customer with id {id}");
        }

        IReadOnlyList<PartyRecord> matches;
        if (Siren.Parse(who) is { Success: true } siren)
        {
            matches = await db.Parties.FindAsync(tenant.TenantId, PartyKey.Siren, siren.Value.Value, cancellationToken);
        }
        else if (Siret.Parse(who) is { Success: true } siret)
        {
            matches = await db.Parties.FindAsync(tenant.TenantId, PartyKey.Siret, siret.Value.Value, cancellationToken);
        }
        else
        {
            matches = await db.Parties.FindAsync(tenant.TenantId, PartyKey.NormalizedName, PartyNames.NormalizeForMatching(who), cancellationToken);
        }

        return matches.Count switch
        {
            1 => matches[0].PartyId,
            0 => throw new CliException($"no customer matches '{who}'"),
            _ => throw new CliException($"'{who}' matches {matches.Count} customers ({string.Join(", ", matches.Take(5).Select(m => $"{m.Name} {m.PartyId}"))}): give the id"),
        };
    }
}
