using Encaisse.Domain.Money;

namespace Encaisse.Domain.Tests;

public class MoneyTests
{
    [Theory]
    [InlineData(1.005, 1.01)]
    [InlineData(-1.005, -1.01)]
    [InlineData(2.344, 2.34)]
    public void Amounts_round_half_away_from_zero(decimal value, decimal expected) =>
        Assert.Equal(expected, Amounts.Round(value));

    [Fact]
    public void Amounts_of_different_currencies_do_not_mix() =>
        Assert.Throws<InvalidOperationException>(() => Money.Money.Eur(1m) + new Money.Money(1m, CurrencyCode.Of("USD")));

    [Fact]
    public void Unknown_currency_is_a_parse_failure() => Assert.False(CurrencyCode.Parse("EUX").Success);
}
