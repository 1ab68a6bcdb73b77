using Encaisse.Billing.Demo;
using Encaisse.Domain.Identifiers;

namespace Encaisse.Billing.Tests.Demo;

public sealed class DemoIdentifiersTests
{
    [Fact]
    public void A_French_IBAN_gets_its_RIB_key_and_check_digits() =>
        // The example RIB banks publish: 30006 00001 12345678901 key 89.
        Assert.Equal("FR7630006000011234567890189", DemoIdentifiers.FrenchIban("30006", "00001", "12345678901").Value);

    [Fact]
    public void A_Belgian_enterprise_number_gets_its_mod_97_check()
    {
        Assert.Equal("0417497106", DemoIdentifiers.BelgianEnterpriseNumber("4174971"));
        Assert.True(PeppolParticipantId.Create("0208", DemoIdentifiers.BelgianEnterpriseNumber("1234567")).Success);
    }

    [Fact]
    public void A_German_VAT_number_gets_its_ISO_7064_check_digit()
    {
        Assert.Equal("DE136695976", DemoIdentifiers.GermanVatNumber("13669597"));
        Assert.True(VatNumber.Parse(DemoIdentifiers.GermanVatNumber("81234567")).Success);
    }

    [Fact]
    public void A_Spanish_company_VAT_number_gets_its_CIF_control_digit()
    {
        Assert.Equal("ESB12345674", DemoIdentifiers.SpanishVatNumber('B', "1234567"));
        Assert.Equal("ESA58818501", DemoIdentifiers.SpanishVatNumber('A', "5881850"));
        Assert.True(VatNumber.Parse(DemoIdentifiers.SpanishVatNumber('B', "7654321")).Success);
    }
}
