namespace Encaisse.Domain.Terms;

/// <summary>
/// One part of an instalment schedule: its share of the amount due and when it falls due, counted from the
/// invoice date (a simple term: net days, end of month or a fixed date).
/// </summary>
public sealed record InstalmentPart
{
    public InstalmentPart(InstalmentShare share, PaymentTerms terms)
    {
        ArgumentNullException.ThrowIfNull(share);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms is PaymentTerms.InstalmentSchedule)
        {
            throw new ArgumentException("An instalment falls due on a simple term, not on another schedule.", nameof(terms));
        }

        if (terms.EarlyPaymentDiscount is not null)
        {
            throw new ArgumentException("An early-payment discount belongs to the whole schedule, not to one instalment.", nameof(terms));
        }

        Share = share;
        Terms = terms;
    }

    public InstalmentShare Share { get; }

    public PaymentTerms Terms { get; }
}
