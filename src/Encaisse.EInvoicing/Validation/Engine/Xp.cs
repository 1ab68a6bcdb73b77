using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Encaisse.EInvoicing.Validation.Engine;

/// <summary>
/// XPath 2.0 functions and casts with the exact semantics the normative Schematron relies on, so a rule written
/// in C# gives the same verdict as its XPath. Notes on the semantics that matter:
/// <list type="bullet">
/// <item>The string value of an element is the concatenation of all its descendant text (<see cref="Str(XElement?)"/>).</item>
/// <item><c>sum()</c> and general comparisons of untyped nodes with numbers work in xs:double
/// (<see cref="SumDouble"/>, <see cref="Double"/>); explicit <c>xs:decimal(...)</c> casts work in decimal
/// (<see cref="Decimal"/>, <see cref="SumDecimal"/>).</item>
/// <item><c>round()</c> rounds half towards positive infinity: round(-2.5) = -2 (<see cref="Round(decimal)"/>).</item>
/// </list>
/// </summary>
public static class Xp
{
    private static readonly ConcurrentDictionary<string, Regex> Regexes = new();

    /// <summary>The string value of a node, or "" for none (XPath <c>string()</c>).</summary>
    public static string Str(XElement? element) => element?.Value ?? string.Empty;

    /// <summary>The value of an attribute, or "".</summary>
    public static string Str(XAttribute? attribute) => attribute?.Value ?? string.Empty;

    /// <summary>XPath <c>normalize-space()</c>: trims and collapses runs of space, tab, CR and LF to one space.</summary>
    public static string NormalizeSpace(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var needsWork = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\t' or '\n' or '\r' || (c == ' ' && (i == 0 || i == value.Length - 1 || value[i + 1] == ' ')))
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary><c>normalize-space(x)</c> of an element's string value.</summary>
    public static string Norm(XElement? element) => NormalizeSpace(Str(element));

    /// <summary><c>normalize-space(@a)</c>.</summary>
    public static string Norm(XAttribute? attribute) => NormalizeSpace(Str(attribute));

    /// <summary>An <c>xs:decimal</c> cast of a string: optional sign, digits with an optional point, surrounding whitespace allowed; no exponent.</summary>
    public static bool TryDecimal(string? value, out decimal result)
    {
        result = 0m;
        if (value is null)
        {
            return false;
        }

        var s = value.AsSpan().Trim(" \t\r\n");
        if (s.IsEmpty)
        {
            return false;
        }

        var i = 0;
        if (s[0] is '+' or '-')
        {
            i = 1;
        }

        var digits = 0;
        var points = 0;
        for (; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                digits++;
            }
            else if (s[i] == '.' && points == 0)
            {
                points++;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out result);
    }

    /// <summary>Whether a string is castable as xs:decimal.</summary>
    public static bool IsDecimal(string? value) => TryDecimal(value, out _);

    /// <summary>The xs:decimal value of a node; null when absent or not castable (where XPath raises an error).</summary>
    public static decimal? Decimal(XElement? element) => element is not null && TryDecimal(element.Value, out var d) ? d : null;

    /// <summary>An <c>xs:double</c> cast: decimal or exponent notation, INF, -INF, NaN; surrounding whitespace allowed.</summary>
    public static bool TryDouble(string? value, out double result)
    {
        result = double.NaN;
        if (value is null)
        {
            return false;
        }

        var s = value.AsSpan().Trim(" \t\r\n");
        switch (s)
        {
            case "INF":
            case "+INF":
                result = double.PositiveInfinity;
                return true;
            case "-INF":
                result = double.NegativeInfinity;
                return true;
            case "NaN":
                return true;
        }

        foreach (var c in s)
        {
            if (!(char.IsAsciiDigit(c) || c is '+' or '-' or '.' or 'e' or 'E'))
            {
                return false;
            }
        }

        return !s.IsEmpty && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }

    /// <summary>The xs:double value of a node (how an untyped node compares with a number); NaN when absent or not castable.</summary>
    public static double Double(XElement? element) => element is not null && TryDouble(element.Value, out var d) ? d : double.NaN;

    /// <summary>XPath <c>number()</c>: the double value of a string, NaN when it is not a number.</summary>
    public static double Number(string? value) => TryDouble(value, out var d) ? d : double.NaN;

    /// <summary><c>sum()</c> of untyped nodes: each is cast to xs:double. NaN when one is not castable (XPath would raise an error).</summary>
    public static double SumDouble(IEnumerable<XElement> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var total = 0d;
        foreach (var element in elements)
        {
            total += TryDouble(element.Value, out var d) ? d : double.NaN;
        }

        return total;
    }

    /// <summary><c>sum(xs:decimal(...))</c>: decimal sum; null when one value is not a decimal.</summary>
    public static decimal? SumDecimal(IEnumerable<XElement> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var total = 0m;
        foreach (var element in elements)
        {
            if (!TryDecimal(element.Value, out var d))
            {
                return null;
            }

            total += d;
        }

        return total;
    }

    /// <summary>XPath <c>round()</c> on decimals: half towards positive infinity.</summary>
    public static decimal Round(decimal value) => Math.Floor(value + 0.5m);

    /// <summary>XPath <c>round()</c> on doubles: half towards positive infinity; NaN and infinities unchanged.</summary>
    public static double Round(double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? value : Math.Floor(value + 0.5);

    /// <summary>
    /// XPath <c>round($x, 2)</c> (XPath 3 / Saxon's two-argument round, half towards positive infinity) on decimals.
    /// </summary>
    public static decimal Round(decimal value, int precision)
    {
        var factor = Pow10(precision);
        return Math.Floor((value * factor) + 0.5m) / factor;
    }

    private static decimal Pow10(int n)
    {
        var f = 1m;
        for (var i = 0; i < n; i++)
        {
            f *= 10m;
        }

        return f;
    }

    /// <summary>XPath <c>matches(s, pattern)</c>: true when the regular expression matches anywhere in the string.</summary>
    public static bool Matches(string? value, string pattern) =>
        Regexes.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).IsMatch(value ?? string.Empty);

    /// <summary>Whether a string is castable as xs:date (YYYY-MM-DD, optional timezone, a real calendar day).</summary>
    public static bool IsDate(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var s = value.Trim(' ', '\t', '\r', '\n');
        if (s.Length < 10)
        {
            return false;
        }

        var datePart = s[..10];
        var zone = s[10..];
        if (zone.Length > 0 && zone != "Z" && !Regex.IsMatch(zone, @"^[+-](0\d|1[0-4]):[0-5]\d$"))
        {
            return false;
        }

        return DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    /// <summary>XPath <c>string-length()</c> in characters (surrogate pairs count as one).</summary>
    public static int StringLength(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsLowSurrogate(value[i]))
            {
                length++;
            }
        }

        return length;
    }

    /// <summary>
    /// The code-list idiom <c>contains(' A B C ', concat(' ', normalize-space(.), ' '))</c>: true when the value is one
    /// of the space-separated codes. Build the list once with <see cref="CodeList"/>.
    /// </summary>
    public static bool InList(HashSet<string> codes, string? value)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return codes.Contains(NormalizeSpace(value));
    }

    /// <summary>A code list from its space-separated form.</summary>
    public static HashSet<string> CodeList(string spaceSeparated)
    {
        ArgumentNullException.ThrowIfNull(spaceSeparated);
        return new HashSet<string>(spaceSeparated.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
    }

    /// <summary>Whether the element is the document element (a context written <c>/ubl:Invoice</c>).</summary>
    public static bool IsRoot(XElement element) => element?.Parent is null;

    /// <summary>
    /// Whether an element's ancestors end with the given names (a context pattern <c>a/b/c</c> matches an element c
    /// whose parent is b whose parent is a). <paramref name="names"/> are listed from the outermost.
    /// </summary>
    public static bool HasPath(XElement element, params XName[] names)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(names);
        var e = element;
        for (var i = names.Length - 1; i >= 0; i--)
        {
            if (e is null || e.Name != names[i])
            {
                return false;
            }

            e = e.Parent;
        }

        return true;
    }

    /// <summary>The elements at a relative child path (<c>a/b/c</c>), in document order.</summary>
    public static IEnumerable<XElement> Path(XElement? context, params XName[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (context is null)
        {
            return [];
        }

        IEnumerable<XElement> current = [context];
        foreach (var name in names)
        {
            current = current.Elements(name);
        }

        return current;
    }

    /// <summary>The first element at a relative child path, or null.</summary>
    public static XElement? First(XElement? context, params XName[] names) => Path(context, names).FirstOrDefault();
}
