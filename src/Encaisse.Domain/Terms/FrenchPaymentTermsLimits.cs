namespace Encaisse.Domain.Terms;

/// <summary>
/// The legal maximum payment terms between businesses in France (Code de commerce L441-10 II): 60 days from
/// the invoice date, or 45 days end of month when the contract says so; 45 days from the invoice date for
/// periodic (summary) invoices (CGI art. 289 I 3). Terms beyond these are warnings, not errors: the clerk
/// decides, and sectors with their own rules (transport: 30 days) are not covered here.
/// </summary>
public static class FrenchPaymentTermsLimits
{
    /// <summary>Maximum days from the invoice date (L441-10 II, first sentence).</summary>
    public const int MaximumDays = 60;

    /// <summary>Maximum "days end of month" when expressly agreed (L441-10 II, derogation).</summary>
    public const int MaximumDaysEndOfMonth = 45;

    /// <summary>Maximum days from the invoice date for periodic invoices (L441-10 II, last sentence).</summary>
    public const int MaximumDaysPeriodic = 45;

    // The longest an end-of-month step can add: an invoice dated the 1st of a 31-day month.
    private const int LongestEndOfMonthStep = 30;

    /// <summary>
    /// Warnings for terms that can exceed the legal maximum, whatever the invoice date. A fixed date cannot be
    /// judged without one: use the overload taking the issue date.
    /// </summary>
    public static IReadOnlyList<string> Check(PaymentTerms terms, bool isPeriodicInvoice)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var warnings = new List<string>();
        foreach (var (label, term) in Terms(terms))
        {
            var warning = CheckShape(term, isPeriodicInvoice);
            if (warning is not null)
            {
                warnings.Add(label + warning);
            }
        }

        return warnings;
    }

    /// <summary>Warnings for the actual due dates of an invoice issued on <paramref name="issueDate"/>.</summary>
    public static IReadOnlyList<string> Check(PaymentTerms terms, bool isPeriodicInvoice, DateOnly issueDate)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var warnings = new List<string>();
        foreach (var (label, term) in Terms(terms))
        {
            var warning = CheckDate(term.DueDate(issueDate), isPeriodicInvoice, issueDate);
            if (warning is not null)
            {
                warnings.Add(label + warning);
            }
        }

        return warnings;
    }

    /// <summary>The latest due date the law allows for a non-periodic invoice: 60 days, or 45 days end of month in either reading.</summary>
    public static DateOnly LatestLawfulDueDate(DateOnly issueDate, bool isPeriodicInvoice)
    {
        if (isPeriodicInvoice)
        {
            return issueDate.AddDays(MaximumDaysPeriodic);
        }

        var sixtyDays = issueDate.AddDays(MaximumDays);
        var daysThenEndOfMonth = new PaymentTerms.EndOfMonth(MaximumDaysEndOfMonth, EndOfMonthOrder.DaysThenEndOfMonth).DueDate(issueDate);
        var endOfMonthThenDays = new PaymentTerms.EndOfMonth(MaximumDaysEndOfMonth, EndOfMonthOrder.EndOfMonthThenDays).DueDate(issueDate);
        return new[] { sixtyDays, daysThenEndOfMonth, endOfMonthThenDays }.Max();
    }

    private static IEnumerable<(string Label, PaymentTerms Term)> Terms(PaymentTerms terms) =>
        terms is PaymentTerms.InstalmentSchedule schedule
            ? schedule.Parts.Select((p, i) => ($"Instalment {i + 1}: ", p.Terms))
            : [("", terms)];

    private static string? CheckShape(PaymentTerms term, bool periodic)
    {
        switch (term)
        {
            case PaymentTerms.NetDays net when periodic && net.Days > MaximumDaysPeriodic:
                return $"{net.Days} days after the invoice date exceeds the legal maximum of {MaximumDaysPeriodic} days for periodic invoices (Code de commerce L441-10).";
            case PaymentTerms.NetDays net when !periodic && net.Days > MaximumDays:
                return $"{net.Days} days after the invoice date exceeds the legal maximum of {MaximumDays} days (Code de commerce L441-10).";
            case PaymentTerms.EndOfMonth eom when periodic && eom.DaysAfter + LongestEndOfMonthStep > MaximumDaysPeriodic:
                return $"{eom.DaysAfter} days end of month can fall up to {eom.DaysAfter + LongestEndOfMonthStep} days after the invoice date; periodic invoices are due within {MaximumDaysPeriodic} days of it (Code de commerce L441-10).";
            case PaymentTerms.EndOfMonth eom when !periodic && eom.DaysAfter > MaximumDaysEndOfMonth:
                return $"{eom.DaysAfter} days end of month exceeds the legal maximum of {MaximumDaysEndOfMonth} days end of month (Code de commerce L441-10).";
            default:
                return null;
        }
    }

    private static string? CheckDate(DateOnly dueDate, bool periodic, DateOnly issueDate)
    {
        if (dueDate < issueDate)
        {
            return $"The due date {dueDate:yyyy-MM-dd} is before the invoice date {issueDate:yyyy-MM-dd}.";
        }

        var latest = LatestLawfulDueDate(issueDate, periodic);
        if (dueDate <= latest)
        {
            return null;
        }

        var days = dueDate.DayNumber - issueDate.DayNumber;
        return periodic
            ? $"The due date {dueDate:yyyy-MM-dd} is {days} days after the invoice date; periodic invoices are due within {MaximumDaysPeriodic} days (Code de commerce L441-10)."
            : $"The due date {dueDate:yyyy-MM-dd} is {days} days after the invoice date, beyond both {MaximumDays} days and {MaximumDaysEndOfMonth} days end of month (latest {latest:yyyy-MM-dd}, Code de commerce L441-10).";
    }
}
