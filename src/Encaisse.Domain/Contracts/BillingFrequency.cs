namespace Encaisse.Domain.Contracts;

/// <summary>How often a contract is billed: every N months (monthly, quarterly, yearly…) or every N days.</summary>
public readonly record struct BillingFrequency
{
    /// <summary>Longest month-based period accepted (10 years).</summary>
    public const int MaximumMonths = 120;

    /// <summary>Longest day-based period accepted (about 10 years).</summary>
    public const int MaximumDays = 3660;

    private BillingFrequency(BillingUnit unit, int count)
    {
        Unit = unit;
        Count = count;
    }

    public static BillingFrequency Monthly { get; } = new(BillingUnit.Month, 1);

    public static BillingFrequency Quarterly { get; } = new(BillingUnit.Month, 3);

    public static BillingFrequency Yearly { get; } = new(BillingUnit.Month, 12);

    public BillingUnit Unit { get; }

    /// <summary>Number of units per period; 0 only for an unset (default) value, which contracts reject.</summary>
    public int Count { get; }

    /// <summary>True once set through a factory (a default value is not a frequency).</summary>
    public bool IsSet => Count > 0;

    public static BillingFrequency EveryMonths(int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, MaximumMonths);
        return new(BillingUnit.Month, months);
    }

    public static BillingFrequency EveryDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaximumDays);
        return new(BillingUnit.Day, days);
    }

    public override string ToString() => (Unit, Count) switch
    {
        (_, 0) => "unset",
        (BillingUnit.Month, 1) => "monthly",
        (BillingUnit.Month, 3) => "quarterly",
        (BillingUnit.Month, 12) => "yearly",
        (BillingUnit.Month, var n) => $"every {n} months",
        (_, 1) => "daily",
        (_, var n) => $"every {n} days",
    };
}

public enum BillingUnit
{
    Month,
    Day,
}

/// <summary>When a period is billed.</summary>
public enum BillingTiming
{
    /// <summary>On the first day of the period (subscriptions, rent).</summary>
    InAdvance,

    /// <summary>On the day after the period ends (usage, time spent).</summary>
    InArrears,
}
