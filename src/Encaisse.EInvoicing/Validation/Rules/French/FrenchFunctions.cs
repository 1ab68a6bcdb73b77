using System.Xml.Linq;
using Encaisse.Domain.Identifiers;
using Encaisse.EInvoicing.Validation.Engine;

namespace Encaisse.EInvoicing.Validation.Rules.French;

/// <summary>
/// The syntax-independent part of the French CIUS rules (FNFE-MPE BR-FR-Flux2 1.4.0): code lists and the
/// <c>custom:*</c> functions of the normative Schematron, with their exact XPath behaviour. Both
/// <see cref="FrenchCii"/> and <see cref="FrenchUbl"/> use them.
/// </summary>
/// <remarks>
/// XPath's <c>\d</c> matches any Unicode decimal digit, hence <see cref="char.IsDigit(char)"/> where the Schematron
/// writes <c>\d</c> and <see cref="char.IsAsciiDigit(char)"/> where it writes <c>[0-9]</c>. The SIREN/SIRET checks are
/// format checks only (9 or 14 digits, SIRET starting with the SIREN): the normative rules do not check the Luhn key
/// that <see cref="Siren"/> and <see cref="Siret"/> enforce, so using those parsers here would report more than the
/// reference does.
/// </remarks>
internal static class FrenchFunctions
{
    /// <summary>BR-FR-04: invoice type codes accepted in France (BT-3).</summary>
    public static readonly HashSet<string> DocumentTypeCodes = Xp.CodeList("380 389 393 501 386 500 384 471 472 473 261 262 381 396 502 503");

    /// <summary>BR-FR-08: billing frameworks (BT-23), V1.4 with the bidirectional B9/S9/M9.</summary>
    public static readonly HashSet<string> BillingModes = Xp.CodeList("B1 S1 M1 B2 S2 M2 S3 B4 S4 M4 S5 S6 B7 S7 B8 S8 M8 B9 S9 M9");

    /// <summary>BR-FR-20 (CII) and BR-FR-31: the BAR note treatments.</summary>
    public static readonly HashSet<string> BarTreatments = Xp.CodeList("B2B B2BINT B2C B2CINT OUTOFSCOPE ARCHIVEONLY");

    /// <summary>BR-FR-20 in the UBL file: the same list without B2CINT (as the UBL Schematron writes it).</summary>
    public static readonly HashSet<string> UblBarTreatments = Xp.CodeList("B2B B2BINT B2C OUTOFSCOPE ARCHIVEONLY");

    /// <summary>BR-FR-15: VAT category codes used in France.</summary>
    public static readonly HashSet<string> VatCategories = Xp.CodeList("S E AE K G O Z");

    /// <summary>BR-FR-15: categories that do not apply in France (Canary Islands, Ceuta and Melilla).</summary>
    public static readonly HashSet<string> ForeignVatCategories = Xp.CodeList("L M");

    /// <summary>BR-FR-16: VAT rates, as written (the comparison is on the text, so "20.000" is not accepted).</summary>
    public static readonly HashSet<string> VatRates = Xp.CodeList(
        "0 0.0 0.00 10 10.0 10.00 13 13.0 13.00 20 20.0 20.00 8.5 8.50 19.6 19.60 2.1 2.10 5.5 5.50 7 7.0 7.00 20.6 20.60 1.05 0.9 0.90 1.75 9.2 9.20 9.6 9.60");

    /// <summary>BR-FR-17: attachment qualifiers (BT-123).</summary>
    public static readonly HashSet<string> AttachmentCodes = Xp.CodeList(
        "RIB LISIBLE FEUILLE_DE_STYLE PJA BORDEREAU_SUIVI DOCUMENT_ANNEXE BON_LIVRAISON BON_COMMANDE BORDEREAU_SUIVI_VALIDATION ETAT_ACOMPTE FACTURE_PAIEMENT_DIRECT RECAPITULATIF_COTRAITANCE");

    /// <summary>BR-FR-21/22, BR-FR-MV-13, BR-FR-BD-13: self-billed document types.</summary>
    public static readonly HashSet<string> SelfBilledTypes = Xp.CodeList("389 501 500 471 473 261 502");

    /// <summary>BR-FR-CO-04: corrective invoices.</summary>
    public static readonly HashSet<string> CorrectiveTypes = Xp.CodeList("384 471 472 473");

    /// <summary>BR-FR-CO-05: credit notes.</summary>
    public static readonly HashSet<string> CreditNoteTypes = Xp.CodeList("261 381 396 502 503");

    /// <summary>BR-FR-CO-07/08: deposit invoices and credit notes.</summary>
    public static readonly HashSet<string> DepositTypes = Xp.CodeList("386 500 503");

    /// <summary>BR-FR-CO-07/09: frameworks of an invoice already paid.</summary>
    public static readonly HashSet<string> PaidFrameworks = Xp.CodeList("B2 S2 M2");

    /// <summary>BR-FR-CO-08: frameworks of a final invoice after a deposit.</summary>
    public static readonly HashSet<string> FinalFrameworks = Xp.CodeList("B4 S4 M4");

    /// <summary>custom:isSpecialContract: multi-vendor or bidirectional invoices.</summary>
    public static readonly HashSet<string> SpecialFrameworks = Xp.CodeList("S8 B8 M8 S9 B9 M9");

    /// <summary>custom:isSpecialContractMV: multi-vendor invoices.</summary>
    public static readonly HashSet<string> MultiVendorFrameworks = Xp.CodeList("S8 B8 M8");

    /// <summary>custom:isSpecialContractBD: bidirectional invoices.</summary>
    public static readonly HashSet<string> BidirectionalFrameworks = Xp.CodeList("S9 B9 M9");

    /// <summary>BR-FR-MV-14: corrective invoices and credit notes of a multi-vendor invoice.</summary>
    public static readonly HashSet<string> MultiVendorCorrectionTypes = Xp.CodeList("384 472 381 396 503");

    /// <summary>BR-FR-BD-14: corrective invoices and credit notes of a bidirectional invoice.</summary>
    public static readonly HashSet<string> BidirectionalCorrectionTypes = Xp.CodeList("261 471 473 502");

    /// <summary>BR-FR-03 dates: the flag of the warning twin or the main file, see <see cref="FrenchMode"/>.</summary>
    public static RuleFlag Flag(FrenchMode mode) => mode == FrenchMode.Warning ? RuleFlag.Warning : RuleFlag.Fatal;

    /// <summary>
    /// custom:is-valid-id-format (BR-FR-01/02): at most the characters A-Z a-z 0-9 + - _ / after normalize-space, and
    /// no space at all in the raw value.
    /// </summary>
    public static bool IsValidIdFormat(string raw)
    {
        if (raw.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var s = Xp.NormalizeSpace(raw);
        if (s.Length == 0)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '_' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>custom:is-valid-schemeid-format (BR-FR-23/24): <c>^[A-Za-z0-9+\-_.]+$</c> on the raw value.</summary>
    public static bool IsValidSchemeIdFormat(string raw)
    {
        if (raw.Length == 0)
        {
            return false;
        }

        foreach (var c in raw)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>custom:is-valid-date-format of the CII file: the first 8 characters are a real day YYYYMMDD of 2000-2099.</summary>
    public static bool IsValidCompactDate(string raw)
    {
        if (raw.Length < 8)
        {
            return false;
        }

        return IsValidDateParts(raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7]);
    }

    /// <summary>custom:is-valid-date-format of the UBL file: the whole value is a real day YYYY-MM-DD of 2000-2099.</summary>
    public static bool IsValidIsoDate(string raw) =>
        raw.Length == 10 && raw[4] == '-' && raw[7] == '-'
        && IsValidDateParts(raw[0], raw[1], raw[2], raw[3], raw[5], raw[6], raw[8], raw[9]);

    // '^20\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$', then number(day) le maxDay(month, leap year). A non-ASCII
    // digit matches \d but number() of it is NaN: in the year it makes the year not leap, in the day it fails.
    private static bool IsValidDateParts(char y1, char y2, char y3, char y4, char m1, char m2, char d1, char d2)
    {
        if (y1 != '2' || y2 != '0' || !char.IsDigit(y3) || !char.IsDigit(y4))
        {
            return false;
        }

        if (!(m1 == '0' && m2 is >= '1' and <= '9') && !(m1 == '1' && m2 is >= '0' and <= '2'))
        {
            return false;
        }

        if (!((d1 == '0' && d2 is >= '1' and <= '9') || (d1 is '1' or '2' && char.IsDigit(d2)) || (d1 == '3' && d2 is '0' or '1')))
        {
            return false;
        }

        if (!char.IsAsciiDigit(d2))
        {
            return false;
        }

        var month = ((m1 - '0') * 10) + (m2 - '0');
        var day = ((d1 - '0') * 10) + (d2 - '0');
        var leap = false;
        if (char.IsAsciiDigit(y3) && char.IsAsciiDigit(y4))
        {
            var year = 2000 + ((y3 - '0') * 10) + (y4 - '0');
            leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        }

        var maxDay = month switch
        {
            1 or 3 or 5 or 7 or 8 or 10 or 12 => 31,
            4 or 6 or 9 or 11 => 30,
            _ => leap ? 29 : 28,
        };
        return day <= maxDay;
    }

    /// <summary><c>matches(s, '^\d{n}$')</c>: exactly <paramref name="count"/> decimal digits.</summary>
    public static bool IsDigits(string s, int count)
    {
        if (s.Length != count)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A SIREN's format as BR-FR-10/11/32 check it: 9 digits (no check key).</summary>
    public static bool IsSirenFormat(string s) => IsDigits(s, Siren.Length);

    /// <summary>
    /// custom:check-siret-siren-coherence: the SIRET has 14 digits and starts with the SIREN. A null SIREN is the
    /// empty sequence, which compares false.
    /// </summary>
    public static bool IsSiretOfSiren(string siret, string? siren) =>
        IsDigits(siret, Siret.Length) && siren is not null && string.Equals(siret[..Siren.Length], siren, StringComparison.Ordinal);

    /// <summary>
    /// The number formats of BR-FR-DEC-01..03: <c>^[-]?\d{1,19}(\.\d{1,f})?$</c> and at most 19 characters once the
    /// point is removed (the minus sign counts).
    /// </summary>
    public static bool IsValidDecimal(string s, int maxFractionDigits, bool allowMinus) => IsValidNumber(s, maxFractionDigits, allowMinus, 19, 19);

    /// <summary>custom:is-valid-percent-4-2-positive (BR-FR-DEC-04): <c>^\d{1,4}(\.\d{1,2})?$</c>, at most 4 characters without the point.</summary>
    public static bool IsValidPercent(string s) => IsValidNumber(s, 2, false, 4, 4);

    private static bool IsValidNumber(string s, int maxFractionDigits, bool allowMinus, int maxIntegerDigits, int maxLength)
    {
        var i = 0;
        if (allowMinus && s.Length > 0 && s[0] == '-')
        {
            i = 1;
        }

        var integerDigits = 0;
        while (i < s.Length && char.IsDigit(s[i]))
        {
            integerDigits++;
            i++;
        }

        if (integerDigits is 0 || integerDigits > maxIntegerDigits)
        {
            return false;
        }

        var points = 0;
        if (i < s.Length)
        {
            if (s[i] != '.')
            {
                return false;
            }

            points = 1;
            i++;
            var fractionDigits = 0;
            while (i < s.Length && char.IsDigit(s[i]))
            {
                fractionDigits++;
                i++;
            }

            if (fractionDigits is 0 || fractionDigits > maxFractionDigits || i != s.Length)
            {
                return false;
            }
        }

        return Xp.StringLength(s) - points <= maxLength;
    }

    /// <summary>
    /// How often <paramref name="token"/> occurs without overlap, which is what both the UBL idioms
    /// <c>count(tokenize($s, 'T')) - 1</c> and <c>(string-length($s) - string-length(replace($s, 'T', ''))) div string-length('T')</c>
    /// compute for a token without regex metacharacters.
    /// </summary>
    public static int CountOccurrences(string s, string token)
    {
        var count = 0;
        var from = 0;
        while (from <= s.Length - token.Length)
        {
            var at = s.IndexOf(token, from, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            count++;
            from = at + token.Length;
        }

        return count;
    }

    /// <summary>
    /// The UBL note idiom: notes are <c>#CODE#text</c>; the rules join all notes and read what follows the first
    /// <c>#CODE#</c> up to the next <c>#</c> (BR-FR-11, 20, 21, 22, CO-14). "" when the code is absent.
    /// </summary>
    public static string UblNoteValue(string allNotes, string marker)
    {
        var at = allNotes.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return string.Empty;
        }

        var after = allNotes[(at + marker.Length)..];
        var end = after.IndexOf('#', StringComparison.Ordinal);
        return end < 0 ? after : after[..end];
    }

    /// <summary>XPath <c>count(distinct-values(@a)) = count(@a)</c> over attribute values: no value twice.</summary>
    public static bool AllDistinct(List<string> values)
    {
        for (var i = 1; i < values.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(values[i], values[j], StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The first element at a child path, in document order (XPath <c>(a/b/c)[1]</c>), without allocating.</summary>
    public static XElement? FirstAt(XElement? e, params ReadOnlySpan<XName> path)
    {
        if (e is null)
        {
            return null;
        }

        if (path.IsEmpty)
        {
            return e;
        }

        if (path.Length == 1)
        {
            return e.Element(path[0]);
        }

        foreach (var child in e.Elements(path[0]))
        {
            if (FirstAt(child, path[1..]) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>All elements at a child path, in document order.</summary>
    public static List<XElement> AllAt(XElement? e, params ReadOnlySpan<XName> path)
    {
        var result = new List<XElement>();
        if (e is not null)
        {
            Collect(e, path, result);
        }

        return result;
    }

    private static void Collect(XElement e, ReadOnlySpan<XName> path, List<XElement> result)
    {
        if (path.IsEmpty)
        {
            result.Add(e);
            return;
        }

        foreach (var child in e.Elements(path[0]))
        {
            Collect(child, path[1..], result);
        }
    }

    /// <summary>XPath <c>exists(a/b/c)</c>.</summary>
    public static bool Exists(XElement? e, params ReadOnlySpan<XName> path) => FirstAt(e, path) is not null;

    /// <summary>XPath <c>string((a/b/c)[1])</c>: "" when absent.</summary>
    public static string StrAt(XElement? e, params ReadOnlySpan<XName> path) => Xp.Str(FirstAt(e, path));

    /// <summary>XPath <c>normalize-space((a/b/c)[1])</c>.</summary>
    public static string NormAt(XElement? e, params ReadOnlySpan<XName> path) => Xp.Norm(FirstAt(e, path));

    /// <summary>The general comparison <c>a/b/c = 'v'</c>: some node at the path has exactly this string value.</summary>
    public static bool AnyEquals(XElement? e, string value, params ReadOnlySpan<XName> path)
    {
        foreach (var x in AllAt(e, path))
        {
            if (string.Equals(x.Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The general comparison <c>a/b/c = ('v1', 'v2')</c>: some node's string value is in the list.</summary>
    public static bool AnyIn(XElement? e, HashSet<string> values, params ReadOnlySpan<XName> path)
    {
        foreach (var x in AllAt(e, path))
        {
            if (values.Contains(x.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The general comparison <c>a/b/c != 'v'</c>: some node at the path has another string value.</summary>
    public static bool AnyNotEquals(XElement? e, string value, params ReadOnlySpan<XName> path)
    {
        foreach (var x in AllAt(e, path))
        {
            if (!string.Equals(x.Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The general comparison of two node sequences <c>$a = $b</c>: some pair of string values is equal.</summary>
    public static bool AnyPairEquals(List<XElement> a, List<XElement> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x.Value, y.Value, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The attribute's value, or null when absent.</summary>
    public static string? Attr(XElement e, XName name) => e.Attribute(name)?.Value;

    /// <summary>The context predicate <c>[@schemeID = 'v']</c>.</summary>
    public static bool HasScheme(XElement e, string scheme) => string.Equals(e.Attribute(SchemeId)?.Value, scheme, StringComparison.Ordinal);

    /// <summary>The schemeID attribute name (no namespace).</summary>
    public static readonly XName SchemeId = "schemeID";

    /// <summary>The currencyID attribute name.</summary>
    public static readonly XName CurrencyId = "currencyID";

    /// <summary>The unitCode attribute name.</summary>
    public static readonly XName UnitCode = "unitCode";
}

/// <summary>Which of the two FNFE-MPE files a French rule set reproduces.</summary>
public enum FrenchMode
{
    /// <summary>BR-FR-Flux2-Schematron: every rule fatal (the reform's target, from 1 September 2026).</summary>
    Fatal,

    /// <summary>
    /// BR-FR-Flux2-Schematron_WARNING, the tolerance phase: the same rules reported as warnings, except the
    /// multi-vendor and bidirectional ones (BR-FR-MV-*, BR-FR-BD-*) that stay fatal.
    /// </summary>
    Warning,
}
