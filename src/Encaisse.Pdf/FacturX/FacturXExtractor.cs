using Encaisse.Domain.Common;
using Encaisse.Pdf.Syntax;
using UglyToad.PdfPig;

namespace Encaisse.Pdf.FacturX;

/// <summary>The invoice XML found in a PDF.</summary>
/// <param name="FileName">The attachment it came from (factur-x.xml, zugferd-invoice.xml, ...).</param>
/// <param name="Xml">Its bytes, unchanged (parse them with SafeXml).</param>
/// <param name="AttachmentNames">Every attachment of the PDF, in the order of its name tree.</param>
/// <param name="Reader">Which parser read it: "encaisse" (the built-in bounded parser) or "pdfpig" (the second opinion).</param>
public sealed record EmbeddedInvoice(string FileName, byte[] Xml, IReadOnlyList<string> AttachmentNames, string Reader);

/// <summary>
/// Finds the e-invoice inside a hybrid PDF (Factur-X, ZUGFeRD 1/2, XRechnung in PDF). In-process, for PDFs that
/// are trusted or already bounded by <see cref="PdfReadLimits"/>: PdfPig cannot promise bounded time or memory on
/// hostile input, so untrusted files go through <see cref="Isolation.IsolatedPdfExtractor"/>.
/// </summary>
public static class FacturXExtractor
{
    /// <summary>The attachment names of invoice XML, most specific first (Factur-X, XRechnung, ZUGFeRD 2, ZUGFeRD 1).</summary>
    public static readonly IReadOnlyList<string> InvoiceFileNames = ["factur-x.xml", "xrechnung.xml", "zugferd-invoice.xml", "ZUGFeRD-invoice.xml"];

    /// <summary>
    /// The invoice XML of the PDF; a failure value when the file is not a readable PDF, breaks a limit, or has
    /// no e-invoice inside (the message says which, and names the attachments there are).
    /// </summary>
    public static ParseResult<EmbeddedInvoice> Extract(byte[] pdf, PdfReadLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var attachments = ListAttachments(pdf, limits, cancellationToken);
        if (!attachments.TryGetValue(out var list))
        {
            return ParseResult<EmbeddedInvoice>.Fail(attachments.Error!);
        }

        return Choose(list.Attachments, list.Reader);
    }

    /// <summary>
    /// Every attachment of the PDF: Encaisse's own bounded parser, PdfPig when ours cannot read the file (never
    /// after ours hit a limit or a loop).
    /// </summary>
    public static ParseResult<(IReadOnlyList<PdfAttachment> Attachments, string Reader)> ListAttachments(
        byte[] pdf, PdfReadLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        limits ??= PdfReadLimits.Default;
        if (pdf.Length == 0)
        {
            return ParseResult<(IReadOnlyList<PdfAttachment>, string)>.Fail("The file is empty.");
        }

        if (pdf.Length > limits.MaxFileBytes)
        {
            return ParseResult<(IReadOnlyList<PdfAttachment>, string)>.Fail($"The file is larger than the {limits.MaxFileBytes / (1024 * 1024)} MiB Encaisse accepts for a PDF.");
        }

        // Our own bounded parser first: it reads every sample of the shared corpus, and it stops on loops and
        // limits where PdfPig can overflow its stack (a reference loop) or inflate a bomb.
        PdfFormatException ownFailure;
        try
        {
            var found = PdfAttachmentReader.Read(PdfFile.Open(pdf, limits, cancellationToken));
            return ParseResult<(IReadOnlyList<PdfAttachment>, string)>.Ok((found, "encaisse"));
        }
        catch (PdfFormatException ex) when (!ex.IsLimit)
        {
            ownFailure = ex;
        }
        catch (PdfFormatException ex)
        {
            return ParseResult<(IReadOnlyList<PdfAttachment>, string)>.Fail("The file is refused: " + ex.Message);
        }

        // PdfPig as the second opinion, only for files our parser cannot read (encryption, other filters, odd
        // syntax): on a file ours reads, PdfPig adds nothing, and on a looping one it can overflow its stack.
        var pig = WithPdfPig(pdf, limits);
        return pig is not null
            ? ParseResult<(IReadOnlyList<PdfAttachment>, string)>.Ok((pig, "pdfpig"))
            : ParseResult<(IReadOnlyList<PdfAttachment>, string)>.Fail("The file is not a readable PDF: " + ownFailure.Message);
    }

    /// <summary>Encaisse's own bounded parser alone (no PdfPig): what the fallback sees.</summary>
    public static ParseResult<IReadOnlyList<PdfAttachment>> WithOwnParser(byte[] pdf, PdfReadLimits? limits = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var file = PdfFile.Open(pdf, limits ?? PdfReadLimits.Default, cancellationToken);
            return ParseResult<IReadOnlyList<PdfAttachment>>.Ok(PdfAttachmentReader.Read(file));
        }
        catch (PdfFormatException ex)
        {
            return ParseResult<IReadOnlyList<PdfAttachment>>.Fail(ex.Message);
        }
    }

    /// <summary>Picks the invoice among the attachments.</summary>
    public static ParseResult<EmbeddedInvoice> Choose(IReadOnlyList<PdfAttachment> attachments, string reader)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        var names = attachments.Select(a => a.Name).ToList();
        var chosen = InvoiceFileNames
            .Select(n => attachments.FirstOrDefault(a => a.Name == n))
            .FirstOrDefault(a => a is not null)
            ?? InvoiceFileNames.Select(n => attachments.FirstOrDefault(a => string.Equals(a.Name, n, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(a => a is not null);
        if (chosen is null)
        {
            var xml = attachments.Where(a => a.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || a.MimeType is "text/xml" or "application/xml").ToList();
            if (xml.Count == 1)
            {
                chosen = xml[0];
            }
            else if (xml.Count > 1)
            {
                return ParseResult<EmbeddedInvoice>.Fail($"No e-invoice inside: the PDF holds {xml.Count} XML attachments ({string.Join(", ", xml.Select(a => a.Name))}) and none has an e-invoice name.");
            }
        }

        if (chosen is null)
        {
            return ParseResult<EmbeddedInvoice>.Fail(attachments.Count == 0
                ? "No e-invoice inside: the PDF has no attachments."
                : $"No e-invoice inside: the PDF's attachments ({string.Join(", ", names)}) hold no XML.");
        }

        if (!LooksLikeXml(chosen.Content))
        {
            return ParseResult<EmbeddedInvoice>.Fail($"The attachment {chosen.Name} is not XML.");
        }

        return ParseResult<EmbeddedInvoice>.Ok(new EmbeddedInvoice(chosen.Name, chosen.Content, names, reader));
    }

    private static bool LooksLikeXml(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        span = span.TrimStart(" \t\r\n"u8);
        return span.Length > 0 && span[0] == '<';
    }

    /// <summary>PdfPig's embedded-file API; null when PdfPig cannot read the file.</summary>
    private static List<PdfAttachment>? WithPdfPig(byte[] pdf, PdfReadLimits limits)
    {
#pragma warning disable CA1031 // PdfPig throws many exception types on malformed input; any of them means "fall back".
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (!document.Advanced.TryGetEmbeddedFiles(out var files))
            {
                return [];
            }

            var result = new List<PdfAttachment>(files.Count);
            foreach (var file in files)
            {
                var bytes = file.Bytes.ToArray();
                if (bytes.Length > limits.MaxDecodedStreamBytes)
                {
                    return null;
                }

                var dictionary = file.Stream.StreamDictionary;
                var subtype = dictionary.TryGet(UglyToad.PdfPig.Tokens.NameToken.Subtype, out UglyToad.PdfPig.Tokens.NameToken s) ? s.Data : null;
                result.Add(new PdfAttachment(file.Name, bytes, subtype, null));
            }

            return result;
        }
        catch (Exception)
        {
            return null;
        }
#pragma warning restore CA1031
    }
}
