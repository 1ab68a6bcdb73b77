using Encaisse.Domain.Contracts;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Tests.Contracts;

public class RecurringContractTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    [Fact]
    public void A_well_formed_contract_has_no_problem() =>
        Assert.Empty(ContractGens.Build(Start, BillingFrequency.Monthly, BillingTiming.InAdvance).Validate());

    [Fact]
    public void Contract_problems_are_listed_in_a_clerks_words()
    {
        var contract = ContractGens.Build(Start, BillingFrequency.EveryMonths(5), BillingTiming.InAdvance) with
        {
            SeriesCode = " ",
            EndDate = new DateOnly(2025, 12, 31),
            AnchorMonth = 1,
            CustomerId = Guid.Empty,
        };

        Assert.Equal(
            [
                "The customer is missing.",
                "The numbering series is missing.",
                "The contract ends on 2025-12-31, before it starts on 2026-01-01.",
                "An anchor month needs a frequency of 1, 2, 3, 4, 6 or 12 months, not every 5 months.",
            ],
            contract.Validate());
    }

    [Fact]
    public void Day_based_frequencies_take_no_anchor_and_a_frequency_is_required()
    {
        var daily = ContractGens.Build(Start, BillingFrequency.EveryDays(7), BillingTiming.InAdvance) with { AnchorDay = 5 };
        Assert.Contains(daily.Validate(), p => p.StartsWith("An anchor day applies to month-based", StringComparison.Ordinal));
        var unset = ContractGens.Build(Start, default, BillingTiming.InAdvance);
        Assert.Contains("The billing frequency is missing.", unset.Validate());
    }

    [Fact]
    public void Line_problems_name_the_line()
    {
        var line = ContractGens.FixedPrice("Maintenance", 50m) with
        {
            Quantity = 2m,
            UnitCode = "month",
            VatCategory = VatCategory.Exempt,
            VatRate = 20m,
            StartDate = new DateOnly(2025, 6, 1),
            Changes = [new(new DateOnly(2026, 6, 1), -1m, 1m), new(new DateOnly(2026, 6, 1), 60m, 1m)],
        };
        var contract = ContractGens.Build(Start, BillingFrequency.Monthly, BillingTiming.InAdvance, line, line);

        Assert.Equal(
            [
                "Line 'Maintenance': 'month' is not a UN/ECE Recommendation 20 unit code (such as C62, MON, HUR).",
                "Line 'Maintenance': a fixed-price line has quantity 1, not 2; use a quantity line instead.",
                "Line 'Maintenance': the change of 2026-06-01: the unit price cannot be negative (record a discount as a negative quantity).",
                "Line 'Maintenance': two changes take effect on 2026-06-01.",
                "Line 'Maintenance': it starts on 2025-06-01, before the contract (2026-01-01).",
                "Line 'Maintenance': VAT category E has a zero rate, not 20 %.",
            ],
            contract.Validate().Take(6));
        Assert.Contains($"Two lines share the id {line.Id:D}.", contract.Validate());
    }

    [Fact]
    public void Quantities_have_at_most_four_decimals_and_standard_rate_needs_a_rate()
    {
        var line = ContractGens.PerUnit("Stockage", 0.1234567m, 1.23456m) with { VatRate = null };
        var problems = ContractGens.Build(Start, BillingFrequency.Monthly, BillingTiming.InAdvance, line).Validate();
        Assert.Equal(
            [
                "Line 'Stockage': the unit price 0.1234567 has more than 6 decimals.",
                "Line 'Stockage': the quantity 1.23456 has more than 4 decimals.",
                "Line 'Stockage': a standard-rated line needs a VAT rate above 0.",
            ],
            problems);
    }

    [Fact]
    public void Line_terms_on_a_date_follow_the_latest_change()
    {
        var line = ContractGens.PerUnit("Sièges", 10m, 5m) with
        {
            Changes = [new(new DateOnly(2026, 6, 1), 12m, 6m), new(new DateOnly(2026, 3, 1), 11m, 5m)],
        };
        Assert.Equal((10m, 5m), line.TermsOn(new DateOnly(2026, 2, 28)));
        Assert.Equal((11m, 5m), line.TermsOn(new DateOnly(2026, 3, 1)));
        Assert.Equal((12m, 6m), line.TermsOn(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void Contract_ids_parse_from_guids()
    {
        var id = Guid.NewGuid();
        Assert.Equal(new ContractId(id), ContractId.Parse(id.ToString()).Value);
        Assert.False(ContractId.Parse("ABO-42").Success);
        Assert.False(ContractId.Parse(Guid.Empty.ToString()).Success);
    }

    [Fact]
    public void Frequencies_have_names_and_bounds()
    {
        Assert.Equal("quarterly", BillingFrequency.Quarterly.ToString());
        Assert.Equal("every 14 days", BillingFrequency.EveryDays(14).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => BillingFrequency.EveryMonths(0));
        Assert.False(default(BillingFrequency).IsSet);
    }
}
