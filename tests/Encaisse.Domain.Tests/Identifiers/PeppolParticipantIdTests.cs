using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Tests.Identifiers;

public class PeppolParticipantIdTests
{
    private static readonly string Siret = TestNumbers.Siret("552081317", 18);

    [Fact]
    public void A_french_address_parses_with_its_siren()
    {
        var id = PeppolParticipantId.Parse("0225:552081317").Value;
        Assert.Equal("0225", id.SchemeId);
        Assert.Equal("552081317", id.Value);
        Assert.Equal(Siren.Of("552081317"), id.Siren);
        Assert.Equal("0225:552081317", id.ToString());
        Assert.Equal("iso6523-actorid-upis::0225:552081317", id.FullForm);
    }

    [Theory]
    [InlineData("iso6523-actorid-upis::0088:5790000435951")]
    [InlineData("ISO6523-ACTORID-UPIS::0088:5790000435951")]
    [InlineData("  0088:5790000435951  ")]
    public void The_full_and_short_forms_are_accepted(string text) =>
        Assert.Equal("0088:5790000435951", PeppolParticipantId.Parse(text).Value.ToString());

    [Fact]
    public void A_siret_address_is_normalised_and_knows_its_siren()
    {
        var id = PeppolParticipantId.Parse($"0009:{Siret[..3]} {Siret[3..]}");
        Assert.False(id.Success); // spaces are never allowed inside an address
        var valid = PeppolParticipantId.Parse($"0009:{Siret}").Value;
        Assert.Equal(Siren.Of("552081317"), valid.Siren);
    }

    [Fact]
    public void The_address_converts_to_an_en16931_electronic_address()
    {
        var identifier = PeppolParticipantId.Of("0225:552081317_FACTURES").ToIdentifier();
        Assert.Equal("552081317_FACTURES", identifier.Value);
        Assert.Equal("0225", identifier.SchemeId);
    }

    [Fact]
    public void Values_compare_without_regard_to_case()
    {
        var lower = PeppolParticipantId.Of("0225:552081317_factures");
        var upper = PeppolParticipantId.Of("0225:552081317_FACTURES");
        Assert.Equal(lower, upper);
        Assert.Equal(lower.GetHashCode(), upper.GetHashCode());
        Assert.NotEqual(PeppolParticipantId.Of("0002:552081317"), PeppolParticipantId.Of("0225:552081317"));
    }

    [Fact]
    public void The_basic_french_address_of_a_company_is_its_siren() =>
        Assert.Equal("0225:552081317", PeppolParticipantId.ForFrenchCompany(Siren.Of("552081317")).ToString());

    [Theory]
    [InlineData("0225:552081317")]
    [InlineData("0225:552081317_55208131700018")]
    [InlineData("0225:552081317_FACTURES-2.0+A")]
    [InlineData("0002:552081317")]
    [InlineData("0088:5790000435951")]
    [InlineData("9957:FR03552081317")]
    [InlineData("0007:5567164818")]
    [InlineData("0151:51824753556")]
    [InlineData("0184:12345678")]
    [InlineData("0184:DK12345678")]
    [InlineData("0192:991825827")]
    [InlineData("0208:0417497106")]
    [InlineData("0060:123456789")]
    [InlineData("0204:991-12345-67")]
    [InlineData("9930:DE123456789")]
    public void Valid_addresses_parse(string text) => Assert.True(PeppolParticipantId.Parse(text).Success, PeppolParticipantId.Parse(text).Error);

    [Theory]
    [InlineData(null, "The electronic address (Peppol participant identifier) is missing.")]
    [InlineData("552081317", "'552081317' is not an electronic address: expected a scheme and an identifier such as 0225:552081317.")]
    [InlineData("FR:552081317", "The electronic address scheme must be a 4-digit code such as 0225 or 0088; 'FR' is not.")]
    [InlineData("9901:12345678", "9901 is not an electronic address scheme of the EAS code list.")]
    [InlineData("1234:12345678", "1234 is not an electronic address scheme of the EAS code list.")]
    [InlineData("0225:", "The identifier after the scheme 0225 is missing.")]
    [InlineData("0060:12 34", "The identifier of an electronic address cannot contain spaces; '12 34' does.")]
    [InlineData("0002:552081318", "Electronic address with scheme 0002: '552081318' is not a valid SIREN: the check digit does not match (look for a typing error).")]
    [InlineData("0009:552081317", "Electronic address with scheme 0009: A SIRET has 14 digits (SIREN + 5-digit NIC); '552081317' has 9.")]
    [InlineData("0088:4000001000006", "Electronic address with scheme 0088: '4000001000006' is not a valid GLN: the check digit does not match (look for a typing error).")]
    [InlineData("0225:552081317/FACT", "A French e-invoicing address (0225) uses only letters, digits and + - _ . ; '552081317/FACT' contains '/'.")]
    [InlineData("0225:55208131", "A French e-invoicing address (0225) starts with the 9-digit SIREN; '55208131' is too short.")]
    [InlineData("0225:552081318_X", "A French e-invoicing address (0225) starts with the SIREN of its owner; '552081318' is not a valid SIREN.")]
    [InlineData("9957:DE123456789", "Scheme 9957 is for French VAT numbers; 'DE123456789' is not one.")]
    [InlineData("9957:FR04552081317", "Electronic address with scheme 9957: 'FR04552081317' is not a valid French VAT number: the key 04 does not match the SIREN (expected 03).")]
    [InlineData("0007:5567164819", "Electronic address with scheme 0007: '5567164819' is not a Swedish organisation number (10 digits) with a valid check digit.")]
    [InlineData("0151:51824753557", "Electronic address with scheme 0151: '51824753557' is not an Australian Business Number (11 digits) with a valid check digit.")]
    [InlineData("0184:1234567", "Electronic address with scheme 0184: '1234567' is not a Danish CVR number (8 digits, optionally after DK) with a valid check digit.")]
    [InlineData("0192:991825828", "Electronic address with scheme 0192: '991825828' is not a Norwegian organisation number (9 digits) with a valid check digit.")]
    [InlineData("0192:000000000", "Electronic address with scheme 0192: '000000000' is not a Norwegian organisation number (9 digits) with a valid check digit.")]
    [InlineData("0208:0417497107", "Electronic address with scheme 0208: '0417497107' is not a Belgian enterprise number (10 digits) with a valid check digit.")]
    public void Invalid_addresses_are_rejected_with_a_clear_message(string? text, string message) =>
        Assert.Equal(message, PeppolParticipantId.Parse(text).Error);

    [Fact]
    public void A_french_address_may_have_up_to_125_characters()
    {
        var longest = "552081317" + new string('A', 116);
        Assert.True(PeppolParticipantId.Create("0225", longest).Success);
        Assert.Equal("The identifier of an electronic address has at most 125 characters; this one has 126.",
            PeppolParticipantId.Create("0225", longest + "A").Error);
    }

    [Fact]
    public void Every_code_of_the_peppol_eas_list_is_known()
    {
        Assert.Equal(92, ElectronicAddressSchemes.All.Count);
        Assert.All(new[] { "0002", "0009", "0088", "0225", "0240", "9957", "9959" }, code => Assert.True(ElectronicAddressSchemes.IsKnown(code)));
        Assert.False(ElectronicAddressSchemes.IsKnown("9901"));
        Assert.False(ElectronicAddressSchemes.IsKnown(null));
    }
}
