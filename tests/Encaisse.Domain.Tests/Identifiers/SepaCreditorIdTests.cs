using CsCheck;
using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Tests.Identifiers;

public class SepaCreditorIdTests
{
    [Fact]
    public void The_french_example_is_valid()
    {
        var id = SepaCreditorId.Parse("FR72ZZZ123456").Value;
        Assert.Equal("FR", id.CountryCode);
        Assert.Equal("72", id.CheckDigits);
        Assert.Equal("ZZZ", id.BusinessCode);
        Assert.Equal("123456", id.NationalId);
    }

    [Theory]
    [InlineData("FR72ZZZ123456")]
    [InlineData("fr72 zzz 123456")]
    [InlineData("FR72ABC123456")]
    [InlineData("DE98ZZZ09999999999")]
    public void Valid_identifiers_parse_whatever_the_business_code(string text) => Assert.True(SepaCreditorId.Parse(text).Success);

    [Theory]
    [InlineData(null, "The SEPA creditor identifier is missing.")]
    [InlineData("FR72ZZZ", "A SEPA creditor identifier has 8 to 35 characters; 'FR72ZZZ' has 7.")]
    [InlineData("FR72ZZZ12345/", "A SEPA creditor identifier has only letters and digits; 'FR72ZZZ12345/' contains other characters.")]
    [InlineData("ZZ72ZZZ123456", "'ZZ72ZZZ123456' is not a valid SEPA creditor identifier: it must start with a country code; 'ZZ' is not one.")]
    [InlineData("FRA2ZZZ123456", "'FRA2ZZZ123456' is not a valid SEPA creditor identifier: the two characters after the country code must be digits.")]
    [InlineData("FR72ZZZ1234567", "A French SEPA creditor identifier (ICS) has 13 characters, such as FR72ZZZ123456; 'FR72ZZZ1234567' has 14.")]
    [InlineData("FR73ZZZ123456", "'FR73ZZZ123456' is not a valid SEPA creditor identifier: the check digits do not match (look for a typing error).")]
    public void Invalid_identifiers_are_rejected_with_a_clear_message(string? text, string message) =>
        Assert.Equal(message, SepaCreditorId.Parse(text).Error);

    [Fact]
    public void An_identifier_is_built_from_its_national_part()
    {
        Assert.Equal("FR72ZZZ123456", SepaCreditorId.Create("FR", "123456").Value.Value);
        Assert.Equal("DE98ZZZ09999999999", SepaCreditorId.Create("de", "09999999999").Value.Value);
        Assert.Equal("FR72ABC123456", SepaCreditorId.Create("FR", "123456", "ABC").Value.Value);
        Assert.False(SepaCreditorId.Create("FR", "123456", "AB").Success);
    }

    [Fact]
    public void The_business_code_never_changes_the_check_digits() =>
        Gen.Select(Gen.String[Gen.Char["0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"], 6, 6], Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"], 3, 3])
            .Sample((national, business) =>
            {
                var plain = SepaCreditorId.Create("FR", national).Value;
                var coded = SepaCreditorId.Create("FR", national, business).Value;
                Assert.Equal(plain.CheckDigits, coded.CheckDigits);
                Assert.Equal((98 - TestNumbers.Mod97(national + "FR00")).ToString("00", System.Globalization.CultureInfo.InvariantCulture), plain.CheckDigits);
            });
}
