using Encaisse.Billing.BillRuns;
using Encaisse.Billing.Tenancy;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Money;
using Encaisse.Domain.Tax;
using Encaisse.Domain.Terms;
using Encaisse.Storage;

namespace Encaisse.Billing.Tests.BillRuns.Infrastructure;

/// <summary>A tenant with a company and a numbering series, to which a test adds customers and contracts.</summary>
public sealed class BillingWorld
{
    public const string InvoicePrefix = "F2026-";

    private int customers;

    private BillingWorld(EncaisseDatabase db, TenantProfile tenant, Guid legalEntityId)
    {
        Db = db;
        Tenant = tenant;
        LegalEntityId = legalEntityId;
    }

    public EncaisseDatabase Db { get; }

    public TenantProfile Tenant { get; private set; }

    public Guid LegalEntityId { get; }

    public Guid TenantId => Tenant.TenantId;

    public string Series => Tenant.Policy.InvoiceSeries;

    public static async Task<BillingWorld> CreateAsync(EncaisseDatabase db)
    {
        var directory = new TenantDirectory(db);
        var tenant = await directory.EnsureAsync("Tenant " + Guid.NewGuid().ToString("N")[..8], new BillingPolicy(), CancellationToken.None);
        var entity = SyntheticTenant.Company(Guid.NewGuid());
        tenant = await directory.AddLegalEntityAsync(tenant, entity, InvoicePrefix, "AV2026-", CancellationToken.None);
        return new BillingWorld(db, tenant, entity.Id.Value);
    }

    /// <summary>Registers another issuing company with its own series counters.</summary>
    public async Task<Guid> AddCompanyAsync(string invoicePrefix)
    {
        var entity = SyntheticTenant.Company(Guid.NewGuid());
        Tenant = await new TenantDirectory(Db).AddLegalEntityAsync(Tenant, entity, invoicePrefix, "AV-" + invoicePrefix, CancellationToken.None);
        return entity.Id.Value;
    }

    public async Task<Guid> AddCustomerAsync()
    {
        var party = SyntheticTenant.Customer(Guid.NewGuid(), ++customers);
        await Db.Parties.UpsertAsync(SyntheticTenant.CustomerRecord(TenantId, party), CancellationToken.None);
        return party.Id.Value;
    }

    /// <summary>
    /// A new contract for a new customer, stored as billable: monthly in advance from <paramref name="start"/>,
    /// one fixed-price line of 100 EUR at 20 % VAT, net 30, unless <paramref name="change"/> says otherwise.
    /// </summary>
    public async Task<RecurringContract> AddContractAsync(DateOnly start, Func<RecurringContract, RecurringContract>? change = null, Guid? legalEntityId = null)
    {
        var contract = Contract(await AddCustomerAsync(), legalEntityId ?? LegalEntityId, start);
        contract = change is null ? contract : change(contract);
        await Db.Contracts.UpsertAsync(ContractRecords.ForNewContract(TenantId, contract), CancellationToken.None);
        return contract;
    }

    public RecurringContract Contract(Guid customerId, Guid legalEntityId, DateOnly start) => new()
    {
        Id = new ContractId(Guid.NewGuid()),
        CustomerId = customerId,
        LegalEntityId = legalEntityId,
        SeriesCode = Series,
        Currency = CurrencyCode.Eur,
        StartDate = start,
        Frequency = BillingFrequency.Monthly,
        Timing = BillingTiming.InAdvance,
        PaymentTerms = new PaymentTerms.NetDays(30),
        Lines = [FixedPrice("Hébergement", 100m)],
    };

    public static ContractLine FixedPrice(string description, decimal price) => new()
    {
        Id = Guid.NewGuid(),
        Description = description,
        UnitCode = "MON",
        Kind = LineKind.FixedPrice,
        UnitPrice = price,
        VatCategory = VatCategory.StandardRate,
        VatRate = 20m,
    };

    public static ContractLine Usage(string description, decimal price) => new()
    {
        Id = Guid.NewGuid(),
        Description = description,
        UnitCode = "C62",
        Kind = LineKind.Usage,
        UnitPrice = price,
        VatCategory = VatCategory.StandardRate,
        VatRate = 20m,
    };

    /// <summary>The issued invoices of a contract, by period start.</summary>
    public async Task<IReadOnlyList<(DocumentHeader Header, Invoice Invoice)>> InvoicesOfAsync(Guid contractId)
    {
        var found = new List<(DocumentHeader, Invoice)>();
        var page = PageRequest.First(PageRequest.MaxLimit);
        while (true)
        {
            var headers = await Db.Documents.ListAsync(TenantId, new DocumentFilter { ContractId = contractId }, page, CancellationToken.None);
            foreach (var header in headers.Items)
            {
                var stored = await Db.Documents.GetAsync(TenantId, header.DocumentId, CancellationToken.None);
                found.Add((header, InvoiceJson.Deserialize(stored!.Body)));
            }

            if (headers.Next is not { } next)
            {
                return found.OrderBy(f => f.Item1.PeriodStart).ToList();
            }

            page = new PageRequest(next, PageRequest.MaxLimit);
        }
    }

    public async Task<DateOnly?> NextPeriodStartAsync(RecurringContract contract) =>
        (await Db.Contracts.GetAsync(TenantId, contract.Id.Value, CancellationToken.None))!.NextPeriodStart;

    public async Task<IReadOnlyList<BillRunFailure>> FailuresAsync(Guid billRunId)
    {
        var failures = new List<BillRunFailure>();
        await foreach (var failure in Db.BillRuns.StreamFailuresAsync(TenantId, billRunId, CancellationToken.None))
        {
            failures.Add(failure);
        }

        return failures;
    }
}
