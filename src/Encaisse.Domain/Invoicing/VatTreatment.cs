using System.Globalization;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Invoicing;

/// <summary>
/// A VAT category with its rate, as EN 16931 pairs them on a line (BG-30: BT-151, BT-152), a document allowance
/// (BT-95, BT-96), a document charge (BT-102, BT-103) and a VAT breakdown (BT-118, BT-119). The rate is a
/// percentage (20 means 20 %); it is zero for the exempt categories and absent for "not subject to VAT" (O).
/// The VAT breakdown has one entry per distinct treatment.
/// </summary>
public readonly record struct VatTreatment(VatCategory Category, decimal? Rate)
{
    public static readonly VatTreatment ZeroRated = new(VatCategory.ZeroRated, 0m);
    public static readonly VatTreatment Exempt = new(VatCategory.Exempt, 0m);
    public static readonly VatTreatment ReverseCharge = new(VatCategory.ReverseCharge, 0m);
    public static readonly VatTreatment IntraCommunitySupply = new(VatCategory.IntraCommunitySupply, 0m);
    public static readonly VatTreatment Export = new(VatCategory.Export, 0m);
    public static readonly VatTreatment OutsideScope = new(VatCategory.OutsideScope, null);

    /// <summary>S — standard (or reduced) rate, e.g. <c>Standard(20m)</c>, <c>Standard(5.5m)</c>.</summary>
    public static VatTreatment Standard(decimal rate) => new(VatCategory.StandardRate, rate);

    /// <summary>L — Canary Islands IGIC at the given rate.</summary>
    public static VatTreatment CanaryIslands(decimal rate) => new(VatCategory.CanaryIslands, rate);

    /// <summary>M — Ceuta and Melilla IPSI at the given rate.</summary>
    public static VatTreatment CeutaMelilla(decimal rate) => new(VatCategory.CeutaMelilla, rate);

    /// <summary>B — Italian split payment at the given rate.</summary>
    public static VatTreatment SplitPayment(decimal rate) => new(VatCategory.SplitPayment, rate);

    /// <summary>False for the categories whose VAT amount is always zero (Z, E, AE, K, G, O).</summary>
    public bool ChargesVat => !Category.RequiresZeroRate();

    public bool Equals(VatTreatment other) => Category == other.Category && Rate == other.Rate;

    // decimal hashing ignores trailing zeros, so 20 and 20.0 land together as Equals requires.
    public override int GetHashCode() => HashCode.Combine(Category, Rate);

    public override string ToString() => Rate is { } rate
        ? $"{Category.ToCode()} {rate.ToString("0.##", CultureInfo.InvariantCulture)}%"
        : Category.ToCode();
}
