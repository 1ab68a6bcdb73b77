using System.Globalization;
using Encaisse.Domain.Common;

namespace Encaisse.Domain.Invoicing;

/// <summary>
/// BT-3 Invoice type code, a UNTDID 1001 document name code. Any 1–3 digit code is accepted (EN 16931 restricts
/// the list through BR-CL-01, France through BR-FR-04; those checks belong to the validator); the common codes
/// have names. The default value is 380, a commercial invoice.
/// </summary>
public readonly record struct InvoiceTypeCode
{
    public static readonly InvoiceTypeCode PartialInvoice = new(326);
    public static readonly InvoiceTypeCode CommercialInvoice = new(380);
    public static readonly InvoiceTypeCode CreditNote = new(381);
    public static readonly InvoiceTypeCode DebitNote = new(383);
    public static readonly InvoiceTypeCode CorrectedInvoice = new(384);
    public static readonly InvoiceTypeCode ConsolidatedInvoice = new(385);
    public static readonly InvoiceTypeCode PrepaymentInvoice = new(386);
    public static readonly InvoiceTypeCode SelfBilledInvoice = new(389);
    public static readonly InvoiceTypeCode FactoredInvoice = new(393);
    public static readonly InvoiceTypeCode FactoredCreditNote = new(396);
    public static readonly InvoiceTypeCode SelfBilledCreditNote = new(261);
    /// <summary>262 — consolidated credit note; in France the credit note for a global discount ("avoir remise globale").</summary>
    public static readonly InvoiceTypeCode ConsolidatedCreditNote = new(262);
    public static readonly InvoiceTypeCode SelfBilledCorrectedInvoice = new(471);
    public static readonly InvoiceTypeCode FactoredCorrectedInvoice = new(472);
    public static readonly InvoiceTypeCode SelfBilledFactoredCorrectedInvoice = new(473);
    public static readonly InvoiceTypeCode SelfBilledPrepaymentInvoice = new(500);
    public static readonly InvoiceTypeCode SelfBilledFactoredInvoice = new(501);
    public static readonly InvoiceTypeCode SelfBilledFactoredCreditNote = new(502);
    public static readonly InvoiceTypeCode PrepaymentCreditNote = new(503);
    public static readonly InvoiceTypeCode InvoiceForAccountingPurposes = new(751);
    public static readonly InvoiceTypeCode PartialConstructionInvoice = new(875);
    public static readonly InvoiceTypeCode PartialFinalConstructionInvoice = new(876);
    public static readonly InvoiceTypeCode FinalConstructionInvoice = new(877);

    // 0 stands for the default value, a commercial invoice.
    private readonly int _code;

    private InvoiceTypeCode(int code) => _code = code;

    /// <summary>The numeric code (380 for a default-initialised value).</summary>
    public int Value => _code == 0 ? 380 : _code;

    public string Code => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// True for the UNTDID 1001 credit note codes. A UBL writer turns these into a CreditNote document; the
    /// amounts of a credit note are positive (the type says they are credited).
    /// </summary>
    public bool IsCreditNote => Value is 81 or 83 or 261 or 262 or 296 or 308 or 381 or 396 or 420 or 458 or 502 or 503 or 532;

    /// <summary>True for corrective invoices (384 and the French 471, 472, 473), which reference the invoice they correct.</summary>
    public bool IsCorrectiveInvoice => Value is 384 or 471 or 472 or 473;

    /// <summary>True when the buyer issues the invoice on the seller's behalf (French list of BR-FR-21).</summary>
    public bool IsSelfBilled => Value is 389 or 261 or 471 or 473 or 500 or 501 or 502 or 527;

    /// <summary>True for prepayment (deposit) invoices and their credit notes.</summary>
    public bool IsPrepayment => Value is 386 or 500 or 503;

    /// <summary>The English name of a common code; null for codes without one here.</summary>
    public string? Name => Value switch
    {
        326 => "Partial invoice",
        380 => "Commercial invoice",
        381 => "Credit note",
        383 => "Debit note",
        384 => "Corrected invoice",
        385 => "Consolidated invoice",
        386 => "Prepayment invoice",
        389 => "Self-billed invoice",
        393 => "Factored invoice",
        396 => "Factored credit note",
        261 => "Self-billed credit note",
        262 => "Consolidated credit note",
        471 => "Self-billed corrected invoice",
        472 => "Factored corrected invoice",
        473 => "Self-billed factored corrected invoice",
        500 => "Self-billed prepayment invoice",
        501 => "Self-billed factored invoice",
        502 => "Self-billed factored credit note",
        503 => "Prepayment credit note",
        751 => "Invoice information for accounting purposes",
        875 => "Partial construction invoice",
        876 => "Partial final construction invoice",
        877 => "Final construction invoice",
        _ => null,
    };

    public static ParseResult<InvoiceTypeCode> Parse(string? text)
    {
        var code = text?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return ParseResult<InvoiceTypeCode>.Fail("The invoice type code is missing.");
        }

        if (code.Length > 3 || !code.All(char.IsAsciiDigit) || !int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value == 0)
        {
            return ParseResult<InvoiceTypeCode>.Fail($"'{text}' is not an invoice type code (a UNTDID 1001 code such as 380 or 381).");
        }

        return ParseResult<InvoiceTypeCode>.Ok(new InvoiceTypeCode(value));
    }

    /// <summary>Trusted construction for a code known in the program; throws outside 1–999.</summary>
    public static InvoiceTypeCode Of(int code) =>
        code is >= 1 and <= 999 ? new InvoiceTypeCode(code) : throw new ArgumentOutOfRangeException(nameof(code), code, "A UNTDID 1001 code has 1 to 3 digits.");

    public bool Equals(InvoiceTypeCode other) => Value == other.Value;

    public override int GetHashCode() => Value;

    public override string ToString() => Code;
}
