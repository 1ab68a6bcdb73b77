using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;

namespace Encaisse.EInvoicing.Validation.Rules.Peppol;

/// <summary>
/// The functions of the Peppol BIS Billing 3.0 Schematron (namespace <c>utils</c>: u:gln, u:mod11, u:mod97-0208,
/// u:checkCodiceIPA, u:checkCF, u:checkPIVAseIT, u:abn, u:TinVerification, u:checkSEOrgnr, u:slack) and the few
/// XPath idioms its rules rely on, with the XPath semantics of the original: string positions are 1-based,
/// <c>number()</c> gives NaN for anything that is not an xs:double, <c>castable as xs:integer</c> allows surrounding
/// whitespace and a sign. Where the XPath would raise a dynamic error (the reference validator then stops and
/// reports nothing), the check answers false, so the document is flagged rather than silently accepted.
/// </summary>
internal static class PeppolFunctions
{
    /// <summary>XPath <c>substring($s, $start, $length)</c> for integer arguments (UTF-16 units).</summary>
    public static string Substring(string s, int start, int length)
    {
        // Characters at positions p with start <= p < start + length (1-based).
        var from = Math.Max(start, 1);
        var to = Math.Min(start + length, s.Length + 1);
        return to <= from ? string.Empty : s.Substring(from - 1, to - from);
    }

    /// <summary>XPath <c>substring($s, $start)</c>.</summary>
    public static string Substring(string s, int start) =>
        start <= 1 ? s : start > s.Length ? string.Empty : s[(start - 1)..];

    /// <summary><c>$s castable as xs:integer</c>: optional surrounding whitespace, optional sign, ASCII digits.</summary>
    public static bool IsXsInteger(string s)
    {
        var span = s.AsSpan().Trim(" \t\r\n");
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            span = span[1..];
        }

        return span.Length > 0 && IsAsciiDigits(span);
    }

    /// <summary>Whether every character is an ASCII digit (true for an empty span).</summary>
    public static bool IsAsciiDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The regex idiom <c>^[0-9]{n}$</c> (or <c>{min,max}</c>).</summary>
    public static bool IsDigits(string s, int min, int max) => s.Length >= min && s.Length <= max && IsAsciiDigits(s);

    /// <summary><c>string(number($s)) != 'NaN'</c>: the string is an xs:double.</summary>
    public static bool IsNumber(string s) => !double.IsNaN(Xp.Number(s));

    /// <summary>u:slack: <c>exp - slack &lt;= val &lt;= exp + slack</c>.</summary>
    public static bool Slack(decimal expected, decimal value, decimal slack) => expected + slack >= value && expected - slack <= value;

    /// <summary>u:gln: the GS1 check digit (weights 3,1,3,... from the right, last digit excluded).</summary>
    public static bool Gln(string val)
    {
        var length = val.Length - 1;
        long weightedSum = 0;
        for (var i = 0; i <= length - 1; i++)
        {
            // $digits[i + 1] is the code point (minus 48) at position length - i of $val.
            long digit = val[length - 1 - i] - 48;
            weightedSum += digit * (1 + (((i + 1) % 2) * 2));
        }

        var check = (10 - (weightedSum % 10)) % 10;
        return check == Xp.Number(Substring(val, length + 1, 1));
    }

    /// <summary>u:mod11: the Norwegian organisation number check digit (weights 2..7 from the right).</summary>
    public static bool Mod11(string val)
    {
        var length = val.Length - 1;
        long weightedSum = 0;
        for (var i = 0; i <= length - 1; i++)
        {
            long digit = val[length - 1 - i] - 48;
            weightedSum += digit * ((i % 6) + 2);
        }

        var check = (11 - (weightedSum % 11)) % 11;
        return Xp.Number(val) > 0 && check == Xp.Number(Substring(val, length + 1, 1));
    }

    /// <summary>u:mod97-0208: the Belgian enterprise number, 97 - (first 8 digits mod 97) = last 2 digits.</summary>
    public static bool Mod97Belgium(string val)
    {
        var head = Substring(val, 1, 8);
        if (!IsXsInteger(head))
        {
            return false;
        }

        var calculated = 97 - (long.Parse(head, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture) % 97);
        return Xp.Number(Substring(val, 9, 2)) == calculated;
    }

    /// <summary>u:checkCodiceIPA: six ASCII letters or digits.</summary>
    public static bool CheckCodiceIpa(string arg)
    {
        if (arg.Length != 6)
        {
            return false;
        }

        foreach (var c in arg)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>u:checkCF: an Italian tax code, 16 characters in the personal pattern or 11 digits.</summary>
    public static bool CheckCf(string arg) => arg.Length switch
    {
        16 => CheckCf16(arg),
        11 => IsXsInteger(arg),
        _ => false,
    };

    private static bool CheckCf16(string arg) =>
        IsAsciiLetters(Substring(arg, 1, 6))
        && IsXsInteger(Substring(arg, 7, 2))
        && IsAsciiLetters(Substring(arg, 9, 1))
        && IsXsInteger(Substring(arg, 10, 2))
        && IsXsInteger(Substring(arg, 15, 1))
        && IsAsciiLetters(Substring(arg, 16, 1));

    private static bool IsAsciiLetters(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>u:checkPIVAseIT: when the value starts with IT (or it), the 11 following characters are a valid Partita IVA.</summary>
    public static bool CheckPivaSeIt(string arg)
    {
        var country = Substring(arg, 1, 2);
        if (country is not ("IT" or "it"))
        {
            return true;
        }

        var code = Substring(arg, 3);
        return code.Length == 11 && CheckPiva(code) == 0;
    }

    /// <summary>u:checkPIVA: 0 when the Luhn-like sum of u:addPIVA is a multiple of 10; 1 when not an integer; -1 where XPath would fail.</summary>
    public static int CheckPiva(string arg)
    {
        if (!IsXsInteger(arg))
        {
            return 1;
        }

        // u:addPIVA recursion: while the rest is castable as xs:integer, add its first digit, doubled (digit sum) on even positions.
        var sum = 0;
        var even = false;
        for (var rest = arg; IsXsInteger(rest); rest = Substring(rest, 2))
        {
            var c = rest[0];
            if (!char.IsAsciiDigit(c))
            {
                return -1; // xs:integer('+') or xs:integer(' '): a dynamic error in XPath.
            }

            var d = c - '0';
            sum += even ? "0246813579"[d] - '0' : d;
            even = !even;
        }

        return sum % 10;
    }

    /// <summary>u:abn: the Australian Business Number weighted sum (first digit minus 1) is a multiple of 89.</summary>
    public static bool Abn(string val)
    {
        if (val.Length < 11)
        {
            return false; // string-to-codepoints of an empty substring gives an empty sequence: the sum is empty.
        }

        int[] weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
        long sum = (val[0] - 49) * 10;
        for (var i = 1; i < 11; i++)
        {
            sum += (val[i] - 48) * (long)weights[i];
        }

        return sum % 89 == 0;
    }

    /// <summary>u:TinVerification: the Greek TIN check digit (9th character) over the first eight digits.</summary>
    public static bool TinVerification(string val)
    {
        if (val.Length < 9)
        {
            return false; // number(()) is NaN: the checksum is NaN.
        }

        double checksum = 0;
        for (var i = 0; i < 8; i++)
        {
            var d = DigitValue(val[i]);
            checksum += d * (1 << (8 - i));
        }

        var nine = DigitValue(val[8]);
        return !double.IsNaN(checksum) && checksum % 11 % 10 == nine;
    }

    // number() of one character: its value for an ASCII digit, NaN otherwise.
    private static double DigitValue(char c) => char.IsAsciiDigit(c) ? c - '0' : double.NaN;

    /// <summary>u:checkSEOrgnr: digits only, and the 10th digit is the Luhn check digit of the first nine.</summary>
    public static bool CheckSwedishOrganisationNumber(string number)
    {
        if (number.Length == 0)
        {
            return false;
        }

        foreach (var c in number)
        {
            if (!char.IsDigit(c))
            {
                return false; // matches($number, '^\d+$'): \d is any Unicode decimal digit.
            }
        }

        var main = Substring(number, 1, 9);
        var sum = 0d;
        for (var pos = 1; pos <= main.Length; pos++)
        {
            var d = DigitValue(main[main.Length - pos]);
            if (double.IsNaN(d))
            {
                return false; // xs:integer(NaN) is a dynamic error.
            }

            sum += pos % 2 == 1 ? (d * 2 % 10) + Math.Floor(d * 2 / 10) : d;
        }

        var calculated = (10 - (sum % 10)) % 10;
        return calculated == Xp.Number(Substring(number, 10, 1));
    }

    /// <summary>
    /// The IBAN check of DE-R-019/DE-R-020: whitespace removed, pattern <c>^[A-Z]{2}[0-9]{2}[a-zA-Z0-9]{0,30}$</c>, and the
    /// rearranged code points (letters as code point - 55, everything else as code point - 48) mod 97 = 1.
    /// </summary>
    public static bool IsIban(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (c is not (' ' or '\n' or '\r' or '\t'))
            {
                builder.Append(c);
            }
        }

        var iban = builder.ToString();
        if (iban.Length < 4 || iban.Length > 34
            || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1])
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return false;
        }

        for (var i = 4; i < iban.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(iban[i]))
            {
                return false;
            }
        }

        var rearranged = string.Concat(iban.AsSpan(4), iban.AsSpan(0, 2), iban.AsSpan(2, 2));
        var remainder = 0;
        foreach (var c in rearranged)
        {
            var value = c > 64 ? c - 55 : c - 48;
            foreach (var digit in value.ToString(CultureInfo.InvariantCulture))
            {
                remainder = ((remainder * 10) + (digit - '0')) % 97;
            }
        }

        return remainder == 1;
    }

    /// <summary>
    /// An xs:date cast (surrounding whitespace allowed): YYYY-MM-DD with an optional timezone (Z or ±hh:mm). The result is
    /// the start of that day in UTC, for comparisons; a date without timezone is taken as UTC. Years beyond 9999 and
    /// negative years are refused.
    /// </summary>
    public static bool TryDate(string value, out DateTime start)
    {
        start = default;
        var s = value.AsSpan().Trim(" \t\r\n");
        if (s.Length < 10 || s[4] != '-' || s[7] != '-'
            || !IsAsciiDigits(s[..4]) || !IsAsciiDigits(s.Slice(5, 2)) || !IsAsciiDigits(s.Slice(8, 2)))
        {
            return false;
        }

        var year = int.Parse(s[..4], CultureInfo.InvariantCulture);
        var month = int.Parse(s.Slice(5, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(s.Slice(8, 2), CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var offset = TimeSpan.Zero;
        var zone = s[10..];
        if (zone.Length > 0 && !(zone is "Z"))
        {
            if (zone.Length != 6 || zone[0] is not ('+' or '-') || zone[3] != ':' || !IsAsciiDigits(zone.Slice(1, 2)) || !IsAsciiDigits(zone.Slice(4, 2)))
            {
                return false;
            }

            var hours = int.Parse(zone.Slice(1, 2), CultureInfo.InvariantCulture);
            var minutes = int.Parse(zone.Slice(4, 2), CultureInfo.InvariantCulture);
            if (minutes > 59 || hours > 14 || (hours == 14 && minutes > 0))
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0);
            if (zone[0] == '-')
            {
                offset = -offset;
            }
        }

        start = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc) - offset;
        return true;
    }

    /// <summary>XPath <c>tokenize($s, '\|')</c>: empty input gives no token.</summary>
    public static string[] TokenizeOn(string s, char separator) => s.Length == 0 ? [] : s.Split(separator);

    /// <summary>The text nodes directly under an element, concatenated (XPath <c>x/text()</c> for one text node).</summary>
    public static string Text(XElement? e)
    {
        if (e is null)
        {
            return string.Empty;
        }

        string? single = null;
        StringBuilder? builder = null;
        foreach (var node in e.Nodes())
        {
            if (node is XText text)
            {
                if (single is null)
                {
                    single = text.Value;
                }
                else
                {
                    builder ??= new StringBuilder(single);
                    builder.Append(text.Value);
                }
            }
        }

        return builder?.ToString() ?? single ?? string.Empty;
    }

    /// <summary>Whether the string value of an element is whitespace only (<c>not(normalize-space(.))</c>).</summary>
    public static bool IsBlank(string s)
    {
        foreach (var c in s)
        {
            if (c is not (' ' or '\t' or '\r' or '\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first element at a child path (document order), or null.</summary>
    public static XElement? At(XElement? e, XName a, XName b)
    {
        if (e is null)
        {
            return null;
        }

        foreach (var x in e.Elements(a))
        {
            if (x.Element(b) is { } y)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>The first element at a child path (document order), or null.</summary>
    public static XElement? At(XElement? e, XName a, XName b, XName c)
    {
        if (e is null)
        {
            return null;
        }

        foreach (var x in e.Elements(a))
        {
            if (At(x, b, c) is { } y)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>The first element at a child path (document order), or null.</summary>
    public static XElement? At(XElement? e, XName a, XName b, XName c, XName d)
    {
        if (e is null)
        {
            return null;
        }

        foreach (var x in e.Elements(a))
        {
            if (At(x, b, c, d) is { } y)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>The first element at a child path (document order), or null.</summary>
    public static XElement? At(XElement? e, XName a, XName b, XName c, XName d, XName f)
    {
        if (e is null)
        {
            return null;
        }

        foreach (var x in e.Elements(a))
        {
            if (At(x, b, c, d, f) is { } y)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>Whether any child named <paramref name="name"/> has exactly the string value <paramref name="value"/> (general comparison).</summary>
    public static bool AnyChildEquals(XElement? e, XName name, string value)
    {
        if (e is null)
        {
            return false;
        }

        foreach (var x in e.Elements(name))
        {
            if (x.Value == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any element at <c>a/b</c> has exactly the string value <paramref name="value"/> (general comparison).</summary>
    public static bool AnyEquals(XElement? e, XName a, XName b, string value)
    {
        if (e is null)
        {
            return false;
        }

        foreach (var x in e.Elements(a))
        {
            if (AnyChildEquals(x, b, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any element at <c>a/b/c</c> has exactly the string value <paramref name="value"/> (general comparison).</summary>
    public static bool AnyEquals(XElement? e, XName a, XName b, XName c, string value)
    {
        if (e is null)
        {
            return false;
        }

        foreach (var x in e.Elements(a))
        {
            if (AnyEquals(x, b, c, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The string value of the only element at <c>a</c> (or <c>a/b</c>), "" when there is none, false when there are several:
    /// XPath functions such as normalize-space() raise an error on a sequence of several nodes, and in a rule context
    /// (an XSLT match pattern) an error means "does not match".
    /// </summary>
    public static bool TrySingle(XElement e, XName a, out string value)
    {
        value = string.Empty;
        XElement? found = null;
        foreach (var x in e.Elements(a))
        {
            if (found is not null)
            {
                return false;
            }

            found = x;
        }

        value = found?.Value ?? string.Empty;
        return true;
    }

    /// <summary><see cref="TrySingle(XElement, XName, out string)"/> for a two-step path <c>a/b</c>.</summary>
    public static bool TrySingle(XElement e, XName a, XName b, out string value)
    {
        value = string.Empty;
        XElement? found = null;
        foreach (var x in e.Elements(a))
        {
            foreach (var y in x.Elements(b))
            {
                if (found is not null)
                {
                    return false;
                }

                found = y;
            }
        }

        value = found?.Value ?? string.Empty;
        return true;
    }

    /// <summary><see cref="TrySingle(XElement, XName, out string)"/> for a three-step path <c>a/b/c</c>.</summary>
    public static bool TrySingle(XElement e, XName a, XName b, XName c, out string value)
    {
        value = string.Empty;
        XElement? found = null;
        foreach (var x in e.Elements(a))
        {
            foreach (var y in x.Elements(b))
            {
                foreach (var z in y.Elements(c))
                {
                    if (found is not null)
                    {
                        return false;
                    }

                    found = z;
                }
            }
        }

        value = found?.Value ?? string.Empty;
        return true;
    }

    /// <summary>normalize-space() of the only element at <c>a</c>; null where XPath raises an error (several elements).</summary>
    public static string? NormSingle(XElement e, XName a) => TrySingle(e, a, out var v) ? Xp.NormalizeSpace(v) : null;

    /// <summary>normalize-space() of the only element at <c>a/b</c>; null where XPath raises an error.</summary>
    public static string? NormSingle(XElement e, XName a, XName b) => TrySingle(e, a, b, out var v) ? Xp.NormalizeSpace(v) : null;

    /// <summary>normalize-space() of the only element at <c>a/b/c</c>; null where XPath raises an error.</summary>
    public static string? NormSingle(XElement e, XName a, XName b, XName c) => TrySingle(e, a, b, c, out var v) ? Xp.NormalizeSpace(v) : null;

    /// <summary><c>normalize-space(e) != ''</c> for an optional element.</summary>
    public static bool HasText(XElement? e) => e is not null && !IsBlank(e.Value);

    /// <summary>A regex with the XPath flags-less semantics the patterns below are written for (explicit classes, \z for $).</summary>
    public static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
}
