using Encaisse.EInvoicing.Validation.Rules.Peppol;

namespace Encaisse.EInvoicing.Tests.Rules.Peppol;

/// <summary>The Peppol Schematron functions on published identifiers (valid ones, and the same with one digit changed).</summary>
public sealed class PeppolFunctionsTests
{
    [Theory]
    [InlineData("5790000436057", true)] // GLN of the Peppol examples
    [InlineData("5790000436058", false)]
    [InlineData("0", true)] // a single digit: an empty weighted sum, check digit 0
    public void Gln_check_digit(string gln, bool valid) => Assert.Equal(valid, PeppolFunctions.Gln(gln));

    [Theory]
    [InlineData("974760673", true)] // Brønnøysund Register Centre
    [InlineData("974760674", false)]
    [InlineData("000000000", false)] // number($val) > 0 fails
    [InlineData("97476067A", false)]
    public void Norwegian_organisation_number(string number, bool valid) => Assert.Equal(valid, PeppolFunctions.Mod11(number));

    [Theory]
    [InlineData("0203201340", true)]
    [InlineData("0203201341", false)]
    public void Belgian_enterprise_number(string number, bool valid) => Assert.Equal(valid, PeppolFunctions.Mod97Belgium(number));

    [Theory]
    [InlineData("51824753556", true)] // the ATO's example ABN
    [InlineData("51824753557", false)]
    public void Australian_business_number(string abn, bool valid) => Assert.Equal(valid, PeppolFunctions.Abn(abn));

    [Theory]
    [InlineData("2021005448", true)] // Skatteverket
    [InlineData("2021005449", false)]
    [InlineData("202100544", false)] // no check digit
    [InlineData("20210054A8", false)]
    public void Swedish_organisation_number(string number, bool valid) => Assert.Equal(valid, PeppolFunctions.CheckSwedishOrganisationNumber(number));

    [Theory]
    [InlineData("061828591", true)] // Greek example invoice
    [InlineData("094259216", true)]
    [InlineData("094259217", false)]
    [InlineData("0942592", false)]
    [InlineData("0942592160", true)] // only the first nine characters count
    public void Greek_tin(string tin, bool valid) => Assert.Equal(valid, PeppolFunctions.TinVerification(tin));

    [Theory]
    [InlineData("IT01234567897", true)]
    [InlineData("IT01234567890", false)]
    [InlineData("it01234567897", true)]
    [InlineData("IT0123456789", false)] // ten digits
    [InlineData("FR01234567890", true)] // only Italian numbers are checked
    public void Italian_vat_number(string vat, bool valid) => Assert.Equal(valid, PeppolFunctions.CheckPivaSeIt(vat));

    [Theory]
    [InlineData("RSSMRA85T10A562S", true)]
    [InlineData("RSSMRA85T10A562", false)]
    [InlineData("12345678901", true)]
    [InlineData("1234567890A", false)]
    public void Italian_tax_code(string code, bool valid) => Assert.Equal(valid, PeppolFunctions.CheckCf(code));

    [Theory]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("DE89 3704 0044 0532 0130 00", true)]
    [InlineData("DE89370400440532013001", false)]
    [InlineData("de89370400440532013000", false)] // the country code must be upper case
    [InlineData("GB82WEST12345698765432", true)]
    public void Iban(string iban, bool valid) => Assert.Equal(valid, PeppolFunctions.IsIban(iban));

    [Theory]
    [InlineData("2024-01-31", true)]
    [InlineData(" 2024-01-31 ", true)]
    [InlineData("2024-02-30", false)]
    [InlineData("2024-01-31Z", true)]
    [InlineData("2024-01-31+15:00", false)]
    [InlineData("20240131", false)]
    public void Xs_date_cast(string value, bool valid) => Assert.Equal(valid, PeppolFunctions.TryDate(value, out _));

    [Fact]
    public void A_date_with_a_timezone_starts_at_that_zone_s_midnight()
    {
        Assert.True(PeppolFunctions.TryDate("2024-01-31+02:00", out var east));
        Assert.True(PeppolFunctions.TryDate("2024-01-31", out var utc));
        Assert.Equal(TimeSpan.FromHours(2), utc - east);
    }
}
