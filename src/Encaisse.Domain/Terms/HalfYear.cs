using System.Globalization;
using Encaisse.Domain.Common;

namespace Encaisse.Domain.Terms;

/// <summary>
/// A calendar half-year ("semestre"), the period over which French late-payment and legal interest rates
/// hold: H1 = January–June, H2 = July–December. Written "2026H1".
/// </summary>
public readonly record struct HalfYear : IComparable<HalfYear>
{
    public HalfYear(int year, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (half is not (1 or 2))
        {
            throw new ArgumentOutOfRangeException(nameof(half), half, "A half-year is 1 or 2.");
        }

        Year = year;
        Half = half;
    }

    public int Year { get; }

    /// <summary>1 for January–June, 2 for July–December.</summary>
    public int Half { get; }

    /// <summary>1 January or 1 July.</summary>
    public DateOnly Start => new(Year, Half == 1 ? 1 : 7, 1);

    /// <summary>The day after the half-year: 1 July or 1 January of the next year.</summary>
    public DateOnly EndExclusive => Half == 1 ? new DateOnly(Year, 7, 1) : new DateOnly(Year + 1, 1, 1);

    public HalfYear Next => Half == 1 ? new(Year, 2) : new(Year + 1, 1);

    public static HalfYear Of(DateOnly date) => new(date.Year, date.Month <= 6 ? 1 : 2);

    public static ParseResult<HalfYear> Parse(string? text)
    {
        var trimmed = text?.Trim().ToUpperInvariant();
        if (trimmed is { Length: 6 } && trimmed[4] == 'H' && trimmed[5] is '1' or '2'
            && int.TryParse(trimmed.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            return ParseResult<HalfYear>.Ok(new HalfYear(year, trimmed[5] - '0'));
        }

        return ParseResult<HalfYear>.Fail($"'{text}' is not a half-year such as 2026H1 or 2026H2.");
    }

    public int CompareTo(HalfYear other) => (Year, Half).CompareTo((other.Year, other.Half));

    public static bool operator <(HalfYear left, HalfYear right) => left.CompareTo(right) < 0;

    public static bool operator >(HalfYear left, HalfYear right) => left.CompareTo(right) > 0;

    public static bool operator <=(HalfYear left, HalfYear right) => left.CompareTo(right) <= 0;

    public static bool operator >=(HalfYear left, HalfYear right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Year:D4}H{Half}";
}
