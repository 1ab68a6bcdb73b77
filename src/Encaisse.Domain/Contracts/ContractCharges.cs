namespace Encaisse.Domain.Contracts;

/// <summary>
/// Turns one period of a contract into invoice lines.
/// <para>
/// Proration is by days: a part of a period (a stub, or a stretch between a start, a stop or a change of price
/// or quantity) bills active days / days of the full calendar period of the full-period price. The factor is
/// folded into the quantity, rounded to 4 decimals (the French limit for quantities), and the unit price stays
/// the agreed one. Why the quantity: the customer finds the contract price on the invoice unchanged and can
/// check quantity × price = amount on every line (a prorated unit price of 13.096774 would look like a new
/// price, and would break per-unit reporting). The cost is precision: a part may differ from the exact
/// prorata by up to 0.00005 × the unit price (half a cent on 100 EUR per month), plus the 2-decimal rounding
/// of the line amount.
/// </para>
/// <para>Usage lines are not prorated: the supplied quantity is billed at the unit price in force on the last
/// day of the line's service in the period.</para>
/// </summary>
public static class ContractCharges
{
    /// <summary>Decimals of an invoiced quantity (French CIUS: at most 4).</summary>
    public const int QuantityDecimals = 4;

    public static ContractChargesResult For(RecurringContract contract, BillingPeriod period, IReadOnlyDictionary<Guid, decimal> usageByLineId)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(usageByLineId);
        contract.EnsureValid();
        if (period.ContractId != contract.Id)
        {
            throw new ArgumentException($"The period belongs to contract {period.ContractId}, not {contract.Id}.", nameof(period));
        }

        var lines = new List<ChargeLine>();
        var issues = new List<UsageIssue>();
        foreach (var line in contract.Lines)
        {
            var from = Max(line.StartDate ?? contract.StartDate, period.Start);
            var to = line.EndDate is { } end ? Min(end.AddDays(1), period.EndExclusive) : period.EndExclusive;
            if (from >= to)
            {
                continue;
            }

            if (line.Kind == LineKind.Usage)
            {
                AddUsage(line, from, to, usageByLineId, lines, issues);
                continue;
            }

            var cuts = line.Changes.Select(c => c.EffectiveDate).Where(d => d > from && d < to).Order().Append(to);
            var partStart = from;
            foreach (var cut in cuts)
            {
                AddPart(line, partStart, cut, period.FullDays, lines);
                partStart = cut;
            }
        }

        return new ContractChargesResult(lines, issues);
    }

    private static void AddPart(ContractLine line, DateOnly from, DateOnly to, int fullDays, List<ChargeLine> lines)
    {
        var (unitPrice, quantity) = line.TermsOn(from);
        var days = to.DayNumber - from.DayNumber;
        var prorated = days != fullDays;
        var billed = prorated ? Money.Amounts.Round(quantity * days / fullDays, QuantityDecimals) : quantity;
        if (billed == 0m)
        {
            return; // Nothing to bill: a suspended line (quantity 0) or a sliver that rounds to nothing.
        }

        lines.Add(Charge(line, from, to, billed, unitPrice) with
        {
            ProratedDays = prorated ? days : null,
            FullPeriodDays = prorated ? fullDays : null,
        });
    }

    private static void AddUsage(
        ContractLine line, DateOnly from, DateOnly to, IReadOnlyDictionary<Guid, decimal> usageByLineId,
        List<ChargeLine> lines, List<UsageIssue> issues)
    {
        var period = $"{from:dd/MM/yyyy} – {to.AddDays(-1):dd/MM/yyyy}";
        if (!usageByLineId.TryGetValue(line.Id, out var usage))
        {
            issues.Add(new UsageIssue(line.Id, line.Description, $"usage for {period} is missing."));
            return;
        }

        if (usage < 0m || decimal.Round(usage, QuantityDecimals) != usage)
        {
            issues.Add(new UsageIssue(line.Id, line.Description,
                $"usage {usage} for {period} is not a quantity (zero or more, at most {QuantityDecimals} decimals)."));
            return;
        }

        lines.Add(Charge(line, from, to, usage, line.TermsOn(to.AddDays(-1)).UnitPrice));
    }

    private static ChargeLine Charge(ContractLine line, DateOnly from, DateOnly to, decimal quantity, decimal unitPrice)
    {
        var last = to.AddDays(-1);
        return new ChargeLine
        {
            ContractLineId = line.Id,
            ItemId = line.ItemId,
            Kind = line.Kind,
            Description = $"{line.Description} ({from:dd/MM/yyyy} – {last:dd/MM/yyyy})",
            Quantity = quantity,
            UnitCode = line.UnitCode,
            UnitPrice = unitPrice,
            VatCategory = line.VatCategory,
            VatRate = line.VatRate,
            ServiceStart = from,
            ServiceEnd = last,
        };
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
