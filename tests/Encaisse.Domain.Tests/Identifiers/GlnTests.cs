using CsCheck;
using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Tests.Identifiers;

public class GlnTests
{
    [Theory]
    [InlineData("4000001000005")]
    [InlineData("0614141000012")]
    [InlineData("5790000435951")]
    [InlineData("7300010000001")]
    [InlineData("579 0000 43595 1")]
    public void Valid_glns_parse(string text) => Assert.True(Gln.Parse(text).Success);

    [Theory]
    [InlineData(null, "The GLN is missing.")]
    [InlineData("400000100000A", "A GLN has only digits; '400000100000A' contains other characters.")]
    [InlineData("400000100000", "A GLN has 13 digits; '400000100000' has 12.")]
    [InlineData("4000001000006", "'4000001000006' is not a valid GLN: the check digit does not match (look for a typing error).")]
    public void Invalid_glns_are_rejected_with_a_clear_message(string? text, string message) =>
        Assert.Equal(message, Gln.Parse(text).Error);

    [Fact]
    public void A_gln_converts_to_an_identifier_with_scheme_0088() =>
        Assert.Equal(new Common.Identifier("5790000435951", "0088"), Gln.Of("5790000435951").ToIdentifier());

    [Fact]
    public void The_check_digit_helper_follows_gs1()
    {
        Assert.Equal(5, Gln.ComputeCheckDigit("400000100000"));
        Assert.Throws<ArgumentException>(() => Gln.ComputeCheckDigit("40000010000"));
    }

    [Fact]
    public void A_generated_gln_always_parses() =>
        Gen.Long[0, 999_999_999_999L].Sample(body =>
        {
            var gln = Gln.FromFirstTwelveDigits(body);
            Assert.Equal(TestNumbers.Gln(body), gln.Value);
            Assert.Equal(gln, Gln.Parse(gln.Value).Value);
        });

    [Fact]
    public void Changing_one_digit_of_a_valid_gln_always_fails() =>
        Gen.Select(TestNumbers.Glns, Gen.Int[0, 12], TestNumbers.Deltas).Sample((gln, position, delta) =>
            Assert.False(Gln.Parse(TestNumbers.ChangeDigit(gln, position, delta)).Success));
}
