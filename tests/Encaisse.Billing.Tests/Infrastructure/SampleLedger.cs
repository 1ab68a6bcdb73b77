using Encaisse.Billing.BillRuns;
using Encaisse.Billing.Import;
using Encaisse.Billing.Serialization;
using Encaisse.Billing.Tenancy;
using Encaisse.Domain.Catalogue;
using Encaisse.Domain.Common;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Identifiers;
using Encaisse.Domain.Parties;
using Encaisse.Domain.Tax;
using Encaisse.Storage;

namespace Encaisse.Billing.Tests.Infrastructure;

/// <summary>A small French tenant: one legal entity with its series, two customers and two catalogue items.</summary>
public sealed record SampleLedger(TenantProfile Tenant, Party Customer, Party Consumer)
{
    public static async Task<SampleLedger> CreateAsync(EncaisseDatabase db, CancellationToken cancellationToken = default)
    {
        var directory = new TenantDirectory(db);
        var tenant = await directory.EnsureAsync("Atelier " + Guid.NewGuid().ToString("N")[..8], new BillingPolicy(), cancellationToken);
        var entity = SyntheticTenant.Company(Guid.CreateVersion7());
        tenant = await directory.AddLegalEntityAsync(tenant, entity, "F-", "AV-", cancellationToken);

        var customer = Party.Create(PartyId.New(Guid.CreateVersion7()), new PartyDraft
        {
            LegalName = "Boulangerie Martin SARL",
            Siren = Siren.Of("732829320"),
            VatNumber = VatNumber.Of("FR44732829320"),
            BillingAddress = new PostalAddress { Line1 = "3 place Bellecour", PostCode = "69002", City = "Lyon", CountryCode = "FR" },
            InvoiceEmail = "compta@martin.example",
        }).Value;
        var consumer = Party.Create(PartyId.New(Guid.CreateVersion7()), new PartyDraft
        {
            LegalName = "Camille Durand",
            IsBusiness = false,
            BillingAddress = new PostalAddress { Line1 = "8 quai Saint-Antoine", PostCode = "69002", City = "Lyon", CountryCode = "FR" },
            InvoiceEmail = "camille@example.org",
        }).Value;
        foreach (var party in new[] { customer, consumer })
        {
            await db.Parties.UpsertAsync(CustomerImport.ToRecord(tenant.TenantId, party), cancellationToken);
        }

        await AddItemAsync(db, tenant, "SUPPORT-H", "Support technique", "HUR", 95m, 20m, cancellationToken);
        await AddItemAsync(db, tenant, "LIVRE", "Guide de la facturation électronique", "C62", 29.90m, 5.5m, cancellationToken);
        return new SampleLedger(tenant, customer, consumer);
    }

    private static Task AddItemAsync(EncaisseDatabase db, TenantProfile tenant, string code, string name, string unit, decimal price, decimal rate, CancellationToken cancellationToken)
    {
        var item = CatalogueItem.Create(ItemId.New(Guid.CreateVersion7()), new CatalogueItemDraft
        {
            Sku = code,
            Name = name,
            Unit = UnitCode.Of(unit),
            UnitPrice = price,
            VatCategory = VatCategory.StandardRate,
            VatRate = rate,
        }).Value;
        return db.Catalogue.UpsertAsync(new CatalogueItemRecord(tenant.TenantId, item.Id.Value, code, name, MasterDataJson.Serialize(item)), cancellationToken);
    }
}
