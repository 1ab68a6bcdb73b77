using System.Xml.Linq;
using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;

namespace Encaisse.EInvoicing.Bindings;

/// <summary>
/// Small helpers both readers use on an XDocument. Codes and identifiers are trimmed; free text (names, notes,
/// descriptions) is kept as written, because some CIUS give meaning to its line breaks (XRechnung's #SKONTO#).
/// Empty elements count as absent.
/// </summary>
internal static class XmlRead
{
    public static readonly XName SchemeId = "schemeID";
    public static readonly XName CurrencyId = "currencyID";
    public static readonly XName UnitCode = "unitCode";
    public static readonly XName ListId = "listID";
    public static readonly XName ListVersionId = "listVersionID";
    public static readonly XName MimeCode = "mimeCode";
    public static readonly XName FileName = "filename";
    public static readonly XName Format = "format";
    public static readonly XName Name = "name";

    /// <summary>A code or identifier: trimmed, null when absent or empty.</summary>
    public static string? Code(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var value = element.Value.Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>Free text as written; null when absent or only whitespace.</summary>
    public static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var value = element.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>An identifier with its optional schemeID attribute; null when absent or empty.</summary>
    public static Identifier? Id(XElement? element) =>
        Code(element) is { } value ? new Identifier(value, Attribute(element!, SchemeId)) : null;

    /// <summary>An attribute, trimmed, null when absent or empty.</summary>
    public static string? Attribute(XElement element, XName name)
    {
        var attribute = element.Attribute(name);
        if (attribute is null)
        {
            return null;
        }

        var value = attribute.Value.Trim();
        return value.Length == 0 ? null : value;
    }

    public static XElement? Child(this XElement? parent, XName name) => parent?.Element(name);

    public static XElement? Child(this XElement? parent, XName first, XName second) => parent?.Element(first)?.Element(second);

    public static XElement? Child(this XElement? parent, XName first, XName second, XName third) =>
        parent?.Element(first)?.Element(second)?.Element(third);

    public static decimal? Decimal(XElement? element, string term) =>
        Code(element) is { } text ? BindingValues.ParseDecimal(text, term) : null;

    public static decimal RequiredDecimal(XElement? element, string term) =>
        Code(element) is { } text ? BindingValues.ParseDecimal(text, term) : throw Missing(term);

    public static EInvoiceReadException Missing(string term) => new($"{term} is missing.");
}

/// <summary>
/// Groups whose every member is absent are read as absent: an empty contact or delivery element carries no term,
/// and the other syntax may have no empty form of it.
/// </summary>
internal static class Empty
{
    private static readonly Delivery NoDelivery = new();
    private static readonly Contact NoContact = new();

    public static Delivery? Of(Delivery delivery) => delivery == NoDelivery ? null : delivery;

    public static Contact? Of(Contact contact) => contact == NoContact ? null : contact;
}
