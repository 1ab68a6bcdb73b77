namespace Encaisse.Pdf.Syntax;

/// <summary>
/// The file is not a PDF Encaisse can read, or it breaks a limit. Internal: the public API turns it into a
/// <see cref="Domain.Common.ParseResult{T}"/> failure with this message.
/// </summary>
#pragma warning disable CA1064 // Internal on purpose: callers get a ParseResult, never this exception.
internal sealed class PdfFormatException(string message, bool isLimit = false) : Exception(message)
{
    /// <summary>
    /// True when the file broke a limit or loops (size, nesting, reference cycles, time): a sign of a hostile
    /// file, on which no other parser should be tried in process.
    /// </summary>
    public bool IsLimit { get; } = isLimit;
}
#pragma warning restore CA1064
