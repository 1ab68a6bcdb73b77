using CsCheck;
using Encaisse.Domain.Terms;

namespace Encaisse.Domain.Tests.Terms;

public class FrenchPaymentTermsLimitsTests
{
    [Theory]
    [InlineData(60, false, 0)]
    [InlineData(61, false, 1)]
    [InlineData(45, true, 0)]
    [InlineData(46, true, 1)]
    public void Net_days_beyond_the_legal_maximum_are_warned(int days, bool periodic, int warnings) =>
        Assert.Equal(warnings, FrenchPaymentTermsLimits.Check(new PaymentTerms.NetDays(days), periodic).Count);

    [Theory]
    [InlineData(45, false, 0)]
    [InlineData(46, false, 1)]
    [InlineData(15, true, 0)] // at worst 45 days after the invoice
    [InlineData(30, true, 1)] // can reach 60 days: too long for a periodic invoice
    public void End_of_month_terms_beyond_the_legal_maximum_are_warned(int days, bool periodic, int warnings)
    {
        foreach (var order in Enum.GetValues<EndOfMonthOrder>())
        {
            Assert.Equal(warnings, FrenchPaymentTermsLimits.Check(new PaymentTerms.EndOfMonth(days, order), periodic).Count);
        }
    }

    [Fact]
    public void The_warning_says_what_the_limit_is()
    {
        var warning = Assert.Single(FrenchPaymentTermsLimits.Check(new PaymentTerms.NetDays(90), isPeriodicInvoice: false));
        Assert.Equal("90 days after the invoice date exceeds the legal maximum of 60 days (Code de commerce L441-10).", warning);
    }

    [Fact]
    public void Each_instalment_is_checked()
    {
        var terms = new PaymentTerms.InstalmentSchedule(
        [
            new(InstalmentShare.Percentage(50m), new PaymentTerms.NetDays(30)),
            new(InstalmentShare.Balance, new PaymentTerms.NetDays(90)),
        ]);
        var warning = Assert.Single(FrenchPaymentTermsLimits.Check(terms, isPeriodicInvoice: false));
        Assert.StartsWith("Instalment 2: 90 days", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_dates_are_checked_against_the_issue_date()
    {
        var issue = new DateOnly(2026, 1, 17);
        var tooLate = new PaymentTerms.FixedDate(new DateOnly(2026, 4, 30));
        Assert.Empty(FrenchPaymentTermsLimits.Check(tooLate, isPeriodicInvoice: false)); // cannot judge without a date
        Assert.Single(FrenchPaymentTermsLimits.Check(tooLate, isPeriodicInvoice: false, issue));
        var before = Assert.Single(FrenchPaymentTermsLimits.Check(new PaymentTerms.FixedDate(new DateOnly(2026, 1, 10)), false, issue));
        Assert.Contains("before the invoice date", before, StringComparison.Ordinal);
        // 45 days end of month from 17 January is 31 March (73 days): lawful under the end-of-month derogation.
        Assert.Empty(FrenchPaymentTermsLimits.Check(new PaymentTerms.FixedDate(new DateOnly(2026, 3, 31)), false, issue));
        Assert.Single(FrenchPaymentTermsLimits.Check(new PaymentTerms.FixedDate(new DateOnly(2026, 3, 31)), true, issue));
    }

    [Fact]
    public void Terms_without_a_shape_warning_never_warn_on_an_actual_date()
    {
        var terms = Gen.OneOf(
            Gen.Int[0, 90].Select(d => (PaymentTerms)new PaymentTerms.NetDays(d)),
            Gen.Select(Gen.Int[0, 60], Gen.Enum<EndOfMonthOrder>()).Select((d, o) => (PaymentTerms)new PaymentTerms.EndOfMonth(d, o)));
        var issue = Gen.Int[PaymentTermsTests.DayNumber(2020, 1, 1), PaymentTermsTests.DayNumber(2035, 12, 31)].Select(DateOnly.FromDayNumber);

        Gen.Select(terms, issue, Gen.Bool).Sample((t, issueDate, periodic) =>
        {
            if (FrenchPaymentTermsLimits.Check(t, periodic).Count == 0)
            {
                Assert.Empty(FrenchPaymentTermsLimits.Check(t, periodic, issueDate));
            }
        }, iter: 2_000);
    }
}
