namespace Encaisse.Domain.Contracts;

/// <summary>
/// The calendar of one contract: where its periods start. Month-based periods start on the anchor day (clamped
/// to short months) of every N-th month; day-based periods every N days from the contract start. Each boundary
/// is computed from the anchor, never from the previous boundary, so 31 → 28 Feb → 31 Mar does not drift.
/// </summary>
public sealed class BillingCalendar
{
    private readonly RecurringContract _contract;
    private readonly int _anchorDay;
    private readonly int _phase;

    private BillingCalendar(RecurringContract contract)
    {
        _contract = contract;
        _anchorDay = contract.AnchorDay ?? contract.StartDate.Day;
        if (contract.Frequency.Unit == BillingUnit.Month)
        {
            var n = contract.Frequency.Count;
            if (contract.AnchorMonth is { } month)
            {
                // 12 is a multiple of n (validated), so the same months start periods every year.
                _phase = (month - 1) % n;
            }
            else
            {
                var first = MonthIndex(contract.StartDate);
                _phase = Mod(BoundaryOfMonth(first) >= contract.StartDate ? first : first + 1, n);
            }
        }
    }

    /// <summary>The calendar of a contract; throws when the contract is not valid.</summary>
    public static BillingCalendar For(RecurringContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        contract.EnsureValid();
        return new BillingCalendar(contract);
    }

    /// <summary>Last day of the month of <paramref name="date"/>.</summary>
    public static DateOnly EndOfMonth(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    /// <summary>The anchor day in a month, clamped to its last day (31 → 30 April, 28 or 29 February).</summary>
    public static DateOnly AnchorDate(int year, int month, int anchorDay) =>
        new(year, month, Math.Min(anchorDay, DateTime.DaysInMonth(year, month)));

    /// <summary>The first period of the contract: a stub up to the first anchor when the start is not on one.</summary>
    public BillingPeriod FirstPeriod()
    {
        var start = _contract.StartDate;
        if (_contract.Frequency.Unit == BillingUnit.Day)
        {
            return Period(start, start.AddDays(_contract.Frequency.Count));
        }

        var n = _contract.Frequency.Count;
        var index = MonthIndex(start);
        index += Mod(_phase - index, n);
        if (BoundaryOfMonth(index) < start)
        {
            index += n;
        }

        var boundary = BoundaryOfMonth(index);
        return boundary == start
            ? Period(start, BoundaryOfMonth(index + n))
            : Period(BoundaryOfMonth(index - n), boundary);
    }

    /// <summary>The period after <paramref name="period"/>, or null when the contract has ended.</summary>
    public BillingPeriod? Next(BillingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return PeriodStartingAt(period.EndExclusive);
    }

    /// <summary>
    /// The period starting on <paramref name="start"/>: the contract start or a period boundary before the end.
    /// Null when <paramref name="start"/> is the day after the contract ends (nothing left to bill).
    /// Throws when the date is neither, which means stored progress does not belong to this contract.
    /// </summary>
    public BillingPeriod? PeriodStartingAt(DateOnly start)
    {
        if (start == _contract.StartDate)
        {
            return FirstPeriod();
        }

        if (start >= _contract.EndExclusive)
        {
            return start == _contract.EndExclusive
                ? null
                : throw new ArgumentException($"{start:yyyy-MM-dd} is after the end of contract {_contract.Id}.", nameof(start));
        }

        if (start > _contract.StartDate)
        {
            var n = _contract.Frequency.Count;
            if (_contract.Frequency.Unit == BillingUnit.Day)
            {
                if ((start.DayNumber - _contract.StartDate.DayNumber) % n == 0)
                {
                    return Period(start, start.AddDays(n));
                }
            }
            else
            {
                var index = MonthIndex(start);
                if (Mod(index - _phase, n) == 0 && BoundaryOfMonth(index) == start)
                {
                    return Period(start, BoundaryOfMonth(index + n));
                }
            }
        }

        throw new ArgumentException($"{start:yyyy-MM-dd} is not the start of a billing period of contract {_contract.Id}.", nameof(start));
    }

    private BillingPeriod Period(DateOnly fullStart, DateOnly fullEndExclusive)
    {
        var start = fullStart < _contract.StartDate ? _contract.StartDate : fullStart;
        var end = _contract.EndExclusive is { } contractEnd && contractEnd < fullEndExclusive ? contractEnd : fullEndExclusive;
        var billingDate = _contract.Timing == BillingTiming.InAdvance ? start : end;
        return new BillingPeriod(_contract.Id, start, end, fullStart, fullEndExclusive, billingDate);
    }

    private DateOnly BoundaryOfMonth(int monthIndex) => AnchorDate(Math.DivRem(monthIndex, 12, out var month), month + 1, _anchorDay);

    private static int MonthIndex(DateOnly date) => (date.Year * 12) + date.Month - 1;

    private static int Mod(int value, int modulus) => ((value % modulus) + modulus) % modulus;
}
