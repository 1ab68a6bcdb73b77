namespace Encaisse.Storage;

public enum BillRunStatus
{
    Running,
    Completed,
    Failed,
}

/// <summary>A bill run and its running totals (updated by each committed batch).</summary>
public sealed record BillRunRecord(
    Guid TenantId,
    Guid BillRunId,
    DateOnly AsOf,
    BillRunStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    long Created,
    long Skipped,
    long Failed);

/// <summary>
/// One contract period to invoice in a bill-run batch: (contract, period start) is the idempotency key, and
/// <see cref="NextPeriodStart"/> is where the contract moves once the period is invoiced.
/// <see cref="Payload"/> is whatever the caller's build function needs.
/// </summary>
public sealed record BillRunItem<T>(Guid ContractId, DateOnly PeriodStart, DateOnly NextPeriodStart, T Payload);

/// <summary>A contract period the caller could not invoice, recorded with the batch.</summary>
public sealed record BillRunFailure(Guid ContractId, DateOnly PeriodStart, string Reason);

/// <summary>A contract and billing period.</summary>
public readonly record struct BillingPeriodKey(Guid ContractId, DateOnly PeriodStart);

/// <summary>
/// What one committed batch did: documents created, periods skipped because a document already exists for
/// them (an earlier run, or a repeat of this batch), and failures newly recorded.
/// </summary>
public sealed record BillRunBatchResult(
    IReadOnlyList<IssuedDocument> Created,
    IReadOnlyList<BillingPeriodKey> Skipped,
    int FailuresRecorded);
