using Encaisse.Domain.Common;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Catalogue;

/// <summary>What a clerk or an import fills in to create or change a product or service.</summary>
public sealed record CatalogueItemDraft
{
    /// <summary>BT-155 item seller's identifier: the SKU or product code.</summary>
    public string? Sku { get; init; }

    /// <summary>BT-153 item name.</summary>
    public string? Name { get; init; }

    /// <summary>BT-154 item description.</summary>
    public string? Description { get; init; }

    /// <summary>BT-130 unit of measure of quantities invoiced.</summary>
    public UnitCode Unit { get; init; } = UnitCode.One;

    /// <summary>BT-146 item net price, excluding VAT, per unit.</summary>
    public decimal UnitPrice { get; init; }

    /// <summary>BT-151 invoiced item VAT category code.</summary>
    public VatCategory VatCategory { get; init; } = VatCategory.StandardRate;

    /// <summary>BT-152 invoiced item VAT rate, in percent (20 for 20 %).</summary>
    public decimal VatRate { get; init; }

    /// <summary>BT-120 VAT exemption reason text, such as "TVA non applicable, art. 293 B du CGI".</summary>
    public string? ExemptionReason { get; init; }

    /// <summary>BT-121 VAT exemption reason code from the VATEX list, such as VATEX-EU-IC.</summary>
    public string? ExemptionReasonCode { get; init; }
}

/// <summary>A product or service of the catalogue, with a price and VAT treatment that fit EN 16931.</summary>
public sealed record CatalogueItem
{
    /// <summary>Unit prices carry at most 6 decimals (French CIUS BR-FR-DEC-03).</summary>
    public const int MaxUnitPriceDecimals = 6;

    /// <summary>VAT rates carry at most 2 decimals (French CIUS BR-FR-DEC-04).</summary>
    public const int MaxVatRateDecimals = 2;

    private CatalogueItem(ItemId id, CatalogueItemDraft draft)
    {
        Id = id;
        Sku = Clean(draft.Sku);
        Name = draft.Name!.Trim();
        Description = Clean(draft.Description);
        Unit = draft.Unit;
        UnitPrice = draft.UnitPrice;
        VatCategory = draft.VatCategory;
        VatRate = draft.VatRate;
        ExemptionReason = Clean(draft.ExemptionReason);
        ExemptionReasonCode = Clean(draft.ExemptionReasonCode)?.ToUpperInvariant();
    }

    public ItemId Id { get; }

    public string? Sku { get; }

    public string Name { get; }

    public string? Description { get; }

    public UnitCode Unit { get; }

    public decimal UnitPrice { get; }

    public VatCategory VatCategory { get; }

    public decimal VatRate { get; }

    public string? ExemptionReason { get; }

    public string? ExemptionReasonCode { get; }

    /// <summary>Checks the draft and builds the item, or says everything that is wrong, one sentence per line.</summary>
    public static ParseResult<CatalogueItem> Create(ItemId id, CatalogueItemDraft draft)
    {
        var errors = Validate(draft);
        return errors.Count == 0
            ? ParseResult<CatalogueItem>.Ok(new CatalogueItem(id, draft))
            : ParseResult<CatalogueItem>.Fail(string.Join("\n", errors));
    }

    /// <summary>Every problem of the draft, one message each; empty when the item can be created.</summary>
    public static IReadOnlyList<string> Validate(CatalogueItemDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new List<string>();
        if (Clean(draft.Name) is null)
        {
            errors.Add("The item name is missing.");
        }

        if (draft.Unit is null)
        {
            errors.Add("The unit of measure is missing.");
        }

        if (draft.UnitPrice < 0m)
        {
            errors.Add("The unit price cannot be negative: give discounts as allowances or credit notes.");
        }

        if (decimal.Round(draft.UnitPrice, MaxUnitPriceDecimals) != draft.UnitPrice)
        {
            errors.Add($"The unit price {draft.UnitPrice} has more than {MaxUnitPriceDecimals} decimals.");
        }

        CheckRate(errors, draft.VatCategory, draft.VatRate);
        CheckExemption(errors, draft.VatCategory, Clean(draft.ExemptionReason), Clean(draft.ExemptionReasonCode));
        return errors;
    }

    /// <summary>The item as a draft, to change it and create it again.</summary>
    public CatalogueItemDraft ToDraft() => new()
    {
        Sku = Sku,
        Name = Name,
        Description = Description,
        Unit = Unit,
        UnitPrice = UnitPrice,
        VatCategory = VatCategory,
        VatRate = VatRate,
        ExemptionReason = ExemptionReason,
        ExemptionReasonCode = ExemptionReasonCode,
    };

    private static void CheckRate(List<string> errors, VatCategory category, decimal rate)
    {
        var code = category.ToCode();
        if (rate < 0m || rate >= 100m)
        {
            errors.Add($"The VAT rate {rate} % is not a percentage between 0 and 100.");
        }
        else if (decimal.Round(rate, MaxVatRateDecimals) != rate)
        {
            errors.Add($"The VAT rate {rate} % has more than {MaxVatRateDecimals} decimals.");
        }

        if (category.RequiresZeroRate() && rate != 0m)
        {
            errors.Add($"VAT category {code} ({Describe(category)}) has a VAT rate of 0 %, not {rate} %.");
        }

        // BR-S-05: a standard-rated item has a rate above zero.
        if (category == VatCategory.StandardRate && rate <= 0m)
        {
            errors.Add("VAT category S (standard rate) needs a VAT rate above 0 %; use Z, E or another category for items without VAT.");
        }
    }

    private static void CheckExemption(List<string> errors, VatCategory category, string? reason, string? reasonCode)
    {
        var code = category.ToCode();
        if (category.RequiresExemptionReason() && reason is null && reasonCode is null)
        {
            errors.Add($"VAT category {code} ({Describe(category)}) needs an exemption reason text or code (VATEX), such as {SuggestedCode(category)}.");
        }

        // BR-S-10, BR-Z-10, BR-AF-10, BR-AG-10: taxed categories carry no exemption reason.
        if (category is VatCategory.StandardRate or VatCategory.ZeroRated or VatCategory.CanaryIslands or VatCategory.CeutaMelilla
            && (reason is not null || reasonCode is not null))
        {
            errors.Add($"VAT category {code} ({Describe(category)}) is taxed: it takes no exemption reason.");
        }

        if (reasonCode is null)
        {
            return;
        }

        if (!VatExemptionReasonCodes.IsKnown(reasonCode))
        {
            errors.Add($"'{reasonCode}' is not a VAT exemption reason code of the VATEX list (such as VATEX-EU-IC or VATEX-FR-FRANCHISE).");
        }
        else if (VatExemptionReasonCodes.RequiredCategory(reasonCode) is { } required && required != category)
        {
            errors.Add($"The exemption reason code {reasonCode.ToUpperInvariant()} goes with VAT category {required.ToCode()} ({Describe(required)}), not {code}.");
        }
    }

    private static string SuggestedCode(VatCategory category) => category switch
    {
        VatCategory.ReverseCharge => VatExemptionReasonCodes.ReverseCharge,
        VatCategory.IntraCommunitySupply => VatExemptionReasonCodes.IntraCommunitySupply,
        VatCategory.Export => VatExemptionReasonCodes.Export,
        VatCategory.OutsideScope => VatExemptionReasonCodes.OutsideScope,
        _ => VatExemptionReasonCodes.FrenchFranchise,
    };

    private static string Describe(VatCategory category) => category switch
    {
        VatCategory.StandardRate => "standard rate",
        VatCategory.ZeroRated => "zero rated",
        VatCategory.Exempt => "exempt from VAT",
        VatCategory.ReverseCharge => "reverse charge",
        VatCategory.IntraCommunitySupply => "intra-community supply",
        VatCategory.Export => "export outside the EU",
        VatCategory.OutsideScope => "outside the scope of VAT",
        VatCategory.CanaryIslands => "Canary Islands IGIC",
        VatCategory.CeutaMelilla => "Ceuta and Melilla IPSI",
        VatCategory.SplitPayment => "split payment",
        _ => category.ToString(),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
