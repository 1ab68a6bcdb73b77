using Encaisse.Domain.Terms;

namespace Encaisse.Domain.Tests.Terms;

public class LegalMentionsTests
{
    [Fact]
    public void Late_penalty_mention_pmd()
    {
        Assert.Equal("Taux des pénalités de retard : 12,15 % (taux BCE + 10 points)", LegalMentions.LatePenalties(12.15m, PenaltyRateBasis.EcbPlusTenPoints, "fr"));
        Assert.Equal("Late payment penalty rate: 12.15% (ECB rate + 10 points)", LegalMentions.LatePenalties(12.15m, PenaltyRateBasis.EcbPlusTenPoints, "en"));
        Assert.Equal("Taux des pénalités de retard : 9 % (taux convenu)", LegalMentions.LatePenalties(9m, PenaltyRateBasis.Agreed, "fr"));
        var rates2026H1 = LatePaymentRateTable.French.RatesFor(new HalfYear(2026, 1))!;
        Assert.Equal("Taux des pénalités de retard : 12,15 % (taux BCE + 10 points)", LegalMentions.LatePenalties(rates2026H1, "fr"));
    }

    [Fact]
    public void Recovery_indemnity_mention_pmt_states_40_euros()
    {
        Assert.Contains("indemnité forfaitaire pour frais de recouvrement : 40 €", LegalMentions.RecoveryIndemnity("fr"), StringComparison.Ordinal);
        Assert.Contains("EUR 40", LegalMentions.RecoveryIndemnity("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Early_payment_discount_mention_aab_gives_conditions_or_their_absence()
    {
        Assert.Equal("Pas d'escompte pour paiement anticipé", LegalMentions.EarlyPaymentDiscount(PaymentTerms.OnReceipt, "fr"));
        Assert.Equal("No discount for early payment", LegalMentions.EarlyPaymentDiscount(discount: null, "en"));
        var terms = new PaymentTerms.NetDays(30) { EarlyPaymentDiscount = new EarlyPaymentDiscount(2m, 10) };
        Assert.Equal("Escompte pour paiement anticipé : 2 % si paiement sous 10 jours", LegalMentions.EarlyPaymentDiscount(terms, "fr"));
        Assert.Equal("Early payment discount: 2% if paid within 10 days", LegalMentions.EarlyPaymentDiscount(terms, "en"));
    }

    [Fact]
    public void Other_languages_get_english_until_translated() =>
        Assert.Equal("No discount for early payment", LegalMentions.EarlyPaymentDiscount(discount: null, "de"));
}
