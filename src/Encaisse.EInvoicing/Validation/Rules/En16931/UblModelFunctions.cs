using System.Globalization;
using System.Numerics;
using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>
/// XPath idioms of the CEN UBL rules, with the XPath 2.0 semantics the compiled Schematron has:
/// <list type="bullet">
/// <item>Where XPath would raise a dynamic error (a value that is not a decimal, two nodes where one is expected),
/// the reference validator aborts the whole document; we cannot agree with an abort, so these helpers take the first
/// node and treat a value that cannot be cast as absent (the comparison is then false, as for an empty sequence).</item>
/// <item>In a rule context (a match pattern) such an error makes the pattern not match: <see cref="SingleNormalized"/>
/// returns null for two nodes so the context predicate fails.</item>
/// </list>
/// </summary>
internal static class UblModelFunctions
{
    internal static readonly XNamespace Cac = Namespaces.Cac;
    internal static readonly XNamespace Cbc = Namespaces.Cbc;

    internal static readonly XName UblInvoice = Namespaces.UblInvoice + "Invoice";
    internal static readonly XName CnCreditNote = Namespaces.UblCreditNote + "CreditNote";

    internal static readonly XName CbcId = Cbc + "ID";
    internal static readonly XName ChargeIndicator = Cbc + "ChargeIndicator";
    internal static readonly XName TaxScheme = Cac + "TaxScheme";
    internal static readonly XName TaxCategory = Cac + "TaxCategory";
    internal static readonly XName ClassifiedTaxCategory = Cac + "ClassifiedTaxCategory";
    internal static readonly XName AllowanceCharge = Cac + "AllowanceCharge";
    internal static readonly XName InvoiceLine = Cac + "InvoiceLine";
    internal static readonly XName CreditNoteLine = Cac + "CreditNoteLine";
    internal static readonly XName Item = Cac + "Item";
    internal static readonly XName TaxTotal = Cac + "TaxTotal";
    internal static readonly XName TaxSubtotal = Cac + "TaxSubtotal";
    internal static readonly XName Percent = Cbc + "Percent";
    internal static readonly XName Amount = Cbc + "Amount";
    internal static readonly XName LineExtensionAmount = Cbc + "LineExtensionAmount";
    internal static readonly XName TaxAmount = Cbc + "TaxAmount";
    internal static readonly XName TaxableAmount = Cbc + "TaxableAmount";
    internal static readonly XName CompanyId = Cbc + "CompanyID";
    internal static readonly XName Party = Cac + "Party";
    internal static readonly XName PartyTaxScheme = Cac + "PartyTaxScheme";
    internal static readonly XName PartyLegalEntity = Cac + "PartyLegalEntity";
    internal static readonly XName AccountingSupplierParty = Cac + "AccountingSupplierParty";
    internal static readonly XName AccountingCustomerParty = Cac + "AccountingCustomerParty";
    internal static readonly XName TaxRepresentativeParty = Cac + "TaxRepresentativeParty";
    internal static readonly XName IdentificationCode = Cbc + "IdentificationCode";

    /// <summary>Whether the element is the document element <c>/ubl:Invoice</c> or <c>/cn:CreditNote</c>.</summary>
    internal static bool IsUblRoot(XElement? e) => e is not null && e.Parent is null && (e.Name == UblInvoice || e.Name == CnCreditNote);

    /// <summary>The first child with this name, or null.</summary>
    internal static XElement? Child(XElement? e, XName name) => e?.Element(name);

    /// <summary>
    /// The first element at a relative child path (<c>a/b/c</c>) in document order, without allocating: what
    /// <c>normalize-space(a/b/c)</c> or <c>exists(a/b/c)</c> looks at.
    /// </summary>
    internal static XElement? FirstAt(XElement? e, params ReadOnlySpan<XName> path)
    {
        if (e is null || path.IsEmpty)
        {
            return e;
        }

        var name = path[0];
        for (var node = e.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && child.Name == name && FirstAt(child, path[1..]) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Whether a child with this name exists (<c>exists(x)</c>).</summary>
    internal static bool Has(XElement e, XName name) => e.Element(name) is not null;

    /// <summary><c>normalize-space(x)</c> of the first child named so ("" when there is none).</summary>
    internal static string NormChild(XElement? e, XName name) => Xp.Norm(e?.Element(name));

    /// <summary>
    /// <c>normalize-space(x)</c> of the only child named so, "" when there is none, null when there are several
    /// (XPath raises a type error; in a match pattern that means no match).
    /// </summary>
    internal static string? SingleNormalized(XElement e, XName name)
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

    /// <summary>An <c>xs:boolean</c> cast of an untyped value: true/false/1/0 with surrounding whitespace; null otherwise.</summary>
    internal static bool? XsBoolean(string value)
    {
        var s = value.AsSpan().Trim(" \t\r\n");
        return s switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => null,
        };
    }

    /// <summary>
    /// <c>[cbc:ChargeIndicator = true()]</c> / <c>= false()</c>: any ChargeIndicator child whose value, cast to xs:boolean,
    /// equals <paramref name="value"/> (a value that cannot be cast never matches).
    /// </summary>
    internal static bool ChargeIndicatorIs(XElement allowanceCharge, bool value)
    {
        foreach (var indicator in allowanceCharge.Elements(ChargeIndicator))
        {
            if (XsBoolean(indicator.Value) == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>[cac:TaxScheme/normalize-space(upper-case(cbc:ID))='VAT']</c>: any TaxScheme child whose identifier, upper-cased and
    /// space-normalized, is VAT.
    /// </summary>
    internal static bool IsVat(XElement category)
    {
        for (var node = category.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement scheme && scheme.Name == TaxScheme && IsVatText(scheme.Element(CbcId)?.Value))
            {
                return true;
            }
        }

        return false;
    }

    // normalize-space(upper-case(x)) = 'VAT' without allocating: after trimming, exactly three characters that upper-case
    // to V, A, T (a space inside would survive normalize-space and fail the comparison too).
    private static bool IsVatText(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var s = value.AsSpan().Trim(" \t\r\n");
        return s.Length == 3 && char.ToUpperInvariant(s[0]) == 'V' && char.ToUpperInvariant(s[1]) == 'A' && char.ToUpperInvariant(s[2]) == 'T';
    }

    /// <summary>
    /// Whether the element and its ancestors end with the given names, outermost first (a context <c>a/b/c</c>), without
    /// allocating.
    /// </summary>
    internal static bool PathEndsWith(XElement element, params ReadOnlySpan<XName> names)
    {
        XElement? e = element;
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

    [ThreadStatic]
    private static XElement? factsElement;

    [ThreadStatic]
    private static int factsGeneration;

    [ThreadStatic]
    private static string? factsId;

    [ThreadStatic]
    private static bool factsVat;

    /// <summary>
    /// The rule context <c>X[normalize-space(cbc:ID) = 'code'][cac:TaxScheme/normalize-space(upper-case(cbc:ID))='VAT']</c>
    /// (several IDs: no match, as an error in a match pattern). The VAT category rules try up to 27 such contexts on the
    /// same element one after the other, so the element's ID and scheme are read once per run and kept.
    /// </summary>
    internal static bool IsVatCategory(XElement category, string code)
    {
        var generation = UblDocumentIndex.LatestGeneration;
        if (!ReferenceEquals(factsElement, category) || factsGeneration != generation)
        {
            factsElement = category;
            factsGeneration = generation;
            factsId = SingleNormalized(category, CbcId);
            factsVat = IsVat(category);
        }

        return factsId == code && factsVat;
    }

    /// <summary>The assert form <c>[normalize-space(cbc:ID) = 'code']</c> (several IDs: the first).</summary>
    internal static bool CategoryIdIs(XElement category, string code) => NormChild(category, CbcId) == code;

    /// <summary><c>count(X/cbc:ID[normalize-space(.) = 'code'])</c> for one category element.</summary>
    internal static int CountIds(XElement category, string code)
    {
        var count = 0;
        foreach (var id in category.Elements(CbcId))
        {
            if (Xp.Norm(id) == code)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary><c>X/cbc:ID = 'code'</c>: a general comparison, any ID child whose exact string value is the code.</summary>
    internal static bool AnyIdEquals(XElement category, string code)
    {
        foreach (var id in category.Elements(CbcId))
        {
            if (id.Value == code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>string-length(substring-after(x, '.')) &lt;= 2</c> on the first child named so: at most two characters after the
    /// first point (true when the child is absent).
    /// </summary>
    internal static bool AtMostTwoDecimals(XElement e, XName name)
    {
        var child = e.Element(name);
        if (child is null)
        {
            return true;
        }

        var value = child.Value;
        var point = value.IndexOf('.', StringComparison.Ordinal);
        return point < 0 || Xp.StringLength(value[(point + 1)..]) <= 2;
    }

    /// <summary><c>xs:decimal(x)</c> of the first child named so; null when absent or not a decimal.</summary>
    internal static decimal? Dec(XElement? e, XName name) => Xp.Decimal(e?.Element(name));

    /// <summary><c>xs:decimal(x) = 0</c> on the first child (false when absent).</summary>
    internal static bool DecIsZero(XElement e, XName name) => Dec(e, name) == 0m;

    /// <summary>
    /// A general comparison of untyped nodes with a number (<c>(x) &gt; 0</c>): any child, cast to xs:double, satisfying the
    /// test; children that are not numbers never satisfy it.
    /// </summary>
    internal static bool AnyDouble(XElement? e, XName name, Func<double, bool> test)
    {
        if (e is null)
        {
            return false;
        }

        foreach (var child in e.Elements(name))
        {
            if (Xp.TryDouble(child.Value, out var d) && test(d))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>XPath <c>round(x * 10 * 10) div 100</c> on a decimal: two decimals, half towards positive infinity.</summary>
    internal static decimal Round2(decimal value) => Xp.Round(value * 100m) / 100m;

    /// <summary>
    /// Sum of <c>xs:decimal(child)</c> over elements (the first such child of each); absent children add nothing. A value
    /// that is not a decimal makes the sum null (XPath raises an error).
    /// </summary>
    internal static decimal? SumDec(IEnumerable<XElement> elements, XName child)
    {
        var total = 0m;
        foreach (var element in elements)
        {
            var value = element.Element(child);
            if (value is null)
            {
                continue;
            }

            if (!Xp.TryDecimal(value.Value, out var d))
            {
                return null;
            }

            try
            {
                total += d;
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        return total;
    }

    /// <summary>
    /// The sign of <c>xs:decimal(x) - y</c> for a double <paramref name="x"/> converted exactly to a decimal (as Saxon's
    /// <c>new BigDecimal(double)</c> does) and a decimal <paramref name="y"/>; null for NaN or infinities (the cast fails).
    /// </summary>
    internal static int? CompareExact(double x, decimal y)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return null;
        }

        // Fast path: the decimal nearest to x (15 significant digits) decides unless it is very close to y.
        if (Math.Abs(x) < 1e15)
        {
            var difference = (decimal)x - y;
            var margin = (Math.Abs(y) * 1e-12m) + 1e-12m;
            if (difference > margin)
            {
                return 1;
            }

            if (difference < -margin)
            {
                return -1;
            }
        }

        // x = mantissa * 2^exponent exactly.
        var bits = BitConverter.DoubleToInt64Bits(x);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        var xNum = new BigInteger(negative ? -mantissa : mantissa);

        // y = unscaled / 10^scale exactly.
        var parts = decimal.GetBits(y);
        var unscaled = (new BigInteger((uint)parts[2]) << 64) | (new BigInteger((uint)parts[1]) << 32) | new BigInteger((uint)parts[0]);
        if (parts[3] < 0)
        {
            unscaled = -unscaled;
        }

        var scale = (parts[3] >> 16) & 0xFF;

        // Compare xNum * 2^exponent * 10^scale with unscaled.
        var left = xNum * BigInteger.Pow(10, scale);
        var right = unscaled;
        if (exponent >= 0)
        {
            left <<= exponent;
        }
        else
        {
            right <<= -exponent;
        }

        return left.CompareTo(right);
    }

    /// <summary>
    /// Whether an <c>xs:date</c> cast of <paramref name="value"/> succeeds, and its start instant in minutes (dates without
    /// a timezone are taken in UTC, the reference validator's implicit timezone).
    /// </summary>
    internal static bool TryDateInstant(string value, out long minutes)
    {
        minutes = 0;
        var s = value.AsSpan().Trim(" \t\r\n");
        var i = 0;
        var negative = false;
        if (i < s.Length && s[i] == '-')
        {
            negative = true;
            i++;
        }

        var yearStart = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        var yearDigits = i - yearStart;
        if (yearDigits < 4 || (yearDigits > 4 && s[yearStart] == '0') || yearDigits > 9)
        {
            return false;
        }

        var year = long.Parse(s[yearStart..i], CultureInfo.InvariantCulture);
        if (year == 0)
        {
            return false;
        }

        if (negative)
        {
            year = -year;
        }

        if (s.Length < i + 6 || s[i] != '-' || !TwoDigits(s, i + 1, out var month) || s[i + 3] != '-' || !TwoDigits(s, i + 4, out var day))
        {
            return false;
        }

        i += 6;
        var offset = 0;
        if (i < s.Length)
        {
            var zone = s[i..];
            if (zone is "Z")
            {
                offset = 0;
            }
            else if (zone.Length == 6 && zone[0] is '+' or '-' && TwoDigits(zone, 1, out var hh) && zone[3] == ':' && TwoDigits(zone, 4, out var mm)
                     && mm <= 59 && (hh < 14 || (hh == 14 && mm == 0)))
            {
                offset = ((hh * 60) + mm) * (zone[0] == '-' ? -1 : 1);
            }
            else
            {
                return false;
            }
        }

        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }

        minutes = (DaysFromCivil(year, month, day) * 1440) - offset;
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> s, int at, out int value)
    {
        value = 0;
        if (at + 1 >= s.Length || !char.IsAsciiDigit(s[at]) || !char.IsAsciiDigit(s[at + 1]))
        {
            return false;
        }

        value = ((s[at] - '0') * 10) + (s[at + 1] - '0');
        return true;
    }

    private static int DaysInMonth(long year, int month)
    {
        var leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return month switch
        {
            2 => leap ? 29 : 28,
            4 or 6 or 9 or 11 => 30,
            _ => 31,
        };
    }

    // Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    private static long DaysFromCivil(long year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - (era * 400);
        var doy = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468;
    }

    /// <summary>
    /// BR-29/BR-30: <c>(exists(EndDate) and exists(StartDate) and xs:date(EndDate) &gt;= xs:date(StartDate)) or
    /// not(exists(StartDate)) or not(exists(EndDate))</c>. A date that cannot be cast (an XPath error) is not reported.
    /// </summary>
    internal static bool PeriodEndNotBeforeStart(XElement period, XName start, XName end)
    {
        var s = period.Element(start);
        var e = period.Element(end);
        if (s is null || e is null)
        {
            return true;
        }

        return !TryDateInstant(e.Value, out var endAt) || !TryDateInstant(s.Value, out var startAt) || endAt >= startAt;
    }

    /// <summary>XPath <c>substring(s, 1, 2)</c>: the first two characters (surrogate pairs count as one).</summary>
    internal static string FirstTwoCharacters(string value)
    {
        var end = 0;
        for (var n = 0; n < 2 && end < value.Length; n++)
        {
            end += char.IsHighSurrogate(value[end]) && end + 1 < value.Length ? 2 : 1;
        }

        return value[..end];
    }

    /// <summary>The index of the elements the document-level rules look at with <c>//</c>, built once per document.</summary>
    internal static UblDocumentIndex Index(XElement anyElement)
    {
        var top = anyElement;
        while (top.Parent is not null)
        {
            top = top.Parent;
        }

        return top.Annotation<UblDocumentIndex>() ?? UblDocumentIndex.Attach(top);
    }
}

/// <summary>
/// What the rules ask of one tax category element (cac:TaxCategory or cac:ClassifiedTaxCategory), computed once:
/// its first cbc:ID, raw and space-normalized, whether it has the VAT scheme, and for a category of an allowance or charge
/// what its cbc:ChargeIndicator says.
/// </summary>
internal readonly struct CategoryInfo
{
    public CategoryInfo(XElement element)
    {
        Element = element;
        XElement? first = null;
        var count = 0;
        foreach (var id in element.Elements(UblModelFunctions.CbcId))
        {
            first ??= id;
            count++;
        }

        RawId = first?.Value;
        Id = Xp.Norm(first);
        MultipleIds = count > 1;
        Vat = UblModelFunctions.IsVat(element);
        if (element.Parent is { } parent && parent.Name == UblModelFunctions.AllowanceCharge)
        {
            IsCharge = UblModelFunctions.ChargeIndicatorIs(parent, true);
            IsAllowance = UblModelFunctions.ChargeIndicatorIs(parent, false);
        }
    }

    public XElement Element { get; }

    /// <summary>The first cbc:ID as written, null when there is none.</summary>
    public string? RawId { get; }

    /// <summary><c>normalize-space(cbc:ID)</c> of the first cbc:ID ("" when there is none).</summary>
    public string Id { get; }

    public bool MultipleIds { get; }

    /// <summary><c>[cac:TaxScheme/normalize-space(upper-case(cbc:ID))='VAT']</c>.</summary>
    public bool Vat { get; }

    /// <summary>The parent is a cac:AllowanceCharge with <c>cbc:ChargeIndicator = true()</c>.</summary>
    public bool IsCharge { get; }

    /// <summary>The parent is a cac:AllowanceCharge with <c>cbc:ChargeIndicator = false()</c>.</summary>
    public bool IsAllowance { get; }

    /// <summary><c>cbc:ID[normalize-space(.) = code]</c> exists.</summary>
    public bool HasIdNormalized(string code) => MultipleIds ? UblModelFunctions.CountIds(Element, code) > 0 : RawId is not null && Id == code;

    /// <summary><c>count(cbc:ID[normalize-space(.) = code])</c>.</summary>
    public int CountIdsNormalized(string code) => MultipleIds ? UblModelFunctions.CountIds(Element, code) : RawId is not null && Id == code ? 1 : 0;

    /// <summary><c>cbc:ID = code</c> (exact string, any ID).</summary>
    public bool HasIdExactly(string code) => MultipleIds ? UblModelFunctions.AnyIdEquals(Element, code) : RawId == code;

    /// <summary>Whether the category belongs to an allowance/charge of this kind (null: any).</summary>
    public bool IsOf(bool? charge) => charge switch
    {
        true => IsCharge,
        false => IsAllowance,
        null => true,
    };
}

/// <summary>
/// Every element of a UBL document the EN 16931 rules reach with <c>//</c> (descendant paths), collected in one pass
/// instead of one scan per rule, with the tax categories already read.
/// </summary>
internal sealed class UblDocumentIndex
{
    [ThreadStatic]
    private static int latestGeneration;

    private UblDocumentIndex()
    {
        latestGeneration++;
    }

    /// <summary>
    /// Counts the indexes built on this thread: the document element is visited first, so a per-element cache tagged
    /// with this number never outlives the run that filled it.
    /// </summary>
    public static int LatestGeneration => latestGeneration;

    /// <summary>//cac:TaxCategory.</summary>
    public List<CategoryInfo> TaxCategories { get; } = [];

    /// <summary>The VAT breakdown categories: cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory under the document element.</summary>
    public List<CategoryInfo> BreakdownCategories { get; } = [];

    /// <summary>//cac:AllowanceCharge/cac:TaxCategory (document, line and price level).</summary>
    public List<CategoryInfo> AllowanceChargeCategories { get; } = [];

    /// <summary>//cac:ClassifiedTaxCategory.</summary>
    public List<CategoryInfo> ClassifiedTaxCategories { get; } = [];

    /// <summary>//cac:AllowanceCharge (document, line and price level).</summary>
    public List<XElement> AllowanceCharges { get; } = [];

    /// <summary>//cac:InvoiceLine.</summary>
    public List<XElement> InvoiceLines { get; } = [];

    /// <summary>//cac:CreditNoteLine.</summary>
    public List<XElement> CreditNoteLines { get; } = [];

    /// <summary>//(cac:InvoiceLine|cac:CreditNoteLine) in document order.</summary>
    public List<XElement> Lines { get; } = [];

    /// <summary>//cac:TaxTotal.</summary>
    public List<XElement> TaxTotals { get; } = [];

    /// <summary>//cbc:IdentificationCode.</summary>
    public List<XElement> IdentificationCodes { get; } = [];

    /// <summary>//cac:AccountingSupplierParty.</summary>
    public List<XElement> SupplierParties { get; } = [];

    /// <summary>//cac:AccountingCustomerParty.</summary>
    public List<XElement> CustomerParties { get; } = [];

    /// <summary>//cac:TaxRepresentativeParty.</summary>
    public List<XElement> TaxRepresentatives { get; } = [];

    /// <summary>Builds the index of the document under <paramref name="root"/> and stores it on the root (replacing an older one).</summary>
    public static UblDocumentIndex Attach(XElement root)
    {
        var index = new UblDocumentIndex();
        foreach (var e in root.DescendantsAndSelf())
        {
            var name = e.Name;
            if (name == UblModelFunctions.TaxCategory)
            {
                var info = new CategoryInfo(e);
                index.TaxCategories.Add(info);
                var parent = e.Parent;
                if (parent?.Name == UblModelFunctions.AllowanceCharge)
                {
                    index.AllowanceChargeCategories.Add(info);
                }
                else if (parent?.Name == UblModelFunctions.TaxSubtotal && parent.Parent is { } total && total.Name == UblModelFunctions.TaxTotal && total.Parent == root)
                {
                    index.BreakdownCategories.Add(info);
                }
            }
            else if (name == UblModelFunctions.ClassifiedTaxCategory)
            {
                index.ClassifiedTaxCategories.Add(new CategoryInfo(e));
            }
            else if (name == UblModelFunctions.AllowanceCharge)
            {
                index.AllowanceCharges.Add(e);
            }
            else if (name == UblModelFunctions.InvoiceLine)
            {
                index.InvoiceLines.Add(e);
                index.Lines.Add(e);
            }
            else if (name == UblModelFunctions.CreditNoteLine)
            {
                index.CreditNoteLines.Add(e);
                index.Lines.Add(e);
            }
            else if (name == UblModelFunctions.TaxTotal)
            {
                index.TaxTotals.Add(e);
            }
            else if (name == UblModelFunctions.IdentificationCode)
            {
                index.IdentificationCodes.Add(e);
            }
            else if (name == UblModelFunctions.AccountingSupplierParty)
            {
                index.SupplierParties.Add(e);
            }
            else if (name == UblModelFunctions.AccountingCustomerParty)
            {
                index.CustomerParties.Add(e);
            }
            else if (name == UblModelFunctions.TaxRepresentativeParty)
            {
                index.TaxRepresentatives.Add(e);
            }
        }

        root.RemoveAnnotations<UblDocumentIndex>();
        root.AddAnnotation(index);
        return index;
    }

    /// <summary>
    /// <c>exists(//X[cac:TaxScheme...='VAT']/cbc:ID[normalize-space(.) = 'code'])</c> over tax categories
    /// (<paramref name="classified"/>: ClassifiedTaxCategory).
    /// </summary>
    public bool AnyVatIdNormalized(bool classified, string code)
    {
        foreach (var category in classified ? ClassifiedTaxCategories : TaxCategories)
        {
            if (category.Vat && category.HasIdNormalized(code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>//cac:ClassifiedTaxCategory[normalize-space(cbc:ID) = 'code'][VAT?]</c>: count.</summary>
    public int CountClassified(string code, bool vat)
    {
        var count = 0;
        foreach (var category in ClassifiedTaxCategories)
        {
            if (category.Id == code && (!vat || category.Vat))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// <c>//cac:AllowanceCharge[cbc:ChargeIndicator = charge()]/cac:TaxCategory[normalize-space(cbc:ID) = 'code'][VAT?]</c>:
    /// count (<paramref name="charge"/> null: any allowance or charge). <paramref name="exactId"/> compares
    /// <c>cbc:ID = 'code'</c> without normalizing, as a few rules do.
    /// </summary>
    public int CountAllowanceChargeCategories(bool? charge, string code, bool vat, bool exactId = false)
    {
        var count = 0;
        foreach (var category in AllowanceChargeCategories)
        {
            var idMatches = exactId ? category.HasIdExactly(code) : category.Id == code;
            if (idMatches && category.IsOf(charge) && (!vat || category.Vat))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary><c>//cac:AllowanceCharge[...]/cac:TaxCategory[normalize-space(cbc:ID) != 'code'][VAT]</c>: count.</summary>
    public int CountAllowanceChargeCategoriesOtherThan(bool charge, string code)
    {
        var count = 0;
        foreach (var category in AllowanceChargeCategories)
        {
            if (category.Id != code && category.Vat && category.IsOf(charge))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary><c>count(//cac:ClassifiedTaxCategory[normalize-space(cbc:ID) != 'code'][VAT])</c>.</summary>
    public int CountClassifiedOtherThan(string code)
    {
        var count = 0;
        foreach (var category in ClassifiedTaxCategories)
        {
            if (category.Id != code && category.Vat)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary><c>//cac:TaxCategory/cbc:ID = 'code' or //cac:ClassifiedTaxCategory/cbc:ID = 'code'</c> (exact strings).</summary>
    public bool AnyCategoryIdExactly(string code)
    {
        foreach (var category in TaxCategories)
        {
            if (category.HasIdExactly(code))
            {
                return true;
            }
        }

        return AnyClassifiedIdExactly(code);
    }

    /// <summary><c>//cac:ClassifiedTaxCategory/cbc:ID = 'code'</c> (exact string).</summary>
    public bool AnyClassifiedIdExactly(string code)
    {
        foreach (var category in ClassifiedTaxCategories)
        {
            if (category.HasIdExactly(code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>exists(//cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme[VAT?]/cbc:CompanyID)</c>.</summary>
    public bool SupplierHasTaxCompanyId(bool vat) => AnyPartyTaxCompanyId(SupplierParties, viaParty: true, vat);

    /// <summary><c>exists(//cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme[VAT]/cbc:CompanyID)</c>.</summary>
    public bool CustomerHasVatId() => AnyPartyTaxCompanyId(CustomerParties, viaParty: true, vat: true);

    /// <summary><c>exists(//cac:TaxRepresentativeParty/cac:PartyTaxScheme[VAT]/cbc:CompanyID)</c>.</summary>
    public bool TaxRepresentativeHasVatId() => AnyPartyTaxCompanyId(TaxRepresentatives, viaParty: false, vat: true);

    /// <summary><c>exists(//cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID)</c>.</summary>
    public bool CustomerHasLegalCompanyId()
    {
        foreach (var customer in CustomerParties)
        {
            foreach (var party in customer.Elements(UblModelFunctions.Party))
            {
                foreach (var legal in party.Elements(UblModelFunctions.PartyLegalEntity))
                {
                    if (legal.Element(UblModelFunctions.CompanyId) is not null)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool AnyPartyTaxCompanyId(List<XElement> holders, bool viaParty, bool vat)
    {
        foreach (var holder in holders)
        {
            if (viaParty)
            {
                foreach (var party in holder.Elements(UblModelFunctions.Party))
                {
                    if (AnyTaxSchemeCompanyId(party, vat))
                    {
                        return true;
                    }
                }
            }
            else if (AnyTaxSchemeCompanyId(holder, vat))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyTaxSchemeCompanyId(XElement party, bool vat)
    {
        foreach (var scheme in party.Elements(UblModelFunctions.PartyTaxScheme))
        {
            if (scheme.Element(UblModelFunctions.CompanyId) is not null && (!vat || UblModelFunctions.IsVat(scheme)))
            {
                return true;
            }
        }

        return false;
    }
}
