namespace Encaisse.Pdf.Syntax;

/// <summary>
/// The file is not a PDF Encaisse can read, or it breaks a limit. Internal: the public API turns it into a
/// <see cref="Domain.Common.ParseResult{T}"/> failure with this message.
/// </summary>
#pragma warning disable CA1064 // Internal on purpose: callers get a ParseResult, never this exception.
internal sealed class PdfFormatException(string message) : Exception(message);
#pragma warning restore CA1064
