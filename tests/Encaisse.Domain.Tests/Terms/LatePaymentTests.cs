using Encaisse.Domain.Money;
using Encaisse.Domain.Terms;

namespace Encaisse.Domain.Tests.Terms;

public class LatePaymentTests
{
    [Theory]
    [InlineData(1000, "2026-01-31", "2026-03-02", 12.15, 9.99)] // 30 days: 1000 × 12.15 % × 30 / 365 = 9.9863
    [InlineData(1000, "2026-01-31", "2026-02-01", 12.15, 0.33)] // paid the day after: 1 day late
    [InlineData(5400, "2025-03-31", "2025-06-29", 13.15, 175.09)] // 90 days
    [InlineData(1000, "2026-01-31", "2026-01-31", 12.15, 0)] // on the due date
    [InlineData(1000, "2026-01-31", "2026-01-15", 12.15, 0)] // early
    public void Penalty_is_amount_times_rate_times_days_late_over_365(
        decimal amount, string due, string paid, decimal rate, decimal expected) =>
        Assert.Equal(expected, LatePaymentPenalty.PenaltyFor(amount, D(due), D(paid), rate));

    [Fact]
    public void The_built_in_table_gives_the_default_and_minimum_rates_of_2026H1()
    {
        var rates = LatePaymentRateTable.French.RatesOn(new DateOnly(2026, 3, 1));
        Assert.NotNull(rates);
        Assert.Equal(12.15m, rates.DefaultPenaltyRate);
        Assert.Equal(7.86m, rates.MinimumPenaltyRate);
        Assert.Equal(12.50m, LatePaymentRateTable.French.RatesFor(new HalfYear(2023, 1))!.DefaultPenaltyRate);
        Assert.Equal(14.00m, LatePaymentRateTable.French.RatesFor(new HalfYear(2023, 2))!.DefaultPenaltyRate);
    }

    [Fact]
    public void Each_late_day_bears_the_rate_of_its_half_year()
    {
        // Due 20 June 2025, paid 10 July: 10 days at 13.15 % (2025H1) and 10 days at 12.15 % (2025H2).
        var result = LatePaymentRateTable.French.DefaultPenalty(10_000m, D("2025-06-20"), D("2025-07-10"));

        Assert.True(result.Success, result.Error);
        var calculation = result.Value;
        Assert.Equal(69.32m, calculation.Amount); // 10 000 × (13.15 % × 10 + 12.15 % × 10) / 365 = 69.3151
        Assert.Equal(
            [new PenaltySegment(D("2025-06-21"), D("2025-06-30"), 10, 13.15m, 36.03m), new PenaltySegment(D("2025-07-01"), D("2025-07-10"), 10, 12.15m, 33.29m)],
            calculation.Segments);
    }

    [Fact]
    public void A_penalty_over_a_half_year_without_rates_fails_with_a_clear_message()
    {
        var result = LatePaymentRateTable.French.DefaultPenalty(1000m, D("2026-06-15"), D("2026-07-15"));
        Assert.False(result.Success);
        Assert.Contains("2026H2", result.Error, StringComparison.Ordinal);

        var extended = LatePaymentRateTable.French.With(new LatePaymentRates(new HalfYear(2026, 2), 2.00m, 2.50m));
        var penalty = extended.DefaultPenalty(1000m, D("2026-06-15"), D("2026-07-15")).Value;
        Assert.Equal(Math.Round(1000m * ((12.15m * 15) + (12.00m * 15)) / 100m / 365m, 2), penalty.Amount);
        Assert.Null(LatePaymentRateTable.French.RatesFor(new HalfYear(2026, 2))); // the built-in table is unchanged
    }

    [Fact]
    public void Not_late_means_no_penalty_and_no_segment()
    {
        var result = LatePaymentRateTable.French.DefaultPenalty(1000m, D("2026-01-31"), D("2026-01-31")).Value;
        Assert.Equal(0m, result.Amount);
        Assert.Empty(result.Segments);
    }

    [Fact]
    public void A_tenant_can_override_a_half_year()
    {
        var table = LatePaymentRateTable.French.With(new LatePaymentRates(new HalfYear(2026, 1), 2.40m, 2.62m));
        Assert.Equal(12.40m, table.RatesFor(new HalfYear(2026, 1))!.DefaultPenaltyRate);
        Assert.Equal(LatePaymentRateTable.French.Entries.Count, table.Entries.Count);
        Assert.Throws<ArgumentException>(() => new LatePaymentRateTable([table.Entries[0], table.Entries[0]]));
    }

    [Fact]
    public void Agreed_rates_below_three_times_the_legal_rate_are_flagged()
    {
        var message = LatePaymentRateTable.French.CheckAgreedRate(7.5m, D("2026-02-01"));
        Assert.NotNull(message);
        Assert.Contains("7.86", message, StringComparison.Ordinal);
        Assert.Null(LatePaymentRateTable.French.CheckAgreedRate(7.86m, D("2026-02-01")));
        Assert.Null(LatePaymentRateTable.French.CheckAgreedRate(10m, D("2026-02-01")));
    }

    [Fact]
    public void Recovery_indemnity_is_40_eur_for_late_business_customers_only()
    {
        Assert.Equal(Money.Money.Eur(40m), RecoveryIndemnity.For(isBusinessCustomer: true, D("2026-01-31"), D("2026-02-01")));
        Assert.Equal(Money.Money.Zero(CurrencyCode.Eur), RecoveryIndemnity.For(isBusinessCustomer: false, D("2026-01-31"), D("2026-03-01")));
        Assert.Equal(Money.Money.Zero(CurrencyCode.Eur), RecoveryIndemnity.For(isBusinessCustomer: true, D("2026-01-31"), D("2026-01-31")));
    }

    [Theory]
    [InlineData("2026H1", 2026, 1)]
    [InlineData(" 2025h2 ", 2025, 2)]
    public void Half_years_parse(string text, int year, int half) =>
        Assert.Equal(new HalfYear(year, half), HalfYear.Parse(text).Value);

    [Theory]
    [InlineData("2026H3")]
    [InlineData("2026-1")]
    [InlineData("")]
    [InlineData(null)]
    public void Bad_half_years_do_not_parse(string? text) => Assert.False(HalfYear.Parse(text).Success);

    [Fact]
    public void Half_years_know_their_bounds()
    {
        var h2 = HalfYear.Of(D("2025-12-31"));
        Assert.Equal("2025H2", h2.ToString());
        Assert.Equal(D("2025-07-01"), h2.Start);
        Assert.Equal(D("2026-01-01"), h2.EndExclusive);
        Assert.Equal(new HalfYear(2026, 1), h2.Next);
        Assert.True(h2 < h2.Next);
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
