namespace Encaisse.Domain.Invoicing;

/// <summary>
/// An invoice line allowance (BG-27) or charge (BG-28) as a clerk or a contract gives it: either an amount, or a
/// percentage of a base (BT-138/BT-143 of BT-137/BT-142); the base defaults to the line's price amount
/// (quantity × net price ÷ base quantity, rounded to the cent). <see cref="InvoiceCalculator"/> turns it into an
/// <see cref="AllowanceCharge"/>.
/// </summary>
public sealed record AllowanceChargeDraft
{
    private AllowanceChargeDraft(decimal? amount, decimal? percentage, decimal? baseAmount, string? reason, string? reasonCode)
    {
        Amount = amount;
        Percentage = percentage;
        BaseAmount = baseAmount;
        Reason = reason;
        ReasonCode = reasonCode;
    }

    /// <summary>BT-136 / BT-141 amount, when given as an amount.</summary>
    public decimal? Amount { get; }

    /// <summary>BT-138 / BT-143 percentage, when given as a percentage (10 means 10 %).</summary>
    public decimal? Percentage { get; }

    /// <summary>BT-137 / BT-142 base amount of the percentage; null means the line's price amount.</summary>
    public decimal? BaseAmount { get; }

    /// <summary>BT-139 / BT-144 reason.</summary>
    public string? Reason { get; }

    /// <summary>BT-140 / BT-145 reason code (UNTDID 5189 for allowances, 7161 for charges).</summary>
    public string? ReasonCode { get; }

    public static AllowanceChargeDraft OfAmount(decimal amount, string? reason, string? reasonCode = null) =>
        new(amount, null, null, reason, reasonCode);

    public static AllowanceChargeDraft OfPercentage(decimal percentage, string? reason, string? reasonCode = null, decimal? baseAmount = null) =>
        new(null, percentage, baseAmount, reason, reasonCode);
}

/// <summary>
/// A document level allowance (BG-20) or charge (BG-21) as given: an amount, or a percentage of a base; the base
/// defaults to the sum of the line net amounts with the same VAT treatment, so "5 % off everything at 20 %" needs
/// no base. Each one belongs to one VAT category and rate (BT-95/BT-96, BT-102/BT-103).
/// </summary>
public sealed record DocumentAllowanceChargeDraft
{
    private DocumentAllowanceChargeDraft(decimal? amount, decimal? percentage, decimal? baseAmount, VatTreatment vat, string? reason, string? reasonCode)
    {
        Amount = amount;
        Percentage = percentage;
        BaseAmount = baseAmount;
        Vat = vat;
        Reason = reason;
        ReasonCode = reasonCode;
    }

    /// <summary>BT-92 / BT-99 amount, when given as an amount.</summary>
    public decimal? Amount { get; }

    /// <summary>BT-94 / BT-101 percentage, when given as a percentage.</summary>
    public decimal? Percentage { get; }

    /// <summary>BT-93 / BT-100 base amount; null means the line net amounts of the same VAT treatment.</summary>
    public decimal? BaseAmount { get; }

    /// <summary>BT-95 / BT-102 VAT category code and BT-96 / BT-103 VAT rate.</summary>
    public VatTreatment Vat { get; }

    /// <summary>BT-97 / BT-104 reason.</summary>
    public string? Reason { get; }

    /// <summary>BT-98 / BT-105 reason code.</summary>
    public string? ReasonCode { get; }

    public static DocumentAllowanceChargeDraft OfAmount(decimal amount, VatTreatment vat, string? reason, string? reasonCode = null) =>
        new(amount, null, null, vat, reason, reasonCode);

    public static DocumentAllowanceChargeDraft OfPercentage(decimal percentage, VatTreatment vat, string? reason, string? reasonCode = null, decimal? baseAmount = null) =>
        new(null, percentage, baseAmount, vat, reason, reasonCode);
}

/// <summary>An invoice line allowance (BG-27) or charge (BG-28) as issued or as read.</summary>
public sealed record AllowanceCharge
{
    /// <summary>BT-136 / BT-141 amount, without VAT.</summary>
    public required decimal Amount { get; init; }

    /// <summary>BT-137 / BT-142 base amount.</summary>
    public decimal? BaseAmount { get; init; }

    /// <summary>BT-138 / BT-143 percentage.</summary>
    public decimal? Percentage { get; init; }

    /// <summary>BT-139 / BT-144 reason.</summary>
    public string? Reason { get; init; }

    /// <summary>BT-140 / BT-145 reason code.</summary>
    public string? ReasonCode { get; init; }
}

/// <summary>A document level allowance (BG-20) or charge (BG-21) as issued or as read.</summary>
public sealed record DocumentAllowanceCharge
{
    /// <summary>BT-92 / BT-99 amount, without VAT.</summary>
    public required decimal Amount { get; init; }

    /// <summary>BT-93 / BT-100 base amount.</summary>
    public decimal? BaseAmount { get; init; }

    /// <summary>BT-94 / BT-101 percentage.</summary>
    public decimal? Percentage { get; init; }

    /// <summary>BT-95 / BT-102 VAT category code and BT-96 / BT-103 VAT rate.</summary>
    public required VatTreatment Vat { get; init; }

    /// <summary>BT-97 / BT-104 reason.</summary>
    public string? Reason { get; init; }

    /// <summary>BT-98 / BT-105 reason code.</summary>
    public string? ReasonCode { get; init; }
}
