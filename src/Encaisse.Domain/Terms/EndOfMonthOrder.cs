namespace Encaisse.Domain.Terms;

/// <summary>
/// The two French readings of "45 jours fin de mois" (both admitted by the DGCCRF, so a tenant setting).
/// </summary>
public enum EndOfMonthOrder
{
    /// <summary>Add the days to the invoice date, then go to the end of that month (15 Jan + 45 d = 1 Mar → 31 Mar).</summary>
    DaysThenEndOfMonth,

    /// <summary>Go to the end of the invoice month, then add the days (15 Jan → 31 Jan + 45 d = 17 Mar).</summary>
    EndOfMonthThenDays,
}
