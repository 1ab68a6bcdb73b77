using CsCheck;
using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Tests.Identifiers;

public class VatNumberTests
{
    [Fact]
    public void The_regulation_example_is_valid()
    {
        var vat = VatNumber.Parse("FR03552081317").Value;
        Assert.Equal("FR03552081317", vat.Value);
        Assert.Equal(CountryCode.France, vat.CountryCode);
        Assert.Equal(Siren.Of("552081317"), vat.Siren);
        Assert.True(vat.IsFrench);
        Assert.True(vat.IsEu);
    }

    [Theory]
    [InlineData("fr 03 552 081 317")]
    [InlineData("FR-03-552.081.317")]
    [InlineData(" Fr03552081317 ")]
    public void Typed_forms_are_normalised(string text) => Assert.Equal("FR03552081317", VatNumber.Parse(text).Value.Value);

    [Fact]
    public void The_french_key_follows_the_formula() => Assert.Equal("03", VatNumber.ComputeFrenchKey(Siren.Of("552081317")));

    [Fact]
    public void A_french_number_is_built_from_a_siren() =>
        Assert.Equal("FR03552081317", VatNumber.ForFrenchSiren(Siren.Of("552081317")).Value);

    [Fact]
    public void A_wrong_french_key_is_reported_with_the_expected_key() =>
        Assert.Equal("'FR04552081317' is not a valid French VAT number: the key 04 does not match the SIREN (expected 03).",
            VatNumber.Parse("FR04552081317").Error);

    [Fact]
    public void A_french_number_with_an_invalid_siren_is_rejected() =>
        Assert.Equal("'FR03552081318' is not a valid French VAT number: its last 9 digits are not a valid SIREN.",
            VatNumber.Parse("FR03552081318").Error);

    [Fact]
    public void Monaco_numbers_are_valid_without_a_siren()
    {
        // Monaco companies have French VAT numbers whose digits (000…) are not a SIREN.
        var vat = VatNumber.Parse("FR34000123456").Value;
        Assert.Null(vat.Siren);
        Assert.False(VatNumber.Parse("FR35000123456").Success);
    }

    [Theory]
    [InlineData("FRK7552081317")]
    [InlineData("FRAB732829320")]
    [InlineData("FR1A552081317")]
    public void Letter_keys_are_only_format_checked(string text)
    {
        var vat = VatNumber.Parse(text).Value;
        Assert.Equal(Siren.Of(text[4..]), vat.Siren);
    }

    [Theory]
    [InlineData("FRIO552081317")]
    [InlineData("FR0355208131")]
    [InlineData("FR035520813171")]
    public void Malformed_french_numbers_are_rejected(string text) =>
        Assert.Equal($"'{text}' is not a valid French VAT number: expected FR followed by a 2-character key and the 9-digit SIREN.", VatNumber.Parse(text).Error);

    [Theory]
    [InlineData("ATU12345678", "AT")]
    [InlineData("BE0123456789", "BE")]
    [InlineData("BE1123456789", "BE")]
    [InlineData("BG123456789", "BG")]
    [InlineData("BG1234567890", "BG")]
    [InlineData("CY12345678X", "CY")]
    [InlineData("CZ12345678", "CZ")]
    [InlineData("CZ1234567890", "CZ")]
    [InlineData("DE123456789", "DE")]
    [InlineData("DK12345678", "DK")]
    [InlineData("EE123456789", "EE")]
    [InlineData("EL123456789", "GR")]
    [InlineData("ESA1234567B", "ES")]
    [InlineData("ES12345678Z", "ES")]
    [InlineData("FI12345678", "FI")]
    [InlineData("HR12345678901", "HR")]
    [InlineData("HU12345678", "HU")]
    [InlineData("IE1234567WA", "IE")]
    [InlineData("IE1234567T", "IE")]
    [InlineData("IE8Z49289F", "IE")]
    [InlineData("IT12345678901", "IT")]
    [InlineData("LT123456789", "LT")]
    [InlineData("LT123456789012", "LT")]
    [InlineData("LU12345678", "LU")]
    [InlineData("LV12345678901", "LV")]
    [InlineData("MT12345678", "MT")]
    [InlineData("NL123456789B01", "NL")]
    [InlineData("PL1234567890", "PL")]
    [InlineData("PT123456789", "PT")]
    [InlineData("RO12", "RO")]
    [InlineData("RO1234567890", "RO")]
    [InlineData("SE123456789001", "SE")]
    [InlineData("SI12345678", "SI")]
    [InlineData("SK1234567890", "SK")]
    [InlineData("XI123456789", "XI")]
    [InlineData("GB123456789", "GB")]
    [InlineData("GB123456789012", "GB")]
    [InlineData("GBGD001", "GB")]
    [InlineData("CHE123456789MWST", "CH")]
    [InlineData("CHE-123.456.789 TVA", "CH")]
    [InlineData("CHE123456789", "CH")]
    [InlineData("NO123456789MVA", "NO")]
    public void Numbers_of_supported_countries_are_format_checked(string text, string country)
    {
        var vat = VatNumber.Parse(text).Value;
        Assert.Equal(CountryCode.Of(country), vat.CountryCode);
        Assert.Null(vat.Siren);
    }

    [Theory]
    [InlineData("ATU1234567", "'ATU1234567' is not a valid Austrian VAT number: expected ATU followed by 8 digits.")]
    [InlineData("AT12345678", "'AT12345678' is not a valid Austrian VAT number: expected ATU followed by 8 digits.")]
    [InlineData("BE2123456789", "'BE2123456789' is not a valid Belgian VAT number: expected BE followed by 10 digits, the first being 0 or 1.")]
    [InlineData("DE12345678", "'DE12345678' is not a valid German VAT number: expected DE followed by 9 digits.")]
    [InlineData("NL123456789A01", "'NL123456789A01' is not a valid Dutch VAT number: expected NL followed by 9 digits, B and 2 digits.")]
    [InlineData("SE123456789012", "'SE123456789012' is not a valid Swedish VAT number: expected SE followed by 10 digits and 01.")]
    [InlineData("RO0123", "'RO0123' is not a valid Romanian VAT number: expected RO followed by 2 to 10 digits, not starting with 0.")]
    [InlineData("NO123456789", "'NO123456789' is not a valid Norwegian VAT number: expected NO followed by the 9-digit organisation number and MVA.")]
    [InlineData("CHE12345678", "'CHE12345678' is not a valid Swiss VAT number: expected CHE followed by 9 digits, optionally MWST, TVA or IVA.")]
    [InlineData("IT1234567890", "'IT1234567890' is not a valid Italian VAT number: expected IT followed by 11 digits.")]
    [InlineData("XI12345", "'XI12345' is not a valid Northern Ireland VAT number: expected XI followed by 9 or 12 digits.")]
    public void Malformed_numbers_name_the_expected_format(string text, string message) =>
        Assert.Equal(message, VatNumber.Parse(text).Error);

    [Theory]
    [InlineData(null, "The VAT number is missing.")]
    [InlineData(" ", "The VAT number is missing.")]
    [InlineData("123456789", "'123456789' does not start with a country prefix: a VAT number starts with two letters such as FR or DE.")]
    [InlineData("GR123456789", "'GR123456789': Greek VAT numbers start with EL, not GR.")]
    [InlineData("US123456789", "'US123456789': VAT numbers with prefix US are not supported (EU member states, XI, GB, CH and NO are).")]
    public void Other_rejections_are_explained(string? text, string message) =>
        Assert.Equal(message, VatNumber.Parse(text).Error);

    [Fact]
    public void Non_eu_numbers_are_not_eu()
    {
        Assert.False(VatNumber.Of("GB123456789").IsEu);
        Assert.True(VatNumber.Of("XI123456789").IsEu);
        Assert.Equal("EL", VatNumber.Of("EL123456789").Prefix);
    }

    [Fact]
    public void A_vat_number_converts_to_an_identifier_without_scheme()
    {
        var identifier = VatNumber.Of("FR03552081317").ToIdentifier();
        Assert.Equal("FR03552081317", identifier.Value);
        Assert.Null(identifier.SchemeId);
    }

    [Fact]
    public void The_french_number_of_any_siren_parses_back_to_that_siren() =>
        // Nine digits starting 000 in an FR number are a Monaco registration, not a SIREN (covered by the Monaco test).
        TestNumbers.Sirens.Where(siren => !siren.StartsWith("000", StringComparison.Ordinal)).Sample(siren =>
        {
            var expected = TestNumbers.FrenchVat(siren);
            var vat = VatNumber.ForFrenchSiren(Siren.Of(siren));
            Assert.Equal(expected, vat.Value);
            Assert.Equal(siren, VatNumber.Parse(expected).Value.Siren?.Value);
        });

    [Fact]
    public void Changing_one_digit_of_the_french_key_always_fails() =>
        Gen.Select(TestNumbers.Sirens, Gen.Int[2, 3], TestNumbers.Deltas).Sample((siren, position, delta) =>
            Assert.False(VatNumber.Parse(TestNumbers.ChangeDigit(TestNumbers.FrenchVat(siren), position, delta)).Success));
}
