namespace Encaisse.Domain.Terms;

/// <summary>
/// A discount ("escompte") for paying early: <see cref="Percent"/> off when paid within <see cref="WithinDays"/>
/// days of the invoice date. French invoices must state these conditions, or that there are none (note AAB).
/// </summary>
public sealed record EarlyPaymentDiscount
{
    public EarlyPaymentDiscount(decimal percent, int withinDays)
    {
        if (percent <= 0m || percent >= 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "An early-payment discount is a percentage above 0 and below 100.");
        }

        if (decimal.Round(percent, 2) != percent)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A discount percentage has at most two decimals.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(withinDays);
        Percent = percent;
        WithinDays = withinDays;
    }

    /// <summary>Discount in percent (2 means 2 %).</summary>
    public decimal Percent { get; }

    /// <summary>Days after the invoice date during which the discount applies.</summary>
    public int WithinDays { get; }

    /// <summary>Last day on which a payment still earns the discount.</summary>
    public DateOnly Deadline(DateOnly issueDate) => issueDate.AddDays(WithinDays);

    /// <summary>The discount on the given amount, two decimals.</summary>
    public decimal DiscountOn(decimal amount) => Money.Amounts.Round(amount * Percent / 100m);

    /// <summary>"escompte de 2 % pour paiement sous 10 jours" / "2% discount if paid within 10 days".</summary>
    public string Describe(string language)
    {
        var french = TextLanguage.IsFrench(language);
        var percent = TextLanguage.Percent(Percent, french);
        var days = TextLanguage.Days(WithinDays, french);
        return french
            ? $"escompte de {percent} pour paiement sous {days}"
            : $"{percent} discount if paid within {days}";
    }
}
