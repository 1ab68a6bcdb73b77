using Encaisse.Domain.Common;

namespace Encaisse.Domain.Invoicing;

/// <summary>A date range: BG-14 Invoicing period (BT-73, BT-74) or BG-26 Invoice line period (BT-134, BT-135).</summary>
/// <param name="Start">BT-73 / BT-134 start date.</param>
/// <param name="End">BT-74 / BT-135 end date (inclusive).</param>
public sealed record Period(DateOnly? Start, DateOnly? End);

/// <summary>BG-13 Delivery information.</summary>
public sealed record Delivery
{
    /// <summary>BT-70 Deliver to party name.</summary>
    public string? DeliverToName { get; init; }

    /// <summary>BT-71 Deliver to location identifier (+ BT-71-1 scheme).</summary>
    public Identifier? LocationId { get; init; }

    /// <summary>BT-72 Actual delivery date.</summary>
    public DateOnly? ActualDeliveryDate { get; init; }

    /// <summary>
    /// BG-15 Deliver to address. In France the delivery address is a mandatory mention when it differs from the
    /// buyer's address.
    /// </summary>
    public PostalAddress? Address { get; init; }
}
