using Encaisse.Storage.Internal;

namespace Encaisse.Storage;

/// <summary>Tenants and their legal entities.</summary>
public sealed class TenantStore
{
    private const string TenantColumns = "tenant_id, name, body, created_at, updated_at";
    private const string EntityColumns = "tenant_id, legal_entity_id, name, siren, vat_number, body, created_at, updated_at";

    private readonly Backend backend;

    internal TenantStore(Backend backend) => this.backend = backend;

    public Task UpsertAsync(TenantRecord tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        Query.RequireText(tenant.Name, nameof(tenant.Name), 500);
        ArgumentNullException.ThrowIfNull(tenant.Body);
        return Query.ExecuteAsync(backend,
            $"INSERT INTO tenants ({TenantColumns}) VALUES (@tenant, @name, @body, @now, @now) "
            + "ON CONFLICT (tenant_id) DO UPDATE SET name = excluded.name, body = excluded.body, updated_at = excluded.updated_at",
            c => c.Guid("@tenant", tenant.TenantId).Text("@name", tenant.Name).Bytes("@body", tenant.Body).Timestamp("@now", backend.Now()),
            cancellationToken);
    }

    public Task<TenantRecord?> GetAsync(Guid tenantId, CancellationToken cancellationToken) =>
        Query.SingleAsync(backend, $"SELECT {TenantColumns} FROM tenants WHERE tenant_id = @tenant",
            c => c.Guid("@tenant", tenantId), ReadTenant, cancellationToken);

    public Task<Page<TenantRecord>> ListAsync(PageRequest page, CancellationToken cancellationToken) =>
        Query.PageAsync(backend, $"SELECT {TenantColumns} FROM tenants WHERE 1 = 1", "tenant_id", page,
            _ => { }, ReadTenant, t => t.TenantId, cancellationToken);

    public Task UpsertLegalEntityAsync(LegalEntityRecord entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Query.RequireText(entity.Name, nameof(entity.Name), 500);
        ArgumentNullException.ThrowIfNull(entity.Body);
        return Query.ExecuteAsync(backend,
            $"INSERT INTO legal_entities ({EntityColumns}) VALUES (@tenant, @entity, @name, @siren, @vat, @body, @now, @now) "
            + "ON CONFLICT (tenant_id, legal_entity_id) DO UPDATE SET name = excluded.name, siren = excluded.siren, "
            + "vat_number = excluded.vat_number, body = excluded.body, updated_at = excluded.updated_at",
            c => c.Guid("@tenant", entity.TenantId).Guid("@entity", entity.LegalEntityId).Text("@name", entity.Name)
                .Text("@siren", entity.Siren).Text("@vat", entity.VatNumber).Bytes("@body", entity.Body)
                .Timestamp("@now", backend.Now()),
            cancellationToken);
    }

    public Task<LegalEntityRecord?> GetLegalEntityAsync(Guid tenantId, Guid legalEntityId, CancellationToken cancellationToken) =>
        Query.SingleAsync(backend,
            $"SELECT {EntityColumns} FROM legal_entities WHERE tenant_id = @tenant AND legal_entity_id = @entity",
            c => c.Guid("@tenant", tenantId).Guid("@entity", legalEntityId), ReadEntity, cancellationToken);

    public Task<Page<LegalEntityRecord>> ListLegalEntitiesAsync(Guid tenantId, PageRequest page, CancellationToken cancellationToken) =>
        Query.PageAsync(backend, $"SELECT {EntityColumns} FROM legal_entities WHERE tenant_id = @tenant", "legal_entity_id", page,
            c => c.Guid("@tenant", tenantId), ReadEntity, e => e.LegalEntityId, cancellationToken);

    private static TenantRecord ReadTenant(SqlReader r) => new(r.Guid(0), r.Text(1), r.Bytes(2))
    {
        CreatedAt = r.Timestamp(3),
        UpdatedAt = r.Timestamp(4),
    };

    private static LegalEntityRecord ReadEntity(SqlReader r) =>
        new(r.Guid(0), r.Guid(1), r.Text(2), r.NullableText(3), r.NullableText(4), r.Bytes(5))
        {
            CreatedAt = r.Timestamp(6),
            UpdatedAt = r.Timestamp(7),
        };
}
