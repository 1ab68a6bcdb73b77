namespace Encaisse.Domain.Common;

/// <summary>
/// A postal address as EN 16931 models it (BG-5 seller, BG-8 buyer, BG-12 tax representative, BG-15 deliver-to).
/// Only the country (BT-40/BT-55/BT-69/BT-80) is mandatory in the standard; master data adds its own checks.
/// </summary>
public sealed record PostalAddress
{
    /// <summary>BT-35 / BT-50 / BT-64 / BT-75 Address line 1.</summary>
    public string? Line1 { get; init; }

    /// <summary>BT-36 / BT-51 / BT-65 / BT-76 Address line 2.</summary>
    public string? Line2 { get; init; }

    /// <summary>BT-162 / BT-163 / BT-164 / BT-165 Address line 3.</summary>
    public string? Line3 { get; init; }

    /// <summary>BT-37 / BT-52 / BT-66 / BT-77 City.</summary>
    public string? City { get; init; }

    /// <summary>BT-38 / BT-53 / BT-67 / BT-78 Post code.</summary>
    public string? PostCode { get; init; }

    /// <summary>BT-39 / BT-54 / BT-68 / BT-79 Country subdivision.</summary>
    public string? CountrySubdivision { get; init; }

    /// <summary>BT-40 / BT-55 / BT-69 / BT-80 Country code (ISO 3166-1 alpha-2).</summary>
    public required string CountryCode { get; init; }
}
