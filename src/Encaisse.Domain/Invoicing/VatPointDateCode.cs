namespace Encaisse.Domain.Invoicing;

/// <summary>
/// BT-8 Value added tax point date code: which event makes VAT chargeable when no date is given (BT-7). The
/// syntaxes write different codes for the same meaning (UBL: UNTDID 2005 3/35/432; CII: UNTDID 2475 5/29/72);
/// the model keeps the meaning.
/// </summary>
public enum VatPointDateCode
{
    /// <summary>The invoice issue date. In France this is the "option pour le paiement de la taxe d'après les débits".</summary>
    InvoiceIssueDate,
    /// <summary>The actual delivery date.</summary>
    DeliveryDate,
    /// <summary>The date the payment is made (VAT on receipts, the French default for services).</summary>
    PaymentDate,
}

public static class VatPointDateCodes
{
    /// <summary>The UNTDID 2005 code UBL writes (3, 35, 432).</summary>
    public static string ToUntdid2005(this VatPointDateCode code) => code switch
    {
        VatPointDateCode.InvoiceIssueDate => "3",
        VatPointDateCode.DeliveryDate => "35",
        VatPointDateCode.PaymentDate => "432",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };

    /// <summary>Reads a UNTDID 2005 code (UBL).</summary>
    public static bool TryParseUntdid2005(string? text, out VatPointDateCode code)
    {
        switch (text?.Trim())
        {
            case "3": code = VatPointDateCode.InvoiceIssueDate; return true;
            case "35": code = VatPointDateCode.DeliveryDate; return true;
            case "432": code = VatPointDateCode.PaymentDate; return true;
            default: code = default; return false;
        }
    }
}
