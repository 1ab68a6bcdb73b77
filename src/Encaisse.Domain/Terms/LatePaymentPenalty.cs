using Encaisse.Domain.Money;

namespace Encaisse.Domain.Terms;

/// <summary>
/// Late-payment penalties ("pénalités de retard", Code de commerce L441-10 II): due without reminder from the
/// day after the due date, on the amount due including VAT, pro rata of the days late over a 365-day year.
/// </summary>
public static class LatePaymentPenalty
{
    /// <summary>French practice divides by 365, leap year or not.</summary>
    public const decimal DaysPerYear = 365m;

    /// <summary>Days between the due date and the payment (or today for an open invoice); 0 when not late.</summary>
    public static int DaysLate(DateOnly dueDate, DateOnly paidOrAsOf) => Math.Max(0, paidOrAsOf.DayNumber - dueDate.DayNumber);

    /// <summary>amount × rate × days late / 365, two decimals; 0 when paid on or before the due date.</summary>
    public static decimal PenaltyFor(decimal amountDueInclVat, DateOnly dueDate, DateOnly paidOrAsOf, decimal annualRatePercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountDueInclVat);
        ArgumentOutOfRangeException.ThrowIfNegative(annualRatePercent);
        var days = DaysLate(dueDate, paidOrAsOf);
        return days == 0 ? 0m : Amounts.Round(amountDueInclVat * annualRatePercent / 100m * days / DaysPerYear);
    }
}
