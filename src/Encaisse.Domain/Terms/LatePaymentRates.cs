namespace Encaisse.Domain.Terms;

/// <summary>
/// The reference rates of one half-year, in percent: the ECB main refinancing operations rate in force on
/// 1 January or 1 July, and the French legal interest rate for creditors other than consumers.
/// </summary>
public sealed record LatePaymentRates
{
    public LatePaymentRates(HalfYear halfYear, decimal ecbMainRefinancingRate, decimal legalInterestRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(legalInterestRate);
        HalfYear = halfYear;
        EcbMainRefinancingRate = ecbMainRefinancingRate;
        LegalInterestRate = legalInterestRate;
    }

    public HalfYear HalfYear { get; }

    /// <summary>ECB main refinancing operations rate on the first day of the half-year, in percent.</summary>
    public decimal EcbMainRefinancingRate { get; }

    /// <summary>French legal interest rate "pour les autres cas" (professional creditors), in percent.</summary>
    public decimal LegalInterestRate { get; }

    /// <summary>The rate that applies when the terms say nothing: ECB rate + 10 points (L441-10 II).</summary>
    public decimal DefaultPenaltyRate => EcbMainRefinancingRate + LatePaymentRateTable.DefaultMarginPoints;

    /// <summary>The lowest rate a contract may set: three times the legal interest rate (L441-10 II).</summary>
    public decimal MinimumPenaltyRate => LatePaymentRateTable.LegalRateMultiplier * LegalInterestRate;
}
