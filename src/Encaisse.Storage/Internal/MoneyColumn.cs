namespace Encaisse.Storage.Internal;

/// <summary>
/// Money columns hold exact two-decimal amounts (EN 16931 document totals): numeric(17,2) on PostgreSQL,
/// an INTEGER count of cents on SQLite. An amount with more decimals is refused rather than rounded, so a
/// stored amount always reads back equal to what was written, on both databases.
/// </summary>
internal static class MoneyColumn
{
    public const decimal MaxMagnitude = 999_999_999_999_999.99m;

    public static void Validate(decimal value)
    {
        if (decimal.Round(value, 2) != value)
        {
            throw new ArgumentException($"The amount {value} has more than two decimals; round it before storing it.");
        }

        if (Math.Abs(value) > MaxMagnitude)
        {
            throw new ArgumentException($"The amount {value} is too large to be stored.");
        }
    }

    public static long ToCents(decimal value)
    {
        Validate(value);
        return decimal.ToInt64(value * 100m);
    }

    /// <summary>Always scale 2 (12.50, not 12.5), like PostgreSQL's numeric(17,2).</summary>
    public static decimal FromCents(long cents)
    {
        var magnitude = (ulong)Math.Abs(cents);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, cents < 0, 2);
    }
}
