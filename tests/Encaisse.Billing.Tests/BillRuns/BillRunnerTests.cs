using Encaisse.Billing.BillRuns;
using Encaisse.Billing.Serialization;
using Encaisse.Billing.Tests.BillRuns.Infrastructure;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Terms;
using Encaisse.Storage;
using Encaisse.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Encaisse.Billing.Tests.BillRuns;

public sealed class BillRunnerTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly DateOnly February = new(2026, 2, 1);
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly April = new(2026, 4, 1);

    [Theory, Sqlite, Postgres]
    public async Task A_contract_behind_gets_one_invoice_per_period_and_a_mid_month_start_is_prorated(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind);
        var db = test.Db;
        var world = await BillingWorld.CreateAsync(db);
        var behind = await world.AddContractAsync(January);
        var stub = await world.AddContractAsync(new DateOnly(2026, 2, 16), c => c with { AnchorDay = 1 });
        var inArrears = await world.AddContractAsync(January, c => c with { Frequency = BillingFrequency.Quarterly, Timing = BillingTiming.InArrears });

        var summary = await RunAsync(world, March);

        Assert.Equal((3L, 5L, 0L, 0L), (summary.ContractsRead, summary.Created, summary.Skipped, summary.Failed));
        Assert.Equal(5L, summary.Timings.IssuedAhead); // alone on its series, every number was foreseen
        Assert.Equal(BillRunStatus.Completed, summary.Run.Status);
        Assert.False(summary.Resumed);

        var catchUp = await world.InvoicesOfAsync(behind.Id.Value);
        Assert.Equal([January, February, March], catchUp.Select(i => i.Header.PeriodStart!.Value));
        Assert.Equal([new Period(January, new DateOnly(2026, 1, 31)), new Period(February, new DateOnly(2026, 2, 28)), new Period(March, new DateOnly(2026, 3, 31))],
            catchUp.Select(i => i.Invoice.InvoicingPeriod)); // BG-14
        Assert.All(catchUp, i => Assert.Equal((100m, 20m, 120m), (i.Invoice.Totals.TotalWithoutVat, i.Invoice.Totals.TotalVat, i.Invoice.Totals.TotalWithVat)));

        var prorated = await world.InvoicesOfAsync(stub.Id.Value);
        Assert.Equal([new DateOnly(2026, 2, 16), March], prorated.Select(i => i.Header.PeriodStart!.Value));
        var stubLine = Assert.Single(prorated[0].Invoice.Lines);
        // 13 days of a 28-day February: the factor is folded into the quantity (4 decimals), the price stays agreed.
        Assert.Equal((0.4643m, 100m, 46.43m), (stubLine.Quantity, stubLine.Price.NetPrice, stubLine.NetAmount));
        Assert.Equal(new Period(new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 28)), stubLine.Period);
        Assert.Equal(100m, Assert.Single(prorated[1].Invoice.Lines).NetAmount);

        Assert.Empty(await world.InvoicesOfAsync(inArrears.Id.Value));
        Assert.Equal((April, April, January), (await world.NextPeriodStartAsync(behind), await world.NextPeriodStartAsync(stub), await world.NextPeriodStartAsync(inArrears)));

        var all = catchUp.Concat(prorated).ToList();
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"{BillingWorld.InvoicePrefix}{n:D6}"), all.Select(i => i.Header.Number).Order());
        foreach (var (header, invoice) in all)
        {
            // Issued on the run's date, due 30 days later, and the stored columns are the invoice's own totals.
            Assert.Equal((March, new DateOnly(2026, 3, 31)), (invoice.IssueDate, invoice.DueDate!.Value));
            Assert.Equal((header.Number, header.IssueDate, header.DueDate), (invoice.Number, invoice.IssueDate, invoice.DueDate));
            Assert.Equal((header.TotalWithoutVat, header.TotalVat, header.TotalWithVat, header.AmountDue),
                (invoice.Totals.TotalWithoutVat, invoice.Totals.TotalVat, invoice.Totals.TotalWithVat, invoice.Totals.AmountDueForPayment));
            Assert.DoesNotContain(InvoiceRules.CheckForIssue(invoice), f => f.Severity == FindingSeverity.Fatal);
            var recomputed = Recalculate(invoice).Totals;
            Assert.Equal((recomputed.SumOfLineNetAmounts, recomputed.TotalWithoutVat, recomputed.TotalVat, recomputed.TotalWithVat),
                (invoice.Totals.SumOfLineNetAmounts, invoice.Totals.TotalWithoutVat, invoice.Totals.TotalVat, invoice.Totals.TotalWithVat));
        }

        Assert.True((await db.Documents.VerifyAsync(world.TenantId, None)).IsIntact);
    }

    [Theory, Sqlite, Postgres]
    public async Task Running_twice_creates_nothing_twice_and_periods_already_invoiced_are_skipped(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind);
        var db = test.Db;
        var world = await BillingWorld.CreateAsync(db);
        var contracts = new List<RecurringContract>();
        for (var i = 0; i < 4; i++)
        {
            contracts.Add(await world.AddContractAsync(February));
        }

        var first = await RunAsync(world, March);
        var second = await RunAsync(world, March);

        Assert.Equal(8, first.Created);
        Assert.Equal((0L, 0L, 0L, 0L), (second.ContractsRead, second.Created, second.Skipped, second.Failed));
        Assert.NotEqual(first.BillRunId, second.BillRunId);

        // A contract put back to an invoiced period (a re-import, a manual edit) is not invoiced again.
        var record = (await db.Contracts.GetAsync(world.TenantId, contracts[2].Id.Value, None))!;
        await db.Contracts.UpsertAsync(record with { NextPeriodStart = February }, None);
        var third = await RunAsync(world, March);

        Assert.Equal((1L, 0L, 2L, 0L), (third.ContractsRead, third.Created, third.Skipped, third.Failed));
        Assert.Equal(April, await world.NextPeriodStartAsync(contracts[2]));
        Assert.Equal(8, await db.Documents.CountAsync(world.TenantId, DocumentFilter.All, None));
        Assert.Equal(2L, third.Run.Skipped);
        Assert.True((await db.Documents.VerifyAsync(world.TenantId, None)).IsIntact);
    }

    [Theory, Sqlite, Postgres]
    public async Task Invoices_issued_ahead_with_a_number_that_did_not_come_are_issued_again_with_the_right_one(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind);
        var db = test.Db;
        var world = await BillingWorld.CreateAsync(db);
        var contracts = new List<RecurringContract>();
        for (var i = 0; i < 6; i++)
        {
            contracts.Add(await world.AddContractAsync(January));
        }

        await RunAsync(world, February);
        // Two contracts put back on February, already invoiced: the forecast counts numbers for those periods, the
        // transaction skips them, so the invoices after them get other numbers than the ones they were issued with.
        foreach (var contract in contracts.Where((_, i) => i is 1 or 4))
        {
            var record = (await db.Contracts.GetAsync(world.TenantId, contract.Id.Value, None))!;
            await db.Contracts.UpsertAsync(record with { NextPeriodStart = February }, None);
        }

        var summary = await RunAsync(world, March);

        Assert.Equal((6L, 2L), (summary.Created, summary.Skipped));
        Assert.True(summary.Timings.IssuedAhead < summary.Created, $"{summary.Timings.IssuedAhead} issued ahead");
        foreach (var contract in contracts)
        {
            var invoices = await world.InvoicesOfAsync(contract.Id.Value);
            Assert.Equal([January, February, March], invoices.Select(i => i.Header.PeriodStart!.Value));
            Assert.All(invoices, i => Assert.Equal(i.Header.Number, i.Invoice.Number));
        }

        Assert.True((await db.Documents.VerifyAsync(world.TenantId, None)).IsIntact);
    }

    [Theory, Sqlite, Postgres]
    public async Task Missing_usage_fails_that_period_and_the_later_ones_and_the_run_goes_on(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind);
        var db = test.Db;
        var world = await BillingWorld.CreateAsync(db);
        var apiCalls = BillingWorld.Usage("Appels API", 0.002m);
        var withFebruaryUsage = await world.AddContractAsync(February, c => c with { Lines = [BillingWorld.FixedPrice("Abonnement", 20m), apiCalls] });
        var otherCalls = BillingWorld.Usage("Appels API", 0.002m);
        var withMarchUsage = await world.AddContractAsync(February, c => c with { Lines = [otherCalls] });
        var plain = await world.AddContractAsync(March);
        var usage = await Usage(
            $"{withFebruaryUsage.Id},{apiCalls.Id},2026-02-01,125000",
            $"{withMarchUsage.Id},{otherCalls.Id},2026-03-01,10");

        var summary = await RunAsync(world, March, new BillRunOptions { Usage = usage });

        Assert.Equal((3L, 2L, 3L), (summary.ContractsRead, summary.Created, summary.Failed));
        var february = Assert.Single(await world.InvoicesOfAsync(withFebruaryUsage.Id.Value));
        Assert.Equal(February, february.Header.PeriodStart);
        Assert.Equal([20m, 250m], february.Invoice.Lines.Select(l => l.NetAmount)); // 125 000 calls × 0.002
        Assert.Single(await world.InvoicesOfAsync(plain.Id.Value));
        Assert.Empty(await world.InvoicesOfAsync(withMarchUsage.Id.Value));

        var failures = await world.FailuresAsync(summary.BillRunId);
        Assert.Equal(summary.Failures.OrderBy(f => f.ContractId).ThenBy(f => f.PeriodStart), failures.OrderBy(f => f.ContractId).ThenBy(f => f.PeriodStart));
        Assert.Equal("Line 'Appels API': usage for 01/03/2026 – 31/03/2026 is missing.",
            Assert.Single(failures, f => f.ContractId == withFebruaryUsage.Id.Value).Reason);
        Assert.Equal(
            [
                (February, "Line 'Appels API': usage for 01/02/2026 – 28/02/2026 is missing."),
                (March, "Not billed: waits for the period from 01/02/2026, which could not be billed."),
            ],
            failures.Where(f => f.ContractId == withMarchUsage.Id.Value).OrderBy(f => f.PeriodStart).Select(f => (f.PeriodStart, f.Reason)));
        Assert.Equal((March, February), (await world.NextPeriodStartAsync(withFebruaryUsage), await world.NextPeriodStartAsync(withMarchUsage)));
        Assert.Equal(3L, summary.Run.Failed);

        // With the usage supplied, the next run invoices what was left.
        var complete = await Usage(
            $"{withFebruaryUsage.Id},{apiCalls.Id},2026-03-01,0",
            $"{withMarchUsage.Id},{otherCalls.Id},2026-02-01,7",
            $"{withMarchUsage.Id},{otherCalls.Id},2026-03-01,10");
        var rerun = await RunAsync(world, March, new BillRunOptions { Usage = complete });
        Assert.Equal((3L, 0L), (rerun.Created, rerun.Failed));
        Assert.Equal([0.01m, 0.02m], (await world.InvoicesOfAsync(withMarchUsage.Id.Value)).Select(i => i.Invoice.Totals.TotalWithoutVat));
        Assert.True((await db.Documents.VerifyAsync(world.TenantId, None)).IsIntact);
    }

    [Theory, Sqlite, Postgres]
    public async Task Invoices_refused_at_issue_are_left_out_and_their_batch_is_issued_without_them(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind);
        var db = test.Db;
        var world = await BillingWorld.CreateAsync(db);
        var before = await world.AddContractAsync(March);
        // Due on a fixed date before the issue date: only the issue date reveals it (BR-FR-CO-07).
        var dueTooEarly = await world.AddContractAsync(February, c => c with { PaymentTerms = new PaymentTerms.FixedDate(new DateOnly(2026, 2, 15)) });
        // 19 % is no French VAT rate (BR-FR-16): found without a number too.
        var foreignRate = await world.AddContractAsync(March, c => c with { Lines = [BillingWorld.FixedPrice("Hébergement", 100m) with { VatRate = 19m }] });
        var after = await world.AddContractAsync(March);

        var summary = await RunAsync(world, March, new BillRunOptions { Rules = InvoiceRules.CoreAndFrench });

        Assert.Equal((2L, 3L), (summary.Created, summary.Failed));
        Assert.Equal(
            new[] { (dueTooEarly.Id.Value, February), (dueTooEarly.Id.Value, March), (foreignRate.Id.Value, March) }.Order(),
            summary.Failures.Select(f => (f.ContractId, f.PeriodStart)).Order());
        Assert.StartsWith("The invoice would be refused: BR-FR-CO-07", summary.Failures.Single(f => f.PeriodStart == February).Reason);
        Assert.Equal("Not billed: waits for the period from 01/02/2026, which could not be billed.",
            summary.Failures.Single(f => f.ContractId == dueTooEarly.Id.Value && f.PeriodStart == March).Reason);
        Assert.StartsWith("The invoice would be refused: BR-FR-16", summary.Failures.Single(f => f.ContractId == foreignRate.Id.Value).Reason);
        Assert.Empty(await world.InvoicesOfAsync(dueTooEarly.Id.Value));
        Assert.Empty(await world.InvoicesOfAsync(foreignRate.Id.Value));
        Assert.Equal(February, await world.NextPeriodStartAsync(dueTooEarly));
        Assert.Single(await world.InvoicesOfAsync(before.Id.Value));
        Assert.Single(await world.InvoicesOfAsync(after.Id.Value));
        var verification = await db.Documents.VerifyAsync(world.TenantId, None);
        Assert.True(verification.IsIntact);
        Assert.Equal(2, verification.Series.Single(s => s.Series == world.Series).DocumentsChecked);
    }

    [Theory, Sqlite, Postgres]
    public async Task Batches_are_committed_per_company_and_series_with_progress_after_each(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind);
        var db = test.Db;
        var world = await BillingWorld.CreateAsync(db);
        var second = await world.AddCompanyAsync("G2026-");
        var contracts = new List<RecurringContract>();
        for (var i = 0; i < 23; i++)
        {
            contracts.Add(await world.AddContractAsync(i % 3 == 0 ? February : March, legalEntityId: i % 2 == 0 ? world.LegalEntityId : second));
        }

        var reports = new List<BillRunProgress>();
        var summary = await new BillRunner(db, new FakeTimeProvider(DatabaseFixture.Start))
            .RunAsync(world.Tenant, March, new BillRunOptions { BatchSize = 4 }, new Synchronous(reports), None);

        var expected = contracts.Sum(c => BillingSchedule.PeriodsDue(c, March, c.StartDate).Count);
        Assert.Equal(31, expected);
        Assert.Equal(expected, summary.Created);
        Assert.Equal(expected, summary.Run.Created);
        // One report at the start, one per committed batch (at least 31 / 5 of them), one at the end.
        Assert.True(reports.Count >= 2 + 7, $"{reports.Count} progress reports");
        Assert.Equal((23L, 0L), (reports[0].ContractsDue, reports[0].ContractsDone));
        Assert.Equal((23L, 23L, expected), (reports[^1].ContractsDue, reports[^1].ContractsDone, reports[^1].Created));
        Assert.Equal(reports.Select(r => r.Created).Order(), reports.Select(r => r.Created));

        var verification = await db.Documents.VerifyAsync(world.TenantId, None);
        Assert.True(verification.IsIntact);
        Assert.Equal([16L, 15L], new[] { world.LegalEntityId, second }.Select(e => verification.Series.Single(s => s.LegalEntityId == e && s.Series == world.Series).DocumentsChecked));
        foreach (var contract in contracts)
        {
            Assert.Equal(BillingSchedule.PeriodsDue(contract, March, contract.StartDate).Select(p => (DateOnly?)p.Start),
                (await world.InvoicesOfAsync(contract.Id.Value)).Select(i => i.Header.PeriodStart));
        }
    }

    [Theory, Sqlite, Postgres]
    public async Task An_interrupted_run_is_resumed_under_its_id_and_a_completed_one_is_not(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind);
        var db = test.Db;
        var world = await BillingWorld.CreateAsync(db);
        var contract = await world.AddContractAsync(March);
        // A run killed after it started: its row says running.
        var interrupted = Guid.NewGuid();
        await db.BillRuns.StartAsync(world.TenantId, interrupted, March, None);
        var otherDate = Guid.NewGuid();
        await db.BillRuns.StartAsync(world.TenantId, otherDate, February, None);

        var resumed = await RunAsync(world, March);
        var next = await RunAsync(world, March);

        Assert.True(resumed.Resumed);
        Assert.Equal((interrupted, BillRunStatus.Completed, 1L), (resumed.BillRunId, resumed.Run.Status, resumed.Run.Created));
        Assert.False(next.Resumed);
        Assert.NotEqual(interrupted, next.BillRunId);
        Assert.Equal(BillRunStatus.Running, (await db.BillRuns.GetAsync(world.TenantId, otherDate, None))!.Status);
        Assert.Single(await world.InvoicesOfAsync(contract.Id.Value));
    }

    [Theory, Sqlite, Postgres]
    public async Task Unusable_master_data_fails_its_contract_only(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind);
        var db = test.Db;
        var world = await BillingWorld.CreateAsync(db);
        var good = await world.AddContractAsync(March);
        var unreadable = await world.AddContractAsync(March);
        var record = (await db.Contracts.GetAsync(world.TenantId, unreadable.Id.Value, None))!;
        await db.Contracts.UpsertAsync(record with { Body = "{\"id\":"u8.ToArray() }, None);
        var invalid = await world.AddContractAsync(March);
        var invalidRecord = (await db.Contracts.GetAsync(world.TenantId, invalid.Id.Value, None))!;
        await db.Contracts.UpsertAsync(invalidRecord with { Body = MasterDataJson.Serialize(invalid with { Lines = [] }) }, None);
        var unnumbered = await world.AddContractAsync(February, c => c with { SeriesCode = "ZZ" });
        var suspended = await world.AddContractAsync(March);
        var suspendedRecord = (await db.Contracts.GetAsync(world.TenantId, suspended.Id.Value, None))!;
        await db.Contracts.UpsertAsync(suspendedRecord with { Status = "suspended" }, None);

        var summary = await RunAsync(world, March);

        Assert.Equal((4L, 1L, 4L), (summary.ContractsRead, summary.Created, summary.Failed));
        Assert.Single(await world.InvoicesOfAsync(good.Id.Value));
        Assert.Equal(
            [(February, $"No number series 'ZZ' is configured for the issuing company {world.LegalEntityId}."), (March, $"No number series 'ZZ' is configured for the issuing company {world.LegalEntityId}.")],
            summary.Failures.Where(f => f.ContractId == unnumbered.Id.Value).Select(f => (f.PeriodStart, f.Reason)));
        Assert.Equal(February, await world.NextPeriodStartAsync(unnumbered));
        Assert.StartsWith("The contract cannot be read:", summary.Failures.Single(f => f.ContractId == unreadable.Id.Value).Reason);
        Assert.Equal("The contract cannot be billed: The contract has no line to bill.", summary.Failures.Single(f => f.ContractId == invalid.Id.Value).Reason);
        Assert.Empty(await world.InvoicesOfAsync(suspended.Id.Value));
    }

    private static async Task<BillRunSummary> RunAsync(BillingWorld world, DateOnly asOf, BillRunOptions? options = null) =>
        await new BillRunner(world.Db, new FakeTimeProvider(DatabaseFixture.Start)).RunAsync(world.Tenant, asOf, options, null, None);

    private static async Task<UsageSheet> Usage(params string[] rows)
    {
        using var reader = new StringReader("contract_id,line_id,period_start,quantity\n" + string.Join('\n', rows));
        return (await UsageSheet.ReadAsync(reader, None)).Value;
    }

    // The stored invoice's lines in a new draft, whose totals InvoiceCalculator computes afresh.
    private static InvoiceCalculation Recalculate(Invoice invoice)
    {
        var builder = new InvoiceDraftBuilder(invoice.Seller, invoice.Buyer);
        foreach (var line in invoice.Lines)
        {
            builder = builder.AddLine(line.Item.Name, line.Quantity, line.Price.NetPrice, line.Vat, line.UnitCode);
        }

        return InvoiceCalculator.Calculate(builder.Build());
    }

    /// <summary>Records reports as they come (Progress&lt;T&gt; would post them to the thread pool, out of order).</summary>
    private sealed class Synchronous(List<BillRunProgress> reports) : IProgress<BillRunProgress>
    {
        public void Report(BillRunProgress value) => reports.Add(value);
    }
}
