namespace Encaisse.Domain.Terms;

/// <summary>How much of the amount due one instalment covers: a percentage, a fixed amount, or the balance.</summary>
public sealed record InstalmentShare
{
    private InstalmentShare(InstalmentShareKind kind, decimal? percent, Money.Money? amount)
    {
        Kind = kind;
        Percent = percent;
        Amount = amount;
    }

    /// <summary>What is left once the other instalments are paid ("le solde"); only the last instalment may be it.</summary>
    public static InstalmentShare Balance { get; } = new(InstalmentShareKind.Balance, null, null);

    public InstalmentShareKind Kind { get; }

    /// <summary>Percentage of the amount due (30 means 30 %), for <see cref="InstalmentShareKind.Percentage"/>.</summary>
    public decimal? Percent { get; }

    /// <summary>The fixed amount, for <see cref="InstalmentShareKind.FixedAmount"/>.</summary>
    public Money.Money? Amount { get; }

    /// <summary>A percentage above 0 and at most 100, with at most two decimals.</summary>
    public static InstalmentShare Percentage(decimal percent)
    {
        if (percent <= 0m || percent > 100m || decimal.Round(percent, 2) != percent)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "An instalment percentage is above 0, at most 100, with at most two decimals.");
        }

        return new(InstalmentShareKind.Percentage, percent, null);
    }

    /// <summary>A positive amount with at most two decimals (a deposit of 500 EUR).</summary>
    public static InstalmentShare FixedAmount(Money.Money amount)
    {
        if (amount.Amount <= 0m || !Money.Amounts.HasAtMostTwoDecimals(amount.Amount))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A fixed instalment is a positive amount with at most two decimals.");
        }

        return new(InstalmentShareKind.FixedAmount, null, amount);
    }
}

public enum InstalmentShareKind
{
    Percentage,
    FixedAmount,
    Balance,
}
