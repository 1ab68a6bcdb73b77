using Encaisse.Domain.Money;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Contracts;

/// <summary>
/// One invoice line produced by a contract for a period, ready for the invoice model (BG-25 Invoice line).
/// </summary>
public sealed record ChargeLine
{
    /// <summary>The contract line this charge comes from.</summary>
    public required Guid ContractLineId { get; init; }

    /// <summary>The catalogue item, if any.</summary>
    public Guid? ItemId { get; init; }

    public required LineKind Kind { get; init; }

    /// <summary>BT-153 Item name, with the service period: "Hébergement (01/03/2026 – 31/03/2026)".</summary>
    public required string Description { get; init; }

    /// <summary>BT-129 Invoiced quantity, at most 4 decimals; the proration factor is folded into it.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>BT-130 Unit of measure code (UN/ECE Recommendation 20).</summary>
    public required string UnitCode { get; init; }

    /// <summary>BT-146 Item net price, as agreed in the contract (never prorated).</summary>
    public required decimal UnitPrice { get; init; }

    /// <summary>BT-151 Invoiced item VAT category code.</summary>
    public required VatCategory VatCategory { get; init; }

    /// <summary>BT-152 Invoiced item VAT rate in percent.</summary>
    public decimal? VatRate { get; init; }

    /// <summary>BT-134 Invoice line period start date.</summary>
    public required DateOnly ServiceStart { get; init; }

    /// <summary>BT-135 Invoice line period end date (inclusive).</summary>
    public required DateOnly ServiceEnd { get; init; }

    /// <summary>Days billed when prorated (numerator of the factor); null for a full period or usage.</summary>
    public int? ProratedDays { get; init; }

    /// <summary>Days of the full period (denominator of the factor); null for a full period or usage.</summary>
    public int? FullPeriodDays { get; init; }

    /// <summary>ProratedDays / FullPeriodDays, unrounded; null when not prorated.</summary>
    public decimal? ProrationFactor => ProratedDays is { } days && FullPeriodDays is { } full ? (decimal)days / full : null;

    /// <summary>BT-131 Invoice line net amount: quantity × unit price, two decimals.</summary>
    public decimal NetAmount => Amounts.Round(Quantity * UnitPrice);
}

/// <summary>A usage line that cannot be billed for the period: usage missing or not a valid quantity.</summary>
public sealed record UsageIssue(Guid LineId, string LineDescription, string Message);

/// <summary>
/// The charges of one contract period, or why they cannot be computed. On failure no line is returned, so a
/// bill run cannot issue a partial invoice.
/// </summary>
public sealed record ContractChargesResult
{
    internal ContractChargesResult(IReadOnlyList<ChargeLine> lines, IReadOnlyList<UsageIssue> usageIssues)
    {
        Lines = usageIssues.Count == 0 ? lines : [];
        UsageIssues = usageIssues;
    }

    public IReadOnlyList<ChargeLine> Lines { get; }

    public IReadOnlyList<UsageIssue> UsageIssues { get; }

    public bool Success => UsageIssues.Count == 0;

    /// <summary>All issues in one message for the bill run report; null on success.</summary>
    public string? Error => Success ? null : string.Join(" ", UsageIssues.Select(i => $"Line '{i.LineDescription}': {i.Message}"));
}
