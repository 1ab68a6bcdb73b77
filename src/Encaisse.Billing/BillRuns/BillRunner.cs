using System.Text.Json;
using System.Threading.Channels;
using Encaisse.Billing.Ledger;
using Encaisse.Billing.Serialization;
using Encaisse.Billing.Tenancy;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Parties;
using Encaisse.Domain.Terms;
using Encaisse.Storage;

namespace Encaisse.Billing.BillRuns;

/// <summary>
/// Issues the invoices due on a date for every contract of a tenant. Contracts are streamed (memory stays flat
/// however many there are); each due period becomes one invoice (a contract behind by three months gets three),
/// composed by the domain and issued in batches of one transaction each, numbered per legal entity and series.
/// <para>
/// The invoices are dated on the as-of date: numbers follow dates, so a run cannot be dated before invoices already
/// numbered in the same series. Running again, or after a crash or <c>kill -9</c> at any point, continues where the
/// committed batches stopped: a batch commits entirely or not at all, each contract moves to its next period in the
/// transaction that invoices it, and (tenant, contract, period start) is unique, so nothing is invoiced twice and no
/// number is lost. An interrupted run is resumed under its own id when a run for the same date is started again.
/// </para>
/// <para>
/// A contract period that cannot be invoiced (usage missing, contract or customer unusable, an issue-time rule
/// refusing the invoice) is recorded as a failure with its reason, together with the later periods of the same
/// contract, which wait for it; the contract stays due there and the run goes on.
/// </para>
/// <para>
/// Throughput: one task reads, composes and issues while another stores the previous batch. Issuing needs the
/// invoice number, which only the numbering transaction allocates; the first task therefore issues each invoice
/// ahead with the number it will most likely get (the series' next number plus the invoices already on their way),
/// and the transaction takes that invoice when the number it allocates is the same, or issues it again when not
/// (another process numbered meanwhile, a period was skipped). Either way the stored invoice carries its number.
/// </para>
/// </summary>
public sealed class BillRunner(EncaisseDatabase db, TimeProvider time)
{
    /// <summary>The contract status a bill run invoices; any other status ("suspended"…) is left alone.</summary>
    public const string BillableStatus = "active";

    /// <summary>How often a batch is tried again when another process invoiced some of its periods meanwhile.</summary>
    private const int ConflictRetries = 3;

    private const int MaxReasonLength = 2000;

    /// <summary>Runs (or resumes) the bill run of <paramref name="tenant"/> as of <paramref name="asOf"/>.</summary>
    public async Task<BillRunSummary> RunAsync(
        TenantProfile tenant, DateOnly asOf, BillRunOptions? options, IProgress<BillRunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var execution = new Execution(db, time, tenant, asOf, options ?? new BillRunOptions(), progress);
        return await execution.RunAsync(cancellationToken);
    }

    /// <summary>One invocation: a producer reads, composes and issues ahead while a consumer stores the previous batch.</summary>
    private sealed class Execution(
        EncaisseDatabase db, TimeProvider time, TenantProfile tenant, DateOnly asOf, BillRunOptions options, IProgress<BillRunProgress>? progress)
    {
        private readonly long started = time.GetTimestamp();
        private readonly Dictionary<Guid, Source<LegalEntity>> sellers = [];
        private readonly Dictionary<(Guid LegalEntityId, string Series), SeriesForecast?> forecasts = [];
        private readonly List<BillRunFailure> keptFailures = [];
        private Guid runId;
        private long contractsDue;

        // Written by the producer only.
        private long contractsRead;
        private long readTicks;
        private long composeTicks;

        // Written by the consumer only.
        private long contractsDone;
        private long created;
        private long skipped;
        private long failed;
        private long storeTicks;
        private long issuedAhead;
        private long? lastSeq;

        // Written by both (issuing ahead in the producer, again in the consumer when the number differs).
        private long issueTicks;
        private long serializeTicks;

        public async Task<BillRunSummary> RunAsync(CancellationToken cancellationToken)
        {
            var (id, resumed) = await ChooseRunAsync(cancellationToken);
            runId = id;
            await db.BillRuns.StartAsync(tenant.TenantId, runId, asOf, cancellationToken);
            contractsDue = await db.Contracts.CountDueAsync(tenant.TenantId, asOf, BillableStatus, cancellationToken);
            Report();

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // One batch waits while the next is prepared: reading, composing and issuing overlap with the database's work.
            var channel = Channel.CreateBounded<Batch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
            var producer = Task.Run(() => ProduceAsync(channel.Writer, stop.Token), CancellationToken.None);
            try
            {
                await ConsumeAsync(channel.Reader, stop.Token);
                await producer;
            }
            catch
            {
                await stop.CancelAsync();
                await Task.WhenAny(producer);
                await MarkFailedAsync();
                throw;
            }

            var run = await db.BillRuns.FinishAsync(tenant.TenantId, runId, BillRunStatus.Completed, cancellationToken);
            Report();
            return new BillRunSummary(run, resumed, contractsRead, created, skipped, failed, keptFailures, Elapsed,
                new BillRunTimings(Ticks(readTicks), Ticks(composeTicks), Ticks(issueTicks), Ticks(serializeTicks), Ticks(storeTicks), issuedAhead));
        }

        private TimeSpan Elapsed => time.GetElapsedTime(started);

        private TimeSpan Ticks(long timestampTicks) => TimeSpan.FromSeconds((double)timestampTicks / time.TimestampFrequency);

        /// <summary>The unfinished run of the same date, if one was interrupted; a new run otherwise.</summary>
        private async Task<(Guid Id, bool Resumed)> ChooseRunAsync(CancellationToken cancellationToken)
        {
            Guid? unfinished = null;
            var page = PageRequest.First(PageRequest.MaxLimit);
            while (true)
            {
                var runs = await db.BillRuns.ListAsync(tenant.TenantId, page, cancellationToken);
                foreach (var run in runs.Items.Where(r => r.AsOf == asOf && r.Status != BillRunStatus.Completed))
                {
                    unfinished = run.BillRunId; // ids are time-ordered (UUIDv7): the last one is the latest run
                }

                if (runs.Next is not { } next)
                {
                    break;
                }

                page = new PageRequest(next, PageRequest.MaxLimit);
            }

            return unfinished is { } id ? (id, true) : (Guid.CreateVersion7(time.GetUtcNow()), false);
        }

        private async Task MarkFailedAsync()
        {
            try
            {
                await db.BillRuns.FinishAsync(tenant.TenantId, runId, BillRunStatus.Failed, CancellationToken.None);
            }
            catch (StorageException)
            {
                // Already finished by another process: its status stands. The original error is what matters.
            }
        }

        private void Report() =>
            progress?.Report(new BillRunProgress(runId, contractsDue, contractsDone, created, skipped, failed, Elapsed));

        // ---------------------------------------------------------------- producer: read, compose, issue ahead

        private async Task ProduceAsync(ChannelWriter<Batch> writer, CancellationToken cancellationToken)
        {
            try
            {
                var groups = new Dictionary<(Guid LegalEntityId, string Series), Batch>();
                var chunk = new List<ContractRecord>(options.BatchSize);
                await using (var contracts = db.Contracts.StreamDueAsync(tenant.TenantId, asOf, BillableStatus, cancellationToken)
                    .GetAsyncEnumerator(cancellationToken))
                {
                    while (true)
                    {
                        var before = time.GetTimestamp();
                        var more = await contracts.MoveNextAsync();
                        readTicks += time.GetTimestamp() - before;
                        if (!more)
                        {
                            break;
                        }

                        chunk.Add(contracts.Current);
                        contractsRead++;
                        if (chunk.Count == options.BatchSize)
                        {
                            await PrepareChunkAsync(chunk, groups, writer, cancellationToken);
                            chunk.Clear();
                        }
                    }
                }

                await PrepareChunkAsync(chunk, groups, writer, cancellationToken);
                foreach (var batch in groups.Values.Where(b => b.Contracts > 0))
                {
                    await SendAsync(batch, writer, cancellationToken);
                }

                writer.Complete();
            }
            catch (Exception exception)
            {
                writer.TryComplete(exception);
                throw;
            }
        }

        private async Task PrepareChunkAsync(
            List<ContractRecord> chunk, Dictionary<(Guid, string), Batch> groups, ChannelWriter<Batch> writer, CancellationToken cancellationToken)
        {
            if (chunk.Count == 0)
            {
                return;
            }

            var customers = await LoadCustomersAsync(chunk, cancellationToken);
            foreach (var record in chunk)
            {
                var seller = await SellerAsync(record.LegalEntityId, cancellationToken);
                var key = (record.LegalEntityId, record.Series);
                if (!groups.TryGetValue(key, out var batch))
                {
                    groups[key] = batch = new Batch(record.LegalEntityId, record.Series);
                }

                var before = time.GetTimestamp();
                Prepare(record, seller, customers[record.CustomerId], batch);
                composeTicks += time.GetTimestamp() - before;
                batch.Contracts++;

                // A batch is cut between contracts only, so the periods of one contract always commit together.
                if (batch.Size >= options.BatchSize)
                {
                    await SendAsync(batch, writer, cancellationToken);
                    groups[key] = new Batch(record.LegalEntityId, record.Series);
                }
            }
        }

        /// <summary>Issues the batch's invoices ahead with the numbers they will most likely get, then queues it.</summary>
        private async Task SendAsync(Batch batch, ChannelWriter<Batch> writer, CancellationToken cancellationToken)
        {
            var key = (batch.LegalEntityId, batch.Series);
            if (!forecasts.TryGetValue(key, out var forecast))
            {
                var series = await db.NumberSeries.GetAsync(tenant.TenantId, batch.LegalEntityId, batch.Series, cancellationToken);
                forecasts[key] = forecast = series is null ? null : new SeriesForecast(series.Prefix, series.Width, series.NextSeq);
            }

            if (forecast is null)
            {
                // No counter to number them: every period of the batch fails, and the contracts stay due.
                foreach (var item in batch.Items)
                {
                    Fail(batch, item.ContractId, item.PeriodStart,
                        $"No number series '{batch.Series}' is configured for the issuing company {batch.LegalEntityId}.");
                }

                batch.Items.Clear();
            }
            else if (batch.Items.Count > 0)
            {
                var seq = forecast.Reserve(batch.Items.Count);
                batch.Forecast = forecast;
                foreach (var item in batch.Items)
                {
                    var number = NumberSeriesRecord.FormatNumber(forecast.Prefix, forecast.Width, seq);
                    item.Payload.Ahead = TryIssue(item.Payload, number) is { } record ? new IssuedAhead(seq, number, record) : null;
                    seq++;
                }
            }

            await writer.WriteAsync(batch, cancellationToken);
        }

        private async Task<Dictionary<Guid, Source<Party>>> LoadCustomersAsync(List<ContractRecord> chunk, CancellationToken cancellationToken)
        {
            var before = time.GetTimestamp();
            var ids = chunk.Select(c => c.CustomerId).ToHashSet();
            var records = await db.Parties.GetManyAsync(tenant.TenantId, ids, cancellationToken);
            var fetched = time.GetTimestamp();
            readTicks += fetched - before;

            var customers = new Dictionary<Guid, Source<Party>>(ids.Count);
            foreach (var record in records)
            {
                customers[record.PartyId] = Source<Party>.Try(() => MasterDataJson.DeserializeParty(record.PartyId, record.Body),
                    $"The customer {record.Name} ({record.PartyId}) cannot be invoiced");
            }

            foreach (var id in ids.Where(id => !customers.ContainsKey(id)))
            {
                customers[id] = Source<Party>.Missing($"The customer {id} does not exist.");
            }

            composeTicks += time.GetTimestamp() - fetched;
            return customers;
        }

        private async Task<Source<LegalEntity>> SellerAsync(Guid legalEntityId, CancellationToken cancellationToken)
        {
            if (sellers.TryGetValue(legalEntityId, out var cached))
            {
                return cached;
            }

            var record = await db.Tenants.GetLegalEntityAsync(tenant.TenantId, legalEntityId, cancellationToken);
            var seller = record is null
                ? Source<LegalEntity>.Missing($"The issuing company {legalEntityId} does not exist.")
                : Source<LegalEntity>.Try(() => MasterDataJson.DeserializeLegalEntity(record.LegalEntityId, record.Body),
                    $"The issuing company {record.Name} cannot issue invoices");
            sellers[legalEntityId] = seller;
            return seller;
        }

        /// <summary>The items (one per due period) or failures of one contract, added to its batch.</summary>
        private void Prepare(ContractRecord record, Source<LegalEntity> seller, Source<Party> customer, Batch batch)
        {
            // Never null: only contracts whose next period starts on or before the as-of date are streamed.
            var nextPeriodStart = record.NextPeriodStart!.Value;
            RecurringContract contract;
            IReadOnlyList<BillingPeriod> periods;
            try
            {
                contract = MasterDataJson.DeserializeContract(record.Body);
                if (contract.Validate() is { Count: > 0 } problems)
                {
                    Fail(batch, record.ContractId, nextPeriodStart, $"The contract cannot be billed: {string.Join(" ", problems)}");
                    return;
                }

                periods = BillingSchedule.PeriodsDue(contract, asOf, nextPeriodStart);
            }
            catch (Exception exception) when (IsDataProblem(exception))
            {
                Fail(batch, record.ContractId, nextPeriodStart, $"The contract cannot be read: {exception.Message}");
                return;
            }

            if (periods.Count == 0)
            {
                return; // Billed in arrears, and the current period has not ended yet.
            }

            if (seller.Value is null || customer.Value is null)
            {
                FailFrom(batch, record.ContractId, periods, 0, seller.Error ?? customer.Error!);
                return;
            }

            for (var i = 0; i < periods.Count; i++)
            {
                var period = periods[i];
                try
                {
                    var charges = ContractCharges.For(contract, period, options.Usage.For(contract.Id, period.Start));
                    if (!charges.Success)
                    {
                        FailFrom(batch, record.ContractId, periods, i, charges.Error!);
                        return;
                    }

                    if (charges.Lines.Count == 0)
                    {
                        FailFrom(batch, record.ContractId, periods, i,
                            $"Nothing to bill from {period.Start:dd/MM/yyyy} to {period.End:dd/MM/yyyy}: no line of the contract has an amount "
                            + "in this period. End the contract or change its lines.");
                        return;
                    }

                    // The issue-time rules run once, inside the numbering transaction (see IssueAsync for refusals).
                    var draft = InvoiceComposer.ForContractPeriod(seller.Value, customer.Value, contract, period, charges.Lines, tenant.Policy);
                    batch.Items.Add(new BillRunItem<PeriodInvoice>(record.ContractId, period.Start, period.EndExclusive,
                        new PeriodInvoice(record.ContractId, period.Start, record.CustomerId, draft, contract.PaymentTerms)));
                }
                catch (Exception exception) when (IsDataProblem(exception))
                {
                    FailFrom(batch, record.ContractId, periods, i, $"The invoice cannot be composed: {exception.Message}");
                    return;
                }
            }
        }

        /// <summary>Fails period <paramref name="index"/> and, waiting for it, every later period of the contract.</summary>
        private static void FailFrom(Batch batch, Guid contractId, IReadOnlyList<BillingPeriod> periods, int index, string reason)
        {
            Fail(batch, contractId, periods[index].Start, reason);
            for (var later = index + 1; later < periods.Count; later++)
            {
                Fail(batch, contractId, periods[later].Start, Waiting(periods[index].Start));
            }
        }

        private static void Fail(Batch batch, Guid contractId, DateOnly periodStart, string reason) =>
            batch.Failures.Add(new BillRunFailure(contractId, periodStart,
                reason.Length <= MaxReasonLength ? reason : reason[..(MaxReasonLength - 1)] + "…"));

        private static string Waiting(DateOnly failedPeriodStart) =>
            $"Not billed: waits for the period from {failedPeriodStart:dd/MM/yyyy}, which could not be billed.";

        private static string Refusal(IEnumerable<InvoiceFinding> fatal) =>
            "The invoice would be refused: " + string.Join(" ", fatal.Select(f => $"{f.RuleId} {f.Message}"));

        // Bad data in one contract, customer or company must not stop the run; anything else (a bug, the database) does.
        private static bool IsDataProblem(Exception exception) =>
            exception is JsonException or ArgumentException or InvalidDataException or FormatException or OverflowException
                or InvalidOperationException or NotSupportedException;

        // ---------------------------------------------------------------- consumer: number, issue, commit

        private async Task ConsumeAsync(ChannelReader<Batch> reader, CancellationToken cancellationToken)
        {
            await foreach (var batch in reader.ReadAllAsync(cancellationToken))
            {
                var result = await IssueAsync(batch, cancellationToken);
                created += result.Created.Count;
                skipped += result.Skipped.Count;
                failed += batch.Failures.Count;
                foreach (var failure in batch.Failures.Take(options.FailuresKept - keptFailures.Count))
                {
                    keptFailures.Add(failure);
                }

                contractsDone += batch.Contracts;
                Report();
                if (options.PauseAfterBatch > TimeSpan.Zero)
                {
                    await Task.Delay(options.PauseAfterBatch, time, cancellationToken);
                }
            }
        }

        private async Task<BillRunBatchResult> IssueAsync(Batch batch, CancellationToken cancellationToken)
        {
            if (batch.Items.Count == 0 && batch.Failures.Count == 0)
            {
                return new BillRunBatchResult([], [], 0);
            }

            for (var conflicts = 0; ; )
            {
                var before = time.GetTimestamp();
                var insideBefore = Interlocked.Read(ref issueTicks) + Interlocked.Read(ref serializeTicks);
                lastSeq = null;
                try
                {
                    var result = await db.BillRuns.IssueBatchAsync(
                        tenant.TenantId, runId, batch.LegalEntityId, batch.Series, batch.Items, batch.Failures, Build, cancellationToken);
                    batch.Forecast?.Committed(batch.Reserved, lastSeq);
                    return result;
                }
                catch (RefusedAtIssueException refused)
                {
                    // Nothing was written and no number taken. Leave the period (and the later ones of its contract)
                    // out and issue the others. Refusals are rare, so the rules run only at issue; after a first one,
                    // the rest of the batch is checked once without numbers, so that the next try does not meet
                    // the other refusals one at a time.
                    Drop(batch, refused.ContractId, refused.PeriodStart, refused.Message);
                    if (!batch.Checked)
                    {
                        batch.Checked = true;
                        foreach (var item in batch.Items.ToList())
                        {
                            var fatal = InvoiceRules.CheckForIssue(item.Payload.Draft, options.Rules).Where(f => f.Severity == FindingSeverity.Fatal).ToList();
                            if (fatal.Count > 0 && batch.Items.Contains(item))
                            {
                                Drop(batch, item.ContractId, item.PeriodStart, Refusal(fatal));
                            }
                        }
                    }
                }
                catch (StorageException exception) when (exception.Error == StorageError.Conflict && ++conflicts <= ConflictRetries)
                {
                    // Another process committed some of these periods after this batch checked them: the next try
                    // sees them and skips them.
                }
                finally
                {
                    var inside = Interlocked.Read(ref issueTicks) + Interlocked.Read(ref serializeTicks) - insideBefore;
                    storeTicks += time.GetTimestamp() - before - inside;
                }
            }
        }

        /// <summary>Takes a period and the later ones of its contract out of the batch, as failures.</summary>
        private static void Drop(Batch batch, Guid contractId, DateOnly periodStart, string reason)
        {
            var dropped = batch.Items.Where(i => i.ContractId == contractId && i.PeriodStart >= periodStart).ToList();
            batch.Items.RemoveAll(dropped.Contains);
            Fail(batch, contractId, periodStart, reason);
            foreach (var later in dropped.Where(i => i.PeriodStart > periodStart))
            {
                Fail(batch, later.ContractId, later.PeriodStart, Waiting(periodStart));
            }
        }

        /// <summary>
        /// Inside the numbering transaction, with the number allocated: the invoice issued ahead with that very number,
        /// or the invoice issued now.
        /// </summary>
        private DocumentRecord Build(PeriodInvoice item, AllocatedNumber number)
        {
            lastSeq = number.Seq;
            if (item.Ahead is { } ahead && ahead.Seq == number.Seq && ahead.Number == number.Number)
            {
                issuedAhead++;
                return ahead.Record;
            }

            return TryIssue(item, number.Number) ?? throw new RefusedAtIssueException(item.ContractId, item.PeriodStart,
                Refusal(Issue(item, number.Number).Findings.Where(f => f.Severity == FindingSeverity.Fatal)));
        }

        /// <summary>The ledger row of the invoice issued with this number on the run's date; null when the rules refuse it.</summary>
        private DocumentRecord? TryIssue(PeriodInvoice item, string number)
        {
            var before = time.GetTimestamp();
            var result = Issue(item, number);
            var issued = time.GetTimestamp();
            Interlocked.Add(ref issueTicks, issued - before);
            if (!result.IsIssued)
            {
                return null;
            }

            var record = DocumentMapping.ToRecord(result.Invoice, Guid.CreateVersion7(time.GetUtcNow()), item.CustomerId, item.ContractId, item.PeriodStart);
            Interlocked.Add(ref serializeTicks, time.GetTimestamp() - issued);
            return record;
        }

        private IssueResult Issue(PeriodInvoice item, string number)
        {
            var invoiceNumber = InvoiceNumber.Parse(number);
            return invoiceNumber.Success
                ? InvoiceComposer.ApplyIssueTerms(item.Draft, item.Terms, asOf, number).Issue(invoiceNumber.Value, asOf, options.Rules)
                : throw new InvalidOperationException($"The numbering series produced an invalid invoice number: {invoiceNumber.Error}");
        }
    }

    /// <summary>The invoices and failures of one (legal entity, series), committed in one transaction.</summary>
    private sealed class Batch(Guid legalEntityId, string series)
    {
        public Guid LegalEntityId { get; } = legalEntityId;

        public string Series { get; } = series;

        public List<BillRunItem<PeriodInvoice>> Items { get; } = [];

        public List<BillRunFailure> Failures { get; } = [];

        /// <summary>Contracts read into this batch, including those with nothing due.</summary>
        public int Contracts { get; set; }

        public int Size => Items.Count + Failures.Count;

        /// <summary>True once every item was checked against the issue-time rules (after a refusal).</summary>
        public bool Checked { get; set; }

        /// <summary>The series forecast whose numbers the items were issued ahead with, if any.</summary>
        public SeriesForecast? Forecast
        {
            get;
            set
            {
                field = value;
                Reserved = Items.Count;
            }
        }

        /// <summary>Numbers the batch reserved in the forecast.</summary>
        public int Reserved { get; private set; }
    }

    /// <summary>A composed draft waiting for its number, and the invoice issued ahead with the number it should get.</summary>
    private sealed record PeriodInvoice(Guid ContractId, DateOnly PeriodStart, Guid CustomerId, InvoiceDraft Draft, PaymentTerms Terms)
    {
        public IssuedAhead? Ahead { get; set; }
    }

    /// <summary>An invoice issued before its transaction, valid only if the transaction allocates it <see cref="Number"/>.</summary>
    private sealed record IssuedAhead(long Seq, string Number, DocumentRecord Record);

    /// <summary>
    /// Where a series' numbering will be when a batch reaches its transaction: the next number after the last batch
    /// committed, plus the numbers reserved by the batches on their way. A wrong guess costs time, never correctness.
    /// </summary>
    private sealed class SeriesForecast(string prefix, int width, long nextSeq)
    {
        private readonly Lock gate = new();
        private long committedNext = nextSeq;
        private long reserved;

        public string Prefix { get; } = prefix;

        public int Width { get; } = width;

        /// <summary>The first of <paramref name="count"/> numbers a batch should get.</summary>
        public long Reserve(int count)
        {
            lock (gate)
            {
                var first = committedNext + reserved;
                reserved += count;
                return first;
            }
        }

        /// <summary>A batch committed: its reservation ends, and the series continues after the last number it used.</summary>
        public void Committed(int count, long? lastSeq)
        {
            lock (gate)
            {
                reserved -= count;
                if (lastSeq is { } last)
                {
                    committedNext = last + 1;
                }
            }
        }
    }

    /// <summary>Master data rebuilt once, or why it cannot be used.</summary>
    private readonly record struct Source<T>(T? Value, string? Error)
        where T : class
    {
        public static Source<T> Missing(string error) => new(null, error);

        public static Source<T> Try(Func<T> rebuild, string what)
        {
            try
            {
                return new Source<T>(rebuild(), null);
            }
            catch (Exception exception) when (exception is JsonException or InvalidDataException or ArgumentException or FormatException)
            {
                return new Source<T>(null, $"{what}: {exception.Message}");
            }
        }
    }

    /// <summary>An issue-time rule refused an invoice inside the numbering transaction, which therefore rolls back.</summary>
    private sealed class RefusedAtIssueException(Guid contractId, DateOnly periodStart, string message) : InvalidOperationException(message)
    {
        public Guid ContractId { get; } = contractId;

        public DateOnly PeriodStart { get; } = periodStart;
    }
}
