using System.Collections.Frozen;
using Encaisse.Domain.Common;
using Encaisse.Domain.Money;

namespace Encaisse.Domain.Terms;

/// <summary>
/// Late-payment reference rates per half-year (Code de commerce L441-10 II): penalties run at the ECB main
/// refinancing rate in force on 1 January (first half) or 1 July (second half) plus 10 points, unless the
/// contract sets another rate, never below 3 × the legal interest rate. These are data, not law: the built-in
/// <see cref="French"/> table is a starting point a tenant extends or corrects with <see cref="With"/>.
/// </summary>
public sealed class LatePaymentRateTable
{
    /// <summary>Points added to the ECB rate for the default penalty rate.</summary>
    public const decimal DefaultMarginPoints = 10m;

    /// <summary>The contractual rate may not be below this multiple of the legal interest rate.</summary>
    public const decimal LegalRateMultiplier = 3m;

    private readonly FrozenDictionary<HalfYear, LatePaymentRates> _byHalfYear;

    public LatePaymentRateTable(IEnumerable<LatePaymentRates> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var map = new Dictionary<HalfYear, LatePaymentRates>();
        foreach (var entry in rates)
        {
            ArgumentNullException.ThrowIfNull(entry);
            if (!map.TryAdd(entry.HalfYear, entry))
            {
                throw new ArgumentException($"The rates of {entry.HalfYear} are listed twice.", nameof(rates));
            }
        }

        _byHalfYear = map.ToFrozenDictionary();
        Entries = [.. map.Values.OrderBy(e => e.HalfYear)];
    }

    /// <summary>
    /// Built-in values. ECB main refinancing operations rate on 1 January / 1 July (source: ECB key interest
    /// rates, ecb.europa.eu): 2.50 (2023-01-01), 4.00 (2023-07-01), 4.50 (2024-01-01), 4.25 (2024-07-01),
    /// 3.15 (2025-01-01), 2.15 (2025-07-01), 2.15 (2026-01-01). Legal interest rate for professional creditors
    /// (source: semi-annual arrêtés published in the Journal officiel): 2.06, 4.22, 5.07, 4.92, 3.71, 2.76, 2.62.
    /// 2026H2 is not included: its rates were not confirmed when this table was written; add them with
    /// <see cref="With"/>.
    /// </summary>
    public static LatePaymentRateTable French { get; } = new(
    [
        new(new HalfYear(2023, 1), 2.50m, 2.06m),
        new(new HalfYear(2023, 2), 4.00m, 4.22m),
        new(new HalfYear(2024, 1), 4.50m, 5.07m),
        new(new HalfYear(2024, 2), 4.25m, 4.92m),
        new(new HalfYear(2025, 1), 3.15m, 3.71m),
        new(new HalfYear(2025, 2), 2.15m, 2.76m),
        new(new HalfYear(2026, 1), 2.15m, 2.62m),
    ]);

    /// <summary>The entries in half-year order.</summary>
    public IReadOnlyList<LatePaymentRates> Entries { get; }

    /// <summary>A copy of this table with the rates of one half-year added or replaced (a tenant's override).</summary>
    public LatePaymentRateTable With(LatePaymentRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return new(Entries.Where(e => e.HalfYear != rates.HalfYear).Append(rates));
    }

    /// <summary>The rates of the half-year containing <paramref name="date"/>, or null when the table has none.</summary>
    public LatePaymentRates? RatesOn(DateOnly date) => RatesFor(HalfYear.Of(date));

    public LatePaymentRates? RatesFor(HalfYear halfYear) => _byHalfYear.GetValueOrDefault(halfYear);

    /// <summary>
    /// Penalty at the default rate (ECB + 10 points) for an amount paid late, each late day at the rate of its
    /// own half-year, rounded once to two decimals. Fails when a half-year of the late span has no rates.
    /// </summary>
    public ParseResult<PenaltyCalculation> DefaultPenalty(decimal amountDueInclVat, DateOnly dueDate, DateOnly paidOrAsOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountDueInclVat);
        var segments = new List<PenaltySegment>();
        var exact = 0m;
        // Late days are dueDate+1 … paidOrAsOf; day d belongs to the half-year containing d.
        var from = dueDate.AddDays(1);
        while (from <= paidOrAsOf)
        {
            var halfYear = HalfYear.Of(from);
            var rates = RatesFor(halfYear);
            if (rates is null)
            {
                return ParseResult<PenaltyCalculation>.Fail(
                    $"No late-payment rate is known for {halfYear}; add the ECB and legal interest rates of that half-year to the rate table.");
            }

            var lastDay = Min(paidOrAsOf, halfYear.EndExclusive.AddDays(-1));
            var days = lastDay.DayNumber - from.DayNumber + 1;
            var segmentExact = amountDueInclVat * rates.DefaultPenaltyRate / 100m * days / LatePaymentPenalty.DaysPerYear;
            segments.Add(new PenaltySegment(from, lastDay, days, rates.DefaultPenaltyRate, Amounts.Round(segmentExact)));
            exact += segmentExact;
            from = lastDay.AddDays(1);
        }

        return ParseResult<PenaltyCalculation>.Ok(new PenaltyCalculation(Amounts.Round(exact), segments));
    }

    /// <summary>
    /// A message when a contractual penalty rate is below the legal floor (3 × the legal interest rate) of the
    /// half-year containing <paramref name="date"/>; null when it is lawful or the table has no rate to judge by.
    /// </summary>
    public string? CheckAgreedRate(decimal annualRatePercent, DateOnly date)
    {
        var rates = RatesOn(date);
        return rates is not null && annualRatePercent < rates.MinimumPenaltyRate
            ? $"A late-payment rate of {annualRatePercent} % is below the legal minimum of {rates.MinimumPenaltyRate} % for {rates.HalfYear} (3 × the legal interest rate of {rates.LegalInterestRate} %, Code de commerce L441-10)."
            : null;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>A late-payment penalty and how it was reached, half-year by half-year.</summary>
/// <param name="Amount">The penalty, rounded once to two decimals (segment amounts are shown rounded and may not add up to it by a cent).</param>
public sealed record PenaltyCalculation(decimal Amount, IReadOnlyList<PenaltySegment> Segments);

/// <summary>The late days of one half-year: first and last late day (inclusive), their count, the rate and the penalty.</summary>
public sealed record PenaltySegment(DateOnly FirstLateDay, DateOnly LastLateDay, int Days, decimal AnnualRatePercent, decimal Amount);
