using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Invoicing;

/// <summary>BG-23 VAT breakdown: one entry per VAT category and rate used on the invoice.</summary>
public sealed record VatBreakdown
{
    /// <summary>BT-116 VAT category taxable amount.</summary>
    public required decimal TaxableAmount { get; init; }

    /// <summary>BT-117 VAT category tax amount.</summary>
    public required decimal TaxAmount { get; init; }

    /// <summary>BT-118 VAT category code and BT-119 VAT category rate.</summary>
    public required VatTreatment Vat { get; init; }

    /// <summary>BT-120 VAT exemption reason text.</summary>
    public string? ExemptionReason { get; init; }

    /// <summary>BT-121 VAT exemption reason code (VATEX list, e.g. VATEX-EU-AE).</summary>
    public string? ExemptionReasonCode { get; init; }
}

/// <summary>
/// Why an invoice charges no VAT in a category: the BT-120 text and/or BT-121 code that the VAT breakdown entry
/// of that category carries. A draft lists them per category; the calculator puts them on the breakdown.
/// </summary>
/// <param name="Category">The VAT category it explains.</param>
/// <param name="Reason">BT-120 VAT exemption reason text (the legal mention printed on the invoice).</param>
/// <param name="ReasonCode">BT-121 VAT exemption reason code (VATEX code list).</param>
public sealed record VatExemption(VatCategory Category, string? Reason, string? ReasonCode = null)
{
    /// <summary>French VAT-free small business ("franchise en base").</summary>
    public static readonly VatExemption FrenchFranchise = new(VatCategory.Exempt, "TVA non applicable, art. 293 B du CGI", "VATEX-FR-FRANCHISE");

    /// <summary>Reverse charge: the buyer accounts for the VAT ("Autoliquidation" is the mandatory French mention).</summary>
    public static readonly VatExemption ReverseCharge = new(VatCategory.ReverseCharge, "Autoliquidation", "VATEX-EU-AE");

    /// <summary>Intra-community supply of goods.</summary>
    public static readonly VatExemption IntraCommunitySupply = new(VatCategory.IntraCommunitySupply, "Exonération de TVA, article 262 ter I du CGI", "VATEX-EU-IC");

    /// <summary>Export outside the EU.</summary>
    public static readonly VatExemption Export = new(VatCategory.Export, "Exonération de TVA, article 262 I du CGI", "VATEX-EU-G");

    /// <summary>Not subject to VAT.</summary>
    public static readonly VatExemption OutsideScope = new(VatCategory.OutsideScope, "Non soumis à la TVA", "VATEX-EU-O");

    /// <summary>
    /// The VATEX code that the category alone implies (AE, K, G, O); the calculator uses it when a draft gives no
    /// reason for these categories. Exempt (E) has many legal grounds, so it has no default.
    /// </summary>
    internal static string? DefaultCode(VatCategory category) => category switch
    {
        VatCategory.ReverseCharge => "VATEX-EU-AE",
        VatCategory.IntraCommunitySupply => "VATEX-EU-IC",
        VatCategory.Export => "VATEX-EU-G",
        VatCategory.OutsideScope => "VATEX-EU-O",
        _ => null,
    };
}

/// <summary>BG-22 Document totals.</summary>
public sealed record DocumentTotals
{
    /// <summary>BT-106 Sum of Invoice line net amount.</summary>
    public required decimal SumOfLineNetAmounts { get; init; }

    /// <summary>BT-107 Sum of allowances on document level; null when there are none.</summary>
    public decimal? SumOfAllowances { get; init; }

    /// <summary>BT-108 Sum of charges on document level; null when there are none.</summary>
    public decimal? SumOfCharges { get; init; }

    /// <summary>BT-109 Invoice total amount without VAT.</summary>
    public required decimal TotalWithoutVat { get; init; }

    /// <summary>BT-110 Invoice total VAT amount.</summary>
    public required decimal TotalVat { get; init; }

    /// <summary>BT-111 Invoice total VAT amount in accounting currency (BT-6).</summary>
    public decimal? TotalVatInAccountingCurrency { get; init; }

    /// <summary>BT-112 Invoice total amount with VAT.</summary>
    public required decimal TotalWithVat { get; init; }

    /// <summary>BT-113 Paid amount (prepaid or deposits already received).</summary>
    public decimal? PaidAmount { get; init; }

    /// <summary>BT-114 Rounding amount added to reach the amount due (e.g. cash rounding).</summary>
    public decimal? RoundingAmount { get; init; }

    /// <summary>BT-115 Amount due for payment.</summary>
    public required decimal AmountDueForPayment { get; init; }
}
