using System.Buffers.Binary;
using Encaisse.Billing.Serialization;
using Encaisse.Billing.Tenancy;
using Encaisse.Domain.Common;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Identifiers;
using Encaisse.Domain.Money;
using Encaisse.Domain.Parties;
using Encaisse.Domain.Tax;
using Encaisse.Domain.Terms;
using Encaisse.Storage;

namespace Encaisse.Billing.BillRuns;

/// <summary>A tenant created by <see cref="SyntheticTenant.CreateAsync"/>.</summary>
public sealed record SyntheticSeed(TenantProfile Tenant, Guid LegalEntityId, long Customers, long Contracts);

/// <summary>
/// Realistic master data in bulk, for benchmarks and load tests: a French company, business customers with valid
/// SIREN, SIRET and VAT numbers, and one monthly contract per customer (hosting at a fixed price plus a number of
/// seats), starting on a given day. Nothing random: the same arguments give the same data, except the ids, which
/// derive from a seed id chosen by the caller.
/// </summary>
public static class SyntheticTenant
{
    /// <summary>The numbering series of the synthetic contracts (the tenant policy's invoice series).</summary>
    public const string Series = "F";

    private const byte CustomerKind = 1;
    private const byte ContractKind = 2;
    private const byte HostingLineKind = 3;
    private const byte SeatsLineKind = 4;

    /// <summary>
    /// Creates the tenant <paramref name="name"/> with its company and <paramref name="count"/> customers and
    /// contracts, written with the storage's bulk insert (binary COPY on PostgreSQL, one transaction on SQLite).
    /// <paramref name="contract"/> can change each generated contract (frequency, start, lines…).
    /// </summary>
    public static async Task<SyntheticSeed> CreateAsync(
        EncaisseDatabase db, string name, Guid seed, int count, DateOnly start,
        Func<int, RecurringContract, RecurringContract>? contract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var directory = new TenantDirectory(db);
        var tenant = await directory.EnsureAsync(name, new BillingPolicy { InvoiceSeries = Series }, cancellationToken);
        var entity = Company(Id(seed, 0, 0));
        tenant = await directory.AddLegalEntityAsync(tenant, entity, "F-", "AV-", cancellationToken);
        var customers = await db.Parties.BulkInsertAsync(
            Enumerable.Range(0, count).Select(i => CustomerRecord(tenant.TenantId, Customer(Id(seed, CustomerKind, i), i))),
            cancellationToken);
        var contracts = await db.Contracts.BulkInsertAsync(
            Enumerable.Range(0, count).Select(i =>
            {
                var generated = MonthlyContract(seed, i, entity.Id.Value, start);
                return ContractRecords.ForNewContract(tenant.TenantId, contract is null ? generated : contract(i, generated));
            }),
            cancellationToken);
        return new SyntheticSeed(tenant, entity.Id.Value, customers, contracts);
    }

    /// <summary>The id of the <paramref name="index"/>th customer of a seed.</summary>
    public static Guid CustomerId(Guid seed, int index) => Id(seed, CustomerKind, index);

    /// <summary>The id of the <paramref name="index"/>th contract of a seed.</summary>
    public static Guid ContractId(Guid seed, int index) => Id(seed, ContractKind, index);

    /// <summary>The issuing company: a French SAS with its SIREN, SIRET, VAT number, address and bank account.</summary>
    public static LegalEntity Company(Guid id)
    {
        var siren = Siren.Of("552081317");
        return LegalEntity.Create(LegalEntityId.New(id), new LegalEntityDraft
        {
            LegalName = "Hébergement Synthétique SAS",
            LegalForm = "SAS",
            ShareCapital = 50_000m,
            RcsCity = "Lyon",
            Siren = siren,
            Siret = Siret.Create(siren, 1),
            VatNumber = VatNumber.ForFrenchSiren(siren),
            ElectronicAddress = PeppolParticipantId.ForFrenchCompany(siren),
            Address = new PostalAddress { Line1 = "12 rue de la République", PostCode = "69002", City = "Lyon", CountryCode = "FR" },
            Email = "facturation@synthetique.example",
            BankAccount = new BankAccount(Iban.Of("FR7630006000011234567890189"), Bic.Of("AGRIFRPP882")),
        }).Value;
    }

    /// <summary>A French business customer with valid identifiers derived from <paramref name="index"/>.</summary>
    public static Party Customer(Guid id, int index)
    {
        var siren = Siren.FromFirstEightDigits(10_000_000 + (index % 89_999_999));
        return Party.Create(PartyId.New(id), new PartyDraft
        {
            LegalName = $"Client {index:D7} SARL",
            Siren = siren,
            Siret = Siret.Create(siren, 1 + (index % 9)),
            VatNumber = VatNumber.ForFrenchSiren(siren),
            BillingAddress = new PostalAddress
            {
                Line1 = $"{1 + (index % 180)} avenue des Clients",
                PostCode = $"{75001 + (index % 20)}",
                City = "Paris",
                CountryCode = "FR",
            },
            InvoiceEmail = $"compta{index}@client.example",
        }).Value;
    }

    /// <summary>Hosting at 49 EUR a month plus 3 to 12 seats at 15 EUR, billed monthly in advance from <paramref name="start"/>, net 30.</summary>
    public static RecurringContract MonthlyContract(Guid seed, int index, Guid legalEntityId, DateOnly start) => new()
    {
        Id = new ContractId(ContractId(seed, index)),
        CustomerId = CustomerId(seed, index),
        LegalEntityId = legalEntityId,
        SeriesCode = Series,
        Currency = CurrencyCode.Eur,
        StartDate = start,
        Frequency = BillingFrequency.Monthly,
        Timing = BillingTiming.InAdvance,
        PaymentTerms = new PaymentTerms.NetDays(30),
        PurchaseOrderReference = $"PO-{index:D7}",
        Lines =
        [
            new ContractLine
            {
                Id = Id(seed, HostingLineKind, index),
                Description = "Hébergement mutualisé",
                UnitCode = "MON",
                Kind = LineKind.FixedPrice,
                UnitPrice = 49m,
                VatCategory = VatCategory.StandardRate,
                VatRate = 20m,
            },
            new ContractLine
            {
                Id = Id(seed, SeatsLineKind, index),
                Description = "Postes utilisateurs",
                UnitCode = "C62",
                Kind = LineKind.Quantity,
                UnitPrice = 15m,
                Quantity = 3 + (index % 10),
                VatCategory = VatCategory.StandardRate,
                VatRate = 20m,
            },
        ],
    };

    /// <summary>The row of a customer party (the same mapping the customer import writes).</summary>
    public static PartyRecord CustomerRecord(Guid tenantId, Party party) => Import.CustomerImport.ToRecord(tenantId, party);

    // Ids from the seed with the kind and index in the last bytes, big-endian: they sort in index order, as uuids and as text.
    private static Guid Id(Guid seed, byte kind, int index)
    {
        Span<byte> bytes = stackalloc byte[16];
        seed.TryWriteBytes(bytes, bigEndian: true, out _);
        bytes[11] = kind;
        BinaryPrimitives.WriteInt32BigEndian(bytes[12..], index);
        return new Guid(bytes, bigEndian: true);
    }
}
