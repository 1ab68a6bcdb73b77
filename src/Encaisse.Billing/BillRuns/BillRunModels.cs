using Encaisse.Domain.Invoicing;
using Encaisse.Storage;

namespace Encaisse.Billing.BillRuns;

/// <summary>How a bill run works through the contracts.</summary>
public sealed record BillRunOptions
{
    public const int DefaultBatchSize = 2_000;

    /// <summary>Largest batch accepted: the customers of a batch are fetched in one query.</summary>
    public const int MaxBatchSize = PartyStore.MaxGetMany;

    /// <summary>
    /// Invoices committed per transaction (per legal entity and series). A crash loses at most the batch in
    /// flight, which the next run redoes; larger batches commit less often and run faster.
    /// </summary>
    public int BatchSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxBatchSize);
            field = value;
        }
    } = DefaultBatchSize;

    /// <summary>Quantities for the usage lines; a usage line without one fails its contract period.</summary>
    public UsageSheet Usage { get; init; } = UsageSheet.Empty;

    /// <summary>
    /// The issue-time rules every invoice must pass: <see cref="InvoiceRules.Core"/> (EN 16931), as for one-off
    /// invoices, unless the tenant wants more (<see cref="InvoiceRules.CoreAndFrench"/> adds the French CIUS).
    /// </summary>
    public IReadOnlyList<InvoiceRule> Rules { get; init; } = InvoiceRules.Core;

    /// <summary>Failures kept in memory for the summary (all of them are recorded in the database).</summary>
    public int FailuresKept { get; init; } = 100;

    /// <summary>
    /// A pause after each committed batch; zero in normal use. Crash tests set it (ENCAISSE_BILL_RUN_PAUSE_MS) so
    /// that a run on a fast machine stays busy long enough for every kill to land mid-run, between or inside commits.
    /// </summary>
    public TimeSpan PauseAfterBatch { get; init; } = TimeSpan.Zero;
}

/// <summary>Where a running bill run stands; reported after every committed batch.</summary>
/// <param name="ContractsDue">Contracts due when the run started (the total of the progress bar).</param>
/// <param name="ContractsDone">Contracts read and sent to a batch that has committed since.</param>
public sealed record BillRunProgress(
    Guid BillRunId, long ContractsDue, long ContractsDone, long Created, long Skipped, long Failed, TimeSpan Elapsed);

/// <summary>
/// Time spent per stage, summed over the run. Reading, composing and issuing run alongside storing (the next batch
/// is prepared while the previous one commits), so the stages add up to more than the elapsed time.
/// </summary>
/// <param name="Read">Streaming the due contracts and fetching their customers.</param>
/// <param name="Compose">Periods, charges and drafts from the contracts (pure domain).</param>
/// <param name="Issue">Issue terms, totals and issue-time rules (ahead of the transaction, and again inside it when the number differs).</param>
/// <param name="Serialize">Invoice to JSON bytes.</param>
/// <param name="Store">The storage's share of the batches: skip check, COPY/INSERT, hash chain, contract moves, commit.</param>
/// <param name="IssuedAhead">Invoices issued before their transaction with the number it then allocated (the others were issued again inside it).</param>
public sealed record BillRunTimings(TimeSpan Read, TimeSpan Compose, TimeSpan Issue, TimeSpan Serialize, TimeSpan Store, long IssuedAhead);

/// <summary>What one invocation of a bill run did.</summary>
/// <param name="Run">The run as stored once finished; its counts add up every invocation of a resumed run.</param>
/// <param name="Resumed">True when this invocation continued a run that had been interrupted (crash, kill, Ctrl-C).</param>
/// <param name="ContractsRead">Due contracts read.</param>
/// <param name="Created">Invoices issued by this invocation.</param>
/// <param name="Skipped">Contract periods that already had their invoice (an earlier run): left as they are.</param>
/// <param name="Failed">Contract periods that could not be invoiced; they stay due for the next run.</param>
/// <param name="Failures">The first failures with their reasons (up to <see cref="BillRunOptions.FailuresKept"/>).</param>
public sealed record BillRunSummary(
    BillRunRecord Run,
    bool Resumed,
    long ContractsRead,
    long Created,
    long Skipped,
    long Failed,
    IReadOnlyList<BillRunFailure> Failures,
    TimeSpan Elapsed,
    BillRunTimings Timings)
{
    public Guid BillRunId => Run.BillRunId;

    public DateOnly AsOf => Run.AsOf;

    /// <summary>Invoices issued per second, end to end.</summary>
    public double InvoicesPerSecond => Elapsed > TimeSpan.Zero ? Created / Elapsed.TotalSeconds : 0d;
}
