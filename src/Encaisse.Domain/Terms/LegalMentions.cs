namespace Encaisse.Domain.Terms;

/// <summary>
/// Texts of the payment mentions every French B2B invoice carries (Code de commerce L441-9), for the notes
/// the French CIUS requires exactly once each (BG-1 with subject code BT-21): PMT, PMD and AAB.
/// </summary>
public static class LegalMentions
{
    /// <summary>BT-21 subject code of the recovery indemnity note.</summary>
    public const string RecoveryIndemnityCode = "PMT";

    /// <summary>BT-21 subject code of the late-payment penalty note.</summary>
    public const string LatePenaltiesCode = "PMD";

    /// <summary>BT-21 subject code of the early-payment discount note.</summary>
    public const string EarlyPaymentDiscountCode = "AAB";

    /// <summary>PMT: the 40 EUR fixed indemnity for recovery costs.</summary>
    public static string RecoveryIndemnity(string language) => TextLanguage.IsFrench(language)
        ? "En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 € (art. L441-10 et D441-5 du Code de commerce)"
        : "In case of late payment, fixed compensation for recovery costs: EUR 40 (French Commercial Code, art. L441-10 and D441-5)";

    /// <summary>PMD: "Taux des pénalités de retard : 12,15 % (taux BCE + 10 points)".</summary>
    public static string LatePenalties(decimal annualRatePercent, PenaltyRateBasis basis, string language)
    {
        var french = TextLanguage.IsFrench(language);
        var rate = TextLanguage.Percent(annualRatePercent, french);
        var why = (basis, french) switch
        {
            (PenaltyRateBasis.EcbPlusTenPoints, true) => "taux BCE + 10 points",
            (PenaltyRateBasis.EcbPlusTenPoints, false) => "ECB rate + 10 points",
            (PenaltyRateBasis.Agreed, true) => "taux convenu",
            (PenaltyRateBasis.Agreed, false) => "agreed rate",
            _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown penalty rate basis."),
        };
        return french ? $"Taux des pénalités de retard : {rate} ({why})" : $"Late payment penalty rate: {rate} ({why})";
    }

    /// <summary>PMD at the default rate (ECB + 10 points) of a half-year.</summary>
    public static string LatePenalties(LatePaymentRates rates, string language)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return LatePenalties(rates.DefaultPenaltyRate, PenaltyRateBasis.EcbPlusTenPoints, language);
    }

    /// <summary>AAB: the discount conditions, or that there is no discount for early payment.</summary>
    public static string EarlyPaymentDiscount(EarlyPaymentDiscount? discount, string language)
    {
        var french = TextLanguage.IsFrench(language);
        if (discount is null)
        {
            return french ? "Pas d'escompte pour paiement anticipé" : "No discount for early payment";
        }

        var percent = TextLanguage.Percent(discount.Percent, french);
        var days = TextLanguage.Days(discount.WithinDays, french);
        return french
            ? $"Escompte pour paiement anticipé : {percent} si paiement sous {days}"
            : $"Early payment discount: {percent} if paid within {days}";
    }

    /// <summary>AAB for the discount of the given payment terms.</summary>
    public static string EarlyPaymentDiscount(PaymentTerms terms, string language)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return EarlyPaymentDiscount(terms.EarlyPaymentDiscount, language);
    }
}

/// <summary>Where a late-payment penalty rate comes from, as the PMD note says it.</summary>
public enum PenaltyRateBasis
{
    /// <summary>The legal default: ECB main refinancing rate + 10 points.</summary>
    EcbPlusTenPoints,

    /// <summary>A rate agreed in the contract or general terms of sale (at least 3 × the legal interest rate).</summary>
    Agreed,
}
