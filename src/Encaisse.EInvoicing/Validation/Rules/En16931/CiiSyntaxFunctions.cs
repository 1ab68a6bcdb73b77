using System.Globalization;
using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;
using static Encaisse.EInvoicing.Validation.Rules.En16931.CiiSyntaxNames;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>
/// The XPath tests of the EN16931-CII-Syntax pattern that are not plain presence or count checks, and the context
/// matchers. Each function returns whether the assertion HOLDS. Where the XPath would raise a dynamic error (a
/// predicate calling normalize-space() on two TypeCode siblings, a non-boolean udt:Indicator compared with false()),
/// the function takes the first node / treats the value as unequal: the schema forbids those documents anyway.
/// </summary>
internal static class CiiSyntaxFunctions
{
    private static readonly XNamespace Ram = Namespaces.Ram;
    private static readonly XNamespace Udt = Namespaces.Udt;

    private static readonly XName OriginTradeCountry = Ram + "OriginTradeCountry";
    private static readonly XName ChargeIndicator = Ram + "ChargeIndicator";
    private static readonly XName Indicator = Udt + "Indicator";
    private static readonly XName ActualAmount = Ram + "ActualAmount";
    private static readonly XName Name = Ram + "Name";
    private static readonly XName AttachmentBinaryObject = Ram + "AttachmentBinaryObject";
    private static readonly XName SellerTradeParty = Ram + "SellerTradeParty";
    private static readonly XName BuyerTradeParty = Ram + "BuyerTradeParty";
    private static readonly XName ShipToTradeParty = Ram + "ShipToTradeParty";
    private static readonly XName PayeeTradeParty = Ram + "PayeeTradeParty";
    private static readonly XName DefinedTradeContact = Ram + "DefinedTradeContact";
    private static readonly XName PersonName = Ram + "PersonName";
    private static readonly XName DepartmentName = Ram + "DepartmentName";
    private static readonly XName DueDateTypeCode = Ram + "DueDateTypeCode";
    private static readonly XName PayeePartyCreditorFinancialAccount = Ram + "PayeePartyCreditorFinancialAccount";
    private static readonly XName IbanId = Ram + "IBANID";
    private static readonly XName ProprietaryId = Ram + "ProprietaryID";
    private static readonly XName Information = Ram + "Information";
    private static readonly XName PaymentReference = Ram + "PaymentReference";
    private static readonly XName BilledQuantity = Ram + "BilledQuantity";
    private static readonly XName[] LineBilledQuantity = [SupplyChainTradeTransaction, IncludedSupplyChainTradeLineItem, SpecifiedLineTradeDelivery, BilledQuantity];
    private static readonly XName ReferenceTypeCode = Ram + "ReferenceTypeCode";
    private static readonly XName FormattedIssueDateTime = Ram + "FormattedIssueDateTime";
    private static readonly XName Format = XName.Get("format");
    private static readonly XName SchemeId = XName.Get("schemeID");
    private static readonly XName UnitCode = XName.Get("unitCode");

    // ---- Context matchers --------------------------------------------------------------------------------------

    /// <summary>Whether the element is at the absolute path /rsm:CrossIndustryInvoice/... given from the root's child down.</summary>
    internal static bool IsAt(XElement element, XName[] belowRoot)
    {
        var e = element;
        for (var i = belowRoot.Length - 1; i >= 0; i--)
        {
            if (e is null || e.Name != belowRoot[i])
            {
                return false;
            }

            e = e.Parent;
        }

        return e is not null && e.Name == CrossIndustryInvoice && e.Parent is null;
    }

    /// <summary>The element is in the ram namespace and its name ends with the suffix (<c>//ram:*[ends-with(name(), 'X')]</c>).</summary>
    internal static bool IsRamEndingWith(XElement element, string suffix) =>
        element.Name.Namespace == Ram && element.Name.LocalName.EndsWith(suffix, StringComparison.Ordinal);

    // ---- Helpers ---------------------------------------------------------------------------------------------

    /// <summary>The child elements named <paramref name="name"/>, without allocating (XContainer.Elements(name) allocates an iterator).</summary>
    private static ChildEnumerator Kids(XElement parent, XName name) => new(parent, name);

    /// <summary>The first child element named <paramref name="name"/>, or null.</summary>
    private static XElement? Kid(XElement parent, XName name)
    {
        foreach (var child in Kids(parent, name))
        {
            return child;
        }

        return null;
    }

    /// <summary>A non-allocating enumerator of the child elements with one name.</summary>
    internal struct ChildEnumerator(XElement parent, XName name)
    {
        private XNode? _next = parent.HasElements ? parent.FirstNode : null;

        public XElement Current { get; private set; } = null!;

        public readonly ChildEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_next is not null)
            {
                var node = _next;
                _next = node.NextNode;
                if (node is XElement element && element.Name == name)
                {
                    Current = element;
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether any child <paramref name="name"/> of <paramref name="parent"/> has the string value <paramref name="value"/> (<c>ram:X = 'v'</c>).</summary>
    private static bool AnyChildEquals(XElement parent, XName name, string value)
    {
        foreach (var child in Kids(parent, name))
        {
            if (child.Value == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>normalize-space(ram:X)</c> of the first child X ("" when none).</summary>
    private static string NormFirst(XElement parent, XName name) => Xp.Norm(Kid(parent, name));

    /// <summary>Whether the path a/b exists below the element.</summary>
    private static bool Exists(XElement element, XName a, XName b)
    {
        foreach (var x in Kids(element, a))
        {
            if (Kid(x, b) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the path a/b/c exists below the element.</summary>
    private static bool Exists(XElement element, XName a, XName b, XName c)
    {
        foreach (var x in Kids(element, a))
        {
            if (Exists(x, b, c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>The xs:boolean value false (an untyped node compared with false()): "false" or "0", whitespace collapsed.</summary>
    private static bool IsBooleanFalse(string value)
    {
        var s = value.AsSpan().Trim(" \t\r\n");
        return s is "false" or "0";
    }

    // ---- SpecifiedTradeProduct ----------------------------------------------------------------------------------

    /// <summary>CII-SR-046: <c>not(ram:GlobalID) or (ram:GlobalID/@schemeID)</c>.</summary>
    internal static bool GlobalIdHasScheme(XElement product)
    {
        var any = false;
        foreach (var globalId in Kids(product, GlobalId))
        {
            if (globalId.Attribute(SchemeId) is not null)
            {
                return true;
            }

            any = true;
        }

        return !any;
    }

    /// <summary>CII-SR-090: <c>not(ram:OriginTradeCountry) or count(ram:OriginTradeCountry/ram:ID) = 1</c>.</summary>
    internal static bool OriginCountryHasOneId(XElement product)
    {
        var countries = 0;
        var ids = 0;
        foreach (var country in Kids(product, OriginTradeCountry))
        {
            countries++;
            foreach (var _ in Kids(country, Id))
            {
                ids++;
            }
        }

        return countries == 0 || ids == 1;
    }

    // ---- SpecifiedLineTradeAgreement ---------------------------------------------------------------------------

    /// <summary>
    /// CII-SR-119: on the gross price, either an allowance (a ChargeIndicator/udt:Indicator equal to false() and an
    /// ActualAmount) or neither a ChargeIndicator nor an ActualAmount. The paths are existential over all gross
    /// prices and their AppliedTradeAllowanceCharge.
    /// </summary>
    internal static bool GrossPriceOnlyAllowances(XElement agreement)
    {
        var indicatorFalse = false;
        var anyIndicator = false;
        var anyAmount = false;
        foreach (var price in Kids(agreement, GrossPriceProductTradePrice))
        {
            foreach (var charge in Kids(price, AppliedTradeAllowanceCharge))
            {
                foreach (var indicator in Kids(charge, ChargeIndicator))
                {
                    anyIndicator = true;
                    foreach (var value in Kids(indicator, Indicator))
                    {
                        indicatorFalse |= IsBooleanFalse(value.Value);
                    }
                }

                anyAmount |= Kid(charge, ActualAmount) is not null;
            }
        }

        return (indicatorFalse && anyAmount) || (!anyIndicator && !anyAmount);
    }

    // ---- SpecifiedLineTradeSettlement, ApplicableHeaderTradeAgreement -------------------------------------------

    /// <summary>CII-SR-474: at most one AdditionalReferencedDocument whose normalized TypeCode is 130.</summary>
    internal static bool AtMostOneObjectReference(XElement settlement)
    {
        var count = 0;
        foreach (var document in Kids(settlement, AdditionalReferencedDocument))
        {
            if (NormFirst(document, CiiSyntaxNames.TypeCode) == "130")
            {
                count++;
            }
        }

        return count <= 1;
    }

    /// <summary>CII-SR-457/458: <c>count(ram:AdditionalReferencedDocument[ram:TypeCode = code]) &lt;= 1</c> (exact string comparison).</summary>
    internal static bool AtMostOneDocumentWithTypeCode(XElement agreement, string code)
    {
        var count = 0;
        foreach (var document in Kids(agreement, AdditionalReferencedDocument))
        {
            if (AnyChildEquals(document, CiiSyntaxNames.TypeCode, code))
            {
                count++;
            }
        }

        return count <= 1;
    }

    /// <summary>CII-SR-475/476: at most one <paramref name="child"/> over the AdditionalReferencedDocument whose normalized TypeCode is 916.</summary>
    internal static bool AtMostOneInSupportingDocuments(XElement agreement, XName child)
    {
        var count = 0;
        foreach (var document in Kids(agreement, AdditionalReferencedDocument))
        {
            if (NormFirst(document, CiiSyntaxNames.TypeCode) == "916")
            {
                foreach (var _ in Kids(document, child))
                {
                    count++;
                }
            }
        }

        return count <= 1;
    }

    /// <summary>CII-SR-475.</summary>
    internal static bool AtMostOneSupportingDocumentName(XElement agreement) => AtMostOneInSupportingDocuments(agreement, Name);

    /// <summary>CII-SR-476.</summary>
    internal static bool AtMostOneSupportingDocumentAttachment(XElement agreement) => AtMostOneInSupportingDocuments(agreement, AttachmentBinaryObject);

    /// <summary>CII-SR-449/450/451: the party does not carry both an ID and a GlobalID (existential over repeated parties).</summary>
    internal static bool NotBothIdAndGlobalId(XElement parent, XName party) =>
        !(Exists(parent, party, Id) && Exists(parent, party, GlobalId));

    internal static bool BuyerNotBothIds(XElement agreement) => NotBothIdAndGlobalId(agreement, BuyerTradeParty);

    internal static bool ShipToNotBothIds(XElement delivery) => NotBothIdAndGlobalId(delivery, ShipToTradeParty);

    internal static bool PayeeNotBothIds(XElement settlement) => NotBothIdAndGlobalId(settlement, PayeeTradeParty);

    /// <summary>CII-SR-465/466: not both a PersonName and a DepartmentName in the party's contacts (existential).</summary>
    internal static bool ContactNotPersonAndDepartment(XElement agreement, XName party) =>
        !(Exists(agreement, party, DefinedTradeContact, PersonName) && Exists(agreement, party, DefinedTradeContact, DepartmentName));

    internal static bool SellerContactSingleName(XElement agreement) => ContactNotPersonAndDepartment(agreement, SellerTradeParty);

    internal static bool BuyerContactSingleName(XElement agreement) => ContactNotPersonAndDepartment(agreement, BuyerTradeParty);

    // ---- ApplicableHeaderTradeSettlement -----------------------------------------------------------------------

    /// <summary>
    /// CII-SR-462: every <c>//ram:ApplicableTradeTax/ram:DueDateTypeCode</c> of the whole document has the same
    /// value (distinct-values compares the untyped values as strings, no whitespace normalisation).
    /// </summary>
    internal static bool OneDueDateTypeCode(XElement settlement)
    {
        var root = Root(settlement);
        return lastFactsRoot is not null && lastFactsRoot.TryGetTarget(out var last) && ReferenceEquals(last, root)
            ? lastFacts.OneDueDateTypeCode
            : DocumentFacts.Of(root).OneDueDateTypeCode;
    }

    // The facts of the document whose root rule ran last on this thread. The engine checks the root element before any
    // other, so when the header settlement (a descendant of that root) is checked the facts are those of the same,
    // unchanged document: one walk serves both the root rule and CII-SR-462. Weak, so no document is kept alive.
    [ThreadStatic]
    private static WeakReference<XElement>? lastFactsRoot;

    [ThreadStatic]
    private static DocumentFacts lastFacts;

    /// <summary>The document facts for the root rule, remembered for CII-SR-462 (see <see cref="OneDueDateTypeCode"/>).</summary>
    internal static DocumentFacts FactsAtRoot(XElement root)
    {
        var facts = DocumentFacts.Of(root);
        lastFacts = facts;
        if (lastFactsRoot is null)
        {
            lastFactsRoot = new WeakReference<XElement>(root);
        }
        else
        {
            lastFactsRoot.SetTarget(root);
        }

        return facts;
    }

    /// <summary>
    /// CII-SR-470: no payment means with normalized TypeCode 30 or 58 without a
    /// PayeePartyCreditorFinancialAccount/IBANID or /ProprietaryID.
    /// </summary>
    internal static bool CreditTransfersHaveAccount(XElement settlement)
    {
        foreach (var means in Kids(settlement, SpecifiedTradeSettlementPaymentMeans))
        {
            var code = NormFirst(means, CiiSyntaxNames.TypeCode);
            if (code is "30" or "58"
                && !Exists(means, PayeePartyCreditorFinancialAccount, IbanId)
                && !Exists(means, PayeePartyCreditorFinancialAccount, ProprietaryId))
            {
                return false;
            }
        }

        return true;
    }

    // ---- /rsm:CrossIndustryInvoice -------------------------------------------------------------------------------

    /// <summary>
    /// The document-wide facts the pattern asserts, from one walk over the document in document order:
    /// CII-SR-467 (every <c>//ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode</c> normalizes to the first one's
    /// value), CII-SR-468 (the same for ram:Information), CII-SR-469 (at most one
    /// <c>//ram:ApplicableHeaderTradeSettlement/ram:PaymentReference</c>), CII-SR-462 (one distinct
    /// <c>//ram:ApplicableTradeTax/ram:DueDateTypeCode</c>).
    /// </summary>
    internal readonly record struct DocumentFacts(bool OneMeansCode, bool OneMeansText, bool OnePaymentReference, bool OneDueDateTypeCode)
    {
        public static DocumentFacts Of(XElement root)
        {
            string? firstCode = null;
            string? firstText = null;
            string? firstDueDate = null;
            bool sameCode = true, sameText = true, sameDueDate = true;
            var references = 0;

            // A hand-written pre-order walk (no iterator, no text-node materialisation on leaves).
            XNode? node = root.HasElements ? root.FirstNode : null;
            while (node is not null)
            {
                if (node is XElement e)
                {
                    var parent = e.Parent!.Name;
                    var name = e.Name;
                    if (parent == SpecifiedTradeSettlementPaymentMeans)
                    {
                        if (name == CiiSyntaxNames.TypeCode)
                        {
                            var value = Xp.Norm(e);
                            firstCode ??= value;
                            sameCode &= value == firstCode;
                        }
                        else if (name == Information)
                        {
                            var value = Xp.Norm(e);
                            firstText ??= value;
                            sameText &= value == firstText;
                        }
                    }
                    else if (name == PaymentReference && parent == ApplicableHeaderTradeSettlement)
                    {
                        references++;
                    }
                    else if (name == DueDateTypeCode && parent == ApplicableTradeTax)
                    {
                        var value = e.Value;
                        firstDueDate ??= value;
                        sameDueDate &= string.Equals(value, firstDueDate, StringComparison.Ordinal);
                    }

                    if (e.HasElements)
                    {
                        node = e.FirstNode;
                        continue;
                    }
                }

                while (node.NextNode is null)
                {
                    node = node.Parent;
                    if (node is null || node == root)
                    {
                        return new DocumentFacts(sameCode, sameText, references <= 1, sameDueDate);
                    }
                }

                node = node.NextNode;
            }

            return new DocumentFacts(sameCode, sameText, references <= 1, sameDueDate);
        }
    }

    // ---- //ram:*[ends-with(name(), 'ReferencedDocument')] ----------------------------------------------------------

    /// <summary>CII-DT-015/021/022: <c>not(ram:child) or (self::ram:AdditionalReferencedDocument and ram:TypeCode = '916')</c>.</summary>
    internal static bool OnlyInSupportingDocument(XElement document, XName child) =>
        Kid(document, child) is null
        || (document.Name == AdditionalReferencedDocument && AnyChildEquals(document, CiiSyntaxNames.TypeCode, "916"));

    /// <summary>
    /// CII-DT-018: <c>not(ram:TypeCode) or (self::ram:AdditionalReferencedDocument) and (ram:TypeCode = '50' or '130' or '916')</c>.
    /// </summary>
    internal static bool TypeCodeOnlyOnAdditionalDocument(XElement document)
    {
        if (Kid(document, CiiSyntaxNames.TypeCode) is null)
        {
            return true;
        }

        return document.Name == AdditionalReferencedDocument
            && (AnyChildEquals(document, CiiSyntaxNames.TypeCode, "50") || AnyChildEquals(document, CiiSyntaxNames.TypeCode, "130") || AnyChildEquals(document, CiiSyntaxNames.TypeCode, "916"));
    }

    /// <summary>CII-DT-024: <c>not(ram:ReferenceTypeCode) or (self::ram:AdditionalReferencedDocument and ram:TypeCode = '130')</c>.</summary>
    internal static bool ReferenceTypeCodeOnlyOnObjectReference(XElement document) =>
        Kid(document, ReferenceTypeCode) is null
        || (document.Name == AdditionalReferencedDocument && AnyChildEquals(document, CiiSyntaxNames.TypeCode, "130"));

    /// <summary>CII-DT-027: <c>not(ram:FormattedIssueDateTime) or self::ram:InvoiceReferencedDocument</c>.</summary>
    internal static bool IssueDateOnlyOnPrecedingInvoice(XElement document) =>
        Kid(document, FormattedIssueDateTime) is null || document.Name == InvoiceReferencedDocument;

    // ---- Quantities, taxes, dates --------------------------------------------------------------------------------

    /// <summary>
    /// CII-DT-033: <c>not(@unitCode) or (/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity/@unitCode)</c>:
    /// the second operand is absolute, so one invoiced quantity with a unit anywhere in the document allows every unit.
    /// </summary>
    internal static bool UnitCodeAllowed(XElement quantity)
    {
        if (quantity.Attribute(UnitCode) is null)
        {
            return true;
        }

        // An invoiced quantity at that very path is its own witness.
        if (quantity.Name == BilledQuantity && IsAt(quantity, LineBilledQuantity))
        {
            return true;
        }

        var root = Root(quantity);
        if (root.Name != CrossIndustryInvoice)
        {
            return false;
        }

        foreach (var transaction in Kids(root, SupplyChainTradeTransaction))
        {
            foreach (var line in Kids(transaction, IncludedSupplyChainTradeLineItem))
            {
                foreach (var delivery in Kids(line, SpecifiedLineTradeDelivery))
                {
                    foreach (var billed in Kids(delivery, BilledQuantity))
                    {
                        if (billed.Attribute(UnitCode) is not null)
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>CII-DT-037: <c>not(ram:TypeCode) or (ram:TypeCode = 'VAT')</c>.</summary>
    internal static bool TaxTypeIsVat(XElement tax) => Kid(tax, CiiSyntaxNames.TypeCode) is null || AnyChildEquals(tax, CiiSyntaxNames.TypeCode, "VAT");

    /// <summary>CII-DT-041/054/058: <c>not(ram:child) or (ancestor::ram:ApplicableHeaderTradeSettlement)</c>.</summary>
    internal static bool OnlyInHeaderSettlement(XElement tax, XName child)
    {
        if (Kid(tax, child) is null)
        {
            return true;
        }

        for (var e = tax.Parent; e is not null; e = e.Parent)
        {
            if (e.Name == ApplicableHeaderTradeSettlement)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>CII-DT-052/098: <c>not(ram:child) or self::ram:ApplicableTradeTax</c>.</summary>
    internal static bool OnlyInApplicableTradeTax(XElement tax, XName child) =>
        Kid(tax, child) is null || tax.Name == ApplicableTradeTax;

    /// <summary>The context of the dates rule: <c>//udt:DateTimeString[@format = '102']</c> (exact string comparison).</summary>
    internal static bool HasFormat102(XElement element) => element.Attribute(Format)?.Value == "102";

    /// <summary>
    /// CII-DT-097: <c>matches(., '^\s*(\d{4})(1[0-2]|0[1-9]){1}(3[01]|[12][0-9]|0[1-9]){1}\s*$')</c>. XPath's \s is
    /// space, tab, CR, LF; its \d is any Unicode decimal digit; the month and day classes are ASCII.
    /// </summary>
    internal static bool IsYyyyMmDd(XElement element)
    {
        var s = element.Value;
        var start = 0;
        var end = s.Length;
        while (start < end && IsXmlSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsXmlSpace(s[end - 1]))
        {
            end--;
        }

        var i = start;
        for (var digit = 0; digit < 4; digit++)
        {
            if (i >= end || CharUnicodeInfo.GetUnicodeCategory(s, i) != UnicodeCategory.DecimalDigitNumber)
            {
                return false;
            }

            i += char.IsSurrogatePair(s, i) ? 2 : 1;
        }

        if (end - i != 4)
        {
            return false;
        }

        char m1 = s[i], m2 = s[i + 1], d1 = s[i + 2], d2 = s[i + 3];
        var month = (m1 == '1' && m2 is >= '0' and <= '2') || (m1 == '0' && m2 is >= '1' and <= '9');
        var day = (d1 == '3' && d2 is '0' or '1') || (d1 is '1' or '2' && char.IsAsciiDigit(d2)) || (d1 == '0' && d2 is >= '1' and <= '9');
        return month && day;
    }

    private static XElement Root(XElement element)
    {
        var e = element;
        while (e.Parent is not null)
        {
            e = e.Parent;
        }

        return e;
    }
}
