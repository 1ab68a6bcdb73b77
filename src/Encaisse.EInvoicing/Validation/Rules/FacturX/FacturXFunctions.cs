using System.Globalization;
using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using N = Encaisse.EInvoicing.Validation.Rules.FacturX.FacturXNames;

namespace Encaisse.EInvoicing.Validation.Rules.FacturX;

/// <summary>
/// XPath idioms of the Factur-X business rules, with XPath 2.0 semantics: general comparisons are existential and
/// false on an empty sequence; <c>sum()</c> of untyped nodes is xs:double; <c>xs:decimal(())</c> is empty (null here).
/// Where the XPath would raise a dynamic error (a cast of a non-number, a sequence where one item is expected),
/// these helpers use the first item or treat the value as absent; the reference stops on such documents anyway.
/// </summary>
internal static class FacturXFunctions
{
    /// <summary>The document element when it is <c>rsm:CrossIndustryInvoice</c> (absolute paths start there), else null.</summary>
    public static XElement? Root(XElement e)
    {
        var root = e.Document?.Root ?? e.AncestorsAndSelf().Last();
        return root.Name == N.CrossIndustryInvoice ? root : null;
    }

    /// <summary>The document element, whatever its name (<c>//x</c> searches from it).</summary>
    public static XElement Top(XElement e) => e.Document?.Root ?? e.AncestorsAndSelf().Last();

    /// <summary><c>/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement</c>.</summary>
    public static IEnumerable<XElement> HeaderSettlements(XElement e) =>
        Root(e) is { } root ? root.Elements(N.SupplyChainTradeTransaction).Elements(N.ApplicableHeaderTradeSettlement) : [];

    /// <summary><c>/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement</c>.</summary>
    public static IEnumerable<XElement> HeaderAgreements(XElement e) =>
        Root(e) is { } root ? root.Elements(N.SupplyChainTradeTransaction).Elements(N.ApplicableHeaderTradeAgreement) : [];

    /// <summary><c>/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem</c>.</summary>
    public static IEnumerable<XElement> Lines(XElement e) =>
        Root(e) is { } root ? root.Elements(N.SupplyChainTradeTransaction).Elements(N.IncludedSupplyChainTradeLineItem) : [];

    /// <summary><c>//name</c>.</summary>
    public static IEnumerable<XElement> All(XElement e, XName name) => Top(e).DescendantsAndSelf(name);

    /// <summary><c>//parent/child</c>.</summary>
    public static IEnumerable<XElement> All(XElement e, XName parent, XName child) => Top(e).DescendantsAndSelf(parent).Elements(child);

    /// <summary><c>exists(path)</c> relative to e.</summary>
    public static bool Has(XElement? e, params XName[] path) => Xp.First(e, path) is not null;

    /// <summary><c>path != ''</c>: some node has a non-empty string value.</summary>
    public static bool AnyNotEmpty(IEnumerable<XElement> nodes)
    {
        foreach (var node in nodes)
        {
            if (node.Value.Length != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>path = 'v'</c>: some node's string value equals v.</summary>
    public static bool AnyEquals(IEnumerable<XElement> nodes, string value)
    {
        foreach (var node in nodes)
        {
            if (node.Value == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>path != 'v'</c>: some node's string value differs from v.</summary>
    public static bool AnyDiffers(IEnumerable<XElement> nodes, string value)
    {
        foreach (var node in nodes)
        {
            if (node.Value != value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>string-length(substring-after(x, '.')) &lt;= 2</c> on the first node (empty when absent).</summary>
    public static bool TwoDecimals(XElement? node)
    {
        if (node is null)
        {
            return true;
        }

        var value = node.Value;
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 || Xp.StringLength(value[(dot + 1)..]) <= 2;
    }

    /// <summary>The first child named <paramref name="name"/>.</summary>
    public static XElement? Child(XElement? e, XName name) => e?.Element(name);

    /// <summary><c>x = number</c> for untyped nodes: some node, cast to xs:double, equals the number.</summary>
    public static bool AnyEqualsNumber(IEnumerable<XElement> nodes, double number)
    {
        foreach (var node in nodes)
        {
            if (Xp.Double(node) == number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>x op number</c> for untyped nodes (existential).</summary>
    public static bool AnyCompare(IEnumerable<XElement> nodes, Func<double, bool> predicate)
    {
        foreach (var node in nodes)
        {
            var d = Xp.Double(node);
            if (!double.IsNaN(d) && predicate(d))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>round(x * 10 * 10) div 100</c> in xs:double, with XPath's evaluation order.</summary>
    public static double Round2(double x) => Xp.Round(x * 10 * 10) / 100;

    /// <summary><c>round(x * 10 * 10) div 100</c> in xs:decimal.</summary>
    public static decimal Round2(decimal x) => Xp.Round(x * 10 * 10) / 100;

    /// <summary>
    /// <c>xs:decimal($double)</c>: the decimal written by the shortest round-trip form of the double (how Saxon
    /// converts); null for NaN and infinities.
    /// </summary>
    public static decimal? DecimalOf(double d) =>
        double.IsNaN(d) || double.IsInfinity(d) ? null : decimal.TryParse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : null;

    /// <summary><c>xs:decimal(x)</c> of the first node; null when absent or not a decimal.</summary>
    public static decimal? Dec(XElement? node) => Xp.Decimal(node);

    /// <summary><c>sum(nodes/xs:decimal(.))</c>; null when one is not a decimal.</summary>
    public static decimal? SumDec(IEnumerable<XElement> nodes) => Xp.SumDecimal(nodes);

    /// <summary>An untyped node compared with a boolean (<c>udt:Indicator = true()</c>): cast to xs:boolean.</summary>
    public static bool? Boolean(XElement? node)
    {
        if (node is null)
        {
            return null;
        }

        return Xp.NormalizeSpace(node.Value) switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => null,
        };
    }

    /// <summary><c>ram:ChargeIndicator/udt:Indicator = wanted</c> compared as xs:boolean (existential).</summary>
    public static bool IndicatorIsBoolean(XElement allowanceCharge, bool wanted)
    {
        foreach (var indicator in allowanceCharge.Elements(N.ChargeIndicator).Elements(N.Indicator))
        {
            if (Boolean(indicator) == wanted)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>ram:ChargeIndicator/udt:Indicator = 'text'</c> compared as strings (existential).</summary>
    public static bool IndicatorIsText(XElement allowanceCharge, string text) =>
        AnyEquals(allowanceCharge.Elements(N.ChargeIndicator).Elements(N.Indicator), text);

    /// <summary><c>ram:SpecifiedTaxRegistration/ram:ID[@schemeID = (schemes)]</c> under the parties.</summary>
    public static bool HasTaxId(IEnumerable<XElement> parties, params string[] schemes)
    {
        foreach (var id in parties.Elements(N.SpecifiedTaxRegistration).Elements(N.Id))
        {
            var scheme = id.Attribute(N.SchemeIdAttribute)?.Value;
            if (scheme is not null && Array.IndexOf(schemes, scheme) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parties named <paramref name="party"/> under the header agreement (absolute path).</summary>
    public static IEnumerable<XElement> HeaderParties(XElement e, XName party) => HeaderAgreements(e).Elements(party);

    /// <summary>
    /// A line is "detail" for the EXTENDED sums: <c>not(ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode)
    /// or ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode = 'DETAIL'</c>.
    /// </summary>
    public static bool IsDetailLine(XElement line)
    {
        var codes = line.Elements(N.AssociatedDocumentLineDocument).Elements(N.LineStatusReasonCode);
        return !codes.Any() || AnyEquals(codes, "DETAIL");
    }

    /// <summary>The upper-case of a string (XPath <c>upper-case()</c>).</summary>
    public static string Upper(string s) => s.ToUpperInvariant();

    /// <summary><c>upper-case(ram:TypeCode) = 'VAT'</c> (existential).</summary>
    public static bool IsVat(XElement tax)
    {
        foreach (var code in tax.Elements(N.TypeCode))
        {
            if (Upper(code.Value) == "VAT")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>count(x)</c>.</summary>
    public static int Count(IEnumerable<XElement> nodes)
    {
        var n = 0;
        foreach (var _ in nodes)
        {
            n++;
        }

        return n;
    }
}
