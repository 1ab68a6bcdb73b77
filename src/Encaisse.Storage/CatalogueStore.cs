using Encaisse.Storage.Internal;

namespace Encaisse.Storage;

/// <summary>Products and services.</summary>
public sealed class CatalogueStore
{
    private const string Columns = "tenant_id, item_id, code, name, body, created_at, updated_at";

    private readonly Backend backend;

    internal CatalogueStore(Backend backend) => this.backend = backend;

    /// <summary>Inserts or replaces the item; another item with the same code is a <see cref="StorageError.Conflict"/>.</summary>
    public Task UpsertAsync(CatalogueItemRecord item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        Query.RequireText(item.Code, nameof(item.Code), 100);
        Query.RequireText(item.Name, nameof(item.Name), 500);
        ArgumentNullException.ThrowIfNull(item.Body);
        return Query.ExecuteAsync(backend,
            $"INSERT INTO catalogue_items ({Columns}) VALUES (@tenant, @item, @code, @name, @body, @now, @now) "
            + "ON CONFLICT (tenant_id, item_id) DO UPDATE SET code = excluded.code, name = excluded.name, "
            + "body = excluded.body, updated_at = excluded.updated_at",
            c => c.Guid("@tenant", item.TenantId).Guid("@item", item.ItemId).Text("@code", item.Code)
                .Text("@name", item.Name).Bytes("@body", item.Body).Timestamp("@now", backend.Now()),
            cancellationToken);
    }

    public Task<CatalogueItemRecord?> GetAsync(Guid tenantId, Guid itemId, CancellationToken cancellationToken) =>
        Query.SingleAsync(backend, $"SELECT {Columns} FROM catalogue_items WHERE tenant_id = @tenant AND item_id = @item",
            c => c.Guid("@tenant", tenantId).Guid("@item", itemId), Read, cancellationToken);

    public Task<CatalogueItemRecord?> GetByCodeAsync(Guid tenantId, string code, CancellationToken cancellationToken) =>
        Query.SingleAsync(backend, $"SELECT {Columns} FROM catalogue_items WHERE tenant_id = @tenant AND code = @code",
            c => c.Guid("@tenant", tenantId).Text("@code", code), Read, cancellationToken);

    public Task<Page<CatalogueItemRecord>> ListAsync(Guid tenantId, PageRequest page, CancellationToken cancellationToken) =>
        Query.PageAsync(backend, $"SELECT {Columns} FROM catalogue_items WHERE tenant_id = @tenant", "item_id", page,
            c => c.Guid("@tenant", tenantId), Read, i => i.ItemId, cancellationToken);

    private static CatalogueItemRecord Read(SqlReader r) => new(r.Guid(0), r.Guid(1), r.Text(2), r.Text(3), r.Bytes(4))
    {
        CreatedAt = r.Timestamp(5),
        UpdatedAt = r.Timestamp(6),
    };
}
