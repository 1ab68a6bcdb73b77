using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Terms;

namespace Encaisse.Domain.Composition;

/// <summary>
/// A tenant's choices that shape every invoice composed for it: language of the mentions, the late-penalty rate it
/// states (C. com. L441-10), the category of operation it reports (goods, services, mixed), the VAT-on-debits option
/// and its default payment terms.
/// </summary>
public sealed record BillingPolicy
{
    /// <summary>Language of the legal mentions and payment terms text ("fr" or "en").</summary>
    public string Language { get; init; } = "fr";

    /// <summary>Annual late-penalty rate stated on invoices, in percent.</summary>
    public decimal LatePenaltyRatePercent { get; init; } = 12.15m;

    /// <summary>How the rate was set: the legal default (ECB + 10 points) or a rate agreed in the terms of sale.</summary>
    public PenaltyRateBasis LatePenaltyBasis { get; init; } = PenaltyRateBasis.EcbPlusTenPoints;

    /// <summary>The French category of operation carried in BT-23 (B1, S1, M1).</summary>
    public OperationCategory OperationCategory { get; init; } = OperationCategory.Services;

    /// <summary>"Option pour le paiement de la taxe d'après les débits" (BT-8).</summary>
    public bool VatOnDebits { get; init; }

    /// <summary>Terms used when a customer or contract sets none.</summary>
    public PaymentTerms DefaultPaymentTerms { get; init; } = new PaymentTerms.NetDays(30);

    /// <summary>The invoice series (BT-1 prefix) used for invoices when nothing else is said.</summary>
    public string InvoiceSeries { get; init; } = "F";

    /// <summary>The series used for credit notes (their own continuous sequence).</summary>
    public string CreditNoteSeries { get; init; } = "AV";
}
