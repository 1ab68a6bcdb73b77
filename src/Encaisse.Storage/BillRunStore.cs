using System.Data.Common;
using System.Runtime.CompilerServices;
using Encaisse.Storage.Internal;

namespace Encaisse.Storage;

/// <summary>
/// Bill runs: batches that invoice contract periods idempotently. A batch commits all or nothing; running it
/// again after a crash or by mistake creates nothing twice, because (tenant, contract, period start) is unique.
/// </summary>
public sealed class BillRunStore
{
    /// <summary>Failures read per query while streaming them.</summary>
    public const int FailurePageSize = 500;

    private const string Columns =
        "tenant_id, bill_run_id, as_of, status, started_at, finished_at, created_count, skipped_count, failed_count";

    private readonly Backend backend;

    internal BillRunStore(Backend backend) => this.backend = backend;

    /// <summary>
    /// Starts the run, or resumes it: an existing run with the same id and date is returned (a failed one is set
    /// running again). The same id with another date is refused (<see cref="StorageError.BillRunMismatch"/>).
    /// </summary>
    public async Task<BillRunRecord> StartAsync(Guid tenantId, Guid billRunId, DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var connection = await backend.OpenAsync(cancellationToken);
        await using var transaction = await backend.BeginWriteAsync(connection, cancellationToken);
        await using (var insert = backend.Command(connection, transaction,
            $"INSERT INTO bill_runs ({Columns}) VALUES (@tenant, @run, @as_of, 'running', @now, NULL, 0, 0, 0) "
            + "ON CONFLICT (tenant_id, bill_run_id) DO NOTHING")
            .Guid("@tenant", tenantId).Guid("@run", billRunId).Date("@as_of", asOf).Timestamp("@now", backend.Now()))
        {
            await insert.ExecuteAsync(cancellationToken);
        }

        await using (var resume = backend.Command(connection, transaction,
            "UPDATE bill_runs SET status = 'running', finished_at = NULL "
            + "WHERE tenant_id = @tenant AND bill_run_id = @run AND status = 'failed' AND as_of = @as_of")
            .Guid("@tenant", tenantId).Guid("@run", billRunId).Date("@as_of", asOf))
        {
            await resume.ExecuteAsync(cancellationToken);
        }

        var run = await GetAsync(connection, transaction, tenantId, billRunId, cancellationToken)
            ?? throw new InvalidOperationException("The bill run vanished right after it was created.");
        if (run.AsOf != asOf)
        {
            throw new StorageException(StorageError.BillRunMismatch,
                $"Bill run {billRunId} was started for {run.AsOf:yyyy-MM-dd}, not {asOf:yyyy-MM-dd}.");
        }

        await transaction.CommitAsync(CancellationToken.None);
        return run;
    }

    /// <summary>
    /// One batch of a running bill run, in one transaction: skips the periods that already have a document
    /// (reported in <see cref="BillRunBatchResult.Skipped"/>), issues the others in item order with consecutive
    /// numbers of <paramref name="series"/> (binary COPY on PostgreSQL), moves each contract's next period start
    /// forward (never back), records <paramref name="failures"/> (once each), and adds to the run's counts.
    /// </summary>
    public async Task<BillRunBatchResult> IssueBatchAsync<T>(
        Guid tenantId,
        Guid billRunId,
        Guid legalEntityId,
        string series,
        IReadOnlyList<BillRunItem<T>> items,
        IReadOnlyList<BillRunFailure> failures,
        Func<T, AllocatedNumber, DocumentRecord> build,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(build);
        Query.RequireText(series, nameof(series), 64);
        foreach (var item in items)
        {
            if (item.NextPeriodStart <= item.PeriodStart)
            {
                throw new ArgumentException($"Contract {item.ContractId}: the next period must start after {item.PeriodStart:yyyy-MM-dd}.", nameof(items));
            }
        }

        await using var connection = await backend.OpenAsync(cancellationToken);
        await using var transaction = await backend.BeginWriteAsync(connection, cancellationToken);
        var run = await GetAsync(connection, transaction, tenantId, billRunId, cancellationToken);
        if (run?.Status != BillRunStatus.Running)
        {
            throw NotRunning(billRunId);
        }

        var existing = await ExistingAsync(connection, transaction, tenantId, items, cancellationToken);
        var toIssue = new List<BillRunItem<T>>(items.Count);
        var skipped = new List<BillingPeriodKey>();
        foreach (var item in items)
        {
            // A period already invoiced, or twice in this batch, is skipped.
            if (existing.Add(new BillingPeriodKey(item.ContractId, item.PeriodStart)))
            {
                toIssue.Add(item);
            }
            else
            {
                skipped.Add(new BillingPeriodKey(item.ContractId, item.PeriodStart));
            }
        }

        List<IssuedDocument> created = [];
        if (toIssue.Count > 0)
        {
            var counter = await Issuing.LockCounterAsync(backend, connection, transaction, tenantId, legalEntityId, series, cancellationToken);
            var documents = await Issuing.NumberAndInsertAsync(backend, connection, transaction, tenantId, legalEntityId, counter, toIssue, (item, number) =>
            {
                var record = build(item.Payload, number);
                if (record is not null && (record.ContractId != item.ContractId || record.PeriodStart != item.PeriodStart))
                {
                    throw new ArgumentException(
                        $"The document built for contract {item.ContractId} must carry that contract and period start {item.PeriodStart:yyyy-MM-dd}.",
                        nameof(build));
                }

                return record!;
            }, cancellationToken);
            await Issuing.AdvanceCounterAsync(backend, connection, transaction, tenantId, legalEntityId, counter, documents, cancellationToken);
            created = Issuing.Issued(series, documents);
        }

        await AdvanceContractsAsync(connection, transaction, tenantId, items, cancellationToken);
        var failuresRecorded = await RecordFailuresAsync(connection, transaction, tenantId, billRunId, failures, cancellationToken);
        await using (var totals = backend.Command(connection, transaction,
            "UPDATE bill_runs SET created_count = created_count + @created, skipped_count = skipped_count + @skipped, "
            + "failed_count = failed_count + @failed WHERE tenant_id = @tenant AND bill_run_id = @run AND status = 'running'")
            .Int64("@created", created.Count).Int64("@skipped", skipped.Count).Int64("@failed", failuresRecorded)
            .Guid("@tenant", tenantId).Guid("@run", billRunId))
        {
            // The run may have been finished by someone else meanwhile: then this batch must not count.
            if (await totals.ExecuteAsync(cancellationToken) != 1)
            {
                throw NotRunning(billRunId);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return new BillRunBatchResult(created, skipped, failuresRecorded);
    }

    /// <summary>Ends a running run as completed or failed; finishing it again with the same status is a no-op.</summary>
    public async Task<BillRunRecord> FinishAsync(Guid tenantId, Guid billRunId, BillRunStatus status, CancellationToken cancellationToken)
    {
        if (status == BillRunStatus.Running)
        {
            throw new ArgumentException("A run finishes as completed or failed.", nameof(status));
        }

        await using var connection = await backend.OpenAsync(cancellationToken);
        await using var transaction = await backend.BeginWriteAsync(connection, cancellationToken);
        await using (var update = backend.Command(connection, transaction,
            "UPDATE bill_runs SET status = @status, finished_at = @now "
            + "WHERE tenant_id = @tenant AND bill_run_id = @run AND status = 'running'")
            .Text("@status", StatusText(status)).Timestamp("@now", backend.Now()).Guid("@tenant", tenantId).Guid("@run", billRunId))
        {
            await update.ExecuteAsync(cancellationToken);
        }

        var run = await GetAsync(connection, transaction, tenantId, billRunId, cancellationToken)
            ?? throw new StorageException(StorageError.NotFound, $"There is no bill run {billRunId}.");
        if (run.Status != status)
        {
            throw NotRunning(billRunId);
        }

        await transaction.CommitAsync(CancellationToken.None);
        return run;
    }

    public async Task<BillRunRecord?> GetAsync(Guid tenantId, Guid billRunId, CancellationToken cancellationToken)
    {
        await using var connection = await backend.OpenAsync(cancellationToken);
        return await GetAsync(connection, null, tenantId, billRunId, cancellationToken);
    }

    public Task<Page<BillRunRecord>> ListAsync(Guid tenantId, PageRequest page, CancellationToken cancellationToken) =>
        Query.PageAsync(backend, $"SELECT {Columns} FROM bill_runs WHERE tenant_id = @tenant", "bill_run_id", page,
            c => c.Guid("@tenant", tenantId), Read, r => r.BillRunId, cancellationToken);

    /// <summary>The run's failures by contract and period, a page per query.</summary>
    public async IAsyncEnumerable<BillRunFailure> StreamFailuresAsync(
        Guid tenantId, Guid billRunId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        BillRunFailure? last = null;
        while (true)
        {
            await using var connection = await backend.OpenAsync(cancellationToken);
            await using var select = backend.Command(connection, null,
                "SELECT contract_id, period_start, reason FROM bill_run_failures WHERE tenant_id = @tenant AND bill_run_id = @run"
                + (last is null ? string.Empty : " AND (contract_id, period_start) > (@contract, @period)")
                + " ORDER BY contract_id, period_start LIMIT @limit")
                .Guid("@tenant", tenantId).Guid("@run", billRunId).Int32("@limit", FailurePageSize);
            if (last is not null)
            {
                select.Guid("@contract", last.ContractId).Date("@period", last.PeriodStart);
            }

            var page = await select.ListAsync(r => new BillRunFailure(r.Guid(0), r.Date(1), r.Text(2)), cancellationToken);
            foreach (var failure in page)
            {
                yield return failure;
            }

            if (page.Count < FailurePageSize)
            {
                yield break;
            }

            last = page[^1];
        }
    }

    private async Task<BillRunRecord?> GetAsync(
        DbConnection connection, WriteTransaction? transaction, Guid tenantId, Guid billRunId, CancellationToken cancellationToken)
    {
        await using var select = backend.Command(connection, transaction,
            $"SELECT {Columns} FROM bill_runs WHERE tenant_id = @tenant AND bill_run_id = @run")
            .Guid("@tenant", tenantId).Guid("@run", billRunId);
        return await select.SingleOrDefaultAsync(Read, cancellationToken);
    }

    /// <summary>The batch's (contract, period start) keys that already have a document.</summary>
    private async Task<HashSet<BillingPeriodKey>> ExistingAsync<T>(
        DbConnection connection, WriteTransaction transaction, Guid tenantId, IReadOnlyList<BillRunItem<T>> items,
        CancellationToken cancellationToken)
    {
        var existing = new HashSet<BillingPeriodKey>();
        if (items.Count == 0)
        {
            return existing;
        }

        if (backend.Kind == DatabaseKind.PostgreSql)
        {
            await using var select = backend.Command(connection, transaction,
                "SELECT d.contract_id, d.period_start FROM unnest(@contracts, @periods) AS k (contract_id, period_start) "
                + "JOIN documents d ON d.tenant_id = @tenant AND d.contract_id = k.contract_id AND d.period_start = k.period_start")
                .Guid("@tenant", tenantId)
                .Array("@contracts", items.Select(i => i.ContractId).ToArray())
                .Array("@periods", items.Select(i => i.PeriodStart).ToArray());
            foreach (var key in await select.ListAsync(r => new BillingPeriodKey(r.Guid(0), r.Date(1)), cancellationToken))
            {
                existing.Add(key);
            }

            return existing;
        }

        await using var lookup = backend.Command(connection, transaction,
            "SELECT count(*) FROM documents WHERE tenant_id = @tenant AND contract_id = @contract AND period_start = @period")
            .Guid("@tenant", tenantId);
        for (var i = 0; i < items.Count; i++)
        {
            lookup.Guid("@contract", items[i].ContractId).Date("@period", items[i].PeriodStart);
            if (i == 0)
            {
                await lookup.PrepareAsync(cancellationToken);
            }

            if (await lookup.ScalarInt64Async(cancellationToken) > 0)
            {
                existing.Add(new BillingPeriodKey(items[i].ContractId, items[i].PeriodStart));
            }
        }

        return existing;
    }

    /// <summary>Moves each contract to the latest next period start of the batch, never backwards, never from NULL.</summary>
    private async Task AdvanceContractsAsync<T>(
        DbConnection connection, WriteTransaction transaction, Guid tenantId, IReadOnlyList<BillRunItem<T>> items,
        CancellationToken cancellationToken)
    {
        var targets = items.GroupBy(i => i.ContractId).Select(g => (ContractId: g.Key, Next: g.Max(i => i.NextPeriodStart)))
            .OrderBy(t => t.ContractId.ToString("D"), StringComparer.Ordinal).ToList();
        if (targets.Count == 0)
        {
            return;
        }

        var now = backend.Now();
        if (backend.Kind == DatabaseKind.PostgreSql)
        {
            await using var update = backend.Command(connection, transaction,
                "UPDATE contracts AS c SET next_period_start = k.next_start, updated_at = @now "
                + "FROM unnest(@contracts, @nexts) AS k (contract_id, next_start) "
                + "WHERE c.tenant_id = @tenant AND c.contract_id = k.contract_id AND c.next_period_start < k.next_start")
                .Timestamp("@now", now).Guid("@tenant", tenantId)
                .Array("@contracts", targets.Select(t => t.ContractId).ToArray())
                .Array("@nexts", targets.Select(t => t.Next).ToArray());
            await update.ExecuteAsync(cancellationToken);
            return;
        }

        await using var advance = backend.Command(connection, transaction,
            "UPDATE contracts SET next_period_start = @next, updated_at = @now "
            + "WHERE tenant_id = @tenant AND contract_id = @contract AND next_period_start < @next")
            .Timestamp("@now", now).Guid("@tenant", tenantId);
        for (var i = 0; i < targets.Count; i++)
        {
            advance.Guid("@contract", targets[i].ContractId).Date("@next", targets[i].Next);
            if (i == 0)
            {
                await advance.PrepareAsync(cancellationToken);
            }

            await advance.ExecuteAsync(cancellationToken);
        }
    }

    private async Task<int> RecordFailuresAsync(
        DbConnection connection, WriteTransaction transaction, Guid tenantId, Guid billRunId, IReadOnlyList<BillRunFailure> failures,
        CancellationToken cancellationToken)
    {
        if (failures.Count == 0)
        {
            return 0;
        }

        await using var insert = backend.Command(connection, transaction,
            "INSERT INTO bill_run_failures (tenant_id, bill_run_id, contract_id, period_start, reason, recorded_at) "
            + "VALUES (@tenant, @run, @contract, @period, @reason, @now) "
            + "ON CONFLICT (tenant_id, bill_run_id, contract_id, period_start) DO NOTHING")
            .Guid("@tenant", tenantId).Guid("@run", billRunId).Timestamp("@now", backend.Now());
        var recorded = 0;
        foreach (var failure in failures)
        {
            ArgumentNullException.ThrowIfNull(failure);
            Query.RequireText(failure.Reason, nameof(failure.Reason), 2000);
            insert.Guid("@contract", failure.ContractId).Date("@period", failure.PeriodStart).Text("@reason", failure.Reason);
            recorded += await insert.ExecuteAsync(cancellationToken);
        }

        return recorded;
    }

    private static BillRunRecord Read(SqlReader r) =>
        new(r.Guid(0), r.Guid(1), r.Date(2), ParseStatus(r.Text(3)), r.Timestamp(4), r.NullableTimestamp(5),
            r.Int64(6), r.Int64(7), r.Int64(8));

    private static string StatusText(BillRunStatus status) => status switch
    {
        BillRunStatus.Running => "running",
        BillRunStatus.Completed => "completed",
        BillRunStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown bill run status."),
    };

    private static BillRunStatus ParseStatus(string text) => text switch
    {
        "running" => BillRunStatus.Running,
        "completed" => BillRunStatus.Completed,
        "failed" => BillRunStatus.Failed,
        _ => throw new InvalidOperationException($"Unknown bill run status '{text}' in the database."),
    };

    private static StorageException NotRunning(Guid billRunId) =>
        new(StorageError.BillRunNotRunning, $"Bill run {billRunId} does not exist or is no longer running.");
}
