namespace Encaisse.Domain.Terms;

/// <summary>
/// The fixed indemnity for recovery costs (Code de commerce L441-10 II and D441-5): 40 EUR per invoice paid
/// late, owed by business customers only (not consumers); more may be claimed on proof of higher costs.
/// </summary>
public static class RecoveryIndemnity
{
    /// <summary>40 EUR (D441-5), whatever the invoice currency.</summary>
    public static Money.Money Amount { get; } = Money.Money.Eur(40m);

    /// <summary>40 EUR when a business customer pays after the due date, otherwise zero.</summary>
    public static Money.Money For(bool isBusinessCustomer, DateOnly dueDate, DateOnly paidOrAsOf) =>
        isBusinessCustomer && paidOrAsOf > dueDate ? Amount : Money.Money.Zero(Money.CurrencyCode.Eur);
}
