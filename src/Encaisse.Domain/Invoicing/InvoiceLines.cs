using Encaisse.Domain.Common;

namespace Encaisse.Domain.Invoicing;

/// <summary>
/// BG-25 Invoice line as given: quantity, price, allowances and charges, but no net amount (BT-131), which
/// <see cref="InvoiceCalculator"/> computes.
/// </summary>
public sealed record InvoiceLineDraft
{
    /// <summary>UN/ECE Recommendation 20 code for "one" (a unit without a better name), the default BT-130.</summary>
    public const string DefaultUnitCode = "C62";

    /// <summary>BT-126 Invoice line identifier; when null the line takes its position (1, 2, ...).</summary>
    public string? Id { get; init; }

    /// <summary>BT-127 Invoice line note.</summary>
    public string? Note { get; init; }

    /// <summary>BT-128 Invoice line object identifier (+ BT-128-1 scheme).</summary>
    public Identifier? ObjectIdentifier { get; init; }

    /// <summary>BT-129 Invoiced quantity (up to 4 decimals in France; negative to take something back).</summary>
    public required decimal Quantity { get; init; }

    /// <summary>BT-130 Invoiced quantity unit of measure code (UN/ECE Rec 20 / 21: C62, HUR, DAY, KGM, ...).</summary>
    public string UnitCode { get; init; } = DefaultUnitCode;

    /// <summary>BG-29 Price details.</summary>
    public required PriceDetails Price { get; init; }

    /// <summary>BT-132 Referenced purchase order line reference.</summary>
    public string? OrderLineReference { get; init; }

    /// <summary>BT-133 Invoice line Buyer accounting reference.</summary>
    public string? BuyerAccountingReference { get; init; }

    /// <summary>BG-26 Invoice line period.</summary>
    public Period? Period { get; init; }

    /// <summary>BG-27 Invoice line allowances.</summary>
    public IReadOnlyList<AllowanceChargeDraft> Allowances { get; init => field = ValueList.Of(value); } = ValueList<AllowanceChargeDraft>.Empty;

    /// <summary>BG-28 Invoice line charges.</summary>
    public IReadOnlyList<AllowanceChargeDraft> Charges { get; init => field = ValueList.Of(value); } = ValueList<AllowanceChargeDraft>.Empty;

    /// <summary>BG-30 Line VAT information: BT-151 category and BT-152 rate.</summary>
    public required VatTreatment Vat { get; init; }

    /// <summary>BG-31 Item information.</summary>
    public required Item Item { get; init; }

    /// <summary>The common case: an item name, a quantity, a unit net price and the VAT; refine with <c>with { }</c>.</summary>
    public static InvoiceLineDraft Create(string itemName, decimal quantity, decimal netPrice, VatTreatment vat, string unitCode = DefaultUnitCode) => new()
    {
        Quantity = quantity,
        UnitCode = unitCode,
        Price = PriceDetails.Of(netPrice),
        Vat = vat,
        Item = new Item { Name = itemName },
    };
}

/// <summary>BG-25 Invoice line as issued or as read, with its net amount.</summary>
public sealed record InvoiceLine
{
    /// <summary>BT-126 Invoice line identifier.</summary>
    public required string Id { get; init; }

    /// <summary>BT-127 Invoice line note.</summary>
    public string? Note { get; init; }

    /// <summary>BT-128 Invoice line object identifier (+ BT-128-1 scheme).</summary>
    public Identifier? ObjectIdentifier { get; init; }

    /// <summary>BT-129 Invoiced quantity.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>BT-130 Invoiced quantity unit of measure code.</summary>
    public required string UnitCode { get; init; }

    /// <summary>
    /// BT-131 Invoice line net amount: quantity × net price ÷ base quantity (rounded to the cent), plus line
    /// charges, minus line allowances. Without VAT.
    /// </summary>
    public required decimal NetAmount { get; init; }

    /// <summary>BT-132 Referenced purchase order line reference.</summary>
    public string? OrderLineReference { get; init; }

    /// <summary>BT-133 Invoice line Buyer accounting reference.</summary>
    public string? BuyerAccountingReference { get; init; }

    /// <summary>BG-26 Invoice line period.</summary>
    public Period? Period { get; init; }

    /// <summary>BG-27 Invoice line allowances.</summary>
    public IReadOnlyList<AllowanceCharge> Allowances { get; init => field = ValueList.Of(value); } = ValueList<AllowanceCharge>.Empty;

    /// <summary>BG-28 Invoice line charges.</summary>
    public IReadOnlyList<AllowanceCharge> Charges { get; init => field = ValueList.Of(value); } = ValueList<AllowanceCharge>.Empty;

    /// <summary>BG-29 Price details.</summary>
    public required PriceDetails Price { get; init; }

    /// <summary>BG-30 Line VAT information: BT-151 category and BT-152 rate.</summary>
    public required VatTreatment Vat { get; init; }

    /// <summary>BG-31 Item information.</summary>
    public required Item Item { get; init; }
}
