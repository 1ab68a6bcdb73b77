using CsCheck;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Money;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Tests.Contracts;

public class ContractChargesTests
{
    private const long Iterations = 2_000;

    private static readonly Dictionary<Guid, decimal> NoUsage = [];

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_full_period_without_changes_bills_exactly_unit_price_times_quantity()
    {
        var gen =
            from contract in ContractGens.Contract
            from price in ContractGens.Decimal(6)
            from quantity in ContractGens.Decimal(4)
            select (contract with { EndDate = null, Lines = [ContractGens.PerUnit("Licences", price, quantity)] }, price, quantity);

        gen.Sample((contract, price, quantity) =>
        {
            // An open-ended contract: only the first period can be a stub, and 1500 days hold at least two periods.
            var periods = BillingSchedule.PeriodsDue(contract, contract.StartDate.AddDays(1500), null);
            var full = periods.Where(p => !p.IsProrated).ToList();
            Assert.NotEmpty(full);
            foreach (var period in full)
            {
                var charge = Assert.Single(ContractCharges.For(contract, period, NoUsage).Lines);
                Assert.Equal(quantity, charge.Quantity);
                Assert.Equal(price, charge.UnitPrice);
                Assert.Equal(Amounts.Round(price * quantity), charge.NetAmount);
                Assert.Null(charge.ProrationFactor);
                Assert.Equal((period.Start, period.End), (charge.ServiceStart, charge.ServiceEnd));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void A_line_changing_or_stopping_mid_period_bills_parts_that_add_up_to_the_prorated_price()
    {
        var gen =
            from contract in ContractGens.Contract
            from price in ContractGens.Decimal(6)
            from quantity in ContractGens.Decimal(4)
            from newPrice in ContractGens.Decimal(6)
            from newQuantity in ContractGens.Decimal(4)
            from changeAt in Gen.Double[0.0, 1.0]
            from stopAt in Gen.Double[0.0, 1.5]
            select (contract, price, quantity, newPrice, newQuantity, changeAt, stopAt);

        gen.Sample((template, price, quantity, newPrice, newQuantity, changeAt, stopAt) =>
        {
            var open = template with { EndDate = null };
            // The second period of an open-ended contract is always a full one.
            var period = BillingSchedule.PeriodsDue(open, open.StartDate.AddDays(1500), null)[1];
            var change = period.Start.AddDays(1 + (int)(changeAt * (period.FullDays - 2)));
            var stop = period.Start.AddDays((int)(stopAt * period.FullDays)); // may fall after the period: no stop then
            var line = ContractGens.PerUnit("Sièges", price, quantity) with
            {
                Changes = [new ContractLineChange(change, newPrice, newQuantity)],
                EndDate = stop >= change ? stop : null,
            };
            var contract = open with { Lines = [line] };

            var charges = ContractCharges.For(contract, period, NoUsage).Lines;

            var activeEnd = line.EndDate is { } end && end < period.End ? end.AddDays(1) : period.EndExclusive;
            var parts = new[] { (From: period.Start, To: change, Price: price, Quantity: quantity), (From: change, To: activeEnd, Price: newPrice, Quantity: newQuantity) }
                .Where(p => p.To > p.From).ToList();
            Assert.Equal(parts.Count, charges.Count);
            var expected = parts.Sum(p => p.Price * p.Quantity * (p.To.DayNumber - p.From.DayNumber) / period.FullDays);
            // Quantities carry 4 decimals (an error of at most 0.00005 × price) and each amount is rounded to the cent.
            var tolerance = parts.Sum(p => (0.00005m * p.Price) + 0.005m);
            var billed = charges.Sum(c => c.NetAmount);
            Assert.True(Math.Abs(billed - expected) <= tolerance, $"billed {billed}, expected {expected} ± {tolerance}");

            for (var i = 0; i < charges.Count; i++)
            {
                Assert.Equal((parts[i].From, parts[i].To.AddDays(-1)), (charges[i].ServiceStart, charges[i].ServiceEnd));
                var days = parts[i].To.DayNumber - parts[i].From.DayNumber;
                var whole = days == period.FullDays; // a daily contract has no room for a mid-period change
                Assert.Equal(whole ? parts[i].Quantity : Amounts.Round(parts[i].Quantity * days / period.FullDays, 4), charges[i].Quantity);
                Assert.Equal(parts[i].Price, charges[i].UnitPrice);
                Assert.Equal(whole ? null : (decimal)days / period.FullDays, charges[i].ProrationFactor);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void A_first_stub_is_prorated_into_the_quantity()
    {
        var contract = ContractGens.Build(D("2026-03-15"), BillingFrequency.Monthly, BillingTiming.InAdvance) with { AnchorDay = 1 };
        var period = BillingSchedule.PeriodsDue(contract, D("2026-03-15"), null).Single();

        var charge = Assert.Single(ContractCharges.For(contract, period, NoUsage).Lines);

        Assert.Equal("Hébergement (15/03/2026 – 31/03/2026)", charge.Description);
        Assert.Equal(0.5484m, charge.Quantity); // 17 / 31 = 0.548387…
        Assert.Equal(31m, charge.UnitPrice);
        Assert.Equal(17.00m, charge.NetAmount);
        Assert.Equal((17, 31), (charge.ProratedDays, charge.FullPeriodDays));
        Assert.Equal(("MON", VatCategory.StandardRate, 20m), (charge.UnitCode, charge.VatCategory, charge.VatRate));
        Assert.Equal(contract.Lines[0].Id, charge.ContractLineId);
    }

    [Fact]
    public void A_price_rise_on_the_16th_splits_the_month()
    {
        var line = ContractGens.PerUnit("Support", 100m, 1m) with { Changes = [new ContractLineChange(D("2026-03-16"), 124m, 1m)] };
        var contract = ContractGens.Build(D("2026-01-01"), BillingFrequency.Monthly, BillingTiming.InAdvance, line);
        var march = BillingSchedule.PeriodsDue(contract, D("2026-03-01"), D("2026-03-01")).Single();

        var charges = ContractCharges.For(contract, march, NoUsage).Lines;

        Assert.Equal(
            [("Support (01/03/2026 – 15/03/2026)", 0.4839m, 100m, 48.39m), ("Support (16/03/2026 – 31/03/2026)", 0.5161m, 124m, 64.00m)],
            charges.Select(c => (c.Description, c.Quantity, c.UnitPrice, c.NetAmount)));
        var april = BillingSchedule.PeriodsDue(contract, D("2026-04-01"), D("2026-04-01")).Single();
        Assert.Equal((1m, 124m), ContractCharges.For(contract, april, NoUsage).Lines.Select(c => (c.Quantity, c.UnitPrice)).Single());
    }

    [Fact]
    public void Lines_outside_the_period_and_suspended_lines_bill_nothing()
    {
        var later = ContractGens.PerUnit("Option", 10m, 2m) with { StartDate = D("2026-05-10") };
        var suspended = ContractGens.PerUnit("Postes", 15m, 3m) with { Changes = [new ContractLineChange(D("2026-04-01"), 15m, 0m)] };
        var contract = ContractGens.Build(D("2026-01-01"), BillingFrequency.Monthly, BillingTiming.InAdvance, later, suspended);

        var april = BillingSchedule.PeriodsDue(contract, D("2026-04-01"), D("2026-04-01")).Single();
        Assert.Empty(ContractCharges.For(contract, april, NoUsage).Lines);

        var may = BillingSchedule.PeriodsDue(contract, D("2026-05-01"), D("2026-05-01")).Single();
        var option = Assert.Single(ContractCharges.For(contract, may, NoUsage).Lines);
        Assert.Equal((D("2026-05-10"), 1.4194m), (option.ServiceStart, option.Quantity)); // 2 × 22 / 31
    }

    [Fact]
    public void Usage_is_billed_as_supplied_at_the_price_of_the_last_day()
    {
        var calls = ContractGens.PerUnit("Appels API", 0.002m, 0m, LineKind.Usage) with
        {
            Changes = [new ContractLineChange(D("2026-03-20"), 0.0015m, 0m)],
        };
        var contract = ContractGens.Build(D("2026-01-01"), BillingFrequency.Monthly, BillingTiming.InArrears, calls);
        var march = BillingSchedule.PeriodsDue(contract, D("2026-04-01"), D("2026-03-01")).Single();

        var result = ContractCharges.For(contract, march, new Dictionary<Guid, decimal> { [calls.Id] = 123_456m });

        Assert.True(result.Success);
        var charge = Assert.Single(result.Lines);
        Assert.Equal((123_456m, 0.0015m, 185.18m), (charge.Quantity, charge.UnitPrice, charge.NetAmount));
        Assert.Null(charge.ProrationFactor);
        Assert.Equal((D("2026-03-01"), D("2026-03-31")), (charge.ServiceStart, charge.ServiceEnd));
    }

    [Fact]
    public void Missing_or_invalid_usage_is_reported_and_nothing_is_billed()
    {
        var calls = ContractGens.PerUnit("Appels API", 0.002m, 0m, LineKind.Usage);
        var sms = ContractGens.PerUnit("SMS", 0.05m, 0m, LineKind.Usage);
        var contract = ContractGens.Build(D("2026-01-01"), BillingFrequency.Monthly, BillingTiming.InArrears, ContractGens.FixedPrice("Abonnement", 29m), calls, sms);
        var january = BillingSchedule.PeriodsDue(contract, D("2026-02-01"), null).Single();

        var missing = ContractCharges.For(contract, january, NoUsage);
        Assert.False(missing.Success);
        Assert.Empty(missing.Lines);
        Assert.Equal([calls.Id, sms.Id], missing.UsageIssues.Select(i => i.LineId));
        Assert.Equal(
            "Line 'Appels API': usage for 01/01/2026 – 31/01/2026 is missing. Line 'SMS': usage for 01/01/2026 – 31/01/2026 is missing.",
            missing.Error);

        var invalid = ContractCharges.For(contract, january, new Dictionary<Guid, decimal> { [calls.Id] = -1m, [sms.Id] = 1.23456m });
        Assert.Equal(2, invalid.UsageIssues.Count);
        Assert.All(invalid.UsageIssues, i => Assert.Contains("is not a quantity", i.Message, StringComparison.Ordinal));

        var complete = ContractCharges.For(contract, january, new Dictionary<Guid, decimal> { [calls.Id] = 1000m, [sms.Id] = 0m });
        Assert.True(complete.Success);
        Assert.Null(complete.Error);
        Assert.Equal([29m, 2m, 0m], complete.Lines.Select(l => l.NetAmount));
    }

    [Fact]
    public void A_period_of_another_contract_is_refused()
    {
        var contract = ContractGens.Build(D("2026-01-01"), BillingFrequency.Monthly, BillingTiming.InAdvance);
        var other = contract with { Id = new ContractId(Guid.NewGuid()) };
        var period = BillingSchedule.PeriodsDue(other, D("2026-01-01"), null).Single();
        Assert.Throws<ArgumentException>(() => ContractCharges.For(contract, period, NoUsage));
    }
}
