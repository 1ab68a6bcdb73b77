using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Tests.Identifiers;

public class CountryAndLanguageCodeTests
{
    [Theory]
    [InlineData("FR", "FR")]
    [InlineData("fr", "FR")]
    [InlineData(" de ", "DE")]
    [InlineData("XI", "XI")]
    [InlineData("1A", "1A")]
    [InlineData("AQ", "AQ")]
    public void Country_codes_parse_upper_case(string text, string expected) =>
        Assert.Equal(expected, CountryCode.Parse(text).Value.Value);

    [Theory]
    [InlineData(null, "The country code is missing.")]
    [InlineData("", "The country code is missing.")]
    [InlineData("UK", "'UK' is not an ISO country code: the United Kingdom is GB.")]
    [InlineData("EL", "'EL' is only the Greek VAT prefix: the country code of Greece is GR.")]
    [InlineData("ZZ", "'ZZ' is not an ISO 3166-1 two-letter country code.")]
    [InlineData("FRA", "'FRA' is not an ISO 3166-1 two-letter country code.")]
    [InlineData("XK", "'XK' is not an ISO 3166-1 two-letter country code.")]
    public void Unknown_country_codes_are_rejected_with_a_clear_message(string? text, string message) =>
        Assert.Equal(message, CountryCode.Parse(text).Error);

    [Fact]
    public void The_country_list_is_iso_3166_plus_the_two_en16931_extras()
    {
        Assert.Equal(251, CountryCode.All.Count);
        Assert.Equal(27, CountryCode.All.Count(code => CountryCode.Of(code).IsEuMember));
        Assert.False(CountryCode.Of("XI").IsIso3166);
        Assert.False(CountryCode.Of("1A").IsIso3166);
        Assert.True(CountryCode.Of("FR").IsIso3166);
    }

    [Theory]
    [InlineData("FR", true)]
    [InlineData("GR", true)]
    [InlineData("HR", true)]
    [InlineData("GB", false)]
    [InlineData("CH", false)]
    [InlineData("NO", false)]
    [InlineData("XI", false)]
    public void Eu_membership_is_known(string code, bool member) => Assert.Equal(member, CountryCode.Of(code).IsEuMember);

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("fr-BE", "fr")]
    [InlineData("en_GB", "en")]
    [InlineData("ga", "ga")]
    [InlineData("zu", "zu")]
    public void Language_codes_parse_lower_case(string text, string expected) =>
        Assert.Equal(expected, LanguageCode.Parse(text).Value.Value);

    [Theory]
    [InlineData(null, "The language code is missing.")]
    [InlineData("xx", "'xx' is not an ISO 639-1 two-letter language code (such as fr or en).")]
    [InlineData("fra", "'fra' is not an ISO 639-1 two-letter language code (such as fr or en).")]
    [InlineData("bh", "'bh' is not an ISO 639-1 two-letter language code (such as fr or en).")]
    public void Unknown_language_codes_are_rejected(string? text, string message) =>
        Assert.Equal(message, LanguageCode.Parse(text).Error);

    [Fact]
    public void The_24_official_eu_languages_are_known()
    {
        string[] official = ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"];
        Assert.All(official, code => Assert.True(LanguageCode.Of(code).IsEuOfficialLanguage, code));
        Assert.Equal(24, LanguageCode.All.Count(code => LanguageCode.Of(code).IsEuOfficialLanguage));
        Assert.Equal(183, LanguageCode.All.Count);
        Assert.False(LanguageCode.Of("no").IsEuOfficialLanguage);
    }
}
