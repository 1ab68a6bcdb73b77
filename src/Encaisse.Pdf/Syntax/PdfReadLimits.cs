namespace Encaisse.Pdf.Syntax;

/// <summary>Bounds on what reading one PDF may cost; a file beyond them is refused with a clear message.</summary>
public sealed record PdfReadLimits
{
    /// <summary>Defaults sized for invoices: a Factur-X PDF is rarely above a few MiB.</summary>
    public static readonly PdfReadLimits Default = new();

    /// <summary>Largest file accepted (default 64 MiB).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest decoded stream (an embedded XML, an object stream, an xref stream; default 32 MiB).</summary>
    public int MaxDecodedStreamBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Most cross-reference sections followed through /Prev (incremental updates; default 256).</summary>
    public int MaxXrefSections { get; init; } = 256;

    /// <summary>Most objects a single read may load (default 200,000).</summary>
    public int MaxObjectsLoaded { get; init; } = 200_000;

    /// <summary>Wall-clock budget of one read by Encaisse's own parser (default 10 s).</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromSeconds(10);
}
