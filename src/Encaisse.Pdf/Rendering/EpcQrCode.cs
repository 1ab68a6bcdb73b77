using System.Globalization;
using System.Text;
using Encaisse.Domain.Invoicing;

namespace Encaisse.Pdf.Rendering;

/// <summary>
/// The EPC069-12 "SEPA credit transfer" QR payload (the "BCD" code banking apps scan): version 002, UTF-8,
/// service tag SCT, BIC (optional in version 002), beneficiary name, IBAN, amount in euros, and either a
/// structured RF creditor reference or an unstructured remittance text.
/// </summary>
public static class EpcQrCode
{
    /// <summary>EPC069-12 caps the payload at 331 bytes.</summary>
    public const int MaxPayloadBytes = 331;

    /// <summary>
    /// The payload for paying this invoice, or null when it cannot have one: not in euros, no credit-transfer
    /// IBAN (BT-84), or nothing to pay (BT-115 ≤ 0 or above the EPC maximum).
    /// </summary>
    public static string? For(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var transfer = invoice.PaymentInstructions?.CreditTransfers.FirstOrDefault(t => IsIban(t.AccountId));
        var amount = invoice.Totals.AmountDueForPayment;
        if (transfer is null || invoice.Currency.Code != "EUR" || amount < 0.01m || amount > 999_999_999.99m)
        {
            return null;
        }

        // BT-85 account name, else the payee (BG-10) or the seller (BT-27) receives the money.
        var name = Clean(transfer.AccountName ?? invoice.Payee?.Name ?? invoice.Seller.Name, 70);
        var bic = Clean(transfer.ServiceProviderId ?? string.Empty, 11).Replace(" ", string.Empty, StringComparison.Ordinal);
        var iban = transfer.AccountId.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var remittance = invoice.PaymentInstructions!.RemittanceInformation;
        var structured = remittance is not null && IsCreditorReference(remittance) ? remittance.Replace(" ", string.Empty, StringComparison.Ordinal) : string.Empty;
        var text = structured.Length > 0 ? string.Empty : Clean(remittance ?? invoice.Number, 140);

        var lines = new[]
        {
            "BCD", "002", "1", "SCT", bic, name, iban,
            "EUR" + amount.ToString("0.00", CultureInfo.InvariantCulture),
            string.Empty, structured, text,
        };
        var payload = string.Join("\n", lines).TrimEnd('\n');
        while (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes && text.Length > 0)
        {
            text = text[..^1];
            lines[10] = text;
            payload = string.Join("\n", lines).TrimEnd('\n');
        }

        return payload;
    }

    // A QR code pointing to a mistyped account would send money nowhere: only a checksum-valid IBAN gets one.
    private static bool IsIban(string account) => Encaisse.Domain.Identifiers.Iban.Parse(account).Success;

    private static bool IsCreditorReference(string text) =>
        Encaisse.Domain.Identifiers.CreditorReference.Parse(text).Success;

    private static string Clean(string text, int max)
    {
        var single = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return single.Length > max ? single[..max] : single;
    }
}
