using System.Xml;

namespace Encaisse.EInvoicing.Xml;

/// <summary>
/// Wraps a reader and stops at the first element deeper than <see cref="XmlLimits.MaxDepth"/> or an attribute
/// beyond the limits, before the document is built in memory.
/// </summary>
internal sealed class GuardedXmlReader(XmlReader inner, XmlLimits limits) : XmlReader
{
    public override bool Read()
    {
        if (!inner.Read())
        {
            return false;
        }

        if (inner.NodeType == XmlNodeType.Element)
        {
            if (inner.Depth >= limits.MaxDepth)
            {
                throw new XmlLimitException($"The XML nests elements more than {limits.MaxDepth} levels deep (line {LineOf(inner)}).");
            }

            if (inner.AttributeCount > limits.MaxAttributesPerElement)
            {
                throw new XmlLimitException($"An element carries more than {limits.MaxAttributesPerElement} attributes (line {LineOf(inner)}).");
            }

            for (var i = 0; i < inner.AttributeCount; i++)
            {
                if (inner.GetAttribute(i).Length > limits.MaxAttributeLength)
                {
                    throw new XmlLimitException($"An attribute value is longer than {limits.MaxAttributeLength} characters (line {LineOf(inner)}).");
                }
            }
        }

        return true;
    }

    private static int LineOf(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;

    public override int AttributeCount => inner.AttributeCount;

    public override string BaseURI => inner.BaseURI;

    public override int Depth => inner.Depth;

    public override bool EOF => inner.EOF;

    public override bool IsEmptyElement => inner.IsEmptyElement;

    public override string LocalName => inner.LocalName;

    public override string NamespaceURI => inner.NamespaceURI;

    public override XmlNameTable NameTable => inner.NameTable;

    public override XmlNodeType NodeType => inner.NodeType;

    public override string Prefix => inner.Prefix;

    public override ReadState ReadState => inner.ReadState;

    public override string Value => inner.Value;

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override void ResolveEntity() => inner.ResolveEntity();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
