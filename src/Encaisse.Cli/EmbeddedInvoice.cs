using Encaisse.Domain.Common;

namespace Encaisse.Cli;

/// <summary>The invoice XML inside a Factur-X/ZUGFeRD PDF (wired to Encaisse.Pdf's out-of-process extractor).</summary>
internal static class EmbeddedInvoice
{
    public static ParseResult<byte[]> Extract(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        return ParseResult<byte[]>.Fail("reading the XML inside a PDF is not available in this build yet");
    }
}
