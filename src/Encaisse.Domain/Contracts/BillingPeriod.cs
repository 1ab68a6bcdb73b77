namespace Encaisse.Domain.Contracts;

/// <summary>
/// One period of a contract to bill. (ContractId, Start) identifies it uniquely, because the periods of a
/// contract never overlap: that pair is the idempotency key of the invoice a bill run makes for it.
/// </summary>
/// <param name="Start">First day of service in this period (the contract or line start for a first stub).</param>
/// <param name="EndExclusive">The day after the last day of service; also where the next period starts.</param>
/// <param name="FullStart">Start of the full period by the contract's calendar (before a first stub is cut).</param>
/// <param name="FullEndExclusive">End of the full period by the calendar (after a last stub is cut).</param>
/// <param name="BillingDate">When the period is billed: its start in advance, the day after its end in arrears.</param>
public sealed record BillingPeriod(
    ContractId ContractId,
    DateOnly Start,
    DateOnly EndExclusive,
    DateOnly FullStart,
    DateOnly FullEndExclusive,
    DateOnly BillingDate)
{
    /// <summary>Last day of service (BT-74 invoicing period end date).</summary>
    public DateOnly End => EndExclusive.AddDays(-1);

    /// <summary>Days of service in this period.</summary>
    public int Days => EndExclusive.DayNumber - Start.DayNumber;

    /// <summary>Days of the full calendar period, the denominator of proration.</summary>
    public int FullDays => FullEndExclusive.DayNumber - FullStart.DayNumber;

    /// <summary>True for a stub period (the contract starts or ends inside a calendar period).</summary>
    public bool IsProrated => Days != FullDays;

    /// <summary>The idempotency key of the invoice for this period: "{contract id}/{start yyyy-MM-dd}".</summary>
    public string IdempotencyKey => $"{ContractId}/{Start:yyyy-MM-dd}";
}
