using CsCheck;
using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Tests.Identifiers;

public class CreditorReferenceTests
{
    [Fact]
    public void The_iso_11649_example_is_created() =>
        Assert.Equal("RF451234512345", CreditorReference.Create("1234512345").Value.Value);

    [Theory]
    [InlineData("RF451234512345")]
    [InlineData("RF45 1234 5123 45")]
    [InlineData("rf45 1234 5123 45")]
    public void References_parse_in_paper_and_electronic_form(string text)
    {
        var reference = CreditorReference.Parse(text).Value;
        Assert.Equal("RF451234512345", reference.Value);
        Assert.Equal("1234512345", reference.Reference);
        Assert.Equal("RF45 1234 5123 45", reference.Formatted);
    }

    [Theory]
    [InlineData(null, "The creditor reference is missing.")]
    [InlineData("451234512345", "A structured creditor reference starts with RF; '451234512345' does not.")]
    [InlineData("RF45", "'RF45' is not a valid creditor reference: RF must be followed by 2 check digits and the reference.")]
    [InlineData("RFAB1234", "'RFAB1234' is not a valid creditor reference: RF must be followed by 2 check digits and the reference.")]
    [InlineData("RF451234-5123", "'RF451234-5123' is not a valid creditor reference: after RF and the check digits come 1 to 21 letters or digits.")]
    [InlineData("RF001234567890123456789012", "'RF001234567890123456789012' is not a valid creditor reference: after RF and the check digits come 1 to 21 letters or digits.")]
    [InlineData("RF461234512345", "'RF461234512345' is not a valid creditor reference: the check digits do not match (look for a typing error).")]
    public void Invalid_references_are_rejected_with_a_clear_message(string? text, string message) =>
        Assert.Equal(message, CreditorReference.Parse(text).Error);

    [Theory]
    [InlineData(null, "The reference to turn into a creditor reference is missing.")]
    [InlineData("F-2026-0001", "A creditor reference holds 1 to 21 letters or digits; 'F-2026-0001' does not fit.")]
    [InlineData("1234567890123456789012", "A creditor reference holds 1 to 21 letters or digits; '1234567890123456789012' does not fit.")]
    public void Unusable_references_cannot_be_turned_into_rf_references(string? text, string message) =>
        Assert.Equal(message, CreditorReference.Create(text).Error);

    private static readonly Gen<string> References = Gen.String[Gen.Char["0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"], 1, 21];

    [Fact]
    public void A_created_reference_always_parses_back() =>
        References.Sample(text =>
        {
            var created = CreditorReference.Create(text).Value;
            Assert.Equal(text, created.Reference);
            Assert.Equal(1, TestNumbers.Mod97(text + created.Value[..4]));
            Assert.Equal(created, CreditorReference.Parse(created.Formatted).Value);
        });

    [Fact]
    public void Changing_one_digit_of_a_reference_always_fails() =>
        Gen.Select(Gen.String[Gen.Char["0123456789"], 1, 21], Gen.Int[0, 100], TestNumbers.Deltas).Sample((text, seed, delta) =>
        {
            var value = CreditorReference.Create(text).Value.Value;
            var position = 2 + (seed % (value.Length - 2));
            Assert.False(CreditorReference.Parse(TestNumbers.ChangeDigit(value, position, delta)).Success);
        });
}
