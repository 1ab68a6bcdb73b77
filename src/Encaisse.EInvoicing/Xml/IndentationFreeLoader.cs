using System.Xml;
using System.Xml.Linq;

namespace Encaisse.EInvoicing.Xml;

/// <summary>
/// Builds an XDocument from a reader as XDocument.Load does (same names, attributes, text, CDATA, comments and
/// processing instructions), except that whitespace-only text is dropped from elements that end up with child
/// elements. Whitespace-only text of an element without child elements is kept, in place.
/// </summary>
internal static class IndentationFreeLoader
{
    public static XDocument Load(XmlReader reader)
    {
        var document = new XDocument();
        XContainer current = document;

        // Whitespace-only text read in the current element and not yet added: added if text follows or the element
        // closes without child elements, dropped if a child element follows.
        string? pending = null;
        var hasChild = false;
        var outer = new Stack<bool>();

        string? lastNamespace = null;
        var namespaceObject = XNamespace.None;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                {
                    var uri = reader.NamespaceURI;
                    if (!ReferenceEquals(uri, lastNamespace))
                    {
                        lastNamespace = uri;
                        namespaceObject = XNamespace.Get(uri);
                    }

                    var element = new XElement(namespaceObject.GetName(reader.LocalName));
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            // As XDocument.Load: an attribute without prefix (xmlns included) has no namespace.
                            var ns = reader.Prefix.Length == 0 ? XNamespace.None : XNamespace.Get(reader.NamespaceURI);
                            element.Add(new XAttribute(ns.GetName(reader.LocalName), reader.Value));
                        }
                        while (reader.MoveToNextAttribute());

                        reader.MoveToElement();
                    }

                    pending = null;
                    hasChild = true;
                    current.Add(element);
                    if (!reader.IsEmptyElement)
                    {
                        outer.Push(hasChild);
                        hasChild = false;
                        current = element;
                    }

                    break;
                }

                case XmlNodeType.EndElement:
                    if (pending is not null && !hasChild)
                    {
                        current.Add(pending);
                    }

                    pending = null;
                    hasChild = outer.Pop();
                    current = current.Parent ?? (XContainer)document;
                    break;
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (current is XElement)
                    {
                        pending = pending is null ? reader.Value : pending + reader.Value;
                    }

                    break;
                case XmlNodeType.Text:
                    Flush(current, ref pending);
                    current.Add(reader.Value);
                    break;
                case XmlNodeType.CDATA:
                    Flush(current, ref pending);
                    current.Add(new XCData(reader.Value));
                    break;
                case XmlNodeType.Comment:
                    current.Add(new XComment(reader.Value));
                    break;
                case XmlNodeType.ProcessingInstruction:
                    current.Add(new XProcessingInstruction(reader.Name, reader.Value));
                    break;
                default:
                    // XmlDeclaration (not needed to read values), EndEntity; DTDs are refused by the reader settings.
                    break;
            }
        }

        return document;
    }

    private static void Flush(XContainer current, ref string? pending)
    {
        if (pending is not null)
        {
            current.Add(pending);
            pending = null;
        }
    }
}
