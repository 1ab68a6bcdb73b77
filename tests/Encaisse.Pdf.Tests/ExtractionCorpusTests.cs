using System.Xml.Linq;
using Encaisse.EInvoicing.Xml;
using Encaisse.Pdf.FacturX;
using Xunit.Abstractions;

namespace Encaisse.Pdf.Tests;

/// <summary>
/// The extractor against every PDF of the shared ZUGFeRD / Factur-X material: the attachments it finds must be
/// those the reference found (expected/zugferd.tsv, column embedded_files), and where the folder also holds
/// the invoice XML alone, the extracted bytes must equal it.
/// </summary>
public class ExtractionCorpusTests(ITestOutputHelper output)
{
    private static readonly string EInvoice = RepoPaths.SharedFile("einvoice");

    public static IEnumerable<string> CorpusPdfs() =>
        Directory.EnumerateFiles(Path.Combine(EInvoice, "zugferd"), "*.pdf", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(EInvoice, "examples", "facturx-akretion"), "*.pdf"))
            .Order(StringComparer.Ordinal);

    private static Dictionary<string, string[]> ExpectedAttachments()
    {
        var lines = File.ReadAllLines(Path.Combine(EInvoice, "expected", "zugferd.tsv"));
        var header = lines[0].Split('\t');
        var file = Array.IndexOf(header, "file");
        var container = Array.IndexOf(header, "container");
        var embedded = Array.IndexOf(header, "embedded_files");
        return lines.Skip(1).Select(l => l.Split('\t'))
            .Where(c => c[container] == "pdf")
            .ToDictionary(c => c[file], c => c[embedded].Split(';', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Every_corpus_pdf_gives_the_attachments_the_reference_found_and_the_same_xml()
    {
        var expected = ExpectedAttachments();
        var pdfs = CorpusPdfs().ToList();
        Assert.Equal(expected.Count, pdfs.Count);
        var failures = new List<string>();
        int matched = 0, xmlCompared = 0;
        var xmlEquivalentOnly = new List<string>();
        foreach (var path in pdfs)
        {
            var key = Path.GetRelativePath(EInvoice, path).Replace('\\', '/');
            var want = expected[key];
            var bytes = File.ReadAllBytes(path);
            var listed = FacturXExtractor.ListAttachments(bytes);
            var own = FacturXExtractor.WithOwnParser(bytes);
            if (!listed.TryGetValue(out var found))
            {
                failures.Add($"{key}: {listed.Error}");
                continue;
            }

            var names = found.Attachments.Select(a => a.Name).Order(StringComparer.Ordinal).ToArray();
            var ownNames = own.Success ? own.Value.Select(a => a.Name).Order(StringComparer.Ordinal).ToArray() : null;
            if (!names.SequenceEqual(want))
            {
                failures.Add($"{key}: found [{string.Join(";", names)}], reference [{string.Join(";", want)}]");
                continue;
            }

            // The fallback parser alone must agree too: it is what reads files PdfPig cannot.
            if (ownNames is null || !ownNames.SequenceEqual(want))
            {
                failures.Add($"{key}: own parser found [{(ownNames is null ? own.Error : string.Join(";", ownNames))}]");
                continue;
            }

            var invoice = FacturXExtractor.Extract(bytes);
            if (want.Length == 0 || !want.Any(n => n.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                if (invoice.Success || !invoice.Error!.StartsWith("No e-invoice inside", StringComparison.Ordinal))
                {
                    failures.Add($"{key}: expected 'no e-invoice inside', got {invoice}");
                    continue;
                }
            }
            else
            {
                if (!invoice.Success)
                {
                    failures.Add($"{key}: {invoice.Error}");
                    continue;
                }

                var ownInvoice = FacturXExtractor.Choose(own.Value, "encaisse");
                if (!ownInvoice.Success || !ownInvoice.Value.Xml.AsSpan().SequenceEqual(invoice.Value.Xml))
                {
                    failures.Add($"{key}: own parser's XML differs from PdfPig's");
                    continue;
                }

                // The same folder holds the XML alone under the PDF's name (FeRD samples).
                var alone = Path.ChangeExtension(path, ".xml");
                if (File.Exists(alone))
                {
                    xmlCompared++;
                    var aloneBytes = File.ReadAllBytes(alone);
                    if (!aloneBytes.AsSpan().SequenceEqual(invoice.Value.Xml))
                    {
                        // One FeRD sample (XRECHNUNG_Einfach) embeds the XML with the root element's namespace
                        // declarations on one line (pdfdetach shows the same bytes): equal as XML, not as bytes.
                        if (!XNode.DeepEquals(SafeXml.Load(aloneBytes).Value, SafeXml.Load(invoice.Value.Xml).Value))
                        {
                            failures.Add($"{key}: embedded {invoice.Value.FileName} differs from {Path.GetFileName(alone)}");
                            continue;
                        }

                        xmlEquivalentOnly.Add(key);
                    }
                }
            }

            matched++;
        }

        output.WriteLine($"{matched} of {pdfs.Count} PDFs matched the reference; {xmlCompared} embedded XML compared with the XML alone, " +
            $"{xmlCompared - xmlEquivalentOnly.Count} byte for byte, {xmlEquivalentOnly.Count} equal as XML only ({string.Join(", ", xmlEquivalentOnly)})");
        Assert.True(xmlEquivalentOnly.Count <= 1, "more embedded XML differ in bytes from their standalone copy than the one known sample");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
