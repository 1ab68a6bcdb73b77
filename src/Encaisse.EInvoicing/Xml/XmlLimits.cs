namespace Encaisse.EInvoicing.Xml;

/// <summary>
/// Bounds on what an untrusted XML document may cost. An e-invoice is kilobytes to a few megabytes (embedded
/// attachments in BT-125 are base64); anything beyond these limits is refused before it is built in memory.
/// </summary>
public sealed record XmlLimits
{
    /// <summary>The defaults: 64 MiB of characters, 64 levels of elements, 1 MiB per attribute value.</summary>
    public static XmlLimits Default { get; } = new();

    /// <summary>Largest document, in characters.</summary>
    public long MaxCharacters { get; init; } = 64L * 1024 * 1024;

    /// <summary>Deepest element nesting (a UBL invoice uses about 10 levels; sub-invoice lines a few more).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Longest attribute value, in characters.</summary>
    public int MaxAttributeLength { get; init; } = 1024 * 1024;

    /// <summary>Most attributes on one element.</summary>
    public int MaxAttributesPerElement { get; init; } = 64;
}
