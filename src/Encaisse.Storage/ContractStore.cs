using System.Runtime.CompilerServices;
using Encaisse.Storage.Internal;

namespace Encaisse.Storage;

/// <summary>Recurring contracts.</summary>
public sealed partial class ContractStore
{
    /// <summary>Contracts read per query while streaming due contracts.</summary>
    public const int DuePageSize = 500;

    private const string Columns =
        "tenant_id, contract_id, customer_id, legal_entity_id, series, status, next_period_start, body, created_at, updated_at";

    private readonly Backend backend;

    internal ContractStore(Backend backend) => this.backend = backend;

    public Task UpsertAsync(ContractRecord contract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contract);
        Query.RequireText(contract.Series, nameof(contract.Series), 64);
        Query.RequireText(contract.Status, nameof(contract.Status), 64);
        ArgumentNullException.ThrowIfNull(contract.Body);
        return Query.ExecuteAsync(backend,
            $"INSERT INTO contracts ({Columns}) VALUES "
            + "(@tenant, @contract, @customer, @entity, @series, @status, @next, @body, @now, @now) "
            + "ON CONFLICT (tenant_id, contract_id) DO UPDATE SET customer_id = excluded.customer_id, "
            + "legal_entity_id = excluded.legal_entity_id, series = excluded.series, status = excluded.status, "
            + "next_period_start = excluded.next_period_start, body = excluded.body, updated_at = excluded.updated_at",
            c => c.Guid("@tenant", contract.TenantId).Guid("@contract", contract.ContractId)
                .Guid("@customer", contract.CustomerId).Guid("@entity", contract.LegalEntityId)
                .Text("@series", contract.Series).Text("@status", contract.Status).Date("@next", contract.NextPeriodStart)
                .Bytes("@body", contract.Body).Timestamp("@now", backend.Now()),
            cancellationToken);
    }

    public Task<ContractRecord?> GetAsync(Guid tenantId, Guid contractId, CancellationToken cancellationToken) =>
        Query.SingleAsync(backend, $"SELECT {Columns} FROM contracts WHERE tenant_id = @tenant AND contract_id = @contract",
            c => c.Guid("@tenant", tenantId).Guid("@contract", contractId), Read, cancellationToken);

    public Task<Page<ContractRecord>> ListAsync(Guid tenantId, PageRequest page, CancellationToken cancellationToken) =>
        Query.PageAsync(backend, $"SELECT {Columns} FROM contracts WHERE tenant_id = @tenant", "contract_id", page,
            c => c.Guid("@tenant", tenantId), Read, x => x.ContractId, cancellationToken);

    /// <summary>
    /// Every contract whose next period starts on or before <paramref name="asOf"/> (optionally only those with
    /// <paramref name="status"/>), by id, one page of <see cref="DuePageSize"/> per query: memory stays flat
    /// however many contracts there are, and no query stays open while the caller writes between pages.
    /// </summary>
    public async IAsyncEnumerable<ContractRecord> StreamDueAsync(
        Guid tenantId, DateOnly asOf, string? status, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var where = $"SELECT {Columns} FROM contracts WHERE tenant_id = @tenant AND next_period_start <= @as_of"
            + (status is null ? string.Empty : " AND status = @status");
        Guid? after = null;
        while (true)
        {
            var page = await Query.PageAsync(backend, where, "contract_id", new PageRequest(after, DuePageSize),
                c =>
                {
                    c.Guid("@tenant", tenantId).Date("@as_of", asOf);
                    if (status is not null)
                    {
                        c.Text("@status", status);
                    }
                },
                Read,
                x => x.ContractId,
                cancellationToken);
            foreach (var contract in page.Items)
            {
                yield return contract;
            }

            if (page.Next is null)
            {
                yield break;
            }

            after = page.Next;
        }
    }

    private static ContractRecord Read(SqlReader r) =>
        new(r.Guid(0), r.Guid(1), r.Guid(2), r.Guid(3), r.Text(4), r.Text(5), r.NullableDate(6), r.Bytes(7))
        {
            CreatedAt = r.Timestamp(8),
            UpdatedAt = r.Timestamp(9),
        };
}
