using System.Globalization;
using System.Security;
using System.Text;

namespace Encaisse.Pdf.FacturX;

/// <summary>The document information that the XMP packet repeats (PDF/A wants Info and XMP to agree).</summary>
internal sealed record XmpDocumentInfo(
    string? Title,
    string? Author,
    string? Subject,
    string? Keywords,
    string? Creator,
    string? Producer,
    DateTimeOffset? Created,
    DateTimeOffset Modified);

/// <summary>
/// The XMP metadata packet of a Factur-X PDF: PDF/A-3B identification, the Dublin Core / XMP / PDF properties
/// of the Info dictionary, the PDF/A extension schema that declares the Factur-X properties (PDF/A-3 §6.6.2.3),
/// and the fx: properties themselves (Factur-X 1.0 §6.2.2).
/// </summary>
internal static class FacturXXmp
{
    public const string Namespace = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";

    public static byte[] Build(XmpDocumentInfo info, FacturXLevel level, string fileName)
    {
        var x = new StringBuilder(4096);
        x.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
        x.Append("<pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n");

        x.Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<dc:format>application/pdf</dc:format>\n");
        if (info.Title is { Length: > 0 } title)
        {
            x.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        }

        if (info.Author is { Length: > 0 } author)
        {
            x.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (info.Subject is { Length: > 0 } subject)
        {
            x.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        }

        x.Append("</rdf:Description>\n");

        x.Append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        if (info.Producer is { Length: > 0 } producer)
        {
            x.Append("<pdf:Producer>").Append(Escape(producer)).Append("</pdf:Producer>\n");
        }

        if (info.Keywords is { Length: > 0 } keywords)
        {
            x.Append("<pdf:Keywords>").Append(Escape(keywords)).Append("</pdf:Keywords>\n");
        }

        x.Append("</rdf:Description>\n");

        x.Append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        if (info.Creator is { Length: > 0 } creator)
        {
            x.Append("<xmp:CreatorTool>").Append(Escape(creator)).Append("</xmp:CreatorTool>\n");
        }

        if (info.Created is { } created)
        {
            x.Append("<xmp:CreateDate>").Append(Date(created)).Append("</xmp:CreateDate>\n");
        }

        x.Append("<xmp:ModifyDate>").Append(Date(info.Modified)).Append("</xmp:ModifyDate>\n");
        x.Append("<xmp:MetadataDate>").Append(Date(info.Modified)).Append("</xmp:MetadataDate>\n");
        x.Append("</rdf:Description>\n");

        x.Append("""
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>fx</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq>
            """).Append('\n');
        Property(x, "DocumentFileName", "The name of the embedded XML document");
        Property(x, "DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER");
        Property(x, "Version", "The actual version of the standard applying to the embedded XML document");
        Property(x, "ConformanceLevel", "The conformance level of the embedded XML document");
        x.Append("</rdf:Seq></pdfaSchema:property>\n</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n");

        x.Append("<rdf:Description rdf:about=\"\" xmlns:fx=\"").Append(Namespace).Append("\">\n");
        x.Append("<fx:DocumentType>INVOICE</fx:DocumentType>\n");
        x.Append("<fx:DocumentFileName>").Append(Escape(fileName)).Append("</fx:DocumentFileName>\n");
        x.Append("<fx:Version>1.0</fx:Version>\n");
        x.Append("<fx:ConformanceLevel>").Append(level.XmpName()).Append("</fx:ConformanceLevel>\n");
        x.Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(x.ToString());
    }

    private static void Property(StringBuilder x, string name, string description) =>
        x.Append("<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>").Append(name)
            .Append("</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>")
            .Append(description).Append("</pdfaProperty:description></rdf:li>\n");

    // Control characters are not allowed in XML 1.0; they cannot carry meaning in a title anyway.
    private static string Escape(string text) =>
        SecurityElement.Escape(string.Concat(text.Where(c => c >= ' ' || c is '\t' or '\n'))) ?? string.Empty;

    private static string Date(DateTimeOffset when) => when.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
