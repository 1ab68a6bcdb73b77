using CsCheck;
using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Tests.Identifiers;

public class SirenTests
{
    [Theory]
    [InlineData("552081317", "552081317")]
    [InlineData("552 081 317", "552081317")]
    [InlineData("552.081.317", "552081317")]
    [InlineData("552-081-317", "552081317")]
    [InlineData("  732829320 ", "732829320")]
    [InlineData("443\u00A0061\u00A0841", "443061841")]
    [InlineData("356000000", "356000000")]
    public void Valid_sirens_parse_to_their_nine_digits(string text, string expected) =>
        Assert.Equal(expected, Siren.Parse(text).Value.Value);

    [Theory]
    [InlineData(null, "The SIREN is missing.")]
    [InlineData("", "The SIREN is missing.")]
    [InlineData("   ", "The SIREN is missing.")]
    [InlineData("55208131A", "A SIREN has only digits; '55208131A' contains other characters.")]
    [InlineData("55208131", "A SIREN has 9 digits; '55208131' has 8.")]
    [InlineData("5520813170", "A SIREN has 9 digits; '5520813170' has 10.")]
    [InlineData("552081318", "'552081318' is not a valid SIREN: the check digit does not match (look for a typing error).")]
    public void Invalid_sirens_are_rejected_with_a_clear_message(string? text, string message)
    {
        var result = Siren.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(message, result.Error);
    }

    [Fact]
    public void Absurdly_long_input_is_rejected_without_work() =>
        Assert.Equal("The SIREN is far too long.", Siren.Parse(new string('1', 10_000)).Error);

    [Fact]
    public void A_siren_is_printed_in_three_groups() => Assert.Equal("552 081 317", Siren.Of("552081317").Formatted);

    [Fact]
    public void A_siren_converts_to_an_identifier_with_scheme_0002()
    {
        var identifier = Siren.Of("552081317").ToIdentifier();
        Assert.Equal("552081317", identifier.Value);
        Assert.Equal("0002", identifier.SchemeId);
    }

    [Fact]
    public void Trusted_construction_throws_on_an_invalid_value() =>
        Assert.Throws<FormatException>(() => Siren.Of("552081318"));

    [Fact]
    public void Sirens_with_the_same_digits_are_equal() =>
        Assert.Equal(Siren.Of("552 081 317"), Siren.Of("552081317"));

    [Theory]
    [InlineData("55208131", 7)]
    [InlineData("73282932", 0)]
    [InlineData("35600000", 0)]
    public void The_check_digit_is_computed_with_luhn(string firstEight, int expected) =>
        Assert.Equal(expected, Siren.ComputeCheckDigit(firstEight));

    [Theory]
    [InlineData("1234567")]
    [InlineData("1234567A")]
    public void Check_digit_helper_rejects_a_bad_body(string body) =>
        Assert.Throws<ArgumentException>(() => Siren.ComputeCheckDigit(body));

    [Fact]
    public void La_Poste_is_recognised() => Assert.True(Siren.Of("356000000").IsLaPoste);

    [Fact]
    public void A_generated_siren_always_parses() =>
        Gen.Int[0, 99_999_999].Sample(body =>
        {
            var siren = Siren.FromFirstEightDigits(body);
            Assert.Equal(siren, Siren.Parse(siren.Value).Value);
            Assert.Equal(TestNumbers.Siren(body), siren.Value);
        });

    [Fact]
    public void Changing_one_digit_of_a_valid_siren_always_fails() =>
        Gen.Select(TestNumbers.Sirens, Gen.Int[0, 8], TestNumbers.Deltas).Sample((siren, position, delta) =>
            Assert.False(Siren.Parse(TestNumbers.ChangeDigit(siren, position, delta)).Success));
}
