namespace Encaisse.Domain.Invoicing;

/// <summary>Common UNTDID 4461 payment means codes (BT-81).</summary>
public static class PaymentMeansCodes
{
    public const string NotDefined = "1";
    public const string Cash = "10";
    public const string Cheque = "20";
    public const string CreditTransfer = "30";
    public const string BankCard = "48";
    public const string DirectDebit = "49";
    public const string SepaCreditTransfer = "58";
    public const string SepaDirectDebit = "59";
}

/// <summary>BG-16 Payment instructions.</summary>
public sealed record PaymentInstructions
{
    /// <summary>BT-81 Payment means type code (UNTDID 4461, see <see cref="PaymentMeansCodes"/>).</summary>
    public required string MeansCode { get; init; }

    /// <summary>BT-82 Payment means text.</summary>
    public string? MeansText { get; init; }

    /// <summary>BT-83 Remittance information (the reference the payer should quote, e.g. an RF creditor reference).</summary>
    public string? RemittanceInformation { get; init; }

    /// <summary>BG-17 Credit transfers: the accounts the buyer may pay into.</summary>
    public IReadOnlyList<CreditTransfer> CreditTransfers { get; init => field = ValueList.Of(value); } = ValueList<CreditTransfer>.Empty;

    /// <summary>BG-18 Payment card information.</summary>
    public PaymentCard? Card { get; init; }

    /// <summary>BG-19 Direct debit.</summary>
    public DirectDebit? DirectDebit { get; init; }

    /// <summary>Payment by SEPA credit transfer into one account.</summary>
    public static PaymentInstructions BySepaCreditTransfer(string iban, string? bic = null, string? accountName = null, string? remittanceInformation = null) => new()
    {
        MeansCode = PaymentMeansCodes.SepaCreditTransfer,
        RemittanceInformation = remittanceInformation,
        CreditTransfers = [new CreditTransfer(iban, accountName, bic)],
    };

    /// <summary>Payment by SEPA direct debit under a mandate.</summary>
    public static PaymentInstructions BySepaDirectDebit(string mandateReference, string creditorId, string debitedIban, string? remittanceInformation = null) => new()
    {
        MeansCode = PaymentMeansCodes.SepaDirectDebit,
        RemittanceInformation = remittanceInformation,
        DirectDebit = new DirectDebit(mandateReference, creditorId, debitedIban),
    };
}

/// <summary>BG-17 Credit transfer.</summary>
/// <param name="AccountId">BT-84 Payment account identifier (an IBAN for SEPA).</param>
/// <param name="AccountName">BT-85 Payment account name.</param>
/// <param name="ServiceProviderId">BT-86 Payment service provider identifier (a BIC).</param>
public sealed record CreditTransfer(string AccountId, string? AccountName = null, string? ServiceProviderId = null);

/// <summary>BG-18 Payment card information.</summary>
/// <param name="PrimaryAccountNumber">BT-87 Payment card primary account number: never the full number (BR-51), at most the first 6 and last 4 digits.</param>
/// <param name="HolderName">BT-88 Payment card holder name.</param>
public sealed record PaymentCard(string PrimaryAccountNumber, string? HolderName = null);

/// <summary>BG-19 Direct debit.</summary>
/// <param name="MandateReference">BT-89 Mandate reference identifier.</param>
/// <param name="CreditorId">BT-90 Bank assigned creditor identifier (SEPA creditor identifier).</param>
/// <param name="DebitedAccountId">BT-91 Debited account identifier (the buyer's IBAN).</param>
public sealed record DirectDebit(string? MandateReference, string? CreditorId, string? DebitedAccountId);
