using Encaisse.Domain.Common;
using Encaisse.Pdf.FacturX;
using Encaisse.Pdf.Isolation;

namespace Encaisse.Cli;

/// <summary>The invoice XML inside a Factur-X/ZUGFeRD PDF.</summary>
internal static class PdfInvoices
{
    /// <summary>
    /// Reads an untrusted PDF in a child process (`encaisse pdf extract`) bounded in time and memory, so a hostile
    /// file can neither hang nor crash this process.
    /// </summary>
    public static async Task<ParseResult<byte[]>> ExtractIsolatedAsync(string path, CancellationToken cancellationToken)
    {
        var result = await new IsolatedPdfExtractor().ExtractAsync(path, cancellationToken);
        return result.TryGetValue(out var invoice) ? ParseResult<byte[]>.Ok(invoice.Xml) : ParseResult<byte[]>.Fail(result.Error!);
    }

    /// <summary>
    /// Reads a PDF in process with Encaisse's own bounded parser only (no fallback library): for trusted test corpora,
    /// where starting one process per file would dominate the measurement.
    /// </summary>
    public static ParseResult<byte[]> ExtractBounded(byte[] pdf)
    {
        var attachments = FacturXExtractor.WithOwnParser(pdf);
        if (!attachments.TryGetValue(out var list))
        {
            return ParseResult<byte[]>.Fail(attachments.Error!);
        }

        var chosen = FacturXExtractor.Choose(list, "encaisse");
        return chosen.TryGetValue(out var invoice) ? ParseResult<byte[]>.Ok(invoice.Xml) : ParseResult<byte[]>.Fail(chosen.Error!);
    }
}
