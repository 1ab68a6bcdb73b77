using CsCheck;
using Encaisse.Domain.Contracts;

namespace Encaisse.Domain.Tests.Contracts;

public class BillingScheduleTests
{
    private const long Iterations = 2_000;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Periods_are_contiguous_from_the_start_with_billing_dates_never_after_as_of() =>
        Gen.Select(ContractGens.Contract, Gen.Int[-40, 2200]).Sample((contract, offset) =>
        {
            var asOf = contract.StartDate.AddDays(offset);
            var periods = BillingSchedule.PeriodsDue(contract, asOf, nextPeriodStart: null);
            var calendar = BillingCalendar.For(contract);
            if (periods.Count == 0)
            {
                Assert.True(calendar.FirstPeriod().BillingDate > asOf);
                return;
            }

            Assert.Equal(contract.StartDate, periods[0].Start);
            for (var i = 0; i < periods.Count; i++)
            {
                var p = periods[i];
                Assert.True(p.BillingDate <= asOf);
                Assert.Equal(contract.Timing == BillingTiming.InAdvance ? p.Start : p.EndExclusive, p.BillingDate);
                Assert.True(p.FullStart <= p.Start && p.Start < p.EndExclusive && p.EndExclusive <= p.FullEndExclusive);
                Assert.True(p.EndExclusive <= (contract.EndExclusive ?? DateOnly.MaxValue));
                Assert.Equal(contract.Id, p.ContractId);
                if (i > 0)
                {
                    Assert.Equal(periods[i - 1].EndExclusive, p.Start); // no gap, no overlap
                    Assert.Equal(p.FullStart, p.Start); // only the first period can be a leading stub
                }

                if (p.EndExclusive != p.FullEndExclusive)
                {
                    Assert.Equal(contract.EndExclusive, p.EndExclusive); // only the contract end cuts a period short
                }

                if (contract.Frequency.Unit == BillingUnit.Day)
                {
                    Assert.Equal(contract.Frequency.Count, p.FullDays);
                }
                else
                {
                    var anchor = contract.AnchorDay ?? contract.StartDate.Day;
                    Assert.Equal(Math.Min(anchor, DateTime.DaysInMonth(p.FullStart.Year, p.FullStart.Month)), p.FullStart.Day);
                    Assert.Equal(contract.Frequency.Count, MonthIndex(p.FullEndExclusive) - MonthIndex(p.FullStart));
                    if (contract.AnchorMonth is { } month)
                    {
                        Assert.Equal(0, ((p.FullStart.Month - month) % contract.Frequency.Count + contract.Frequency.Count) % contract.Frequency.Count);
                    }
                }
            }

            // Nothing due was left out: the period after the last one is not due yet, or the contract is over.
            var next = calendar.Next(periods[^1]);
            Assert.True(next is null ? periods[^1].EndExclusive == contract.EndExclusive : next.BillingDate > asOf);
            Assert.Equal(periods.Count, periods.Select(p => p.IdempotencyKey).Distinct().Count());
        }, iter: Iterations);

    [Fact]
    public void Resuming_where_the_last_run_stopped_gives_the_same_periods_as_one_run() =>
        Gen.Select(ContractGens.Contract, Gen.Int[-40, 1200], Gen.Int[0, 1200]).Sample((contract, first, more) =>
        {
            var firstRun = contract.StartDate.AddDays(first);
            var secondRun = firstRun.AddDays(more);
            var resumeAt = BillingSchedule.NextPeriodStart(contract, firstRun, nextPeriodStart: null);

            var inTwoRuns = BillingSchedule.PeriodsDue(contract, firstRun, null).Concat(BillingSchedule.PeriodsDue(contract, secondRun, resumeAt));
            Assert.Equal(BillingSchedule.PeriodsDue(contract, secondRun, null), inTwoRuns);
            Assert.Empty(BillingSchedule.PeriodsDue(contract, firstRun, resumeAt)); // running twice bills nothing twice
        }, iter: Iterations);

    [Fact]
    public void Anchor_31_bills_on_the_last_day_of_short_months()
    {
        var contract = ContractGens.Build(D("2024-01-31"), BillingFrequency.Monthly, BillingTiming.InAdvance);
        var periods = BillingSchedule.PeriodsDue(contract, D("2024-05-31"), null);
        Assert.Equal(
            [D("2024-01-31"), D("2024-02-29"), D("2024-03-31"), D("2024-04-30"), D("2024-05-31")],
            periods.Select(p => p.BillingDate));
        Assert.All(periods, p => Assert.False(p.IsProrated));
        Assert.Equal(D("2025-02-28"), BillingSchedule.PeriodsDue(contract, D("2025-03-01"), D("2025-02-28")).Single().Start);
    }

    [Fact]
    public void A_start_between_anchors_makes_a_prorated_stub_up_to_the_first_anchor()
    {
        var contract = ContractGens.Build(D("2026-03-15"), BillingFrequency.Monthly, BillingTiming.InAdvance) with { AnchorDay = 1 };
        var periods = BillingSchedule.PeriodsDue(contract, D("2026-04-01"), null);

        Assert.Equal(
            [
                new BillingPeriod(contract.Id, D("2026-03-15"), D("2026-04-01"), D("2026-03-01"), D("2026-04-01"), D("2026-03-15")),
                new BillingPeriod(contract.Id, D("2026-04-01"), D("2026-05-01"), D("2026-04-01"), D("2026-05-01"), D("2026-04-01")),
            ],
            periods);
        Assert.Equal(17, periods[0].Days);
        Assert.Equal(31, periods[0].FullDays);
        Assert.True(periods[0].IsProrated);
        Assert.Equal($"{contract.Id}/2026-03-15", periods[0].IdempotencyKey);
    }

    [Fact]
    public void In_arrears_a_period_is_billed_the_day_after_it_ends()
    {
        var contract = ContractGens.Build(D("2026-03-15"), BillingFrequency.Monthly, BillingTiming.InArrears) with { AnchorDay = 1 };
        Assert.Empty(BillingSchedule.PeriodsDue(contract, D("2026-03-31"), null));
        var period = Assert.Single(BillingSchedule.PeriodsDue(contract, D("2026-04-01"), null));
        Assert.Equal(D("2026-04-01"), period.BillingDate);
        Assert.Equal(D("2026-03-31"), period.End);
    }

    [Fact]
    public void Quarters_follow_the_first_anchor_after_the_start_unless_an_anchor_month_is_set()
    {
        var following = ContractGens.Build(D("2026-02-15"), BillingFrequency.Quarterly, BillingTiming.InAdvance) with { AnchorDay = 1 };
        Assert.Equal(
            [(D("2026-02-15"), D("2026-03-01")), (D("2026-03-01"), D("2026-06-01"))],
            BillingSchedule.PeriodsDue(following, D("2026-03-01"), null).Select(p => (p.Start, p.EndExclusive)));

        var calendarQuarters = following with { StartDate = D("2026-02-10"), AnchorMonth = 1 };
        var periods = BillingSchedule.PeriodsDue(calendarQuarters, D("2026-07-01"), null);
        Assert.Equal(
            [(D("2026-02-10"), D("2026-04-01")), (D("2026-04-01"), D("2026-07-01")), (D("2026-07-01"), D("2026-10-01"))],
            periods.Select(p => (p.Start, p.EndExclusive)));
        Assert.Equal(D("2026-01-01"), periods[0].FullStart);
    }

    [Fact]
    public void Calendar_years()
    {
        var contract = ContractGens.Build(D("2026-03-15"), BillingFrequency.Yearly, BillingTiming.InAdvance) with { AnchorDay = 1, AnchorMonth = 1 };
        var periods = BillingSchedule.PeriodsDue(contract, D("2027-01-01"), null);
        Assert.Equal([(D("2026-03-15"), D("2027-01-01")), (D("2027-01-01"), D("2028-01-01"))], periods.Select(p => (p.Start, p.EndExclusive)));
        Assert.Equal((292, 365), (periods[0].Days, periods[0].FullDays));
    }

    [Fact]
    public void The_contract_end_cuts_the_last_period_and_billing_stops()
    {
        var contract = ContractGens.Build(D("2026-01-01"), BillingFrequency.Monthly, BillingTiming.InArrears) with { EndDate = D("2026-05-20") };
        var periods = BillingSchedule.PeriodsDue(contract, D("2027-01-01"), null);

        Assert.Equal(5, periods.Count);
        Assert.Equal(new BillingPeriod(contract.Id, D("2026-05-01"), D("2026-05-21"), D("2026-05-01"), D("2026-06-01"), D("2026-05-21")), periods[^1]);
        var resume = BillingSchedule.NextPeriodStart(contract, D("2027-01-01"), null);
        Assert.Equal(D("2026-05-21"), resume);
        Assert.True(BillingSchedule.IsFullyBilled(contract, resume));
        Assert.False(BillingSchedule.IsFullyBilled(contract, D("2026-05-01")));
        Assert.Empty(BillingSchedule.PeriodsDue(contract, D("2030-01-01"), resume));
    }

    [Fact]
    public void A_contract_shorter_than_a_period_is_one_stub()
    {
        var contract = ContractGens.Build(D("2026-02-15"), BillingFrequency.Monthly, BillingTiming.InAdvance) with { AnchorDay = 1, EndDate = D("2026-02-20") };
        var period = Assert.Single(BillingSchedule.PeriodsDue(contract, D("2026-12-31"), null));
        Assert.Equal((D("2026-02-15"), D("2026-02-21"), D("2026-02-01"), D("2026-03-01")), (period.Start, period.EndExclusive, period.FullStart, period.FullEndExclusive));
    }

    [Fact]
    public void Every_fourteen_days()
    {
        var contract = ContractGens.Build(D("2025-12-25"), BillingFrequency.EveryDays(14), BillingTiming.InAdvance);
        Assert.Equal(
            [D("2025-12-25"), D("2026-01-08"), D("2026-01-22")],
            BillingSchedule.PeriodsDue(contract, D("2026-01-22"), null).Select(p => p.Start));
    }

    [Fact]
    public void Stored_progress_that_is_not_a_period_start_is_refused()
    {
        var contract = ContractGens.Build(D("2026-01-01"), BillingFrequency.Monthly, BillingTiming.InAdvance) with { EndDate = D("2026-12-31") };
        Assert.Throws<ArgumentException>(() => BillingSchedule.PeriodsDue(contract, D("2026-06-01"), D("2026-02-15")));
        Assert.Throws<ArgumentException>(() => BillingSchedule.PeriodsDue(contract, D("2026-06-01"), D("2025-12-01")));
        Assert.Throws<ArgumentException>(() => BillingSchedule.PeriodsDue(contract, D("2026-06-01"), D("2027-02-01")));
    }

    [Fact]
    public void Invalid_contracts_are_not_scheduled()
    {
        var contract = ContractGens.Build(D("2026-01-01"), BillingFrequency.Monthly, BillingTiming.InAdvance) with { AnchorDay = 32 };
        var error = Assert.Throws<ArgumentException>(() => BillingSchedule.PeriodsDue(contract, D("2026-06-01"), null));
        Assert.Contains("anchor day 32", error.Message, StringComparison.Ordinal);
    }

    private static int MonthIndex(DateOnly date) => (date.Year * 12) + date.Month - 1;
}
