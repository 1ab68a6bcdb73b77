using System.Globalization;

namespace Encaisse.Domain.Terms;

/// <summary>
/// Wording helpers shared by payment terms and legal mentions. French for any "fr…" language tag, English
/// otherwise: a customer with another preferred language gets English until translations exist.
/// </summary>
internal static class TextLanguage
{
    public static bool IsFrench(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Trim().StartsWith("fr", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"12,15 %" in French (decimal comma, space before the sign), "12.15%" in English.</summary>
    public static string Percent(decimal value, bool french)
    {
        var text = value.ToString("0.##", CultureInfo.InvariantCulture);
        return french ? text.Replace('.', ',') + " %" : text + "%";
    }

    /// <summary>"1500,00 EUR" in French, "1500.00 EUR" in English; no thousands separator, as on the e-invoice.</summary>
    public static string Amount(Money.Money amount, bool french)
    {
        var text = amount.Amount.ToString("0.00", CultureInfo.InvariantCulture);
        return (french ? text.Replace('.', ',') : text) + " " + amount.Currency.Code;
    }

    /// <summary>"15/03/2026" in French, "15 March 2026" in English.</summary>
    public static string Date(DateOnly date, bool french) =>
        date.ToString(french ? "dd/MM/yyyy" : "d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"jour"/"jours", "day"/"days".</summary>
    public static string Days(int count, bool french) =>
        french ? (count > 1 ? $"{count} jours" : $"{count} jour") : (count == 1 ? "1 day" : $"{count} days");
}
