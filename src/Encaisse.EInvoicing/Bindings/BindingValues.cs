using System.Globalization;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Money;
using Encaisse.Domain.Tax;

namespace Encaisse.EInvoicing.Bindings;

/// <summary>
/// The value formats and code lists both syntaxes share: amounts, quantities, percentages and dates as text, the
/// BT-8 codes of each syntax, and the few decisions that depend on a value rather than on a syntax.
/// </summary>
internal static class BindingValues
{
    /// <summary>The tax scheme of every VAT element (UBL TaxScheme/ID, CII TypeCode).</summary>
    public const string Vat = "VAT";

    /// <summary>
    /// A decimal as written by the model: invariant culture, its own scale (100.00 stays 100.00), never an exponent
    /// (decimal's formatting has none).
    /// </summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>UBL dates (xsd:date without zone).</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>CII dates, format 102.</summary>
    public static string Date102(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The CII date format code written with every date.</summary>
    public const string Format102 = "102";

    /// <summary>BT-8 in CII: UNTDID 2475 (5 invoice date, 29 delivery date, 72 payment date).</summary>
    public static string ToUntdid2475(VatPointDateCode code) => code switch
    {
        VatPointDateCode.InvoiceIssueDate => "5",
        VatPointDateCode.DeliveryDate => "29",
        VatPointDateCode.PaymentDate => "72",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };

    public static bool TryParseUntdid2475(string? text, out VatPointDateCode code)
    {
        switch (text?.Trim())
        {
            case "5": code = VatPointDateCode.InvoiceIssueDate; return true;
            case "29": code = VatPointDateCode.DeliveryDate; return true;
            case "72": code = VatPointDateCode.PaymentDate; return true;
            default: code = default; return false;
        }
    }

    /// <summary>
    /// BT-84 holds an IBAN or a proprietary account number and the model does not say which; CII needs to know
    /// (IBANID or ProprietaryID). An IBAN is two letters, two check digits, then 11 to 30 letters or digits.
    /// </summary>
    public static bool LooksLikeIban(string account)
    {
        if (account.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(account[0]) || !char.IsAsciiLetterUpper(account[1])
            || !char.IsAsciiDigit(account[2]) || !char.IsAsciiDigit(account[3]))
        {
            return false;
        }

        for (var i = 4; i < account.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(account[i]))
            {
                return false;
            }
        }

        return true;
    }

    // ---- reading ----

    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite
        | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static decimal ParseDecimal(string text, string term) =>
        decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new EInvoiceReadException($"{term} '{Shorten(text)}' is not a decimal number.");

    public static DateOnly ParseIsoDate(string text, string term) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new EInvoiceReadException($"{term} '{Shorten(text)}' is not a date (YYYY-MM-DD).");

    public static DateOnly ParseDate102(string text, string? format, string term)
    {
        var trimmed = text.Trim();
        if (format is not null && format.Trim() != Format102)
        {
            throw new EInvoiceReadException($"{term} uses date format '{Shorten(format)}'; EN 16931 dates use format 102 (YYYYMMDD).");
        }

        return DateOnly.TryParseExact(trimmed, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new EInvoiceReadException($"{term} '{Shorten(text)}' is not a date (YYYYMMDD).");
    }

    public static CurrencyCode ParseCurrency(string text, string term) =>
        CurrencyCode.Parse(text).TryGetValue(out var currency)
            ? currency
            : throw new EInvoiceReadException($"{term} '{Shorten(text)}' is not an ISO 4217 currency code.");

    public static VatCategory ParseVatCategory(string? text, string term)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new EInvoiceReadException($"{term} (VAT category code) is missing.");
        }

        return VatCategoryCodes.TryParse(text, out var category)
            ? category
            : throw new EInvoiceReadException($"{term} '{Shorten(text)}' is not an EN 16931 VAT category code (S, Z, E, AE, K, G, O, L, M, B).");
    }

    public static InvoiceTypeCode ParseTypeCode(string? text) =>
        InvoiceTypeCode.Parse(text).TryGetValue(out var code)
            ? code
            : throw new EInvoiceReadException($"BT-3 invoice type code '{Shorten(text ?? string.Empty)}' is not a UNTDID 1001 code.");

    public static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");
}

/// <summary>
/// A document the model cannot hold: a mandatory term is missing or a value cannot be parsed. The readers throw it
/// and <see cref="EInvoiceReader"/> turns it into a one-line failure; it never leaves the assembly.
/// </summary>
#pragma warning disable CA1064 // Internal on purpose: callers get a ParseResult, never this exception.
internal sealed class EInvoiceReadException(string message) : Exception(message);
#pragma warning restore CA1064
