using Encaisse.Pdf.Syntax;

namespace Encaisse.Pdf.FacturX;

/// <summary>A file embedded in a PDF (an entry of the catalog's /Names /EmbeddedFiles tree).</summary>
/// <param name="Name">The name-tree key (the attachment's file name as readers show it).</param>
/// <param name="Content">The decoded bytes.</param>
/// <param name="MimeType">The embedded file stream's /Subtype (text/xml, application/pdf, ...), when given.</param>
/// <param name="Relationship">The file specification's /AFRelationship (Data, Alternative, ...), when given.</param>
public sealed record PdfAttachment(string Name, byte[] Content, string? MimeType, string? Relationship);

/// <summary>Reads the attachments of a PDF with Encaisse's own bounded parser (<see cref="PdfFile"/>).</summary>
internal static class PdfAttachmentReader
{
    private const int MaxTreeDepth = 32;

    public static List<PdfAttachment> Read(PdfFile file)
    {
        var result = new List<PdfAttachment>();
        var names = file.Resolve(file.Catalog["Names"]) as PdfDictionary;
        var visited = new HashSet<PdfObject>(ReferenceEqualityComparer.Instance);
        Walk(file, names?["EmbeddedFiles"], 0, visited, result);
        return result;
    }

    private static void Walk(PdfFile file, PdfObject? node, int depth, HashSet<PdfObject> visited, List<PdfAttachment> result)
    {
        if (depth > MaxTreeDepth || file.Resolve(node) is not PdfDictionary dictionary || !visited.Add(dictionary))
        {
            return;
        }

        file.CheckBudget();
        if (file.Resolve(dictionary["Names"]) is PdfArray pairs)
        {
            for (var i = 0; i + 1 < pairs.Items.Count; i += 2)
            {
                if (file.Resolve(pairs.Items[i]) is PdfString key && Read(file, key.Text, pairs.Items[i + 1]) is { } attachment)
                {
                    result.Add(attachment);
                }
            }
        }

        if (file.Resolve(dictionary["Kids"]) is PdfArray kids)
        {
            foreach (var kid in kids.Items)
            {
                Walk(file, kid, depth + 1, visited, result);
            }
        }
    }

    private static PdfAttachment? Read(PdfFile file, string name, PdfObject? specification)
    {
        if (file.Resolve(specification) is not PdfDictionary spec || file.Resolve(spec["EF"]) is not PdfDictionary ef)
        {
            return null;
        }

        // /UF is the Unicode name and preferred; /F is the same file for older readers.
        if (file.Resolve(ef["UF"] ?? ef["F"]) is not PdfStream stream)
        {
            return null;
        }

        return new PdfAttachment(name, file.Decode(stream), stream.Dictionary.NameOf("Subtype"), spec.NameOf("AFRelationship"));
    }
}
