using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Tests.Identifiers;

public class LongInputTests
{
    private static readonly string Long = new('1', 5_000);

    public static TheoryData<string, Func<string, string?>> Parsers => new()
    {
        { "The SIRET is far too long.", text => Siret.Parse(text).Error },
        { "The VAT number is far too long.", text => VatNumber.Parse(text).Error },
        { "The IBAN is far too long.", text => Iban.Parse(text).Error },
        { "The BIC is far too long.", text => Bic.Parse(text).Error },
        { "The GLN is far too long.", text => Gln.Parse(text).Error },
        { "The creditor reference is far too long.", text => CreditorReference.Parse(text).Error },
        { "The SEPA creditor identifier is far too long.", text => SepaCreditorId.Parse(text).Error },
        { "The electronic address is far too long.", text => PeppolParticipantId.Parse("0088:" + text).Error },
    };

    [Theory]
    [MemberData(nameof(Parsers))]
    public void Absurdly_long_input_is_rejected_before_any_work(string message, Func<string, string?> parse) =>
        Assert.Equal(message, parse(Long));
}
