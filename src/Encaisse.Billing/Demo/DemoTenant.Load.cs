using Encaisse.Billing.BillRuns;
using Encaisse.Billing.Import;
using Encaisse.Billing.Invoicing;
using Encaisse.Billing.Serialization;
using Encaisse.Billing.Tenancy;
using Encaisse.Domain.Catalogue;
using Encaisse.Storage;

namespace Encaisse.Billing.Demo;

/// <summary>What a tenant holds, as the demo command prints it.</summary>
public sealed record DemoSummary(
    string TenantName,
    Guid TenantId,
    string Company,
    long Customers,
    long CatalogueItems,
    long Contracts,
    long BillRuns,
    long Invoices,
    long InvoicesFromContracts,
    long CreditNotes,
    decimal InvoicedWithoutVat,
    decimal InvoicedWithVat,
    decimal CreditedWithoutVat,
    decimal CreditedWithVat,
    DateOnly? FirstIssueDate,
    DateOnly? LastIssueDate);

/// <summary>The outcome of <see cref="DemoTenant.LoadAsync"/>: loaded now, or found already there (nothing written).</summary>
public sealed record DemoLoadResult(bool AlreadyLoaded, DemoSummary Summary);

/// <summary>The demo cannot go into this tenant (it belongs to another company).</summary>
public sealed class DemoException : Exception
{
    public DemoException()
    {
    }

    public DemoException(string message)
        : base(message)
    {
    }

    public DemoException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

public static partial class DemoTenant
{
    /// <summary>
    /// Loads the demo into the named tenant (created if missing): master data, then the year of history in date
    /// order, so numbers follow issue dates in every series. A tenant that already holds the demo company with
    /// contracts or documents is left untouched and reported as already loaded: the history is anchored on the
    /// day it was first loaded, so "topping it up" later would mean invoices dated before ones already numbered.
    /// A tenant that belongs to another company is refused.
    /// </summary>
    public static async Task<DemoLoadResult> LoadAsync(
        EncaisseDatabase db, string tenantName, DemoOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantName);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        var directory = new TenantDirectory(db);
        var existing = await directory.FindAsync(tenantName, cancellationToken);
        if (existing is not null && await IsLoadedAsync(db, directory, existing, cancellationToken))
        {
            return new DemoLoadResult(true, await SummarizeAsync(db, existing, cancellationToken));
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var data = Generate(options, today);
        var tenant = existing ?? await directory.EnsureAsync(tenantName, data.Policy, cancellationToken);
        if (tenant.Policy != data.Policy)
        {
            // An empty tenant made by `init` takes the demo company's billing policy.
            tenant = tenant with { Policy = data.Policy };
            await directory.SaveAsync(tenant, cancellationToken);
        }

        tenant = await directory.AddLegalEntityAsync(tenant, data.Company, DemoGenerator.InvoicePrefix, DemoGenerator.CreditNotePrefix, cancellationToken);
        await WriteMasterDataAsync(db, tenant.TenantId, data, cancellationToken);
        await ReplayHistoryAsync(db, tenant, data, clock, cancellationToken);
        return new DemoLoadResult(false, await SummarizeAsync(db, tenant, cancellationToken));
    }

    /// <summary>Counts and totals of what the tenant holds.</summary>
    public static async Task<DemoSummary> SummarizeAsync(EncaisseDatabase db, TenantProfile tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tenant);
        var company = tenant.DefaultLegalEntityId is { } entityId
            ? (await db.Tenants.GetLegalEntityAsync(tenant.TenantId, entityId, cancellationToken))?.Name ?? "-"
            : "-";
        var customers = await CountAsync((after, ct) => db.Parties.ListAsync(tenant.TenantId, new PageRequest(after, PageRequest.MaxLimit), ct), cancellationToken);
        var items = await CountAsync((after, ct) => db.Catalogue.ListAsync(tenant.TenantId, new PageRequest(after, PageRequest.MaxLimit), ct), cancellationToken);
        var contracts = await CountAsync((after, ct) => db.Contracts.ListAsync(tenant.TenantId, new PageRequest(after, PageRequest.MaxLimit), ct), cancellationToken);
        var billRuns = await CountAsync((after, ct) => db.BillRuns.ListAsync(tenant.TenantId, new PageRequest(after, PageRequest.MaxLimit), ct), cancellationToken);
        var invoices = await TotalsAsync(db, tenant.TenantId, tenant.Policy.InvoiceSeries, cancellationToken);
        var credits = await TotalsAsync(db, tenant.TenantId, tenant.Policy.CreditNoteSeries, cancellationToken);
        return new DemoSummary(
            tenant.Name, tenant.TenantId, company, customers, items, contracts, billRuns,
            invoices.Count, invoices.FromContracts, credits.Count, invoices.WithoutVat, invoices.WithVat, credits.WithoutVat, credits.WithVat,
            Earliest(invoices.First, credits.First), Latest(invoices.Last, credits.Last));
    }

    private static async Task<bool> IsLoadedAsync(EncaisseDatabase db, TenantDirectory directory, TenantProfile tenant, CancellationToken cancellationToken)
    {
        if (tenant.DefaultLegalEntityId is { } entityId)
        {
            var entity = await directory.GetLegalEntityAsync(tenant.TenantId, entityId, cancellationToken);
            if (entity.Siren != DemoGenerator.CompanySiren)
            {
                throw new DemoException(
                    $"tenant '{tenant.Name}' already belongs to {entity.LegalName}: load the demo into another tenant (--tenant demo) or another database");
            }
        }

        var contracts = await db.Contracts.ListAsync(tenant.TenantId, PageRequest.First(1), cancellationToken);
        return contracts.Items.Count > 0 || await db.Documents.CountAsync(tenant.TenantId, DocumentFilter.All, cancellationToken) > 0;
    }

    private static async Task WriteMasterDataAsync(EncaisseDatabase db, Guid tenantId, DemoData data, CancellationToken cancellationToken)
    {
        foreach (var item in data.Catalogue)
        {
            await db.Catalogue.UpsertAsync(ToRecord(tenantId, item), cancellationToken);
        }

        await db.Parties.UpsertManyAsync(data.Customers.Select(customer => CustomerImport.ToRecord(tenantId, customer)).ToArray(), cancellationToken);

        // Every contract is billable; those that ended simply have an end date. The tenant has no contracts yet
        // (LoadAsync stops otherwise), so they go in with one bulk insert.
        await db.Contracts.BulkInsertAsync(
            data.Contracts.Select(c => new ContractRecord(tenantId, c.Contract.Id.Value, c.Contract.CustomerId, c.Contract.LegalEntityId,
                c.Contract.SeriesCode, BillRunner.BillableStatus, c.NextPeriodStart, MasterDataJson.Serialize(c.Contract))),
            cancellationToken);
    }

    /// <summary>
    /// The year in date order: the bill run of each month's first day, then that month's one-off sales; credit notes
    /// (their own series) once the invoice they credit exists and their day has come. Every invoice series thus
    /// receives its documents in date order, as the ledger requires.
    /// </summary>
    private static async Task ReplayHistoryAsync(EncaisseDatabase db, TenantProfile tenant, DemoData data, TimeProvider clock, CancellationToken cancellationToken)
    {
        var invoicing = new InvoicingService(db, clock);
        var billRuns = new BillRunner(db, clock);
        var numbers = new Dictionary<int, string>();
        var sales = new Queue<DemoSale>(data.Sales);
        var credits = new Queue<DemoCreditNote>(data.CreditNotes);

        async Task CreditUpToAsync(DateOnly day)
        {
            while (credits.TryPeek(out var credit) && credit.IssueDate <= day && numbers.ContainsKey(credit.SaleKey))
            {
                credits.Dequeue();
                await invoicing.CreditAsync(tenant, numbers[credit.SaleKey], new CreditRequest(credit.AmountWithoutVat, credit.Reason), credit.IssueDate, cancellationToken);
            }
        }

        async Task SellBeforeAsync(DateOnly day)
        {
            while (sales.TryPeek(out var sale) && sale.IssueDate < day)
            {
                sales.Dequeue();
                await CreditUpToAsync(sale.IssueDate.AddDays(-1));
                var lines = sale.Lines.Select(l => new CatalogueLine(l.ItemCode, l.Quantity)).ToArray();
                numbers[sale.Key] = (await invoicing.IssueAsync(tenant, sale.CustomerId.Value, lines, sale.Terms, sale.IssueDate, cancellationToken)).Number;
            }
        }

        foreach (var runDate in data.BillRunDates)
        {
            await SellBeforeAsync(runDate);
            var run = await billRuns.RunAsync(tenant, runDate, null, null, cancellationToken);
            if (run.Failed > 0)
            {
                // The generator only makes contracts the domain accepts: a failure here is a bug, not demo data.
                var reason = run.Failures.Count > 0 ? run.Failures[0].Reason : "no reason kept";
                throw new InvalidOperationException(
                    $"The demo bill run of {runDate:yyyy-MM-dd} could not invoice {run.Failed} contract period(s): {reason}");
            }
        }

        await SellBeforeAsync(DateOnly.MaxValue);
        await CreditUpToAsync(DateOnly.MaxValue);
        if (credits.Count > 0)
        {
            throw new InvalidOperationException($"The demo plan credits sale {credits.Peek().SaleKey}, which it never issued.");
        }
    }

    private static CatalogueItemRecord ToRecord(Guid tenantId, CatalogueItem item) =>
        new(tenantId, item.Id.Value, item.Sku ?? item.Id.ToString(), item.Name, MasterDataJson.Serialize(item));

    private static async Task<long> CountAsync<T>(
        Func<Guid?, CancellationToken, Task<Page<T>>> list, CancellationToken cancellationToken)
    {
        long count = 0;
        Guid? after = null;
        do
        {
            var page = await list(after, cancellationToken);
            count += page.Items.Count;
            after = page.Next;
        }
        while (after is not null);
        return count;
    }

    private static async Task<(long Count, long FromContracts, decimal WithoutVat, decimal WithVat, DateOnly? First, DateOnly? Last)> TotalsAsync(
        EncaisseDatabase db, Guid tenantId, string series, CancellationToken cancellationToken)
    {
        var filter = new DocumentFilter { Series = series, Status = DocumentStatus.Issued };
        (long Count, long FromContracts, decimal WithoutVat, decimal WithVat, DateOnly? First, DateOnly? Last) totals = (0, 0, 0m, 0m, null, null);
        Guid? after = null;
        do
        {
            var page = await db.Documents.ListAsync(tenantId, filter, new PageRequest(after, PageRequest.MaxLimit), cancellationToken);
            foreach (var header in page.Items)
            {
                totals = (totals.Count + 1, totals.FromContracts + (header.ContractId is null ? 0 : 1),
                    totals.WithoutVat + header.TotalWithoutVat, totals.WithVat + header.TotalWithVat,
                    Earliest(totals.First, header.IssueDate), Latest(totals.Last, header.IssueDate));
            }

            after = page.Next;
        }
        while (after is not null);
        return totals;
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
