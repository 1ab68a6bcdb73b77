using CsCheck;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Money;
using Encaisse.Domain.Tax;
using Encaisse.Domain.Terms;

namespace Encaisse.Domain.Tests.Contracts;

/// <summary>Generators and builders of contracts for the tests.</summary>
internal static class ContractGens
{
    public static readonly Gen<BillingFrequency> Frequency = Gen.OneOf(
        Gen.Const(BillingFrequency.Monthly),
        Gen.Const(BillingFrequency.Quarterly),
        Gen.Const(BillingFrequency.Yearly),
        Gen.Int[1, 14].Select(BillingFrequency.EveryMonths),
        Gen.Int[1, 60].Select(BillingFrequency.EveryDays));

    public static readonly Gen<DateOnly> Date = Gen.Int[new DateOnly(2020, 1, 1).DayNumber, new DateOnly(2030, 12, 31).DayNumber]
        .Select(DateOnly.FromDayNumber);

    /// <summary>Contracts of every frequency, anchor and timing, open-ended or not, with one fixed-price line.</summary>
    public static readonly Gen<RecurringContract> Contract =
        from frequency in Frequency
        from anchorDay in frequency.Unit == BillingUnit.Month ? Gen.Int[0, 31].Select(d => d == 0 ? (int?)null : d) : Gen.Const((int?)null)
        from anchorMonth in frequency.Unit == BillingUnit.Month && 12 % frequency.Count == 0
            ? Gen.Int[0, 12].Select(m => m == 0 ? (int?)null : m)
            : Gen.Const((int?)null)
        from timing in Gen.Enum<BillingTiming>()
        from start in Date
        from length in Gen.Int[-1, 1500]
        select Build(start, frequency, timing) with
        {
            AnchorDay = anchorDay,
            AnchorMonth = anchorMonth,
            EndDate = length < 0 ? null : start.AddDays(length),
        };

    public static RecurringContract Build(DateOnly start, BillingFrequency frequency, BillingTiming timing, params ContractLine[] lines) => new()
    {
        Id = new ContractId(Guid.NewGuid()),
        CustomerId = Guid.NewGuid(),
        LegalEntityId = Guid.NewGuid(),
        SeriesCode = "ABO",
        Currency = CurrencyCode.Eur,
        StartDate = start,
        Frequency = frequency,
        Timing = timing,
        PaymentTerms = new PaymentTerms.NetDays(30),
        Lines = lines.Length > 0 ? lines : [FixedPrice("Hébergement", 31m)],
    };

    public static ContractLine FixedPrice(string description, decimal price) => new()
    {
        Id = Guid.NewGuid(),
        Description = description,
        UnitCode = "MON",
        Kind = LineKind.FixedPrice,
        UnitPrice = price,
        VatCategory = VatCategory.StandardRate,
        VatRate = 20m,
    };

    public static ContractLine PerUnit(string description, decimal price, decimal quantity, LineKind kind = LineKind.Quantity) => new()
    {
        Id = Guid.NewGuid(),
        Description = description,
        UnitCode = "C62",
        Kind = kind,
        UnitPrice = price,
        Quantity = quantity,
        VatCategory = VatCategory.StandardRate,
        VatRate = 20m,
    };

    /// <summary>A decimal with 0 to <paramref name="maxDecimals"/> decimals between 0 and about 100 000.</summary>
    public static Gen<decimal> Decimal(int maxDecimals) =>
        from decimals in Gen.Int[0, maxDecimals]
        from units in Gen.Long[1, 100_000 * (long)Math.Pow(10, decimals)]
        select units / (decimal)Math.Pow(10, decimals);
}
