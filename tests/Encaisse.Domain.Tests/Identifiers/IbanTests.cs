using CsCheck;
using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Tests.Identifiers;

public class IbanTests
{
    [Theory]
    [InlineData("FR7630006000011234567890189")]
    [InlineData("FR1420041010050500013M02606")]
    [InlineData("DE89370400440532013000")]
    [InlineData("GB29NWBK60161331926819")]
    [InlineData("BE68539007547034")]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("NO9386011117947")]
    [InlineData("CH9300762011623852957")]
    [InlineData("IT60X0542811101000000123456")]
    [InlineData("ES9121000418450200051332")]
    [InlineData("MT84MALT011000012345MTLCAST001S")]
    [InlineData("LC55HEMM000100010012001200023015")]
    [InlineData("XK051212012345678906")]
    [InlineData("RU0204452560040702810412345678901")]
    [InlineData("YE15CBYE0001018861234567891234")]
    public void Registry_examples_are_valid(string text) => Assert.Equal(text, Iban.Parse(text).Value.Value);

    [Theory]
    [InlineData("FR76 3000 6000 0112 3456 7890 189")]
    [InlineData("fr76 3000 6000 0112 3456 7890 189")]
    [InlineData(" FR76-3000-6000-0112-3456-7890-189 ")]
    public void Paper_forms_are_normalised(string text) =>
        Assert.Equal("FR7630006000011234567890189", Iban.Parse(text).Value.Value);

    [Fact]
    public void The_parts_of_an_iban_are_exposed()
    {
        var iban = Iban.Of("FR7630006000011234567890189");
        Assert.Equal("FR", iban.CountryCode);
        Assert.Equal("76", iban.CheckDigits);
        Assert.Equal("30006000011234567890189", iban.Bban);
        Assert.Equal("FR76 3000 6000 0112 3456 7890 189", iban.Formatted);
        Assert.Equal("FR7630006000011234567890189", iban.ToString());
    }

    [Theory]
    [InlineData(null, "The IBAN is missing.")]
    [InlineData("", "The IBAN is missing.")]
    [InlineData("7630006000011234567890189", "An IBAN starts with a two-letter country code; '7630006000011234567890189' does not.")]
    [InlineData("ZZ7630006000011234567890189", "'ZZ7630006000011234567890189': ZZ is not a country of the IBAN registry.")]
    [InlineData("US7630006000011234567890189", "'US7630006000011234567890189': US is not a country of the IBAN registry.")]
    [InlineData("FR76300060000112345678901/9", "An IBAN has only letters and digits; 'FR76300060000112345678901/9' contains other characters.")]
    [InlineData("FR763000600001123456789018", "An IBAN from FR has 27 characters; 'FR763000600001123456789018' has 26.")]
    [InlineData("DE8937040044053201300", "An IBAN from DE has 22 characters; 'DE8937040044053201300' has 21.")]
    [InlineData("FRAB30006000011234567890189", "'FRAB30006000011234567890189' is not a valid IBAN: the two characters after the country code must be digits.")]
    [InlineData("FR7730006000011234567890189", "'FR7730006000011234567890189' is not a valid IBAN: the check digits do not match (look for a typing error).")]
    [InlineData("DE89370400440532013001", "'DE89370400440532013001' is not a valid IBAN: the check digits do not match (look for a typing error).")]
    public void Invalid_ibans_are_rejected_with_a_clear_message(string? text, string message) =>
        Assert.Equal(message, Iban.Parse(text).Error);

    [Fact]
    public void Check_digits_equivalent_modulo_97_are_rejected()
    {
        // A BBAN whose correct check digits are 02: "99" gives the same remainder but is not a valid IBAN.
        var bban = Enumerable.Range(0, 10_000).Select(n => $"{n:D4}0000000000000000000")
            .First(candidate => TestNumbers.Iban("FR", candidate)[2..4] == "02");
        Assert.True(Iban.Parse("FR02" + bban).Success);
        Assert.False(Iban.Parse("FR99" + bban).Success);
    }

    [Theory]
    [InlineData("FR", 27)]
    [InlineData("DE", 22)]
    [InlineData("BE", 16)]
    [InlineData("NO", 15)]
    [InlineData("RU", 33)]
    [InlineData("LC", 32)]
    public void The_registry_table_knows_each_country_length(string country, int length) =>
        Assert.Equal(length, Iban.LengthByCountry[country]);

    [Fact]
    public void The_registry_table_covers_every_sepa_country()
    {
        string[] sepa = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
            "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO", "CH", "GB", "MC", "SM",
            "VA", "AD", "AL", "MD", "ME", "MK", "RS"];
        Assert.All(sepa, country => Assert.True(Iban.LengthByCountry.ContainsKey(country), country));
        Assert.All(Iban.LengthByCountry.Values, length => Assert.InRange(length, 15, 34));
    }

    [Fact]
    public void An_iban_is_built_from_a_national_account_number()
    {
        Assert.Equal("FR7630006000011234567890189", Iban.FromBban("fr", "30006000011234567890189").Value.Value);
        Assert.False(Iban.FromBban("FR", "3000600001123456789018").Success);
        Assert.Equal("ZZ is not a country of the IBAN registry.", Iban.FromBban("ZZ", "1234").Error);
        Assert.Equal("A national account number has only letters and digits; '3000/6' does not.", Iban.FromBban("FR", "3000/6").Error);
    }

    private static readonly Gen<string> FrenchIbans =
        Gen.String[Gen.Char["0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"], 23, 23].Select(bban => TestNumbers.Iban("FR", bban));

    [Fact]
    public void A_generated_iban_always_parses() =>
        FrenchIbans.Sample(iban => Assert.Equal(iban, Iban.FromBban("FR", iban[4..]).Value.Value));

    [Fact]
    public void Changing_one_digit_of_a_valid_iban_always_fails() =>
        Gen.Select(FrenchIbans, Gen.Int[2, 26], TestNumbers.Deltas).Sample((iban, position, delta) =>
        {
            if (char.IsAsciiDigit(iban[position]))
            {
                Assert.False(Iban.Parse(TestNumbers.ChangeDigit(iban, position, delta)).Success);
            }
        });
}
