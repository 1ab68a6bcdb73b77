namespace Encaisse.Domain.Tax;

/// <summary>
/// VAT category codes of EN 16931 (UNTDID 5305 subset; BT-95, BT-102, BT-118, BT-151).
/// </summary>
public enum VatCategory
{
    /// <summary>S — standard rate.</summary>
    StandardRate,
    /// <summary>Z — zero rated goods.</summary>
    ZeroRated,
    /// <summary>E — exempt from tax.</summary>
    Exempt,
    /// <summary>AE — VAT reverse charge.</summary>
    ReverseCharge,
    /// <summary>K — intra-community supply (VAT exempt for EEA intra-community supply of goods and services).</summary>
    IntraCommunitySupply,
    /// <summary>G — free export item, tax not charged.</summary>
    Export,
    /// <summary>O — services outside scope of tax.</summary>
    OutsideScope,
    /// <summary>L — Canary Islands general indirect tax (IGIC).</summary>
    CanaryIslands,
    /// <summary>M — tax for production, services and importation in Ceuta and Melilla (IPSI).</summary>
    CeutaMelilla,
    /// <summary>B — transferred (VAT), Italy split payment.</summary>
    SplitPayment,
}

public static class VatCategoryCodes
{
    public static string ToCode(this VatCategory category) => category switch
    {
        VatCategory.StandardRate => "S",
        VatCategory.ZeroRated => "Z",
        VatCategory.Exempt => "E",
        VatCategory.ReverseCharge => "AE",
        VatCategory.IntraCommunitySupply => "K",
        VatCategory.Export => "G",
        VatCategory.OutsideScope => "O",
        VatCategory.CanaryIslands => "L",
        VatCategory.CeutaMelilla => "M",
        VatCategory.SplitPayment => "B",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static bool TryParse(string? code, out VatCategory category)
    {
        switch (code?.Trim())
        {
            case "S": category = VatCategory.StandardRate; return true;
            case "Z": category = VatCategory.ZeroRated; return true;
            case "E": category = VatCategory.Exempt; return true;
            case "AE": category = VatCategory.ReverseCharge; return true;
            case "K": category = VatCategory.IntraCommunitySupply; return true;
            case "G": category = VatCategory.Export; return true;
            case "O": category = VatCategory.OutsideScope; return true;
            case "L": category = VatCategory.CanaryIslands; return true;
            case "M": category = VatCategory.CeutaMelilla; return true;
            case "B": category = VatCategory.SplitPayment; return true;
            default: category = default; return false;
        }
    }

    /// <summary>Categories whose rate must be zero (BR-Z-5, BR-E-5, BR-AE-5, BR-IC-5, BR-G-5) or absent (BR-O-5).</summary>
    public static bool RequiresZeroRate(this VatCategory category) => category is VatCategory.ZeroRated
        or VatCategory.Exempt or VatCategory.ReverseCharge or VatCategory.IntraCommunitySupply
        or VatCategory.Export or VatCategory.OutsideScope;

    /// <summary>Categories that need an exemption reason (BT-120 or BT-121) in the VAT breakdown.</summary>
    public static bool RequiresExemptionReason(this VatCategory category) => category is VatCategory.Exempt
        or VatCategory.ReverseCharge or VatCategory.IntraCommunitySupply or VatCategory.Export
        or VatCategory.OutsideScope;
}
