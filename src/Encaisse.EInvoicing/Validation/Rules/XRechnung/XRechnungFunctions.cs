using System.Text.RegularExpressions;
using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;

namespace Encaisse.EInvoicing.Validation.Rules.XRechnung;

/// <summary>
/// The XPath idioms of the KoSIT XRechnung 3.0.2 Schematron (and the Peppol rules it embeds) with their exact
/// semantics. Where the XPath would raise a dynamic error (a value that is not a number or a date, a sequence where
/// one item is expected), the reference's transform aborts and reports nothing usable; these helpers then make the
/// rule NOT fire (the XML schema check reports such documents anyway), unless a comment says otherwise.
/// </summary>
internal static partial class XRechnungFunctions
{
    /// <summary>BT-24 of an XRechnung 3.0 CIUS invoice ($XR-CIUS-ID).</summary>
    public const string CiusId = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";

    /// <summary>BT-24 of an XRechnung 3.0 extension invoice ($XR-EXTENSION-ID).</summary>
    public const string ExtensionId = CiusId + "#conformant#urn:xeinkauf.de:kosit:extension:xrechnung_3.0";

    /// <summary>BT-24 of an XRechnung clean-vehicles (CVD 0.9) invoice ($XR-CVD-ID).</summary>
    public const string CvdId = CiusId + "#compliant#urn:xeinkauf.de:kosit:xrechnung:cvd_0.9";

    private const string DigaCodes = " XR01 XR02 XR03 ";

    // The code lists are matched with contains(list, concat(' ', code, ' ')) on these exact strings, quirks
    // included: the concatenations leave a double space (so an empty code passes) and the 3.0.2 ICD list has no
    // trailing space (so its last code, 0244, never passes).

    /// <summary>$ISO-6523-ICD-EXT-CODES of XRechnung 3.0.2.</summary>
    public const string IsoIcdExtCodes = DigaCodes + " 0002 0003 0004 0005 0006 0007 0008 0009 0010 0011 0012 0013 0014 0015 0016 0017 0018 0019 0020 0021 0022 0023 0024 0025 0026 0027 0028 0029 0030 0031 0032 0033 0034 0035 0036 0037 0038 0039 0040 0041 0042 0043 0044 0045 0046 0047 0048 0049 0050 0051 0052 0053 0054 0055 0056 0057 0058 0059 0060 0061 0062 0063 0064 0065 0066 0067 0068 0069 0070 0071 0072 0073 0074 0075 0076 0077 0078 0079 0080 0081 0082 0083 0084 0085 0086 0087 0088 0089 0090 0091 0093 0094 0095 0096 0097 0098 0099 0100 0101 0102 0104 0105 0106 0107 0108 0109 0110 0111 0112 0113 0114 0115 0116 0117 0118 0119 0120 0121 0122 0123 0124 0125 0126 0127 0128 0129 0130 0131 0132 0133 0134 0135 0136 0137 0138 0139 0140 0141 0142 0143 0144 0145 0146 0147 0148 0149 0150 0151 0152 0153 0154 0155 0156 0157 0158 0159 0160 0161 0162 0163 0164 0165 0166 0167 0168 0169 0170 0171 0172 0173 0174 0175 0176 0177 0178 0179 0180 0183 0184 0185 0186 0187 0188 0189 0190 0191 0192 0193 0194 0195 0196 0197 0198 0199 0200 0201 0202 0203 0204 0205 0206 0207 0208 0209 0210 0211 0212 0213 0214 0215 0216 0217 0218 0219 0220 0221 0222 0223 0224 0225 0226 0227 0228 0229 0230 0231 0232 0233 0234 0235 0236 0237 0238 0239 0240 0241 0242 0243 0244";

    /// <summary>$CEF-EAS-EXT-CODES of XRechnung 3.0.2.</summary>
    public const string CefEasExtCodes = DigaCodes + " 0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0147 0151 0154 0158 0170 0177 0183 0184 0188 0190 0191 0192 0193 0194 0195 0196 0198 0199 0200 0201 0202 0203 0204 0205 0208 0209 0210 0211 0212 0213 0215 0216 0217 0218 0219 0220 0221 0225 0230 0235 0240 0244 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 9928 9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 9946 9947 9948 9949 9950 9951 9952 9953 9957 9959 AN AQ AS AU EM ";

    /// <summary>$UNTDID-7143-CVD-CODES of XRechnung 3.0.2.</summary>
    public const string Untdid7143CvdCodes = " CVD " + " AA AB AC AD AE AF AG AH AI AJ AK AL AM AN AO AP AQ AR AS AT AU AV AW AX AY AZ BA BB BC BD BE BF BG BH BI BJ BK BL BM BN BO BP BQ BR BS BT BU BV BW BX BY BZ CC CG CL CR CV DR DW EC EF EMD EN FS GB GN GMN GS HS IB IN IS IT IZ MA MF MN MP NB ON PD PL PO PPI PV QS RC RN RU RY SA SG SK SN SRS SRT SRU SRV SRW SRX SRY SRZ SS SSA SSB SSC SSD SSE SSF SSG SSH SSI SSJ SSK SSL SSM SSN SSO SSP SSQ SSR SSS SST SSU SSV SSW SSX SSY SSZ ST STA STB STC STD STE STF STG STH STI STJ STK STL STM STN STO STP STQ STR STS STT STU STV STW STX STY STZ SUA SUB SUC SUD SUE SUF SUG SUH SUI SUJ SUK SUL SUM TG TSN TSO TSP TSQ TSR TSS TST TSU UA UP VN VP VS VX ZZZ ";

    /// <summary>Tax categories that need a seller VAT or tax number (BR-DE-16).</summary>
    public static readonly HashSet<string> VatCategoriesNeedingSellerTaxId = Xp.CodeList("S Z E AE K G L M");

    /// <summary>Invoice type codes XRechnung expects (BR-DE-17).</summary>
    public static readonly HashSet<string> TypeCodes = Xp.CodeList("326 380 384 389 381 875 876 877");

    /// <summary>MIME codes an extension attachment may use (BR-DEX-01).</summary>
    public static readonly HashSet<string> ExtensionMimeCodes = Xp.CodeList(
        "application/pdf image/png image/jpeg text/csv application/vnd.openxmlformats-officedocument.spreadsheetml.sheet " +
        "application/vnd.oasis.opendocument.spreadsheet application/xml");

    /// <summary>Vehicle categories of the clean-vehicles directive (BR-DE-CVD-04).</summary>
    public static readonly HashSet<string> CvdVehicleCategories = Xp.CodeList("M1 M2 M3 N1 N2 N3");

    /// <summary>Clean-vehicle attribute values (BR-DE-CVD-05).</summary>
    public static readonly HashSet<string> CvaCodes = Xp.CodeList("clean zero-emission other");

    /// <summary>XPath's whitespace (normalize-space, \s): space, tab, CR, LF only.</summary>
    public static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary><c>normalize-space(s) = ''</c>.</summary>
    public static bool IsBlank(string? s)
    {
        if (s is null)
        {
            return true;
        }

        foreach (var c in s)
        {
            if (!IsXmlSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>boolean(normalize-space(.))</c> of an element.</summary>
    public static bool NonBlank(XElement? e) => e is not null && !IsBlank(e.Value);

    /// <summary><c>name[boolean(normalize-space(.))]</c>: a child with this name that has non-blank text.</summary>
    public static bool HasNonBlank(XElement? parent, XName name)
    {
        if (parent is null)
        {
            return false;
        }

        foreach (var child in parent.Elements(name))
        {
            if (!IsBlank(child.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>PEPPOL-EN16931-R008's context <c>*[not(*) and not(normalize-space())]</c>: an empty leaf element.</summary>
    public static bool IsEmptyLeaf(XElement e) => !e.HasElements && IsBlank(e.Value);

    /// <summary>
    /// <c>normalize-space(name)</c> inside a context's predicate: null when there is more than one such child. The
    /// XPath raises a type error there, and an error in a match pattern makes the pattern not match.
    /// </summary>
    public static string? NormOfSingle(XElement e, XName name)
    {
        XElement? found = null;
        foreach (var child in e.Elements(name))
        {
            if (found is not null)
            {
                return null;
            }

            found = child;
        }

        return Xp.Norm(found);
    }

    /// <summary>Whether the child exists (<c>exists(a/b)</c> one step).</summary>
    public static bool Has(XElement? e, XName name) => e?.Element(name) is not null;

    /// <summary>Whether the path exists (<c>exists(a/b/c)</c>).</summary>
    public static bool Has(XElement? e, XName a, XName b)
    {
        if (e is null)
        {
            return false;
        }

        foreach (var x in e.Elements(a))
        {
            if (x.Element(b) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the path exists (<c>exists(a/b/c)</c>).</summary>
    public static bool Has(XElement? e, XName a, XName b, XName c)
    {
        if (e is null)
        {
            return false;
        }

        foreach (var x in e.Elements(a))
        {
            if (Has(x, b, c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>x/text() = value</c> (or <c>x[text() = value]</c>): some text node of the element equals the value. Adjacent
    /// text and CDATA sections form one XPath text node.
    /// </summary>
    public static bool TextEquals(XElement e, string value)
    {
        string? run = null;
        foreach (var node in e.Nodes())
        {
            if (node is XText text)
            {
                run = run is null ? text.Value : run + text.Value;
                continue;
            }

            if (run == value)
            {
                return true;
            }

            run = null;
        }

        return run == value;
    }

    /// <summary>The text node children of an element, joined (<c>x/text()</c> where one text node is expected).</summary>
    public static string DirectText(XElement? e)
    {
        if (e is null)
        {
            return string.Empty;
        }

        string? result = null;
        foreach (var node in e.Nodes())
        {
            if (node is XText text)
            {
                result = result is null ? text.Value : result + text.Value;
            }
        }

        return result ?? string.Empty;
    }

    /// <summary>
    /// The code-list idiom <c>not(contains(normalize-space(v), ' ')) and contains($LIST, concat(' ', normalize-space(v), ' '))</c>
    /// on the exact list string (see the list constants for the quirks this keeps).
    /// </summary>
    public static bool InCodeString(string codes, string? value)
    {
        var v = Xp.NormalizeSpace(value);
        if (v.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        return codes.Contains(string.Concat(" ", v, " "), StringComparison.Ordinal);
    }

    /// <summary>Whether an element has one of the given names (XPath union of contexts).</summary>
    public static bool Is(XElement? e, XName a, XName b) => e is not null && (e.Name == a || e.Name == b);

    /// <summary>A context <c>/a/b/c</c>: the element's ancestors are exactly these names, starting at the document element.</summary>
    public static bool RootedPath(XElement e, params XName[] names)
    {
        var x = e;
        for (var i = names.Length - 1; i >= 0; i--)
        {
            if (x is null || x.Name != names[i])
            {
                return false;
            }

            if (i > 0)
            {
                x = x.Parent;
            }
        }

        return x?.Parent is null;
    }

    /// <summary>$slackValue of the Peppol rules: 0.5 when some document currency code is HUF, else 0.02.</summary>
    public static decimal Slack(IEnumerable<XElement> documentCurrencyCodes)
    {
        foreach (var code in documentCurrencyCodes)
        {
            if (code.Value == "HUF")
            {
                return 0.5m;
            }
        }

        return 0.02m;
    }

    /// <summary><c>u:slack($exp, $val, $slack)</c>: exp + slack &gt;= val and exp - slack &lt;= val, in xs:decimal.</summary>
    public static bool WithinSlack(decimal expected, decimal value, decimal slack) =>
        expected + slack >= value && expected - slack <= value;

    /// <summary>
    /// xs:decimal division as Saxon computes it: the quotient rounded to max(18, scale of either operand) decimals,
    /// ties towards zero.
    /// </summary>
    public static decimal Divide(decimal a, decimal b)
    {
        var q = a / b;
        var scale = Math.Min(28, Math.Max(18, Math.Max((int)a.Scale, (int)b.Scale)));
        if (q.Scale <= scale)
        {
            return q;
        }

        var nearest = Math.Round(q, scale, MidpointRounding.AwayFromZero);
        var truncated = Math.Round(q, scale, MidpointRounding.ToZero);

        // An exact tie rounds towards zero (Java's HALF_DOWN); anything else to the nearest.
        return Math.Abs(q - truncated) == HalfUnits[scale] ? truncated : nearest;
    }

    // 0.5 × 10^-n for n = 0..28.
    private static readonly decimal[] HalfUnits = [.. Enumerable.Range(0, 29).Select(static n => 0.5m / Pow10(n))];

    private static decimal Pow10(int n)
    {
        var f = 1m;
        for (var i = 0; i < n; i++)
        {
            f *= 10m;
        }

        return f;
    }

    /// <summary>
    /// The IBAN test of BR-DE-19/BR-DE-20: whitespace removed, the shape ^[A-Z]{2}[0-9]{2}[a-zA-Z0-9]{0,30}$ and the
    /// ISO 7064 mod-97 check, letters mapped by code point - 55 (lower case letters are not upper-cased after the
    /// first two characters, as in the Schematron).
    /// </summary>
    public static bool IsValidIban(string? raw)
    {
        if (raw is null)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[Math.Min(raw.Length, 64)];
        var n = 0;
        foreach (var c in raw)
        {
            if (IsXmlSpace(c))
            {
                continue;
            }

            if (n == buffer.Length)
            {
                return false;
            }

            buffer[n++] = c;
        }

        var s = buffer[..n];
        if (s.Length < 4 || s.Length > 34 || !char.IsAsciiLetterUpper(s[0]) || !char.IsAsciiLetterUpper(s[1]) ||
            !char.IsAsciiDigit(s[2]) || !char.IsAsciiDigit(s[3]))
        {
            return false;
        }

        for (var i = 4; i < s.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(s[i]))
            {
                return false;
            }
        }

        var remainder = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[(i + 4) % s.Length];
            var v = c > 64 ? c - 55 : c - 48;
            remainder = v >= 10 ? ((remainder * 100) + v) % 97 : ((remainder * 10) + v) % 97;
        }

        return remainder == 1;
    }

    /// <summary>BR-DE-27: <c>matches(normalize-space(x), '.*([0-9].*){3,}.*')</c>, i.e. at least three ASCII digits.</summary>
    public static bool HasThreeDigits(string? value)
    {
        var digits = 0;
        foreach (var c in value ?? string.Empty)
        {
            if (char.IsAsciiDigit(c) && ++digits == 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>BR-DE-28: <c>matches(normalize-space(x), '^[^@\s]+@([^@.\s]+\.)+[^@.\s]+$')</c>.</summary>
    public static bool IsEmailAddress(string? value)
    {
        var s = Xp.NormalizeSpace(value);
        var at = s.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        for (var i = 0; i < at; i++)
        {
            if (IsXmlSpace(s[i]))
            {
                return false;
            }
        }

        // Domain: labels of [^@.\s]+ separated by dots, at least two labels.
        var labels = 0;
        var labelLength = 0;
        for (var i = at + 1; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '@' || IsXmlSpace(c))
            {
                return false;
            }

            if (c == '.')
            {
                if (labelLength == 0)
                {
                    return false;
                }

                labels++;
                labelLength = 0;
            }
            else
            {
                labelLength++;
            }
        }

        return labels >= 1 && labelLength > 0;
    }

    /// <summary>BR-TMP-2: <c>matches(x, '^([a-zA-Z])([a-zA-Z0-9+.-])+:.*')</c>: a URL with a scheme.</summary>
    public static bool HasUrlScheme(string? value)
    {
        if (string.IsNullOrEmpty(value) || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        var i = 1;
        while (i < value.Length && (char.IsAsciiLetterOrDigit(value[i]) || value[i] is '+' or '.' or '-'))
        {
            i++;
        }

        return i >= 2 && i < value.Length && value[i] == ':';
    }

    /// <summary>
    /// BR-DE-18 on the first note of each payment terms element (BT-20): every line that starts with '#' (after
    /// normalize-space) is a well-formed Skonto line, and the text after the last '#...#' group starts with
    /// optional whitespace and a line feed.
    /// </summary>
    public static bool SkontoLinesValid(List<string> notes)
    {
        var anyLine = false;
        foreach (var note in notes)
        {
            foreach (var line in SplitLines(note))
            {
                var normalized = Xp.NormalizeSpace(line);
                if (!normalized.StartsWith('#'))
                {
                    continue;
                }

                anyLine = true;
                if (!SkontoLine().IsMatch(normalized))
                {
                    return false;
                }
            }
        }

        if (!anyLine)
        {
            return true; // every $line in () is true
        }

        // matches(Note[1]/tokenize(., '#.+#')[last()], '^\s*\n'): one string per note. With two or more notes the
        // XPath raises a type error; we then require each of them to pass. With none (all notes empty) it is false.
        var tails = 0;
        foreach (var note in notes)
        {
            if (note.Length == 0)
            {
                continue; // tokenize('') is the empty sequence
            }

            tails++;
            if (!StartsWithBlankLine(LastTokenAfterHashGroups(note)))
            {
                return false;
            }
        }

        return tails > 0;
    }

    // tokenize(s, '(\r?\n)'): the separators are CRLF or LF.
    private static IEnumerable<string> SplitLines(string s)
    {
        if (s.Length == 0)
        {
            yield break;
        }

        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\n')
            {
                var end = i > start && s[i - 1] == '\r' ? i - 1 : i;
                yield return s[start..end];
                start = i + 1;
            }
        }

        yield return s[start..];
    }

    // The last token of tokenize(s, '#.+#') where '.' is any character but CR and LF: the text after the last match.
    private static string LastTokenAfterHashGroups(string s)
    {
        var lastEnd = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] != '#')
            {
                i++;
                continue;
            }

            var lineEnd = i + 1;
            while (lineEnd < s.Length && s[lineEnd] is not '\n' and not '\r')
            {
                lineEnd++;
            }

            var close = s.LastIndexOf('#', lineEnd - 1, lineEnd - i);
            if (close >= i + 2)
            {
                lastEnd = close + 1;
                i = close + 1;
            }
            else
            {
                i++;
            }
        }

        return s[lastEnd..];
    }

    // matches(s, '^\s*\n').
    private static bool StartsWithBlankLine(string s)
    {
        foreach (var c in s)
        {
            if (c == '\n')
            {
                return true;
            }

            if (c is not ' ' and not '\t' and not '\r')
            {
                return false;
            }
        }

        return false;
    }

    // $XR-SKONTO-REGEX on a normalized line (no line breaks left, so only the ^ branch can match).
    [GeneratedRegex(@"\A#SKONTO#TAGE=[0-9]+#PROZENT=[0-9]+\.[0-9]{2}(#BASISBETRAG=-?[0-9]+\.[0-9]{2})?#\z", RegexOptions.CultureInvariant)]
    private static partial Regex SkontoLine();

    /// <summary>
    /// Compares two xs:date values (YYYY-MM-DD with an optional timezone; no timezone = UTC, the reference's implicit
    /// timezone). Null when either is not a date (XPath raises an error).
    /// </summary>
    public static int? CompareDates(string? a, string? b)
    {
        if (!TryDateInstant(a, out var x) || !TryDateInstant(b, out var y))
        {
            return null;
        }

        return x.CompareTo(y);
    }

    private static bool TryDateInstant(string? value, out DateTime instant)
    {
        instant = default;
        if (value is null || !Xp.IsDate(value))
        {
            return false;
        }

        var s = value.Trim(' ', '\t', '\r', '\n');
        var date = DateOnly.ParseExact(s[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var offset = TimeSpan.Zero;
        var zone = s[10..];
        if (zone.Length > 1)
        {
            var sign = zone[0] == '-' ? -1 : 1;
            offset = sign * new TimeSpan(int.Parse(zone.AsSpan(1, 2), System.Globalization.CultureInfo.InvariantCulture), int.Parse(zone.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture), 0);
        }

        instant = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - offset;
        return true;
    }
}
