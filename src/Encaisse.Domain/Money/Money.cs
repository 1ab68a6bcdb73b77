namespace Encaisse.Domain.Money;

/// <summary>An amount in a currency. Amounts of different currencies never mix silently.</summary>
public readonly record struct Money(decimal Amount, CurrencyCode Currency) : IComparable<Money>
{
    public static Money Zero(CurrencyCode currency) => new(0m, currency);

    public static Money Eur(decimal amount) => new(amount, CurrencyCode.Eur);

    public bool IsZero => Amount == 0m;

    public bool IsNegative => Amount < 0m;

    /// <summary>Rounded to the currency's minor unit, half away from zero.</summary>
    public Money RoundToMinorUnit() => new(Amounts.Round(Amount, Currency.MinorUnit), Currency);

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, Same(left, right));

    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, Same(left, right));

    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    public static Money operator *(Money left, decimal factor) => new(left.Amount * factor, left.Currency);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Negate() => -this;

    public Money Multiply(decimal factor) => this * factor;

    public int CompareTo(Money other)
    {
        _ = Same(this, other);
        return Amount.CompareTo(other.Amount);
    }

    public override string ToString() => $"{Amount.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture)} {Currency}";

    private static CurrencyCode Same(Money left, Money right) =>
        left.Currency == right.Currency
            ? left.Currency
            : throw new InvalidOperationException($"Cannot combine {left.Currency} and {right.Currency} amounts.");
}
