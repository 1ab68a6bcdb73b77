using CsCheck;
using Encaisse.Domain.Money;
using Encaisse.Domain.Terms;

namespace Encaisse.Domain.Tests.Terms;

public class PaymentTermsTests
{
    private const long Iterations = 2_000;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(0, "2026-01-31", "2026-01-31")]
    [InlineData(30, "2026-01-31", "2026-03-02")]
    [InlineData(30, "2024-01-31", "2024-03-01")] // leap year: February has 29 days
    [InlineData(30, "2025-12-15", "2026-01-14")] // across the year end
    [InlineData(60, "2024-12-31", "2025-03-01")]
    public void Net_days_count_calendar_days_from_the_invoice_date(int days, string issue, string due) =>
        Assert.Equal(D(due), new PaymentTerms.NetDays(days).DueDate(D(issue)));

    [Theory]
    [InlineData(45, EndOfMonthOrder.DaysThenEndOfMonth, "2026-01-15", "2026-03-31")]
    [InlineData(45, EndOfMonthOrder.EndOfMonthThenDays, "2026-01-15", "2026-03-17")]
    [InlineData(30, EndOfMonthOrder.DaysThenEndOfMonth, "2024-01-30", "2024-02-29")] // leap day is the month end
    [InlineData(30, EndOfMonthOrder.DaysThenEndOfMonth, "2023-01-30", "2023-03-31")] // 2023-01-30 + 30 = 1 March
    [InlineData(30, EndOfMonthOrder.EndOfMonthThenDays, "2024-01-31", "2024-03-01")]
    [InlineData(30, EndOfMonthOrder.DaysThenEndOfMonth, "2025-12-10", "2026-01-31")] // December
    [InlineData(30, EndOfMonthOrder.EndOfMonthThenDays, "2025-12-10", "2026-01-30")]
    [InlineData(0, EndOfMonthOrder.DaysThenEndOfMonth, "2024-02-10", "2024-02-29")]
    [InlineData(0, EndOfMonthOrder.EndOfMonthThenDays, "2025-12-31", "2025-12-31")]
    public void End_of_month_terms_follow_the_chosen_order(int days, EndOfMonthOrder order, string issue, string due) =>
        Assert.Equal(D(due), new PaymentTerms.EndOfMonth(days, order).DueDate(D(issue)));

    [Fact]
    public void A_fixed_date_is_due_on_that_date_whatever_the_issue_date() =>
        Assert.Equal(D("2026-03-15"), new PaymentTerms.FixedDate(D("2026-03-15")).DueDate(D("2026-02-27")));

    [Fact]
    public void End_of_month_due_dates_are_month_ends_and_never_before_the_invoice() =>
        Gen.Select(Gen.Int[0, 120], Gen.Int[DayNumber(2000, 1, 1), DayNumber(2040, 12, 31)]).Sample((days, issueDay) =>
        {
            var issue = DateOnly.FromDayNumber(issueDay);
            var first = new PaymentTerms.EndOfMonth(days, EndOfMonthOrder.DaysThenEndOfMonth).DueDate(issue);
            var second = new PaymentTerms.EndOfMonth(days, EndOfMonthOrder.EndOfMonthThenDays).DueDate(issue);
            Assert.Equal(DateTime.DaysInMonth(first.Year, first.Month), first.Day);
            Assert.True(first >= issue.AddDays(days) && first < issue.AddDays(days + 31));
            Assert.Equal(new DateOnly(issue.Year, issue.Month, DateTime.DaysInMonth(issue.Year, issue.Month)).AddDays(days), second);
        }, iter: Iterations);

    [Fact]
    public void A_simple_term_schedules_one_instalment_of_the_whole_amount()
    {
        var schedule = new PaymentTerms.NetDays(30).Schedule(D("2026-01-31"), 1234.56m);
        Assert.Equal([new Instalment(D("2026-03-02"), 1234.56m)], schedule);
    }

    [Fact]
    public void Percent_instalments_round_each_running_total_and_give_the_remainder_to_the_last()
    {
        var terms = new PaymentTerms.InstalmentSchedule(
        [
            new(InstalmentShare.Percentage(30m), PaymentTerms.OnReceipt),
            new(InstalmentShare.Percentage(40m), new PaymentTerms.NetDays(30)),
            new(InstalmentShare.Percentage(30m), new PaymentTerms.EndOfMonth(60, EndOfMonthOrder.DaysThenEndOfMonth)),
        ]);

        var schedule = terms.Schedule(D("2026-01-15"), 100.01m);

        Assert.Equal(
            [new Instalment(D("2026-01-15"), 30.00m), new Instalment(D("2026-02-14"), 40.01m), new Instalment(D("2026-03-31"), 30.00m)],
            schedule);
        Assert.Equal(D("2026-01-15"), terms.DueDate(D("2026-01-15")));
    }

    [Fact]
    public void A_deposit_then_the_balance()
    {
        var terms = new PaymentTerms.InstalmentSchedule(
        [
            new(InstalmentShare.FixedAmount(Money.Money.Eur(500m)), PaymentTerms.OnReceipt),
            new(InstalmentShare.Balance, new PaymentTerms.NetDays(30)),
        ]);

        Assert.Equal([500m, 700m], terms.Schedule(D("2026-04-01"), 1200m).Select(i => i.Amount));
        Assert.Equal([500m, 0m], terms.Schedule(D("2026-04-01"), 500m).Select(i => i.Amount));
        var error = Assert.Throws<ArgumentException>(() => terms.Schedule(D("2026-04-01"), 499.99m));
        Assert.Contains("more than the amount due", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 50.0, 40.0 }, false, "add up to 90")]
    [InlineData(new[] { 50.0, 60.0 }, false, "add up to 110")]
    [InlineData(new[] { 100.0 }, false, "at least two")]
    [InlineData(new[] { 60.0, 40.0 }, true, "nothing is left for the balance")]
    public void Invalid_schedules_are_refused_with_a_reason(double[] percents, bool endWithBalance, string reason)
    {
        var parts = percents.Select(p => new InstalmentPart(InstalmentShare.Percentage((decimal)p), new PaymentTerms.NetDays(30))).ToList();
        if (endWithBalance)
        {
            parts.Add(new InstalmentPart(InstalmentShare.Balance, new PaymentTerms.NetDays(60)));
        }

        var error = Assert.Throws<ArgumentException>(() => new PaymentTerms.InstalmentSchedule(parts));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Balance_only_last_and_fixed_amounts_need_a_balance()
    {
        Assert.Throws<ArgumentException>(() => new PaymentTerms.InstalmentSchedule(
        [
            new(InstalmentShare.Balance, PaymentTerms.OnReceipt),
            new(InstalmentShare.Percentage(100m), PaymentTerms.OnReceipt),
        ]));
        Assert.Throws<ArgumentException>(() => new PaymentTerms.InstalmentSchedule(
        [
            new(InstalmentShare.FixedAmount(Money.Money.Eur(100m)), PaymentTerms.OnReceipt),
            new(InstalmentShare.Percentage(100m), PaymentTerms.OnReceipt),
        ]));
        Assert.Throws<ArgumentException>(() => new InstalmentPart(
            InstalmentShare.Balance, new PaymentTerms.NetDays(30) { EarlyPaymentDiscount = new EarlyPaymentDiscount(2m, 10) }));
    }

    [Fact]
    public void Instalments_always_sum_exactly_to_the_amount_due()
    {
        var percents = Gen.Int[2, 6].SelectMany(n => Gen.Int[1, 10_000].Array[n]).Select(weights =>
        {
            // Turn random weights into percentages with two decimals adding up to exactly 100.
            var total = weights.Sum();
            var shares = weights.Select(w => Math.Max(0.01m, decimal.Round(w * 100m / total, 2))).ToArray();
            shares[^1] = 100m - shares[..^1].Sum();
            return shares;
        }).Where(s => s[^1] > 0m);
        var amount = Gen.Long[-100_000_000, 1_000_000_000].Select(cents => cents / 100m);
        var issue = Gen.Int[DayNumber(2020, 1, 1), DayNumber(2035, 12, 31)].Select(DateOnly.FromDayNumber);

        Gen.Select(percents, amount, issue, Gen.Bool).Sample((shares, amountDue, issueDate, withBalance) =>
        {
            var parts = shares.Select((p, i) => new InstalmentPart(InstalmentShare.Percentage(p), new PaymentTerms.NetDays(30 * i))).ToList();
            if (withBalance)
            {
                parts[^1] = new InstalmentPart(InstalmentShare.Balance, parts[^1].Terms);
            }

            var schedule = new PaymentTerms.InstalmentSchedule(parts).Schedule(issueDate, amountDue);

            Assert.Equal(amountDue, schedule.Sum(i => i.Amount));
            Assert.All(schedule, i => Assert.True(Amounts.HasAtMostTwoDecimals(i.Amount)));
            Assert.All(schedule, i => Assert.True(amountDue >= 0 ? i.Amount >= 0 : i.Amount <= 0, $"instalment {i.Amount} of {amountDue}"));
            for (var i = 0; i < schedule.Count - 1; i++)
            {
                Assert.True(Math.Abs(schedule[i].Amount - (amountDue * shares[i] / 100m)) <= 0.01m, $"instalment {i} is {schedule[i].Amount}");
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Instalments_with_fixed_amounts_sum_exactly_to_the_amount_due() =>
        Gen.Select(Gen.Long[1, 10_000_000].Array[1, 4], Gen.Long[0, 10_000_000], Gen.Decimal[0m, 99m])
            .Sample((fixedCents, extraCents, percent) =>
            {
                var pct = decimal.Round(percent, 2);
                var fixedAmounts = fixedCents.Select(c => c / 100m).ToArray();
                var parts = fixedAmounts.Select(a => new InstalmentPart(InstalmentShare.FixedAmount(Money.Money.Eur(a)), PaymentTerms.OnReceipt)).ToList();
                if (pct > 0m)
                {
                    parts.Add(new InstalmentPart(InstalmentShare.Percentage(pct), new PaymentTerms.NetDays(30)));
                }

                parts.Add(new InstalmentPart(InstalmentShare.Balance, new PaymentTerms.NetDays(60)));
                // The amount due covers the fixed amounts and the percentage part.
                var amountDue = decimal.Round((fixedAmounts.Sum() + (extraCents / 100m)) / (1m - (pct / 100m)), 2) + 0.01m;
                var schedule = new PaymentTerms.InstalmentSchedule(parts).Schedule(new DateOnly(2026, 5, 31), amountDue);
                Assert.Equal(amountDue, schedule.Sum(i => i.Amount));
                Assert.Equal(fixedAmounts, schedule.Take(fixedAmounts.Length).Select(i => i.Amount));
                Assert.All(schedule, i => Assert.True(i.Amount >= 0m));
            }, iter: Iterations);

    [Theory]
    [InlineData("fr", "Paiement à réception")]
    [InlineData("en", "Payment due on receipt")]
    public void On_receipt_is_described(string language, string expected) =>
        Assert.Equal(expected, PaymentTerms.OnReceipt.Describe(language));

    [Fact]
    public void Terms_are_described_as_a_french_or_english_customer_expects()
    {
        var eom = new PaymentTerms.EndOfMonth(30, EndOfMonthOrder.DaysThenEndOfMonth);
        Assert.Equal("Paiement à 30 jours fin de mois", eom.Describe("fr"));
        Assert.Equal("Payment due 30 days end of month", eom.Describe("en"));
        Assert.Equal("Paiement à 30 jours fin de mois", eom.Describe("fr-FR"));

        var eomThenDays = new PaymentTerms.EndOfMonth(45, EndOfMonthOrder.EndOfMonthThenDays);
        Assert.Equal("Paiement fin de mois + 45 jours", eomThenDays.Describe("fr"));
        Assert.Equal("Payment due end of month + 45 days", eomThenDays.Describe("en"));

        Assert.Equal("Paiement fin de mois", new PaymentTerms.EndOfMonth(0, EndOfMonthOrder.EndOfMonthThenDays).Describe("fr"));
        Assert.Equal("Paiement à 1 jour date de facture", new PaymentTerms.NetDays(1).Describe("fr"));

        var net = new PaymentTerms.NetDays(30) { EarlyPaymentDiscount = new EarlyPaymentDiscount(1.5m, 10) };
        Assert.Equal("Paiement à 30 jours date de facture ; escompte de 1,5 % pour paiement sous 10 jours", net.Describe("fr"));
        Assert.Equal("Payment due 30 days from invoice date; 1.5% discount if paid within 10 days", net.Describe("en"));

        var fixedDate = new PaymentTerms.FixedDate(new DateOnly(2026, 3, 5));
        Assert.Equal("Paiement le 05/03/2026", fixedDate.Describe("fr"));
        Assert.Equal("Payment due on 5 March 2026", fixedDate.Describe("en"));
    }

    [Fact]
    public void An_instalment_schedule_is_described_part_by_part()
    {
        var terms = new PaymentTerms.InstalmentSchedule(
        [
            new(InstalmentShare.FixedAmount(Money.Money.Eur(500m)), PaymentTerms.OnReceipt),
            new(InstalmentShare.Percentage(40m), new PaymentTerms.NetDays(30)),
            new(InstalmentShare.Balance, new PaymentTerms.EndOfMonth(45, EndOfMonthOrder.DaysThenEndOfMonth)),
        ]);

        Assert.Equal("Paiement en 3 échéances : 500,00 EUR à réception, 40 % à 30 jours date de facture, solde à 45 jours fin de mois", terms.Describe("fr"));
        Assert.Equal("Payment in 3 instalments: 500.00 EUR due on receipt, 40% due 30 days from invoice date, balance due 45 days end of month", terms.Describe("en"));
    }

    [Fact]
    public void Schedules_with_the_same_parts_are_equal()
    {
        PaymentTerms.InstalmentSchedule Make() => new(
        [
            new(InstalmentShare.Percentage(50m), PaymentTerms.OnReceipt),
            new(InstalmentShare.Percentage(50m), new PaymentTerms.NetDays(30)),
        ]);

        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(Make(), Make() with { EarlyPaymentDiscount = new EarlyPaymentDiscount(2m, 8) });
    }

    [Fact]
    public void Amounts_due_with_more_than_two_decimals_are_refused() =>
        Assert.Throws<ArgumentException>(() => PaymentTerms.OnReceipt.Schedule(new DateOnly(2026, 1, 1), 10.001m));

    [Fact]
    public void Early_payment_discount_deadline_and_amount()
    {
        var discount = new EarlyPaymentDiscount(2m, 10);
        Assert.Equal(new DateOnly(2026, 3, 7), discount.Deadline(new DateOnly(2026, 2, 25)));
        Assert.Equal(24.69m, discount.DiscountOn(1234.56m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EarlyPaymentDiscount(0m, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EarlyPaymentDiscount(2m, -1));
    }

    internal static int DayNumber(int year, int month, int day) => new DateOnly(year, month, day).DayNumber;
}
