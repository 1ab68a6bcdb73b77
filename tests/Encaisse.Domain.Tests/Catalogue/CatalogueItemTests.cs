using Encaisse.Domain.Catalogue;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Tests.Catalogue;

public class CatalogueItemTests
{
    private static readonly ItemId Id = ItemId.New(Guid.Parse("0b7e2d13-0000-4000-8000-000000000003"));

    private static readonly CatalogueItemDraft Consulting = new()
    {
        Sku = " CONS-DAY ",
        Name = "Journée de conseil",
        Description = "Conseil en facturation électronique",
        Unit = UnitCode.Day,
        UnitPrice = 850m,
        VatCategory = VatCategory.StandardRate,
        VatRate = 20m,
    };

    private static string Error(CatalogueItemDraft draft) => CatalogueItem.Create(Id, draft).Error ?? "(valid)";

    [Fact]
    public void A_standard_rated_item_is_created()
    {
        var item = CatalogueItem.Create(Id, Consulting).Value;
        Assert.Equal(Id, item.Id);
        Assert.Equal("CONS-DAY", item.Sku);
        Assert.Equal("Journée de conseil", item.Name);
        Assert.Equal(UnitCode.Day, item.Unit);
        Assert.Equal(850m, item.UnitPrice);
        Assert.Equal(20m, item.VatRate);
        Assert.Null(item.ExemptionReason);
    }

    [Theory]
    [InlineData(VatCategory.ZeroRated, 0, null, null)]
    [InlineData(VatCategory.Exempt, 0, "TVA non applicable, art. 293 B du CGI", null)]
    [InlineData(VatCategory.Exempt, 0, null, "VATEX-FR-FRANCHISE")]
    [InlineData(VatCategory.Exempt, 0, null, "vatex-eu-132-1b")]
    [InlineData(VatCategory.ReverseCharge, 0, "Autoliquidation", "VATEX-EU-AE")]
    [InlineData(VatCategory.IntraCommunitySupply, 0, null, "VATEX-EU-IC")]
    [InlineData(VatCategory.Export, 0, null, "VATEX-EU-G")]
    [InlineData(VatCategory.OutsideScope, 0, "Hors champ de la TVA", null)]
    [InlineData(VatCategory.CanaryIslands, 7, null, null)]
    [InlineData(VatCategory.CanaryIslands, 0, null, null)]
    [InlineData(VatCategory.CeutaMelilla, 4, null, null)]
    [InlineData(VatCategory.StandardRate, 5.5, null, null)]
    [InlineData(VatCategory.StandardRate, 2.1, null, null)]
    public void Each_vat_category_with_a_fitting_rate_and_reason_is_accepted(VatCategory category, decimal rate, string? reason, string? code) =>
        Assert.Equal("(valid)", Error(Consulting with { VatCategory = category, VatRate = rate, ExemptionReason = reason, ExemptionReasonCode = code }));

    [Fact]
    public void Exemption_codes_are_stored_upper_case() =>
        Assert.Equal("VATEX-EU-IC", CatalogueItem.Create(Id, Consulting with { VatCategory = VatCategory.IntraCommunitySupply, VatRate = 0m, ExemptionReasonCode = " vatex-eu-ic " }).Value.ExemptionReasonCode);

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_missing_name_is_reported(string? name) => Assert.Equal("The item name is missing.", Error(Consulting with { Name = name }));

    [Fact]
    public void A_missing_unit_is_reported() => Assert.Equal("The unit of measure is missing.", Error(Consulting with { Unit = null! }));

    [Fact]
    public void A_negative_price_is_reported() =>
        Assert.Equal("The unit price cannot be negative: give discounts as allowances or credit notes.", Error(Consulting with { UnitPrice = -1m }));

    [Fact]
    public void Prices_carry_up_to_six_decimals()
    {
        Assert.True(CatalogueItem.Create(Id, Consulting with { UnitPrice = 0.123456m }).Success);
        Assert.Equal("The unit price 0.1234567 has more than 6 decimals.", Error(Consulting with { UnitPrice = 0.1234567m }));
    }

    [Fact]
    public void A_free_item_is_allowed() => Assert.True(CatalogueItem.Create(Id, Consulting with { UnitPrice = 0m }).Success);

    [Theory]
    [InlineData(VatCategory.StandardRate, 0, "VAT category S (standard rate) needs a VAT rate above 0 %; use Z, E or another category for items without VAT.")]
    [InlineData(VatCategory.ZeroRated, 5.5, "VAT category Z (zero rated) has a VAT rate of 0 %, not 5.5 %.")]
    [InlineData(VatCategory.IntraCommunitySupply, 20, "VAT category K (intra-community supply) has a VAT rate of 0 %, not 20 %.")]
    [InlineData(VatCategory.StandardRate, -20, "The VAT rate -20 % is not a percentage between 0 and 100.\nVAT category S (standard rate) needs a VAT rate above 0 %; use Z, E or another category for items without VAT.")]
    [InlineData(VatCategory.StandardRate, 100, "The VAT rate 100 % is not a percentage between 0 and 100.")]
    [InlineData(VatCategory.StandardRate, 5.505, "The VAT rate 5.505 % has more than 2 decimals.")]
    public void Rates_that_do_not_fit_the_category_are_reported(VatCategory category, decimal rate, string message) =>
        Assert.Equal(message, Error(Consulting with { VatCategory = category, VatRate = rate, ExemptionReasonCode = category == VatCategory.IntraCommunitySupply ? "VATEX-EU-IC" : null }));

    [Theory]
    [InlineData(VatCategory.Exempt, "VAT category E (exempt from VAT) needs an exemption reason text or code (VATEX), such as VATEX-FR-FRANCHISE.")]
    [InlineData(VatCategory.ReverseCharge, "VAT category AE (reverse charge) needs an exemption reason text or code (VATEX), such as VATEX-EU-AE.")]
    [InlineData(VatCategory.IntraCommunitySupply, "VAT category K (intra-community supply) needs an exemption reason text or code (VATEX), such as VATEX-EU-IC.")]
    [InlineData(VatCategory.Export, "VAT category G (export outside the EU) needs an exemption reason text or code (VATEX), such as VATEX-EU-G.")]
    [InlineData(VatCategory.OutsideScope, "VAT category O (outside the scope of VAT) needs an exemption reason text or code (VATEX), such as VATEX-EU-O.")]
    public void Exempt_categories_need_a_reason(VatCategory category, string message) =>
        Assert.Equal(message, Error(Consulting with { VatCategory = category, VatRate = 0m }));

    [Theory]
    [InlineData(VatCategory.StandardRate, 20, "VAT category S (standard rate) is taxed: it takes no exemption reason.")]
    [InlineData(VatCategory.ZeroRated, 0, "VAT category Z (zero rated) is taxed: it takes no exemption reason.")]
    [InlineData(VatCategory.CanaryIslands, 7, "VAT category L (Canary Islands IGIC) is taxed: it takes no exemption reason.")]
    [InlineData(VatCategory.CeutaMelilla, 4, "VAT category M (Ceuta and Melilla IPSI) is taxed: it takes no exemption reason.")]
    public void Taxed_categories_take_no_exemption_reason(VatCategory category, decimal rate, string message) =>
        Assert.Equal(message, Error(Consulting with { VatCategory = category, VatRate = rate, ExemptionReason = "Exonéré" }));

    [Fact]
    public void An_unknown_exemption_code_is_reported() =>
        Assert.Equal("'VATEX-FR-293B' is not a VAT exemption reason code of the VATEX list (such as VATEX-EU-IC or VATEX-FR-FRANCHISE).",
            Error(Consulting with { VatCategory = VatCategory.Exempt, VatRate = 0m, ExemptionReasonCode = "VATEX-FR-293B" }));

    [Theory]
    [InlineData(VatCategory.Exempt, "VATEX-EU-IC", "The exemption reason code VATEX-EU-IC goes with VAT category K (intra-community supply), not E.")]
    [InlineData(VatCategory.Exempt, "VATEX-EU-AE", "The exemption reason code VATEX-EU-AE goes with VAT category AE (reverse charge), not E.")]
    [InlineData(VatCategory.IntraCommunitySupply, "VATEX-EU-G", "The exemption reason code VATEX-EU-G goes with VAT category G (export outside the EU), not K.")]
    [InlineData(VatCategory.Export, "VATEX-EU-O", "The exemption reason code VATEX-EU-O goes with VAT category O (outside the scope of VAT), not G.")]
    [InlineData(VatCategory.OutsideScope, "VATEX-EU-D", "The exemption reason code VATEX-EU-D goes with VAT category E (exempt from VAT), not O.")]
    public void Exemption_codes_that_belong_to_another_category_are_reported(VatCategory category, string code, string message) =>
        Assert.Equal(message, Error(Consulting with { VatCategory = category, VatRate = 0m, ExemptionReasonCode = code }));

    [Fact]
    public void Every_problem_is_reported_at_once() =>
        Assert.Equal(3, CatalogueItem.Validate(new CatalogueItemDraft { UnitPrice = -1m, VatRate = 0m }).Count);

    [Fact]
    public void An_item_round_trips_through_its_draft()
    {
        var item = CatalogueItem.Create(Id, Consulting).Value;
        var cheaper = CatalogueItem.Create(item.Id, item.ToDraft() with { UnitPrice = 800m }).Value;
        Assert.Equal(800m, cheaper.UnitPrice);
        Assert.Equal(item.Name, cheaper.Name);
        Assert.Equal(item.Sku, cheaper.Sku);
        Assert.Throws<ArgumentException>(() => ItemId.New(Guid.Empty));
    }
}
