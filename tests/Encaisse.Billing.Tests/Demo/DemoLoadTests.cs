using Encaisse.Billing.Demo;
using Encaisse.Billing.Ledger;
using Encaisse.Billing.Serialization;
using Encaisse.Billing.Tenancy;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Identifiers;
using Encaisse.Domain.Parties;
using Encaisse.Storage;
using Encaisse.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Encaisse.Billing.Tests.Demo;

/// <summary>Each test works in its own tenant: on PostgreSQL the class shares one database.</summary>
public sealed class DemoLoadTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    private readonly FakeTimeProvider clock = new(Now);
    private readonly string tenantName = "demo-" + Guid.NewGuid().ToString("N")[..8];

    [Theory]
    [Sqlite]
    [Postgres]
    public async Task The_demo_loads_a_year_whose_ledger_verifies(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind, clock);
        var db = test.Db;
        var data = DemoTenant.Generate(new DemoOptions(), Today);

        var result = await DemoTenant.LoadAsync(db, tenantName, new DemoOptions(), clock, CancellationToken.None);

        Assert.False(result.AlreadyLoaded);
        var summary = result.Summary;
        Assert.Equal(tenantName, summary.TenantName);
        Assert.Equal("Atelier Numérique Lyonnais", summary.Company);
        Assert.Equal(data.Customers.Count, summary.Customers);
        Assert.Equal(data.Catalogue.Count, summary.CatalogueItems);
        Assert.Equal(data.Contracts.Count, summary.Contracts);
        Assert.Equal(data.Sales.Count, summary.Invoices - summary.InvoicesFromContracts);
        Assert.InRange(summary.InvoicesFromContracts, 1_200, 2_400); // about 250 contracts over 12 months
        Assert.Equal(12, summary.BillRuns);
        Assert.Equal(data.CreditNotes.Count, summary.CreditNotes);
        Assert.True(summary.InvoicedWithVat > summary.InvoicedWithoutVat);
        Assert.True(summary.CreditedWithoutVat > 0m && summary.CreditedWithoutVat < summary.InvoicedWithoutVat);
        Assert.InRange(summary.FirstIssueDate!.Value, data.HistoryStart, Today);
        Assert.InRange(summary.LastIssueDate!.Value, summary.FirstIssueDate.Value, Today);

        var runs = await db.BillRuns.ListAsync(summary.TenantId, PageRequest.First(100), CancellationToken.None);
        Assert.Equal(data.BillRunDates, runs.Items.Select(r => r.AsOf).Order());
        Assert.All(runs.Items, r => Assert.Equal(BillRunStatus.Completed, r.Status));
        Assert.All(runs.Items, r => Assert.Equal(0L, r.Failed));

        var verification = await db.Documents.VerifyAsync(summary.TenantId, CancellationToken.None);
        Assert.True(verification.IsIntact, string.Join("; ", verification.Broken.Select(b => b.FirstBreak!.Message)));
        Assert.Equal(["AV", "F"], verification.Series.Select(s => s.Series).Order(StringComparer.Ordinal));
        Assert.Equal(summary.Invoices + summary.CreditNotes, verification.Series.Sum(s => s.DocumentsChecked));
    }

    [Theory]
    [Sqlite]
    [Postgres]
    public async Task What_is_stored_reads_back_through_the_domain_checks(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind, clock);
        var db = test.Db;
        var options = new DemoOptions { Customers = 30, Seed = 11 };
        var summary = (await DemoTenant.LoadAsync(db, tenantName, options, clock, CancellationToken.None)).Summary;
        var tenant = (await new TenantDirectory(db).FindAsync(tenantName, CancellationToken.None))!;

        var company = await new TenantDirectory(db).GetLegalEntityAsync(tenant.TenantId, tenant.DefaultLegalEntityId!.Value, CancellationToken.None);
        Assert.Equal(Siren.Of(company.Siren!.Value), company.Siren);
        var series = await db.NumberSeries.ListAsync(tenant.TenantId, company.Id.Value, CancellationToken.None);
        Assert.Equal(["AV-", "F-"], series.Select(s => s.Prefix).Order(StringComparer.Ordinal));

        var parties = await db.Parties.ListAsync(tenant.TenantId, PageRequest.First(100), CancellationToken.None);
        Assert.Equal(summary.Customers, parties.Items.Count);
        Assert.All(parties.Items, p => MasterDataJson.DeserializeParty(p.PartyId, p.Body));
        var contracts = await db.Contracts.ListAsync(tenant.TenantId, PageRequest.First(100), CancellationToken.None);
        Assert.All(contracts.Items, c => Assert.Empty(MasterDataJson.DeserializeContract(c.Body).Validate()));

        var documents = await db.Documents.ListAsync(tenant.TenantId, DocumentFilter.All, PageRequest.First(1000), CancellationToken.None);
        foreach (var header in documents.Items)
        {
            var stored = await db.Documents.GetAsync(tenant.TenantId, header.DocumentId, CancellationToken.None);
            var invoice = DocumentMapping.ReadInvoice(stored!);
            Assert.Equal(header.Number, invoice.Number);
            Assert.Equal(header.TotalWithVat, invoice.Totals.TotalWithVat);
            Assert.StartsWith(invoice.TypeCode.IsCreditNote ? "AV-" : "F-", invoice.Number, StringComparison.Ordinal);
            Assert.Equal(company.VatNumber!.Value, invoice.Seller.VatId);
        }
    }

    [Theory]
    [Sqlite]
    [Postgres]
    public async Task The_bill_runs_invoice_exactly_the_periods_the_contracts_make_due(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind, clock);
        var options = new DemoOptions { Customers = 40, Seed = 17 };
        var data = DemoTenant.Generate(options, Today);
        var summary = (await DemoTenant.LoadAsync(test.Db, tenantName, options, clock, CancellationToken.None)).Summary;
        var lastRun = data.BillRunDates[^1];

        foreach (var (contract, resumeAt) in data.Contracts)
        {
            var expected = resumeAt is { } start ? BillingSchedule.PeriodsDue(contract, lastRun, start) : [];
            var filter = new DocumentFilter { ContractId = contract.Id.Value, Status = DocumentStatus.Issued };
            var invoices = await test.Db.Documents.ListAsync(summary.TenantId, filter, PageRequest.First(100), CancellationToken.None);
            Assert.Equal(expected.Select(p => p.Start), invoices.Items.Select(h => h.PeriodStart!.Value).Order());
            Assert.All(invoices.Items, h => Assert.Equal(contract.CustomerId, h.CustomerId));

            var stored = await test.Db.Contracts.GetAsync(summary.TenantId, contract.Id.Value, CancellationToken.None);
            Assert.Equal(expected.Count > 0 ? expected[^1].EndExclusive : resumeAt, stored!.NextPeriodStart);
        }
    }

    [Theory]
    [Sqlite]
    [Postgres]
    public async Task Loading_again_changes_nothing(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind, clock);
        var db = test.Db;
        var options = new DemoOptions { Customers = 20 };
        var first = await DemoTenant.LoadAsync(db, tenantName, options, clock, CancellationToken.None);

        clock.Advance(TimeSpan.FromDays(40));
        var second = await DemoTenant.LoadAsync(db, tenantName, options with { Seed = 99 }, clock, CancellationToken.None);

        Assert.True(second.AlreadyLoaded);
        Assert.Equal(first.Summary, second.Summary);
    }

    [Theory]
    [Sqlite]
    public async Task The_same_seed_and_day_give_the_same_ledger(DatabaseKind kind)
    {
        await using var one = await databases.OpenAsync(kind, clock);
        await using var two = await databases.OpenAsync(kind, clock);
        var options = new DemoOptions { Customers = 25, Seed = 5 };
        var a = (await DemoTenant.LoadAsync(one.Db, tenantName, options, clock, CancellationToken.None)).Summary;
        var b = (await DemoTenant.LoadAsync(two.Db, tenantName + "-2", options, clock, CancellationToken.None)).Summary;

        Assert.Equal(a with { TenantId = Guid.Empty, TenantName = "" }, b with { TenantId = Guid.Empty, TenantName = "" });
        Assert.Equal(await LedgerLinesAsync(one.Db, a.TenantId), await LedgerLinesAsync(two.Db, b.TenantId));
    }

    [Theory]
    [Sqlite]
    [Postgres]
    public async Task The_demo_fills_an_empty_tenant_made_before(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind, clock);
        var directory = new TenantDirectory(test.Db);
        await directory.EnsureAsync(tenantName, new BillingPolicy(), CancellationToken.None);
        Assert.NotNull(await directory.FindAsync(tenantName, CancellationToken.None));

        var result = await DemoTenant.LoadAsync(test.Db, tenantName, new DemoOptions { Customers = 10 }, clock, CancellationToken.None);

        Assert.False(result.AlreadyLoaded);
        Assert.Equal(10, result.Summary.Customers);
        var tenant = (await directory.FindAsync(tenantName, CancellationToken.None))!;
        Assert.Equal(Domain.Invoicing.OperationCategory.Mixed, tenant.Policy.OperationCategory);
        Assert.NotNull(tenant.DefaultLegalEntityId);
    }

    [Theory]
    [Sqlite]
    public async Task A_tenant_of_another_company_is_refused(DatabaseKind kind)
    {
        await using var test = await databases.OpenAsync(kind, clock);
        var db = test.Db;
        var directory = new TenantDirectory(db);
        var tenant = await directory.EnsureAsync(tenantName, new BillingPolicy(), CancellationToken.None);
        var siren = Siren.FromFirstEightDigits(55_208_131);
        var other = LegalEntity.Create(LegalEntityId.New(Guid.CreateVersion7()), new LegalEntityDraft
        {
            LegalName = "Boulangerie Martin",
            Siren = siren,
            Address = new Domain.Common.PostalAddress { Line1 = "1 rue Pasteur", PostCode = "69007", City = "Lyon", CountryCode = "FR" },
        }).Value;
        await directory.AddLegalEntityAsync(tenant, other, "F-", "AV-", CancellationToken.None);

        var refusal = await Assert.ThrowsAsync<DemoException>(() => DemoTenant.LoadAsync(db, tenantName, new DemoOptions(), clock, CancellationToken.None));
        Assert.Contains("Boulangerie Martin", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Documents.CountAsync(tenant.TenantId, DocumentFilter.All, CancellationToken.None));
    }

    /// <summary>Number, date, customer and totals of every issued document, in number order.</summary>
    private static async Task<List<string>> LedgerLinesAsync(EncaisseDatabase db, Guid tenantId)
    {
        var page = await db.Documents.ListAsync(tenantId, DocumentFilter.All, PageRequest.First(1000), CancellationToken.None);
        return page.Items
            .Select(h => $"{h.Number} {h.IssueDate} {h.DueDate} {h.CustomerId} {h.ContractId} {h.PeriodStart} {h.TotalWithoutVat} {h.TotalVat} {h.TotalWithVat}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
