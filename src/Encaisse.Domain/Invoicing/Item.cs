using Encaisse.Domain.Common;

namespace Encaisse.Domain.Invoicing;

/// <summary>BG-31 Item information (with BG-32 Item attributes).</summary>
public sealed record Item
{
    /// <summary>BT-153 Item name.</summary>
    public required string Name { get; init; }

    /// <summary>BT-154 Item description.</summary>
    public string? Description { get; init; }

    /// <summary>BT-155 Item Seller's identifier (our product code).</summary>
    public string? SellerId { get; init; }

    /// <summary>BT-156 Item Buyer's identifier.</summary>
    public string? BuyerId { get; init; }

    /// <summary>BT-157 Item standard identifier (+ BT-157-1 scheme, e.g. 0160 GTIN).</summary>
    public Identifier? StandardId { get; init; }

    /// <summary>BT-158 Item classification identifiers (+ BT-158-1 list, BT-158-2 list version).</summary>
    public IReadOnlyList<ItemClassification> Classifications { get; init => field = ValueList.Of(value); } = ValueList<ItemClassification>.Empty;

    /// <summary>BT-159 Item country of origin (ISO 3166-1 alpha-2).</summary>
    public string? OriginCountry { get; init; }

    /// <summary>BG-32 Item attributes.</summary>
    public IReadOnlyList<ItemAttribute> Attributes { get; init => field = ValueList.Of(value); } = ValueList<ItemAttribute>.Empty;
}

/// <summary>BT-158 Item classification identifier.</summary>
/// <param name="Code">BT-158 the classification code.</param>
/// <param name="ListId">BT-158-1 Scheme identifier (UNTDID 7143, e.g. STI, CV, HS).</param>
/// <param name="ListVersion">BT-158-2 Scheme version identifier.</param>
public sealed record ItemClassification(string Code, string? ListId = null, string? ListVersion = null);

/// <summary>BG-32 Item attribute.</summary>
/// <param name="Name">BT-160 Item attribute name.</param>
/// <param name="Value">BT-161 Item attribute value.</param>
public sealed record ItemAttribute(string Name, string Value);

/// <summary>
/// BG-29 Price details. The net price (BT-146) is what the line amount is computed from; the gross price and the
/// discount are information for the buyer (EN 16931: net = gross − discount).
/// </summary>
public sealed record PriceDetails
{
    /// <summary>BT-146 Item net price, per <see cref="BaseQuantity"/> units; never negative (BR-27).</summary>
    public required decimal NetPrice { get; init; }

    /// <summary>BT-147 Item price discount.</summary>
    public decimal? Discount { get; init; }

    /// <summary>BT-148 Item gross price.</summary>
    public decimal? GrossPrice { get; init; }

    /// <summary>BT-149 Item price base quantity: the price is for this many units (1 when absent). Must be positive.</summary>
    public decimal? BaseQuantity
    {
        get;
        init => field = value is <= 0m
            ? throw new ArgumentOutOfRangeException(nameof(BaseQuantity), value, "The price base quantity must be greater than zero.")
            : value;
    }

    /// <summary>BT-150 Item price base quantity unit of measure code.</summary>
    public string? BaseQuantityUnitCode { get; init; }

    /// <summary>A net price for one unit.</summary>
    public static PriceDetails Of(decimal netPrice) => new() { NetPrice = netPrice };

    /// <summary>A price stated as a gross price less a discount; the net price is their difference.</summary>
    public static PriceDetails FromGross(decimal grossPrice, decimal discount) =>
        new() { NetPrice = grossPrice - discount, GrossPrice = grossPrice, Discount = discount };
}
