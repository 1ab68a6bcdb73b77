namespace Encaisse.Domain.Contracts;

/// <summary>
/// Which periods of a contract are due for billing. A bill run remembers, per contract, where the next period
/// starts; periods are contiguous, so billing resumes exactly where it stopped, with no gap and no overlap.
/// </summary>
public static class BillingSchedule
{
    /// <summary>
    /// The periods not yet billed whose billing date is on or before <paramref name="asOf"/>, in order.
    /// <paramref name="nextPeriodStart"/> is where the last run stopped (null: nothing billed yet).
    /// </summary>
    public static IReadOnlyList<BillingPeriod> PeriodsDue(RecurringContract contract, DateOnly asOf, DateOnly? nextPeriodStart)
    {
        var calendar = BillingCalendar.For(contract);
        var due = new List<BillingPeriod>();
        var period = calendar.PeriodStartingAt(nextPeriodStart ?? contract.StartDate);
        while (period is not null && period.BillingDate <= asOf)
        {
            due.Add(period);
            period = calendar.Next(period);
        }

        return due;
    }

    /// <summary>
    /// Where billing resumes after the periods due on <paramref name="asOf"/> are billed: the end of the last
    /// one, or <paramref name="nextPeriodStart"/> unchanged when none is due. After a contract's last period
    /// it is the day after the contract end, and <see cref="IsFullyBilled"/> is true.
    /// </summary>
    public static DateOnly NextPeriodStart(RecurringContract contract, DateOnly asOf, DateOnly? nextPeriodStart)
    {
        var due = PeriodsDue(contract, asOf, nextPeriodStart);
        return due.Count > 0 ? due[^1].EndExclusive : nextPeriodStart ?? contract.StartDate;
    }

    /// <summary>True when every period of the contract up to its end has been billed.</summary>
    public static bool IsFullyBilled(RecurringContract contract, DateOnly nextPeriodStart)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return nextPeriodStart == contract.EndExclusive;
    }
}
