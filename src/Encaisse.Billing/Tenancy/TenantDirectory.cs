using Encaisse.Billing.Serialization;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Parties;
using Encaisse.Storage;

namespace Encaisse.Billing.Tenancy;

/// <summary>Finds, creates and configures tenants (client companies) and their legal entities.</summary>
public sealed class TenantDirectory(EncaisseDatabase db)
{
    /// <summary>The tenant whose id or name (case-insensitive) is given, or null.</summary>
    public async Task<TenantProfile?> FindAsync(string nameOrId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrId);
        if (Guid.TryParse(nameOrId, out var id))
        {
            var byId = await db.Tenants.GetAsync(id, cancellationToken);
            return byId is null ? null : ToProfile(byId);
        }

        var page = PageRequest.First(PageRequest.MaxLimit);
        while (true)
        {
            var tenants = await db.Tenants.ListAsync(page, cancellationToken);
            var match = tenants.Items.FirstOrDefault(t => string.Equals(t.Name, nameOrId.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return ToProfile(match);
            }

            if (tenants.Next is not { } next)
            {
                return null;
            }

            page = new PageRequest(next, PageRequest.MaxLimit);
        }
    }

    /// <summary>The named tenant, created with the given policy when it does not exist yet.</summary>
    public async Task<TenantProfile> EnsureAsync(string name, BillingPolicy policy, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(name, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var profile = new TenantProfile(Guid.CreateVersion7(), name.Trim(), policy, null);
        await SaveAsync(profile, cancellationToken);
        return profile;
    }

    public Task SaveAsync(TenantProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var body = MasterDataJson.SerializeValue(new Settings(profile.Policy, profile.DefaultLegalEntityId));
        return db.Tenants.UpsertAsync(new TenantRecord(profile.TenantId, profile.Name, body), cancellationToken);
    }

    /// <summary>
    /// Registers a legal entity of the tenant with its invoice and credit-note series (prefix + zero-padded number)
    /// and makes it the default issuer when the tenant has none.
    /// </summary>
    public async Task<TenantProfile> AddLegalEntityAsync(TenantProfile tenant, LegalEntity entity, string invoicePrefix, string creditNotePrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(entity);
        await db.Tenants.UpsertLegalEntityAsync(
            new LegalEntityRecord(tenant.TenantId, entity.Id.Value, entity.LegalName, entity.Siren?.Value, entity.VatNumber?.Value, MasterDataJson.Serialize(entity)),
            cancellationToken);
        await db.NumberSeries.EnsureAsync(tenant.TenantId, entity.Id.Value, tenant.Policy.InvoiceSeries, invoicePrefix, NumberWidth, cancellationToken);
        await db.NumberSeries.EnsureAsync(tenant.TenantId, entity.Id.Value, tenant.Policy.CreditNoteSeries, creditNotePrefix, NumberWidth, cancellationToken);
        if (tenant.DefaultLegalEntityId is not null)
        {
            return tenant;
        }

        var updated = tenant with { DefaultLegalEntityId = entity.Id.Value };
        await SaveAsync(updated, cancellationToken);
        return updated;
    }

    public async Task<LegalEntity> GetLegalEntityAsync(Guid tenantId, Guid legalEntityId, CancellationToken cancellationToken)
    {
        var record = await db.Tenants.GetLegalEntityAsync(tenantId, legalEntityId, cancellationToken)
            ?? throw new StorageException(StorageError.NotFound, $"Legal entity {legalEntityId} does not exist.");
        return MasterDataJson.DeserializeLegalEntity(record.LegalEntityId, record.Body);
    }

    /// <summary>Digits after the prefix: F2026-000001 … F2026-999999, then the number simply grows longer.</summary>
    public const int NumberWidth = 6;

    private static TenantProfile ToProfile(TenantRecord record)
    {
        var settings = record.Body.Length == 0 ? new Settings(new BillingPolicy(), null) : MasterDataJson.DeserializeValue<Settings>(record.Body);
        return new TenantProfile(record.TenantId, record.Name, settings.Policy, settings.DefaultLegalEntityId);
    }

    // The id is optional on read: a tenant created before its legal entity has none, and nulls are not written.
    private sealed record Settings(BillingPolicy Policy, Guid? DefaultLegalEntityId = null);
}
