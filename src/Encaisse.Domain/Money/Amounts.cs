namespace Encaisse.Domain.Money;

/// <summary>
/// Rounding as EN 16931 requires: every amount of the document (line net amounts BT-131, allowances and
/// charges, VAT category amounts BT-117, totals BG-22) carries at most two decimals (BR-DEC-*), rounded half
/// away from zero. Unit prices (BT-146) and quantities (BT-129) are not rounded by the standard.
/// </summary>
public static class Amounts
{
    /// <summary>Decimals of a document-level amount (BR-DEC-01 … BR-DEC-28).</summary>
    public const int Decimals = 2;

    /// <summary>Rounds to two decimals, half away from zero (commercial rounding, as the CEN examples do).</summary>
    public static decimal Round(decimal value) => decimal.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>Rounds to the given decimals, half away from zero.</summary>
    public static decimal Round(decimal value, int decimals) => decimal.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>True when the value has no more than two decimals (the BR-DEC check).</summary>
    public static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, Decimals) == value;
}
