using System.Globalization;
using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Tax;

namespace Encaisse.Pdf.Rendering;

/// <summary>
/// Labels and number/date formatting of the printed invoice. The build uses invariant globalization, so French
/// formats are written out here: "1 234,56 €" with a narrow no-break space (U+202F) between thousands.
/// </summary>
internal sealed class InvoiceText(InvoiceLanguage language)
{
    public const char ThousandsFr = '\u202F';

    public bool French { get; } = language == InvoiceLanguage.French;

    public string Label(string key) => French ? Fr(key) : En(key);

    public string Title(InvoiceTypeCode type) => (type.Value, French) switch
    {
        (381 or 261 or 262 or 396 or 502 or 503, true) => "AVOIR",
        (381 or 261 or 262 or 396 or 502 or 503, false) => "CREDIT NOTE",
        (384 or 471 or 472 or 473, true) => "FACTURE RECTIFICATIVE",
        (384 or 471 or 472 or 473, false) => "CORRECTED INVOICE",
        (386 or 500, true) => "FACTURE D'ACOMPTE",
        (386 or 500, false) => "PREPAYMENT INVOICE",
        (_, true) => "FACTURE",
        _ => "INVOICE",
    };

    public string Date(DateOnly date) => French
        ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
        : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>An amount with its currency: "1 234,56 €" (fr) or "€1,234.56" (en).</summary>
    public string Money(decimal amount, string currency)
    {
        var number = Number(amount, 2, 2);
        var euro = currency == "EUR";
        if (French)
        {
            return number + "\u00A0" + (euro ? "€" : currency);
        }

        return euro ? (amount < 0 ? "-€" + number[1..] : "€" + number) : number + " " + currency;
    }

    /// <summary>A quantity with up to 4 decimals, no trailing zeros.</summary>
    public string Quantity(decimal quantity) => Number(quantity, 0, 4);

    public string Percent(decimal? rate) => rate is { } r ? Number(r, 0, 2) + (French ? "\u00A0%" : "%") : "—";

    /// <summary>Invariant grouping, then French separators when needed.</summary>
    public string Number(decimal value, int minDecimals, int maxDecimals)
    {
        var format = "#,##0." + new string('0', minDecimals) + new string('#', maxDecimals - minDecimals);
        var text = value.ToString(format, CultureInfo.InvariantCulture).TrimEnd('.');
        if (!French)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = t[i] switch { ',' => ThousandsFr, '.' => ',', var c => c };
            }
        });
    }

    /// <summary>A short label for common UN/ECE Rec 20 unit codes; the code itself otherwise.</summary>
    public string Unit(string code) => (code, French) switch
    {
        ("C62" or "H87" or "EA" or "XPP", _) => string.Empty,
        ("HUR", true) => "h",
        ("HUR", false) => "h",
        ("DAY", true) => "jour",
        ("DAY", false) => "day",
        ("MON", true) => "mois",
        ("MON", false) => "month",
        ("ANN", true) => "an",
        ("ANN", false) => "year",
        ("WEE", true) => "sem.",
        ("WEE", false) => "week",
        ("KGM", _) => "kg",
        ("MTR", _) => "m",
        ("MTK", _) => "m²",
        ("LTR", _) => "l",
        ("KWH", _) => "kWh",
        ("MIN", _) => "min",
        _ => code,
    };

    public string Vat(VatTreatment vat) => vat.Category switch
    {
        VatCategory.StandardRate => Percent(vat.Rate),
        VatCategory.OutsideScope => French ? "Hors TVA" : "Outside VAT",
        _ => vat.Category.ToCode() + " " + Percent(vat.Rate ?? 0m),
    };

    public static IEnumerable<string> AddressLines(PostalAddress? address)
    {
        if (address is null)
        {
            yield break;
        }

        foreach (var line in new[] { address.Line1, address.Line2, address.Line3 })
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return line;
            }
        }

        var city = string.Join(" ", new[] { address.PostCode, address.City }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (city.Length > 0)
        {
            yield return address.CountryCode is "FR" or "" ? city : city + " (" + address.CountryCode + ")";
        }
        else if (address.CountryCode.Length > 0)
        {
            yield return address.CountryCode;
        }
    }

    private static string Fr(string key) => key switch
    {
        "number" => "N°",
        "date" => "Date",
        "due" => "Échéance",
        "seller" => "Émetteur",
        "buyer" => "Facturé à",
        "siren" => "SIREN",
        "vat" => "N° TVA",
        "description" => "Désignation",
        "qty" => "Qté",
        "unitPrice" => "PU HT",
        "vatRate" => "TVA",
        "amount" => "Montant HT",
        "vatBase" => "Base HT",
        "vatAmount" => "Montant TVA",
        "totalNet" => "Total HT",
        "allowances" => "Remises",
        "charges" => "Frais",
        "totalVat" => "Total TVA",
        "totalGross" => "Total TTC",
        "paid" => "Déjà réglé",
        "rounding" => "Arrondi",
        "due.amount" => "Net à payer",
        "payment" => "Règlement",
        "iban" => "IBAN",
        "bic" => "BIC",
        "reference" => "Référence à rappeler",
        "qr" => "Payer par virement SEPA : scannez ce code avec votre application bancaire",
        "period" => "Période",
        "order" => "Commande",
        "contract" => "Contrat",
        "buyerRef" => "Réf. client",
        "project" => "Projet",
        "preceding" => "Facture d'origine",
        "legal" => "Mentions légales",
        "debits" => "Option pour le paiement de la taxe d'après les débits",
        "page" => "Page",
        "terms" => "Conditions de paiement",
        "directDebit" => "Prélèvement SEPA, mandat",
        _ => key,
    };

    private static string En(string key) => key switch
    {
        "number" => "No.",
        "date" => "Date",
        "due" => "Due date",
        "seller" => "From",
        "buyer" => "Bill to",
        "siren" => "SIREN",
        "vat" => "VAT no.",
        "description" => "Description",
        "qty" => "Qty",
        "unitPrice" => "Unit price",
        "vatRate" => "VAT",
        "amount" => "Net amount",
        "vatBase" => "Taxable amount",
        "vatAmount" => "VAT amount",
        "totalNet" => "Total excl. VAT",
        "allowances" => "Allowances",
        "charges" => "Charges",
        "totalVat" => "Total VAT",
        "totalGross" => "Total incl. VAT",
        "paid" => "Paid",
        "rounding" => "Rounding",
        "due.amount" => "Amount due",
        "payment" => "Payment",
        "iban" => "IBAN",
        "bic" => "BIC",
        "reference" => "Payment reference",
        "qr" => "Pay by SEPA credit transfer: scan this code with your banking app",
        "period" => "Period",
        "order" => "Order",
        "contract" => "Contract",
        "buyerRef" => "Buyer reference",
        "project" => "Project",
        "preceding" => "Original invoice",
        "legal" => "Legal notices",
        "debits" => "VAT on debits",
        "page" => "Page",
        "terms" => "Payment terms",
        "directDebit" => "SEPA direct debit, mandate",
        _ => key,
    };
}
