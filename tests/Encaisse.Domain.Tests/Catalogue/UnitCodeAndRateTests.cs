using Encaisse.Domain.Catalogue;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Tests.Catalogue;

public class UnitCodeAndRateTests
{
    [Theory]
    [InlineData("C62", "one")]
    [InlineData("hur", "hour")]
    [InlineData(" DAY ", "day")]
    [InlineData("MON", "month")]
    [InlineData("KGM", "kilogram")]
    [InlineData("LTR", "litre")]
    [InlineData("MTR", "metre")]
    [InlineData("E48", "service unit")]
    [InlineData("XPK", "package")]
    public void Common_units_are_named(string text, string name)
    {
        var unit = UnitCode.Parse(text).Value;
        Assert.Equal(name, unit.Name);
        Assert.True(unit.IsCommon);
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("A")]
    [InlineData("58")]
    public void Other_codes_of_one_to_three_characters_are_accepted_without_a_name(string text)
    {
        var unit = UnitCode.Parse(text).Value;
        Assert.Null(unit.Name);
        Assert.False(unit.IsCommon);
    }

    [Theory]
    [InlineData(null, "The unit of measure is missing.")]
    [InlineData("HOUR", "'HOUR' is not a unit code: use a UN/ECE code of 1 to 3 letters or digits, such as C62 (one), HUR (hour) or KGM (kilogram).")]
    [InlineData("H/R", "'H/R' is not a unit code: use a UN/ECE code of 1 to 3 letters or digits, such as C62 (one), HUR (hour) or KGM (kilogram).")]
    public void Malformed_unit_codes_are_rejected(string? text, string message) =>
        Assert.Equal(message, UnitCode.Parse(text).Error);

    [Fact]
    public void Unit_constants_are_the_recommendation_20_codes()
    {
        Assert.Equal("C62", UnitCode.One.Value);
        Assert.Equal("HUR", UnitCode.Hour.ToString());
        Assert.Equal(UnitCode.Of("mon"), UnitCode.Month);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(10)]
    [InlineData(5.5)]
    [InlineData(2.1)]
    [InlineData(13)]
    [InlineData(8.5)]
    [InlineData(19.6)]
    [InlineData(7)]
    [InlineData(20.6)]
    [InlineData(1.05)]
    [InlineData(0.9)]
    [InlineData(1.75)]
    [InlineData(9.2)]
    [InlineData(9.6)]
    public void French_rates_are_allowed(decimal rate) => Assert.True(FrenchVatRates.IsAllowedInFrance(rate));

    [Fact]
    public void Trailing_zeros_do_not_matter() => Assert.True(FrenchVatRates.IsAllowedInFrance(5.50m));

    [Theory]
    [InlineData(5)]
    [InlineData(19)]
    [InlineData(21)]
    [InlineData(2.2)]
    [InlineData(-20)]
    public void Other_rates_are_not_allowed_in_France(decimal rate) => Assert.False(FrenchVatRates.IsAllowedInFrance(rate));

    [Fact]
    public void France_rejects_the_canary_ceuta_and_split_payment_categories()
    {
        Assert.False(FrenchVatRates.IsCategoryAllowedInFrance(VatCategory.CanaryIslands));
        Assert.False(FrenchVatRates.IsCategoryAllowedInFrance(VatCategory.CeutaMelilla));
        Assert.False(FrenchVatRates.IsCategoryAllowedInFrance(VatCategory.SplitPayment));
        Assert.All(new[] { VatCategory.StandardRate, VatCategory.ZeroRated, VatCategory.Exempt, VatCategory.ReverseCharge,
            VatCategory.IntraCommunitySupply, VatCategory.Export, VatCategory.OutsideScope },
            category => Assert.True(FrenchVatRates.IsCategoryAllowedInFrance(category)));
    }

    [Fact]
    public void The_vatex_list_is_the_en16931_one()
    {
        Assert.Equal(88, VatExemptionReasonCodes.All.Count);
        Assert.True(VatExemptionReasonCodes.IsKnown("vatex-fr-franchise"));
        Assert.False(VatExemptionReasonCodes.IsKnown("VATEX-FR-293B"));
        Assert.False(VatExemptionReasonCodes.IsKnown(null));
        Assert.Equal(VatCategory.IntraCommunitySupply, VatExemptionReasonCodes.RequiredCategory("VATEX-EU-IC"));
        Assert.Null(VatExemptionReasonCodes.RequiredCategory("VATEX-FR-FRANCHISE"));
    }
}
