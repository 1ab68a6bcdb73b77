using CsCheck;
using Encaisse.Domain.Money;
using Encaisse.Domain.Terms;

namespace Encaisse.Domain.Tests.Terms;

public class PaymentTermsCodeTests
{
    private static readonly Gen<PaymentTerms> Simple = Gen.OneOf(
        Gen.Int[0, 400].Select(d => (PaymentTerms)new PaymentTerms.NetDays(d)),
        Gen.Select(Gen.Int[0, 400], Gen.Enum<EndOfMonthOrder>()).Select((d, o) => (PaymentTerms)new PaymentTerms.EndOfMonth(d, o)),
        Gen.Int[new DateOnly(2000, 1, 1).DayNumber, new DateOnly(2099, 12, 31).DayNumber]
            .Select(n => (PaymentTerms)new PaymentTerms.FixedDate(DateOnly.FromDayNumber(n))));

    private static readonly Gen<PaymentTerms> Schedule =
        from deposit in Gen.Long[1, 10_000_000]
        from percent in Gen.Int[1, 9_999]
        from terms in Simple.Array[3]
        select (PaymentTerms)new PaymentTerms.InstalmentSchedule(
        [
            new(InstalmentShare.FixedAmount(Money.Money.Eur(deposit / 100m)), terms[0]),
            new(InstalmentShare.Percentage(percent / 100m), terms[1]),
            new(InstalmentShare.Balance, terms[2]),
        ]);

    private static readonly Gen<PaymentTerms> Any =
        from terms in Gen.Frequency((3, Simple), (1, Schedule))
        from discount in Gen.Int[0, 9_999]
        from days in Gen.Int[0, 60]
        select discount == 0 ? terms : terms with { EarlyPaymentDiscount = new EarlyPaymentDiscount(discount / 100m, days) };

    [Fact]
    public void Codes_read_back_to_the_same_terms() =>
        Any.Sample(terms =>
        {
            var code = terms.ToCode();
            var parsed = PaymentTerms.Parse(code);
            Assert.True(parsed.Success, parsed.Error);
            Assert.Equal(terms, parsed.Value);
            Assert.Equal(code, parsed.Value.ToCode());
        }, iter: 2_000);

    [Theory]
    [InlineData("receipt", "RECEIPT")]
    [InlineData("NET30", "NET30")]
    [InlineData(" 45eom ", "45EOM")]
    [InlineData("EOM", "0EOM")]
    [InlineData("EOM+45", "EOM+45")]
    [InlineData("ON2026-03-31", "ON2026-03-31")]
    [InlineData("net30 disc1.5%10", "NET30 DISC1.5%10")]
    [InlineData("30%@RECEIPT;40%@NET30;BAL@60EOM", "30%@RECEIPT;40%@NET30;BAL@60EOM")]
    [InlineData("500.00eur@receipt;bal@net30", "500.00EUR@RECEIPT;BAL@NET30")]
    public void Codes_are_read_case_insensitively_and_written_canonically(string text, string canonical) =>
        Assert.Equal(canonical, PaymentTerms.Parse(text).Value.ToCode());

    [Fact]
    public void A_parsed_code_is_the_expected_terms()
    {
        Assert.Equal(new PaymentTerms.EndOfMonth(45, EndOfMonthOrder.EndOfMonthThenDays), PaymentTerms.Parse("EOM+45").Value);
        Assert.Equal(
            new PaymentTerms.NetDays(30) { EarlyPaymentDiscount = new EarlyPaymentDiscount(2m, 10) },
            PaymentTerms.Parse("NET30 DISC2%10").Value);
    }

    [Theory]
    [InlineData("", "missing")]
    [InlineData("NET-5", "are not payment terms")]
    [InlineData("NET 30", "are not payment terms")]
    [InlineData("ON2026-02-30", "are not payment terms")]
    [InlineData("50%@NET30;40%@NET60", "add up to 90")]
    [InlineData("NET30 DISC0%10", "not valid payment terms")]
    [InlineData("500XXX@RECEIPT;BAL@NET30", "are not payment terms")]
    public void Bad_codes_fail_with_a_reason(string text, string reason)
    {
        var result = PaymentTerms.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }
}
