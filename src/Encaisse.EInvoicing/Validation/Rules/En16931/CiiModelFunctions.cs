using System.Globalization;
using System.Numerics;
using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>The CII element names the EN 16931 model and code-list rules use (rsm, ram, udt), resolved once.</summary>
internal static class CiiN
{
    // rsm
    public static readonly XName CrossIndustryInvoice = Namespaces.Rsm + "CrossIndustryInvoice";
    public static readonly XName ExchangedDocumentContext = Namespaces.Rsm + "ExchangedDocumentContext";
    public static readonly XName ExchangedDocument = Namespaces.Rsm + "ExchangedDocument";
    public static readonly XName SupplyChainTradeTransaction = Namespaces.Rsm + "SupplyChainTradeTransaction";

    // udt
    public static readonly XName Indicator = Namespaces.Udt + "Indicator";
    public static readonly XName DateTimeString = Namespaces.Udt + "DateTimeString";

    // ram
    public static readonly XName ActualAmount = Ram("ActualAmount");
    public static readonly XName ActualDeliverySupplyChainEvent = Ram("ActualDeliverySupplyChainEvent");
    public static readonly XName AdditionalReferencedDocument = Ram("AdditionalReferencedDocument");
    public static readonly XName AllowanceTotalAmount = Ram("AllowanceTotalAmount");
    public static readonly XName ApplicableHeaderTradeAgreement = Ram("ApplicableHeaderTradeAgreement");
    public static readonly XName ApplicableHeaderTradeDelivery = Ram("ApplicableHeaderTradeDelivery");
    public static readonly XName ApplicableHeaderTradeSettlement = Ram("ApplicableHeaderTradeSettlement");
    public static readonly XName ApplicableProductCharacteristic = Ram("ApplicableProductCharacteristic");
    public static readonly XName ApplicableTradeSettlementFinancialCard = Ram("ApplicableTradeSettlementFinancialCard");
    public static readonly XName ApplicableTradeTax = Ram("ApplicableTradeTax");
    public static readonly XName AssociatedDocumentLineDocument = Ram("AssociatedDocumentLineDocument");
    public static readonly XName AttachmentBinaryObject = Ram("AttachmentBinaryObject");
    public static readonly XName BasisAmount = Ram("BasisAmount");
    public static readonly XName BasisQuantity = Ram("BasisQuantity");
    public static readonly XName BilledQuantity = Ram("BilledQuantity");
    public static readonly XName BillingSpecifiedPeriod = Ram("BillingSpecifiedPeriod");
    public static readonly XName BuyerTradeParty = Ram("BuyerTradeParty");
    public static readonly XName CalculatedAmount = Ram("CalculatedAmount");
    public static readonly XName CategoryCode = Ram("CategoryCode");
    public static readonly XName CategoryTradeTax = Ram("CategoryTradeTax");
    public static readonly XName ChargeAmount = Ram("ChargeAmount");
    public static readonly XName ChargeIndicator = Ram("ChargeIndicator");
    public static readonly XName ChargeTotalAmount = Ram("ChargeTotalAmount");
    public static readonly XName ClassCode = Ram("ClassCode");
    public static readonly XName CountryID = Ram("CountryID");
    public static readonly XName Description = Ram("Description");
    public static readonly XName DesignatedProductClassification = Ram("DesignatedProductClassification");
    public static readonly XName DueDateTypeCode = Ram("DueDateTypeCode");
    public static readonly XName DuePayableAmount = Ram("DuePayableAmount");
    public static readonly XName EndDateTime = Ram("EndDateTime");
    public static readonly XName ExemptionReason = Ram("ExemptionReason");
    public static readonly XName ExemptionReasonCode = Ram("ExemptionReasonCode");
    public static readonly XName GlobalID = Ram("GlobalID");
    public static readonly XName GrandTotalAmount = Ram("GrandTotalAmount");
    public static readonly XName GrossPriceProductTradePrice = Ram("GrossPriceProductTradePrice");
    public static readonly XName GuidelineSpecifiedDocumentContextParameter = Ram("GuidelineSpecifiedDocumentContextParameter");
    public static readonly XName IBANID = Ram("IBANID");
    public static readonly XName ID = Ram("ID");
    public static readonly XName IncludedSupplyChainTradeLineItem = Ram("IncludedSupplyChainTradeLineItem");
    public static readonly XName InvoiceCurrencyCode = Ram("InvoiceCurrencyCode");
    public static readonly XName InvoiceReferencedDocument = Ram("InvoiceReferencedDocument");
    public static readonly XName IssueDateTime = Ram("IssueDateTime");
    public static readonly XName IssuerAssignedID = Ram("IssuerAssignedID");
    public static readonly XName LineID = Ram("LineID");
    public static readonly XName LineTotalAmount = Ram("LineTotalAmount");
    public static readonly XName Name = Ram("Name");
    public static readonly XName NetPriceProductTradePrice = Ram("NetPriceProductTradePrice");
    public static readonly XName OccurrenceDateTime = Ram("OccurrenceDateTime");
    public static readonly XName OriginTradeCountry = Ram("OriginTradeCountry");
    public static readonly XName PayeePartyCreditorFinancialAccount = Ram("PayeePartyCreditorFinancialAccount");
    public static readonly XName PayeeTradeParty = Ram("PayeeTradeParty");
    public static readonly XName PostalTradeAddress = Ram("PostalTradeAddress");
    public static readonly XName ProprietaryID = Ram("ProprietaryID");
    public static readonly XName RateApplicablePercent = Ram("RateApplicablePercent");
    public static readonly XName Reason = Ram("Reason");
    public static readonly XName ReasonCode = Ram("ReasonCode");
    public static readonly XName ReferenceTypeCode = Ram("ReferenceTypeCode");
    public static readonly XName RoundingAmount = Ram("RoundingAmount");
    public static readonly XName SellerTaxRepresentativeTradeParty = Ram("SellerTaxRepresentativeTradeParty");
    public static readonly XName SellerTradeParty = Ram("SellerTradeParty");
    public static readonly XName ShipToTradeParty = Ram("ShipToTradeParty");
    public static readonly XName SpecifiedLegalOrganization = Ram("SpecifiedLegalOrganization");
    public static readonly XName SpecifiedLineTradeAgreement = Ram("SpecifiedLineTradeAgreement");
    public static readonly XName SpecifiedLineTradeDelivery = Ram("SpecifiedLineTradeDelivery");
    public static readonly XName SpecifiedLineTradeSettlement = Ram("SpecifiedLineTradeSettlement");
    public static readonly XName SpecifiedTaxRegistration = Ram("SpecifiedTaxRegistration");
    public static readonly XName SpecifiedTradeAllowanceCharge = Ram("SpecifiedTradeAllowanceCharge");
    public static readonly XName SpecifiedTradeProduct = Ram("SpecifiedTradeProduct");
    public static readonly XName SpecifiedTradeSettlementHeaderMonetarySummation = Ram("SpecifiedTradeSettlementHeaderMonetarySummation");
    public static readonly XName SpecifiedTradeSettlementLineMonetarySummation = Ram("SpecifiedTradeSettlementLineMonetarySummation");
    public static readonly XName SpecifiedTradeSettlementPaymentMeans = Ram("SpecifiedTradeSettlementPaymentMeans");
    public static readonly XName StartDateTime = Ram("StartDateTime");
    public static readonly XName SubjectCode = Ram("SubjectCode");
    public static readonly XName TaxBasisTotalAmount = Ram("TaxBasisTotalAmount");
    public static readonly XName TaxCurrencyCode = Ram("TaxCurrencyCode");
    public static readonly XName TaxPointDate = Ram("TaxPointDate");
    public static readonly XName TaxTotalAmount = Ram("TaxTotalAmount");
    public static readonly XName TotalPrepaidAmount = Ram("TotalPrepaidAmount");
    public static readonly XName TypeCode = Ram("TypeCode");
    public static readonly XName URIID = Ram("URIID");
    public static readonly XName URIUniversalCommunication = Ram("URIUniversalCommunication");
    public static readonly XName Value = Ram("Value");

    // attributes (no namespace)
    public static readonly XName CurrencyIdAttr = "currencyID";
    public static readonly XName SchemeIdAttr = "schemeID";
    public static readonly XName ListIdAttr = "listID";
    public static readonly XName UnitCodeAttr = "unitCode";
    public static readonly XName MimeCodeAttr = "mimeCode";
    public static readonly XName FormatAttr = "format";

    private static XName Ram(string local) => Namespaces.Ram + local;
}

/// <summary>
/// XPath 2.0 idioms of the EN 16931 CII model rules, with the typing the Schematron relies on. Where an XPath
/// would raise a dynamic error (a cardinality error on a single-item function, a failed cast) the reference run
/// aborts; these helpers then take the first item or treat the value as absent (documented per helper).
/// </summary>
internal static class CiiModelFunctions
{
    /// <summary>The flag of every EN 16931 model and code-list rule.</summary>
    public const RuleFlag Fatal = RuleFlag.Fatal;

    /// <summary>The first child of <paramref name="e"/> named <paramref name="name"/>, or null.</summary>
    public static XElement? C(XElement? e, XName name) => e?.Element(name);

    /// <summary>The first element on a child path, or null.</summary>
    public static XElement? C(XElement? e, XName a, XName b) => e?.Element(a)?.Element(b) ?? FirstSlow(e, a, b);

    /// <summary>The first element on a child path, or null.</summary>
    public static XElement? C(XElement? e, XName a, XName b, XName c) => Xp.First(e, a, b, c);

    /// <summary>Whether a child path leads to at least one element (XPath <c>exists(a/b)</c>).</summary>
    public static bool Has(XElement? e, params XName[] path) => Xp.First(e, path) is not null;

    // a/b where the first a has no b but a later a has one.
    private static XElement? FirstSlow(XElement? e, XName a, XName b)
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

    /// <summary>The first attribute <paramref name="name"/> found on the elements (<c>path/@a</c> as a single item).</summary>
    public static XAttribute? FirstAttribute(IEnumerable<XElement> elements, XName name)
    {
        foreach (var e in elements)
        {
            if (e.Attribute(name) is { } a)
            {
                return a;
            }
        }

        return null;
    }

    /// <summary><c>normalize-space(path) != ''</c> (several items would be an XPath error: the first one is used).</summary>
    public static bool NotBlank(XElement? e) => e is not null && Xp.Norm(e).Length > 0;

    /// <summary><c>normalize-space(@a) != ''</c>.</summary>
    public static bool NotBlank(XAttribute? a) => a is not null && Xp.Norm(a).Length > 0;

    /// <summary>
    /// <c>string-length(substring-after(x, '.')) &lt;= 2</c>: at most two characters after the first point of the
    /// string value, as written (no trimming). Absent: true.
    /// </summary>
    public static bool AtMostTwoDecimals(XElement? e)
    {
        if (e is null)
        {
            return true;
        }

        var s = e.Value;
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 || Xp.StringLength(s[(dot + 1)..]) <= 2;
    }

    /// <summary>Whether any element of the sequence has exactly this string value (general comparison with a string).</summary>
    public static bool AnyEquals(IEnumerable<XElement> elements, string value)
    {
        foreach (var e in elements)
        {
            if (string.Equals(e.Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any string of one sequence equals any string of the other (<c>a = b</c> on node sequences).</summary>
    public static bool AnyPairEquals(IEnumerable<XElement> left, IEnumerable<XElement> right)
    {
        foreach (var l in left)
        {
            foreach (var other in right)
            {
                if (string.Equals(l.Value, other.Value, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether any child named <paramref name="name"/> has exactly this string value (<c>ram:X = 'v'</c>).</summary>
    public static bool ChildEquals(XElement? e, XName name, string value) => e is not null && AnyEquals(e.Elements(name), value);

    /// <summary>Whether any child named <paramref name="name"/> has a string value other than <paramref name="value"/> (<c>ram:X != 'v'</c>).</summary>
    public static bool ChildNotEquals(XElement e, XName name, string value)
    {
        foreach (var c in e.Elements(name))
        {
            if (!string.Equals(c.Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any attribute value of one sequence equals any string of the other (existential string comparison).</summary>
    public static bool AnyAttrEqualsAny(IEnumerable<XElement> owners, XName attribute, IEnumerable<XElement> values)
    {
        foreach (var owner in owners)
        {
            var a = owner.Attribute(attribute);
            if (a is null)
            {
                continue;
            }

            foreach (var v in values)
            {
                if (string.Equals(a.Value, v.Value, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether an attribute value equals any element string of the sequence.</summary>
    public static bool AttrEqualsAny(XAttribute? a, IEnumerable<XElement> values)
    {
        if (a is null)
        {
            return false;
        }

        foreach (var v in values)
        {
            if (string.Equals(a.Value, v.Value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>upper-case(ram:TypeCode) = 'VAT'</c> (first TypeCode; none: false).</summary>
    public static bool IsVat(XElement? tax) =>
        tax?.Element(CiiN.TypeCode) is { } t && string.Equals(t.Value.ToUpperInvariant(), "VAT", StringComparison.Ordinal);

    /// <summary><c>normalize-space(upper-case(ram:TypeCode)) = 'VAT'</c>.</summary>
    public static bool IsVatNormalized(XElement tax) =>
        tax.Element(CiiN.TypeCode) is { } t && string.Equals(Xp.NormalizeSpace(t.Value.ToUpperInvariant()), "VAT", StringComparison.Ordinal);

    /// <summary>The <c>xs:boolean</c> cast of a string: true/false/1/0 with surrounding whitespace; null when not castable.</summary>
    public static bool? Boolean(string value)
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
    /// <c>ram:ChargeIndicator/udt:Indicator = true()/false()</c> on an allowance/charge: any indicator whose boolean
    /// cast equals <paramref name="value"/> (a value that is not a boolean would be an XPath error: no match).
    /// </summary>
    public static bool IndicatorIs(XElement allowanceCharge, bool value)
    {
        foreach (var ci in allowanceCharge.Elements(CiiN.ChargeIndicator))
        {
            foreach (var ind in ci.Elements(CiiN.Indicator))
            {
                if (Boolean(ind.Value) == value)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// <c>(ram:ChargeIndicator/udt:Indicator cast as xs:boolean) = b</c>: exactly one indicator, cast (none or several
    /// would be an XPath error: no match).
    /// </summary>
    public static bool IndicatorCastIs(XElement allowanceCharge, bool value)
    {
        XElement? only = null;
        var count = 0;
        foreach (var ci in allowanceCharge.Elements(CiiN.ChargeIndicator))
        {
            foreach (var ind in ci.Elements(CiiN.Indicator))
            {
                only = ind;
                count++;
            }
        }

        return count == 1 && Boolean(only!.Value) == value;
    }

    /// <summary>
    /// How Saxon (9.9, the reference) compares an untyped node with a number in a general comparison: the node is
    /// cast to xs:double and the two are ordered like Java's Double.compare, so -0 sorts below +0 ("-0.00" = 0 is
    /// false, "-0.00" &gt;= 0 is false). NaN compares false with everything. Typed doubles (results of arithmetic)
    /// compare the IEEE way and do not go through here.
    /// </summary>
    public static bool UntypedCompare(double node, CompareOp op, double number)
    {
        if (double.IsNaN(node) || double.IsNaN(number))
        {
            return false;
        }

        int c;
        if (node < number)
        {
            c = -1;
        }
        else if (node > number)
        {
            c = 1;
        }
        else
        {
            var a = BitConverter.DoubleToInt64Bits(node);
            var b = BitConverter.DoubleToInt64Bits(number);
            c = a == b ? 0 : (a < b ? -1 : 1);
        }

        return op switch
        {
            CompareOp.Eq => c == 0,
            CompareOp.Gt => c > 0,
            CompareOp.Ge => c >= 0,
            CompareOp.Lt => c < 0,
            _ => c <= 0,
        };
    }

    /// <summary>Whether any of the elements compares with the number as an untyped node does (<c>ram:X op n</c>); values that are not numbers never match.</summary>
    public static bool AnyUntyped(IEnumerable<XElement> elements, CompareOp op, double number)
    {
        foreach (var e in elements)
        {
            if (Xp.TryDouble(e.Value, out var d) && UntypedCompare(d, op, number))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>ram:X = 0</c> on children.</summary>
    public static bool AnyChildEqualsZero(XElement e, XName name) => AnyUntyped(e.Elements(name), CompareOp.Eq, 0d);

    /// <summary><c>ram:X &gt; 0</c> on children.</summary>
    public static bool AnyChildPositive(XElement e, XName name) => AnyUntyped(e.Elements(name), CompareOp.Gt, 0d);

    /// <summary><c>ram:X &gt;= 0</c> on children.</summary>
    public static bool AnyChildNonNegative(XElement e, XName name) => AnyUntyped(e.Elements(name), CompareOp.Ge, 0d);

    /// <summary><c>xs:decimal(x)</c> of the first element; null when absent or not a decimal.</summary>
    public static decimal? Dec(XElement? e) => Xp.Decimal(e);

    /// <summary>
    /// XPath <c>round()</c> on xs:double as Saxon does it (Java Math.round: half towards positive infinity, exact
    /// for values like 0.49999999999999994).
    /// </summary>
    public static double RoundD(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return x;
        }

        if (x >= -0.5 && x < 0)
        {
            return -0d; // Saxon keeps the sign of a negative number rounded to zero
        }

        var f = Math.Floor(x);
        return x - f >= 0.5 ? f + 1 : f;
    }

    /// <summary>XPath <c>round()</c> on xs:decimal (half towards positive infinity).</summary>
    public static decimal RoundM(decimal x) => Math.Floor(x + 0.5m);

    /// <summary>xs:double of an xs:decimal, correctly rounded (as Java's BigDecimal.doubleValue()).</summary>
    public static double ToDouble(decimal d) => d == 0m ? 0d : double.Parse(d.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// The <c>xs:decimal</c> cast of an xs:double as Saxon does it: the exact binary value of the double (e.g.
    /// 1.005e0 → 1.00499999999999989…), kept to decimal's 28 significant digits. Null for NaN and infinities.
    /// </summary>
    public static decimal? ExactDecimal(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return null;
        }

        if (x == 0d)
        {
            return 0m;
        }

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

        // value = mantissa * 2^exponent, written as an exact decimal string, then parsed with rounding to 28-29 digits.
        string digits;
        int scale;
        if (exponent >= 0)
        {
            digits = (new BigInteger(mantissa) << exponent).ToString(CultureInfo.InvariantCulture);
            scale = 0;
        }
        else
        {
            // mantissa / 2^-e = mantissa * 5^-e / 10^-e
            digits = (new BigInteger(mantissa) * BigInteger.Pow(5, -exponent)).ToString(CultureInfo.InvariantCulture);
            scale = -exponent;
        }

        string text;
        if (scale == 0)
        {
            text = digits;
        }
        else if (digits.Length > scale)
        {
            text = digits[..^scale] + "." + digits[^scale..];
        }
        else
        {
            text = "0." + new string('0', scale - digits.Length) + digits;
        }

        // Keep 28 significant digits so decimal.Parse does not throw on long fractions.
        text = TrimSignificant(text, 28);
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var result))
        {
            return null;
        }

        return negative ? -result : result;
    }

    // Truncates a plain positive decimal string to n significant digits, rounding half up on the next digit.
    private static string TrimSignificant(string text, int n)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return text;
        }

        var significant = 0;
        var started = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                continue;
            }

            if (c != '0')
            {
                started = true;
            }

            if (started)
            {
                significant++;
            }

            if (significant == n && i > dot)
            {
                var kept = text[..(i + 1)];
                if (i + 1 < text.Length && text[i + 1] >= '5')
                {
                    var d = decimal.Parse(kept, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                    var ulp = 1m;
                    for (var k = 0; k < i - dot; k++)
                    {
                        ulp /= 10m;
                    }

                    return (d + ulp).ToString(CultureInfo.InvariantCulture);
                }

                return kept;
            }
        }

        return text;
    }

    /// <summary>
    /// <c>sum(nodes)</c> of untyped nodes, in xs:double; false when one is not a number (an XPath error).
    /// </summary>
    public static bool TrySumDouble(IEnumerable<XElement> elements, out double sum)
    {
        // Saxon starts from the first item (not from 0), so the sum of a single -0.00 stays -0.
        sum = 0d;
        var first = true;
        foreach (var e in elements)
        {
            if (!Xp.TryDouble(e.Value, out var d))
            {
                return false;
            }

            sum = first ? d : sum + d;
            first = false;
        }

        return true;
    }

    /// <summary>
    /// <c>round(sum(nodes) * 10 * 10) div 100</c> in xs:double, the way several totals rules write it; NaN when a value
    /// is not a number.
    /// </summary>
    public static double RoundedSumDouble(IEnumerable<XElement> elements) =>
        TrySumDouble(elements, out var s) ? RoundD(s * 10 * 10) / 100 : double.NaN;

    /// <summary>The root element when it is rsm:CrossIndustryInvoice (the start of the Schematron's absolute paths), else null.</summary>
    public static XElement? CiiRoot(XElement e)
    {
        var root = e.Document?.Root ?? RootOf(e);
        return root.Name == CiiN.CrossIndustryInvoice ? root : null;
    }

    private static XElement RootOf(XElement e)
    {
        while (e.Parent is { } p)
        {
            e = p;
        }

        return e;
    }

    /// <summary><c>/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement</c>.</summary>
    public static IEnumerable<XElement> AbsHeaderSettlements(XElement any) =>
        CiiRoot(any) is { } root ? root.Elements(CiiN.SupplyChainTradeTransaction).Elements(CiiN.ApplicableHeaderTradeSettlement) : [];

    /// <summary><c>/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement</c>.</summary>
    public static IEnumerable<XElement> AbsHeaderAgreements(XElement any) =>
        CiiRoot(any) is { } root ? root.Elements(CiiN.SupplyChainTradeTransaction).Elements(CiiN.ApplicableHeaderTradeAgreement) : [];

    /// <summary><c>/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement</c>.</summary>
    public static IEnumerable<XElement> AbsLineSettlements(XElement any) =>
        CiiRoot(any) is { } root
            ? root.Elements(CiiN.SupplyChainTradeTransaction).Elements(CiiN.IncludedSupplyChainTradeLineItem).Elements(CiiN.SpecifiedLineTradeSettlement)
            : [];

    /// <summary>Whether a tax registration id element carries one of the scheme ids (<c>ram:ID[@schemeID = ('VA', 'FC')]</c>).</summary>
    private static bool HasSchemeId(XElement party, bool allowFc)
    {
        foreach (var reg in party.Elements(CiiN.SpecifiedTaxRegistration))
        {
            foreach (var id in reg.Elements(CiiN.ID))
            {
                var scheme = id.Attribute(CiiN.SchemeIdAttr)?.Value;
                if (scheme == "VA" || (allowFc && scheme == "FC"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// <c>/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID[@schemeID = ('VA', 'FC')]</c>
    /// or the tax representative's VA id (the seller-side condition of BR-S-02 and its kin).
    /// </summary>
    public static bool AbsSellerVatOrTaxId(XElement any)
    {
        foreach (var agreement in AbsHeaderAgreements(any))
        {
            foreach (var seller in agreement.Elements(CiiN.SellerTradeParty))
            {
                if (HasSchemeId(seller, allowFc: true))
                {
                    return true;
                }
            }

            foreach (var rep in agreement.Elements(CiiN.SellerTaxRepresentativeTradeParty))
            {
                if (HasSchemeId(rep, allowFc: false))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Any VA id of the (absolute-path) seller or seller tax representative (BR-O-02 and kin).</summary>
    public static bool AbsSellerOrRepVat(XElement any)
    {
        foreach (var agreement in AbsHeaderAgreements(any))
        {
            foreach (var party in agreement.Elements())
            {
                if ((party.Name == CiiN.SellerTradeParty || party.Name == CiiN.SellerTaxRepresentativeTradeParty) && HasSchemeId(party, allowFc: false))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Facts about the whole document that rules read through <c>//</c> paths, computed once per run.</summary>
    public static CiiFacts Facts(XElement any)
    {
        var root = any.Document?.Root ?? RootOf(any);
        var cached = CachedFacts;
        if (cached is not null && cached.Describes(root))
        {
            return cached;
        }

        return Refresh(root);
    }

    /// <summary>Recomputes the document facts (called by the rule on the document element, which every run visits first).</summary>
    public static CiiFacts Refresh(XElement root)
    {
        var facts = new CiiFacts(root);
        CachedFacts = facts;
        return facts;
    }

    [ThreadStatic]
    private static CiiFacts? CachedFacts;

    /// <summary>
    /// <c>every $rate in ../ram:RateApplicablePercent/xs:decimal(.) satisfies (../ram:BasisAmount = …)</c>, the
    /// per-rate taxable amount check of BR-S-08, BR-AF-08 and BR-AG-08: the rate and basis are read relative to
    /// <paramref name="parent"/> (the context's parent, as written).
    /// </summary>
    public static bool PerRateBasisHolds(XElement parent, string category)
    {
        foreach (var rateElement in parent.Elements(CiiN.RateApplicablePercent))
        {
            if (!Xp.TryDecimal(rateElement.Value, out var rate))
            {
                return false;
            }

            // Σ line net amounts (decimal) of lines with this category and rate.
            var lines = 0m;
            foreach (var settlement in AbsLineSettlements(parent))
            {
                if (!AnyTaxChildEquals(settlement, CiiN.ApplicableTradeTax, category) || !AnyTaxRateEquals(settlement, CiiN.ApplicableTradeTax, rate))
                {
                    continue;
                }

                foreach (var summation in settlement.Elements(CiiN.SpecifiedTradeSettlementLineMonetarySummation))
                {
                    foreach (var amount in summation.Elements(CiiN.LineTotalAmount))
                    {
                        if (!Xp.TryDecimal(amount.Value, out var a))
                        {
                            return false;
                        }

                        lines += a;
                    }
                }
            }

            var charges = 0m;
            var allowances = 0m;
            foreach (var hts in AbsHeaderSettlements(parent))
            {
                foreach (var ac in hts.Elements(CiiN.SpecifiedTradeAllowanceCharge))
                {
                    var isCharge = IndicatorIs(ac, true);
                    var isAllowance = IndicatorIs(ac, false);
                    if (!isCharge && !isAllowance)
                    {
                        continue;
                    }

                    if (!AnyTaxChildEquals(ac, CiiN.CategoryTradeTax, category) || !AnyTaxRateEquals(ac, CiiN.CategoryTradeTax, rate))
                    {
                        continue;
                    }

                    if (ac.Element(CiiN.ActualAmount) is not { } amountElement)
                    {
                        continue;
                    }

                    if (!Xp.TryDecimal(amountElement.Value, out var amount))
                    {
                        return false;
                    }

                    if (isCharge)
                    {
                        charges += amount;
                    }

                    if (isAllowance)
                    {
                        allowances += amount;
                    }
                }
            }

            var expected = (RoundM(lines * 10 * 10) / 100) + (RoundM(charges * 10 * 10) / 100) - (RoundM(allowances * 10 * 10) / 100);
            if (!AnyUntyped(parent.Elements(CiiN.BasisAmount), CompareOp.Eq, ToDouble(expected)))
            {
                return false;
            }
        }

        return true;
    }

    // ram:X/ram:CategoryCode = 'c' for any X child.
    private static bool AnyTaxChildEquals(XElement owner, XName taxName, string category)
    {
        foreach (var tax in owner.Elements(taxName))
        {
            if (ChildEquals(tax, CiiN.CategoryCode, category))
            {
                return true;
            }
        }

        return false;
    }

    // ram:X/xs:decimal(ram:RateApplicablePercent) = $rate for any X child.
    private static bool AnyTaxRateEquals(XElement owner, XName taxName, decimal rate)
    {
        foreach (var tax in owner.Elements(taxName))
        {
            foreach (var r in tax.Elements(CiiN.RateApplicablePercent))
            {
                if (Xp.TryDecimal(r.Value, out var d) && d == rate)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The expected taxable amount of a VAT category in BR-AE-08, BR-E-08, BR-G-08, BR-IC-08, BR-Z-08 and BR-O-08
    /// (decimal): Σ line net amounts of lines with the category, plus rounded Σ charges, minus rounded Σ allowances
    /// of that category. <paramref name="castIndicator"/>: the rule casts the indicator (<c>cast as xs:boolean</c>)
    /// instead of comparing it. Null when a value is not a decimal (an XPath error).
    /// </summary>
    public static decimal? CategoryBasis(XElement any, string category, bool castIndicator)
    {
        var lines = 0m;
        foreach (var settlement in AbsLineSettlements(any))
        {
            if (!AnyTaxChildEquals(settlement, CiiN.ApplicableTradeTax, category))
            {
                continue;
            }

            foreach (var summation in settlement.Elements(CiiN.SpecifiedTradeSettlementLineMonetarySummation))
            {
                foreach (var amount in summation.Elements(CiiN.LineTotalAmount))
                {
                    if (!Xp.TryDecimal(amount.Value, out var a))
                    {
                        return null;
                    }

                    lines += a;
                }
            }
        }

        var charges = 0m;
        var allowances = 0m;
        foreach (var hts in AbsHeaderSettlements(any))
        {
            foreach (var ac in hts.Elements(CiiN.SpecifiedTradeAllowanceCharge))
            {
                var isCharge = castIndicator ? IndicatorCastIs(ac, true) : IndicatorIs(ac, true);
                var isAllowance = castIndicator ? IndicatorCastIs(ac, false) : IndicatorIs(ac, false);
                if ((!isCharge && !isAllowance) || !AnyTaxChildEquals(ac, CiiN.CategoryTradeTax, category))
                {
                    continue;
                }

                if (ac.Element(CiiN.ActualAmount) is not { } amountElement)
                {
                    continue;
                }

                if (!Xp.TryDecimal(amountElement.Value, out var amount))
                {
                    return null;
                }

                if (isCharge)
                {
                    charges += amount;
                }

                if (isAllowance)
                {
                    allowances += amount;
                }
            }
        }

        return (RoundM(lines * 10 * 10) / 100) + (RoundM(charges * 10 * 10) / 100) - (RoundM(allowances * 10 * 10) / 100);
    }

    /// <summary>
    /// <c>(../ram:BasisAmount - 1 &lt; X) and (../ram:BasisAmount + 1 &gt; X)</c>: the breakdown's taxable amount (as
    /// xs:double) within one unit of the expected decimal X. A missing basis fails.
    /// </summary>
    public static bool BasisWithinOne(XElement breakdown, decimal? expected)
    {
        if (expected is not { } x)
        {
            return false;
        }

        var basis = breakdown.Element(CiiN.BasisAmount);
        if (basis is null || !Xp.TryDouble(basis.Value, out var b))
        {
            return false;
        }

        var xd = ToDouble(x);
        return b - 1 < xd && b + 1 > xd;
    }
}

/// <summary>What the rules need to know about the whole document (results of <c>//</c> paths), gathered in one pass.</summary>
internal sealed class CiiFacts
{
    // The VAT category codes the Schematron counts, by index.
    private static readonly string[] Categories = ["S", "Z", "E", "AE", "K", "G", "O", "L", "M"];

    private readonly int[] _header = new int[9];
    private readonly int[] _line = new int[9];
    private readonly int[] _allowanceCharge = new int[9];

    // Weak, so the per-thread cache does not keep the last validated document alive.
    private readonly WeakReference<XElement> _root;

    public CiiFacts(XElement root)
    {
        _root = new WeakReference<XElement>(root);
        foreach (var e in root.DescendantsAndSelf())
        {
            var name = e.Name;
            if (name == CiiN.ApplicableTradeTax)
            {
                var parent = e.Parent?.Name;
                if (parent == CiiN.ApplicableHeaderTradeSettlement)
                {
                    Count(e, _header);
                    if (e.Parent!.Parent?.Name == CiiN.SupplyChainTradeTransaction)
                    {
                        AnyHeaderTaxInTransaction = true;
                    }
                }
                else if (parent == CiiN.SpecifiedLineTradeSettlement)
                {
                    Count(e, _line);
                }

                if (CiiModelFunctions.ChildNotEquals(e, CiiN.CategoryCode, "O"))
                {
                    AnyTaxNotO = true;
                }
            }
            else if (name == CiiN.CategoryTradeTax)
            {
                Count(e, _allowanceCharge);
                if (CiiModelFunctions.ChildNotEquals(e, CiiN.CategoryCode, "O"))
                {
                    AnyCategoryTaxNotO = true;
                }
            }
            else if (name == CiiN.CategoryCode)
            {
                var v = e.Value;
                AnyCategoryB |= v == "B";
                AnyCategoryS |= v == "S";
            }
            else if (name == CiiN.CountryID)
            {
                AnyCountryNotIt |= e.Value != "IT";
            }
            else if (name == CiiN.IncludedSupplyChainTradeLineItem)
            {
                AnyLine = true;
            }
            else if (name == CiiN.TaxPointDate)
            {
                AnyTaxPointDate = true;
            }
            else if (name == CiiN.DueDateTypeCode)
            {
                AnyDueDateTypeCode = true;
            }
            else if (name == CiiN.ID && e.Parent is { Name: var regName } reg && regName == CiiN.SpecifiedTaxRegistration && reg.Parent is { } party)
            {
                var scheme = e.Attribute(CiiN.SchemeIdAttr)?.Value;
                if (party.Name == CiiN.SellerTradeParty)
                {
                    SellerVat |= scheme == "VA";
                    SellerVatOrTaxId |= scheme is "VA" or "FC";
                }
                else if (party.Name == CiiN.SellerTaxRepresentativeTradeParty)
                {
                    TaxRepresentativeVat |= scheme == "VA";
                }
                else if (party.Name == CiiN.BuyerTradeParty)
                {
                    BuyerVat |= scheme == "VA";
                }
            }
            else if (name == CiiN.ID && e.Parent is { Name: var orgName } org && orgName == CiiN.SpecifiedLegalOrganization && org.Parent?.Name == CiiN.BuyerTradeParty)
            {
                BuyerLegalId = true;
            }
        }
    }

    /// <summary>Whether these facts were gathered on this document element.</summary>
    public bool Describes(XElement root) => _root.TryGetTarget(out var r) && ReferenceEquals(r, root);

    /// <summary><c>//ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID[@schemeID = 'VA']</c>.</summary>
    public bool SellerVat { get; }

    /// <summary><c>//ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID[@schemeID = ('VA', 'FC')]</c>.</summary>
    public bool SellerVatOrTaxId { get; }

    /// <summary><c>//ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/ram:ID[@schemeID = 'VA']</c>.</summary>
    public bool TaxRepresentativeVat { get; }

    /// <summary><c>//ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID[@schemeID = 'VA']</c>.</summary>
    public bool BuyerVat { get; }

    /// <summary><c>//ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID</c>.</summary>
    public bool BuyerLegalId { get; }

    /// <summary><c>//ram:IncludedSupplyChainTradeLineItem</c>.</summary>
    public bool AnyLine { get; }

    /// <summary><c>//rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax</c>.</summary>
    public bool AnyHeaderTaxInTransaction { get; }

    /// <summary><c>//ram:TaxPointDate</c>.</summary>
    public bool AnyTaxPointDate { get; }

    /// <summary><c>//ram:DueDateTypeCode</c>.</summary>
    public bool AnyDueDateTypeCode { get; }

    /// <summary><c>//ram:ApplicableTradeTax[ram:CategoryCode != 'O']</c>.</summary>
    public bool AnyTaxNotO { get; }

    /// <summary><c>//ram:CategoryTradeTax[ram:CategoryCode != 'O']</c>.</summary>
    public bool AnyCategoryTaxNotO { get; }

    /// <summary><c>//ram:CategoryCode = 'B'</c>.</summary>
    public bool AnyCategoryB { get; }

    /// <summary><c>//ram:CategoryCode = 'S'</c>.</summary>
    public bool AnyCategoryS { get; }

    /// <summary><c>//ram:CountryID != 'IT'</c>.</summary>
    public bool AnyCountryNotIt { get; }

    /// <summary><c>count(//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode = c])</c>.</summary>
    public int Header(string category) => _header[Index(category)];

    /// <summary><c>count(//ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode = c])</c>.</summary>
    public int Line(string category) => _line[Index(category)];

    /// <summary><c>count(//ram:CategoryTradeTax[ram:CategoryCode = c])</c>.</summary>
    public int AllowanceCharge(string category) => _allowanceCharge[Index(category)];

    private static int Index(string category) => Array.IndexOf(Categories, category);

    // Counts a tax element once for each category one of its CategoryCode children equals.
    private static void Count(XElement tax, int[] counts)
    {
        for (var i = 0; i < Categories.Length; i++)
        {
            if (CiiModelFunctions.ChildEquals(tax, CiiN.CategoryCode, Categories[i]))
            {
                counts[i]++;
            }
        }
    }
}

/// <summary>A general comparison operator.</summary>
internal enum CompareOp
{
    Eq,
    Gt,
    Ge,
    Lt,
    Le,
}
