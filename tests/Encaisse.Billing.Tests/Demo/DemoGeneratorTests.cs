using Encaisse.Billing.Demo;
using Encaisse.Billing.Serialization;
using Encaisse.Domain.Catalogue;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Identifiers;
using Encaisse.Domain.Parties;
using Encaisse.Domain.Tax;

namespace Encaisse.Billing.Tests.Demo;

public sealed class DemoGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly DemoData Data = DemoTenant.Generate(new DemoOptions(), Today);

    [Fact]
    public void The_company_passes_its_checks_and_prints_the_French_mentions()
    {
        var company = Data.Company;
        Assert.Empty(LegalEntity.Validate(company.ToDraft()));
        Assert.True(Siren.Parse(company.Siren!.Value).Success);
        Assert.True(Siret.Parse(company.Siret!.Value).Success);
        Assert.True(company.Siret.BelongsTo(company.Siren));
        Assert.Equal(VatNumber.ForFrenchSiren(company.Siren), VatNumber.Parse(company.VatNumber!.Value).Value);
        Assert.True(Iban.Parse(company.BankAccount!.Iban.Value).Success);
        Assert.StartsWith("FR76", company.BankAccount.Iban.Value, StringComparison.Ordinal);
        Assert.True(RibKeyIsValid(company.BankAccount.Iban.Bban));
        Assert.True(Bic.Parse(company.BankAccount.Bic!.Value).Success);
        Assert.Equal("Lyon", company.Address.City);
        Assert.Contains(company.FrenchLegalMentions(), line => line.Contains("SAS au capital de 50 000 €", StringComparison.Ordinal));
        Assert.Contains(company.FrenchLegalMentions(), line => line.EndsWith("RCS Lyon", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_customer_passes_the_party_checks_and_its_identifiers_parse_back()
    {
        Assert.Equal(DemoOptions.DefaultCustomers, Data.Customers.Count);
        foreach (var customer in Data.Customers)
        {
            Assert.Empty(Party.Validate(customer.ToDraft()));
            Assert.True(Party.Create(customer.Id, customer.ToDraft()).Success);
            if (customer.Siren is { } siren)
            {
                Assert.True(Siren.Parse(siren.Value).Success, siren.Value);
                Assert.True(Siret.Parse(customer.Siret!.Value).Success, customer.Siret.Value);
                Assert.True(customer.Siret.BelongsTo(siren));
                Assert.Equal(siren, VatNumber.Parse(customer.VatNumber!.Value).Value.Siren);
            }

            if (customer.VatNumber is { } vat)
            {
                Assert.True(VatNumber.Parse(vat.Value).Success, vat.Value);
            }

            if (customer.ElectronicAddress is { } address)
            {
                Assert.True(PeppolParticipantId.Parse(address.ToString()).Success, address.ToString());
            }

            Assert.NotNull(customer.InvoiceEmailAddress);
            Assert.EndsWith(".example", customer.InvoiceEmailAddress, StringComparison.Ordinal);
            Assert.True(CountryCode.IsValid(customer.BillingAddress.CountryCode));
            Assert.False(string.IsNullOrWhiteSpace(customer.BillingAddress.City));
            Assert.False(string.IsNullOrWhiteSpace(customer.BillingAddress.PostCode));
        }
    }

    [Fact]
    public void Customers_are_distinct_companies_with_a_realistic_mix()
    {
        var customers = Data.Customers;
        Assert.Equal(customers.Count, customers.Select(c => c.NameForMatching).Distinct().Count());
        var sirens = customers.Where(c => c.Siren is not null).Select(c => c.Siren!.Value).ToList();
        Assert.Equal(sirens.Count, sirens.Distinct().Count());

        var french = customers.Where(c => c.IsBusiness && c.BillingAddress.CountryCode == "FR").ToList();
        Assert.InRange(french.Count, 120, 140);
        Assert.All(french, c => Assert.NotNull(c.Siren));
        Assert.InRange(customers.Count(c => !c.IsBusiness), 5, 10);
        Assert.All(customers.Where(c => !c.IsBusiness), c => Assert.Null(c.Siren));
        foreach (var country in new[] { "BE", "DE", "ES" })
        {
            var foreign = customers.Where(c => c.BillingAddress.CountryCode == country).ToList();
            Assert.NotEmpty(foreign);
            Assert.All(foreign, c => Assert.Equal(country, c.VatNumber!.CountryCode.Value));
        }

        var byChannel = customers.GroupBy(c => c.PreferredChannel).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byChannel[DeliveryChannel.Email] > customers.Count / 2);
        Assert.True(byChannel[DeliveryChannel.Portal] > 0);
        Assert.True(byChannel[DeliveryChannel.Paper] > 0);
        Assert.True(byChannel[DeliveryChannel.Network] > 0);
        Assert.Contains(customers, c => c.ElectronicAddress?.SchemeId == "0225");
        Assert.Contains(customers, c => c.ElectronicAddress?.SchemeId == "0208");
    }

    [Fact]
    public void The_catalogue_has_services_hardware_and_three_VAT_rates()
    {
        Assert.InRange(Data.Catalogue.Count, 14, 18);
        foreach (var item in Data.Catalogue)
        {
            Assert.Empty(CatalogueItem.Validate(item.ToDraft()));
            Assert.Equal(VatCategory.StandardRate, item.VatCategory);
            Assert.True(FrenchVatRates.IsAllowedInFrance(item.VatRate));
        }

        Assert.Equal([5.5m, 10m, 20m], Data.Catalogue.Select(i => i.VatRate).Distinct().Order());
        Assert.Equal(Data.Catalogue.Count, Data.Catalogue.Select(i => i.Sku).Distinct().Count());
        foreach (var unit in new[] { "C62", "HUR", "DAY", "MON" })
        {
            Assert.Contains(Data.Catalogue, i => i.Unit.Value == unit);
        }
    }

    [Fact]
    public void Contracts_are_valid_and_varied()
    {
        var contracts = Data.Contracts.Select(c => c.Contract).ToList();
        Assert.Equal(250, contracts.Count);
        Assert.All(contracts, c => Assert.Empty(c.Validate()));
        Assert.Equal(contracts.Count, contracts.Select(c => c.Id).Distinct().Count());
        var customerIds = Data.Customers.Select(c => c.Id.Value).ToHashSet();
        var itemIds = Data.Catalogue.Select(i => i.Id.Value).ToHashSet();
        Assert.All(contracts, c => Assert.Contains(c.CustomerId, customerIds));
        Assert.All(contracts.SelectMany(c => c.Lines), l => Assert.Contains(l.ItemId!.Value, itemIds));
        Assert.All(contracts, c => Assert.Equal(Data.Company.Id.Value, c.LegalEntityId));

        Assert.Contains(contracts, c => c.Frequency == BillingFrequency.Monthly);
        Assert.Contains(contracts, c => c.Frequency == BillingFrequency.Quarterly);
        Assert.Contains(contracts, c => c.Frequency == BillingFrequency.Yearly);
        Assert.Contains(contracts, c => c.Timing == BillingTiming.InAdvance);
        Assert.Contains(contracts, c => c.Timing == BillingTiming.InArrears);
        Assert.Contains(contracts, c => c.AnchorDay == 1);
        Assert.Contains(contracts, c => c.AnchorDay is null);
        Assert.Contains(contracts, c => c.StartDate < Data.HistoryStart);
        Assert.Contains(contracts, c => c.StartDate >= Data.HistoryStart && c.StartDate.Day != 1);
        Assert.Contains(contracts, c => c.EndDate is { } end && end <= Today);
        Assert.Contains(contracts, c => c.Lines.Any(l => l.Changes.Count > 0 && l.Changes[^1].UnitPrice != l.UnitPrice));
        Assert.Contains(contracts, c => c.Lines.Any(l => l.Changes.Count > 0 && l.Changes[^1].Quantity != l.Quantity));
        Assert.Contains(contracts, c => c.Lines.Any(l => l.VatCategory == VatCategory.ReverseCharge));
        Assert.Equal(["45EOM", "EOM+45", "NET30", "RECEIPT"], contracts.Select(c => c.PaymentTerms.ToCode()).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Contracts_signed_before_the_history_have_nothing_left_to_bill_before_it()
    {
        var dayBefore = Data.HistoryStart.AddDays(-1);
        foreach (var (contract, next) in Data.Contracts)
        {
            if (next is not { } resume)
            {
                Assert.True(contract.EndDate < Today, $"Contract {contract.Id} has nothing left to bill but no end.");
                continue;
            }

            Assert.Empty(BillingSchedule.PeriodsDue(contract, dayBefore, resume));
            Assert.True(resume >= contract.StartDate);
            Assert.True(contract.StartDate >= Data.HistoryStart ? resume == contract.StartDate : resume >= Data.HistoryStart.AddMonths(-12));
        }
    }

    [Fact]
    public void History_is_twelve_monthly_bill_runs_with_sales_and_credit_notes_in_between()
    {
        Assert.Equal(12, Data.BillRunDates.Count);
        Assert.Equal(new DateOnly(2025, 12, 1), Data.HistoryStart);
        Assert.Equal(new DateOnly(2026, 11, 1), Data.BillRunDates[^1]);
        Assert.All(Data.BillRunDates, d => Assert.Equal(1, d.Day));

        Assert.InRange(Data.Sales.Count, 40, 80);
        Assert.Equal(Data.Sales.OrderBy(s => s.IssueDate).Select(s => s.Key), Data.Sales.Select(s => s.Key));
        Assert.All(Data.Sales, s => Assert.InRange(s.IssueDate, Data.HistoryStart.AddDays(1), Today));
        Assert.All(Data.Sales, s => Assert.NotEqual(1, s.IssueDate.Day));
        var codes = Data.Catalogue.Select(i => i.Sku).ToHashSet();
        Assert.All(Data.Sales.SelectMany(s => s.Lines), l => Assert.Contains(l.ItemCode, codes));

        Assert.InRange(Data.CreditNotes.Count, 5, 20);
        Assert.Contains(Data.CreditNotes, c => c.IsFull);
        Assert.Contains(Data.CreditNotes, c => !c.IsFull);
        Assert.Equal(Data.CreditNotes.Count, Data.CreditNotes.Select(c => c.SaleKey).Distinct().Count());
        foreach (var credit in Data.CreditNotes)
        {
            var sale = Data.Sales.Single(s => s.Key == credit.SaleKey);
            Assert.InRange(credit.IssueDate, sale.IssueDate.AddDays(1), Today);
            if (credit.AmountWithoutVat is { } amount)
            {
                var first = sale.Lines[0];
                var lineAmount = first.Quantity * Data.Catalogue.Single(i => i.Sku == first.ItemCode).UnitPrice;
                Assert.InRange(amount, 0.01m, lineAmount - 0.01m);
            }
        }
    }

    [Fact]
    public void The_same_seed_and_day_give_the_same_data()
    {
        var again = DemoTenant.Generate(new DemoOptions(), Today);
        Assert.Equal(Fingerprint(Data), Fingerprint(again));
    }

    [Fact]
    public void Another_seed_or_day_gives_other_data()
    {
        Assert.NotEqual(Fingerprint(Data), Fingerprint(DemoTenant.Generate(new DemoOptions { Seed = 7 }, Today)));
        var later = DemoTenant.Generate(new DemoOptions(), Today.AddMonths(1));
        Assert.Equal(Data.HistoryStart.AddMonths(1), later.HistoryStart);
        Assert.NotEqual(Fingerprint(Data), Fingerprint(later));
        Assert.Equal(Data.Company, DemoTenant.Generate(new DemoOptions { Seed = 7 }, Today).Company);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(25)]
    [InlineData(1000)]
    public void Any_size_gives_valid_data(int customers)
    {
        var data = DemoTenant.Generate(new DemoOptions { Customers = customers, Seed = customers }, Today);
        Assert.Equal(customers, data.Customers.Count);
        Assert.All(data.Customers, c => Assert.Empty(Party.Validate(c.ToDraft())));
        Assert.All(data.Contracts, c => Assert.Empty(c.Contract.Validate()));
        Assert.InRange(data.Contracts.Count, 0, (customers * 5 + 2) / 3);
        Assert.Equal(data.Customers.Count, data.Customers.Select(c => c.NameForMatching).Distinct().Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(DemoOptions.MaxCustomers + 1)]
    public void A_size_out_of_range_is_refused(int customers) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoTenant.Generate(new DemoOptions { Customers = customers }, Today));

    [Fact]
    public void Master_data_survives_the_storage_round_trip()
    {
        foreach (var customer in Data.Customers)
        {
            Assert.Equal(customer.ToDraft().LegalName, MasterDataJson.DeserializeParty(customer.Id.Value, MasterDataJson.Serialize(customer)).LegalName);
        }

        foreach (var (contract, _) in Data.Contracts)
        {
            var back = MasterDataJson.DeserializeContract(MasterDataJson.Serialize(contract));
            Assert.Empty(back.Validate());
            Assert.Equal(MasterDataJson.Serialize(contract), MasterDataJson.Serialize(back));
        }
    }

    private static bool RibKeyIsValid(string bban)
    {
        var bank = long.Parse(bban[..5], System.Globalization.CultureInfo.InvariantCulture);
        var branch = long.Parse(bban[5..10], System.Globalization.CultureInfo.InvariantCulture);
        var account = long.Parse(bban[10..21], System.Globalization.CultureInfo.InvariantCulture);
        var key = long.Parse(bban[21..], System.Globalization.CultureInfo.InvariantCulture);
        return (89 * bank + 15 * branch + 3 * account + key) % 97 == 0;
    }

    /// <summary>Everything generated, in the storage form (plus the plan of sales and credit notes), as one string.</summary>
    private static string Fingerprint(DemoData data)
    {
        var parts = new List<string> { Convert.ToBase64String(MasterDataJson.Serialize(data.Company)) };
        parts.AddRange(data.Customers.Select(c => c.Id + Convert.ToBase64String(MasterDataJson.Serialize(c))));
        parts.AddRange(data.Catalogue.Select(i => i.Id + Convert.ToBase64String(MasterDataJson.Serialize(i))));
        parts.AddRange(data.Contracts.Select(c => c.NextPeriodStart + Convert.ToBase64String(MasterDataJson.Serialize(c.Contract))));
        parts.AddRange(data.BillRunDates.Select(d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        parts.AddRange(data.Sales.Select(s => $"{s.Key} {s.IssueDate:O} {s.CustomerId} {s.Terms?.ToCode()} {string.Join(",", s.Lines)}"));
        parts.AddRange(data.CreditNotes.Select(c => c.ToString()));
        return string.Join("\n", parts);
    }
}
