using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using N = Encaisse.EInvoicing.Validation.Rules.En16931.UblSyntaxNames;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>
/// Small allocation-free XPath helpers for the UBL-syntax pattern (child counts, existential string comparisons,
/// <c>upper-case()</c>, xs:boolean casts). The engine's <see cref="Xp"/> has the general ones.
/// </summary>
internal static class UblSyntaxFunctions
{
    /// <summary><c>count(name)</c> on the children of an element.</summary>
    public static int Count(XElement? element, XName name)
    {
        var count = 0;
        if (element is null)
        {
            return 0;
        }

        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && child.Name == name)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary><c>count(a/b)</c>.</summary>
    public static int Count(XElement? element, XName a, XName b)
    {
        var count = 0;
        if (element is null)
        {
            return 0;
        }

        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && child.Name == a)
            {
                count += Count(child, b);
            }
        }

        return count;
    }

    /// <summary><c>count(a/b/c)</c>.</summary>
    public static int Count(XElement? element, XName a, XName b, XName c)
    {
        var count = 0;
        if (element is null)
        {
            return 0;
        }

        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && child.Name == a)
            {
                count += Count(child, b, c);
            }
        }

        return count;
    }

    /// <summary><c>exists(a/b)</c>.</summary>
    public static bool Exists(XElement? element, XName a, XName b)
    {
        if (element is null)
        {
            return false;
        }

        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && child.Name == a && child.Element(b) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The general comparison <c>name = 'value'</c>: some child's string value equals the literal.</summary>
    public static bool AnyChildEquals(XElement element, XName name, string value)
    {
        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && child.Name == name && string.Equals(child.Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The general comparison <c>name != 'value'</c>: some child's string value differs from the literal.</summary>
    public static bool AnyChildDiffers(XElement element, XName name, string value)
    {
        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && child.Name == name && !string.Equals(child.Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>upper-case(value) = upper</c>, where <paramref name="upper"/> is already upper case; null acts as the empty sequence ("").</summary>
    public static bool UpperCaseEquals(string? value, string upper)
    {
        value ??= string.Empty;
        if (value.Length != upper.Length)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.ToUpperInvariant(value[i]) != upper[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The cast of an untyped value to xs:boolean, as <c>cbc:ChargeIndicator = true()</c> does: "true"/"1" or
    /// "false"/"0" after whitespace trimming; anything else is not castable (XPath raises an error).
    /// </summary>
    public static bool TryXsBoolean(string value, out bool result)
    {
        var s = value.AsSpan().Trim(" \t\r\n");
        switch (s)
        {
            case "true":
            case "1":
                result = true;
                return true;
            case "false":
            case "0":
                result = false;
                return true;
            default:
                result = false;
                return false;
        }
    }

    /// <summary>
    /// The context predicate <c>[cbc:ChargeIndicator = true()/false()]</c>: true when some ChargeIndicator child casts to
    /// <paramref name="wanted"/>. A value that is not an xs:boolean makes the comparison fail with a dynamic error, and an
    /// error while matching a pattern means "does not match"; the comparison stops at the first hit, as Saxon's does.
    /// </summary>
    public static bool ChargeIndicatorIs(XElement element, bool wanted)
    {
        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && child.Name == N.ChargeIndicator)
            {
                if (!TryXsBoolean(child.Value, out var value))
                {
                    return false;
                }

                if (value == wanted)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary><c>string-length(substring-after(., '.'))</c>: characters after the first full stop (0 when there is none).</summary>
    public static int LengthAfterFirstDot(string value)
    {
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : Xp.StringLength(value[(dot + 1)..]);
    }

    /// <summary><c>ancestor::cac:Price/cac:AllowanceCharge</c> is not empty: some ancestor Price has an AllowanceCharge child.</summary>
    public static bool HasPriceAllowanceChargeAncestor(XElement element)
    {
        for (var ancestor = element.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor.Name == N.Price && ancestor.Element(N.AllowanceCharge) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The document element of the tree an element belongs to (XPath <c>/*</c>).</summary>
    public static XElement TopElement(XElement element)
    {
        var top = element;
        while (top.Parent is not null)
        {
            top = top.Parent;
        }

        return top;
    }

    /// <summary><c>local-name(/*) = 'CreditNote'</c>.</summary>
    public static bool RootLocalNameIsCreditNote(XElement element) =>
        string.Equals(TopElement(element).Name.LocalName, "CreditNote", StringComparison.Ordinal);

    /// <summary><c>../cn:CreditNote</c> from the document element: the document is a UBL credit note.</summary>
    public static bool IsCreditNoteRoot(XElement root) => root.Parent is null && root.Name == N.CreditNote;

    /// <summary><c>not(cbc:UBLVersionID) or cbc:UBLVersionID = '2.1'</c>.</summary>
    public static bool VersionIsAbsentOr21(XElement root) =>
        root.Element(N.UblVersionId) is null || AnyChildEquals(root, N.UblVersionId, "2.1");

    /// <summary><c>exists(cac:PaymentMeans/cbc:PaymentDueDate)</c>.</summary>
    public static bool HasPaymentMeansDueDate(XElement root) => Exists(root, N.PaymentMeans, N.PaymentDueDate);

    /// <summary><c>count(cac:AdditionalDocumentReference[cbc:DocumentTypeCode='130']/cbc:ID)</c>.</summary>
    public static int InvoicedObjectIdCount(XElement root)
    {
        var count = 0;
        for (var node = root.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && child.Name == N.AdditionalDocumentReference && AnyChildEquals(child, N.DocumentTypeCode, "130"))
            {
                count += Count(child, N.Id);
            }
        }

        return count;
    }

    /// <summary>
    /// <c>count(&lt;party&gt;/cac:Party/cac:PartyTaxScheme[cac:TaxScheme/upper-case(cbc:ID) = 'VAT']/cbc:CompanyID)</c>,
    /// or with <c>!=</c> when <paramref name="vat"/> is false. A TaxScheme without ID gives upper-case(()) = "".
    /// </summary>
    public static int TaxSchemeCompanyIdCount(XElement root, XName partyWrapper, bool vat)
    {
        var count = 0;
        for (var a = root.FirstNode; a is not null; a = a.NextNode)
        {
            if (a is not XElement wrapper || wrapper.Name != partyWrapper)
            {
                continue;
            }

            for (var b = wrapper.FirstNode; b is not null; b = b.NextNode)
            {
                if (b is not XElement party || party.Name != N.Party)
                {
                    continue;
                }

                for (var c = party.FirstNode; c is not null; c = c.NextNode)
                {
                    if (c is XElement scheme && scheme.Name == N.PartyTaxScheme && TaxSchemeIdIs(scheme, vat))
                    {
                        count += Count(scheme, N.CompanyId);
                    }
                }
            }
        }

        return count;
    }

    // [cac:TaxScheme/upper-case(cbc:ID) = 'VAT'] (or !=): existential over the TaxScheme children.
    private static bool TaxSchemeIdIs(XElement partyTaxScheme, bool vat)
    {
        for (var node = partyTaxScheme.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement taxScheme && taxScheme.Name == N.TaxScheme)
            {
                var id = taxScheme.Element(N.Id)?.Value;
                if (UpperCaseEquals(id, "VAT") == vat)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The general comparison <c>(cac:PartyName/cbc:Name) != (../cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName)</c>
    /// from a PayeeParty: true when some payee name differs from some seller name; false when either side is empty.
    /// </summary>
    public static bool PayeeNameDiffersFromSeller(XElement payee)
    {
        for (var a = payee.FirstNode; a is not null; a = a.NextNode)
        {
            if (a is not XElement partyName || partyName.Name != N.PartyName)
            {
                continue;
            }

            for (var b = partyName.FirstNode; b is not null; b = b.NextNode)
            {
                if (b is XElement name && name.Name == N.Name && AnySellerNameDiffers(payee.Parent, name.Value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AnySellerNameDiffers(XElement? parent, string payeeName)
    {
        if (parent is null)
        {
            return false;
        }

        foreach (var supplier in parent.Elements(N.AccountingSupplierParty))
        {
            foreach (var party in supplier.Elements(N.Party))
            {
                foreach (var legal in party.Elements(N.PartyLegalEntity))
                {
                    foreach (var registrationName in legal.Elements(N.RegistrationName))
                    {
                        if (!string.Equals(registrationName.Value, payeeName, StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary><c>count(cac:PartyIdentification/cbc:ID[upper-case(@schemeID) != 'SEPA'])</c> (an ID without schemeID counts: upper-case(()) = "").</summary>
    public static int NonSepaIdentifierCount(XElement party)
    {
        var count = 0;
        for (var a = party.FirstNode; a is not null; a = a.NextNode)
        {
            if (a is not XElement identification || identification.Name != N.PartyIdentification)
            {
                continue;
            }

            for (var b = identification.FirstNode; b is not null; b = b.NextNode)
            {
                if (b is XElement id && id.Name == N.Id && !UpperCaseEquals(id.Attribute(N.SchemeIdAttribute)?.Value, "SEPA"))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary><c>count(cbc:ID[upper-case(@schemeID) = 'SEPA'])</c> on a PartyIdentification.</summary>
    public static int SepaIdentifierCount(XElement partyIdentification)
    {
        var count = 0;
        for (var node = partyIdentification.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement id && id.Name == N.Id && UpperCaseEquals(id.Attribute(N.SchemeIdAttribute)?.Value, "SEPA"))
            {
                count++;
            }
        }

        return count;
    }
}
