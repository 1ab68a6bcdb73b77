using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Tests.Identifiers;

public class BicTests
{
    [Theory]
    [InlineData("BNPAFRPP", "BNPAFRPP")]
    [InlineData("BNPAFRPPXXX", "BNPAFRPPXXX")]
    [InlineData("DEUTDEFF500", "DEUTDEFF500")]
    [InlineData("bnpa fr pp", "BNPAFRPP")]
    [InlineData("AGRIFRPP882", "AGRIFRPP882")]
    [InlineData("TEBKXKPR", "TEBKXKPR")]
    public void Valid_bics_parse(string text, string expected) => Assert.Equal(expected, Bic.Parse(text).Value.Value);

    [Fact]
    public void The_parts_of_a_bic_are_exposed()
    {
        var bic = Bic.Of("DEUTDEFF500");
        Assert.Equal("DEUT", bic.BankCode);
        Assert.Equal("DE", bic.CountryCode);
        Assert.Equal("FF", bic.LocationCode);
        Assert.Equal("500", bic.BranchCode);
        Assert.False(bic.IsPrimaryOffice);
        Assert.True(Bic.Of("BNPAFRPP").IsPrimaryOffice);
        Assert.Null(Bic.Of("BNPAFRPP").BranchCode);
        Assert.True(Bic.Of("BNPAFRPPXXX").IsPrimaryOffice);
    }

    [Theory]
    [InlineData(null, "The BIC is missing.")]
    [InlineData("BNPAFRP", "A BIC has 8 or 11 characters; 'BNPAFRP' has 7.")]
    [InlineData("BNPAFRPPX", "A BIC has 8 or 11 characters; 'BNPAFRPPX' has 9.")]
    [InlineData("B1PAFRPP", "'B1PAFRPP' is not a valid BIC: the first 4 characters (the bank code) must be letters.")]
    [InlineData("BNPAZZPP", "'BNPAZZPP' is not a valid BIC: characters 5 and 6 must be a country code; 'ZZ' is not one.")]
    [InlineData("BNPAXIPP", "'BNPAXIPP' is not a valid BIC: characters 5 and 6 must be a country code; 'XI' is not one.")]
    [InlineData("BNPAFR*P", "'BNPAFR*P' is not a valid BIC: the location and branch codes have only letters and digits.")]
    [InlineData("BNPAFRPP-01", "'BNPAFRPP-01' is not a valid BIC: the location and branch codes have only letters and digits.")]
    public void Invalid_bics_are_rejected_with_a_clear_message(string? text, string message) =>
        Assert.Equal(message, Bic.Parse(text).Error);
}
