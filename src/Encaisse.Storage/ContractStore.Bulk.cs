using Encaisse.Storage.Internal;
using NpgsqlTypes;

namespace Encaisse.Storage;

public sealed partial class ContractStore
{
    private static readonly BulkInsert.Table<ContractRecord> BulkTable = new(
        "contracts",
        Columns,
        "@tenant, @contract, @customer, @entity, @series, @status, @next, @body, @now, @now",
        RequireNewContract,
        (c, x, now) => c.Guid("@tenant", x.TenantId).Guid("@contract", x.ContractId).Guid("@customer", x.CustomerId)
            .Guid("@entity", x.LegalEntityId).Text("@series", x.Series).Text("@status", x.Status).Date("@next", x.NextPeriodStart)
            .Bytes("@body", x.Body).Timestamp("@now", now),
        async (importer, x, now, ct) =>
        {
            await importer.WriteAsync(x.TenantId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(x.ContractId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(x.CustomerId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(x.LegalEntityId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(x.Series, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(x.Status, NpgsqlDbType.Text, ct);
            await BulkInsert.WriteDateAsync(importer, x.NextPeriodStart, ct);
            await importer.WriteAsync(x.Body, NpgsqlDbType.Bytea, ct);
            await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
        });

    /// <summary>
    /// Inserts many new contracts fast, all or nothing (binary COPY on PostgreSQL, one transaction on SQLite), reading
    /// <paramref name="contracts"/> as it goes: for loads and benchmark seeding. An id that exists already is a
    /// <see cref="StorageError.Conflict"/>, a customer or legal entity that does not a
    /// <see cref="StorageError.MissingReference"/>; either way nothing is written. Returns the number inserted.
    /// </summary>
    public Task<long> BulkInsertAsync(IEnumerable<ContractRecord> contracts, CancellationToken cancellationToken) =>
        BulkInsert.RunAsync(backend, BulkTable, contracts, cancellationToken);

    /// <summary>How many contracts <see cref="StreamDueAsync"/> would return now (for progress reporting).</summary>
    public async Task<long> CountDueAsync(Guid tenantId, DateOnly asOf, string? status, CancellationToken cancellationToken)
    {
        await using var connection = await backend.OpenAsync(cancellationToken);
        await using var count = backend.Command(connection, null,
            "SELECT count(*) FROM contracts WHERE tenant_id = @tenant AND next_period_start <= @as_of"
            + (status is null ? string.Empty : " AND status = @status"))
            .Guid("@tenant", tenantId).Date("@as_of", asOf);
        if (status is not null)
        {
            count.Text("@status", status);
        }

        return await count.ScalarInt64Async(cancellationToken);
    }

    private static void RequireNewContract(ContractRecord contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        Query.RequireText(contract.Series, nameof(contract.Series), 64);
        Query.RequireText(contract.Status, nameof(contract.Status), 64);
        ArgumentNullException.ThrowIfNull(contract.Body);
    }
}
