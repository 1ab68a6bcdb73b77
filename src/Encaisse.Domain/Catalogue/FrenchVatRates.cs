using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Catalogue;

/// <summary>
/// The VAT rates and categories a French e-invoice may carry (BR-FR-16 of the French CIUS artefacts): the
/// current mainland rates, the Corsican and overseas rates, and historic rates still found on corrections.
/// </summary>
public static class FrenchVatRates
{
    public const decimal Standard = 20m;
    public const decimal Intermediate = 10m;
    public const decimal Reduced = 5.5m;
    public const decimal SuperReduced = 2.1m;

    /// <summary>Every allowed rate, in percent: 0, 20, 10, 5.5, 2.1 (mainland); 13, 8.5, 1.05, 0.9, 1.75, 9.2, 9.6
    /// (Corsica and overseas departments); 19.6, 7, 20.6 (historic).</summary>
    public static IReadOnlyList<decimal> All { get; } =
        [0m, 20m, 10m, 5.5m, 2.1m, 13m, 8.5m, 19.6m, 7m, 20.6m, 1.05m, 0.9m, 1.75m, 9.2m, 9.6m];

    /// <summary>True when the rate (in percent, trailing zeros ignored: 5.50 = 5.5) is allowed in France.</summary>
    public static bool IsAllowedInFrance(decimal rate) => All.Contains(rate);

    /// <summary>France accepts S, E, AE, K, G, O and Z; the Canary Islands (L), Ceuta and Melilla (M) and Italian split payment (B) categories are rejected.</summary>
    public static bool IsCategoryAllowedInFrance(VatCategory category) => category is VatCategory.StandardRate
        or VatCategory.Exempt or VatCategory.ReverseCharge or VatCategory.IntraCommunitySupply
        or VatCategory.Export or VatCategory.OutsideScope or VatCategory.ZeroRated;
}
