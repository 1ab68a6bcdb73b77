using Encaisse.Domain.Common;

namespace Encaisse.Pdf.Rendering;

/// <summary>The languages an invoice PDF can be printed in.</summary>
public enum InvoiceLanguage
{
    French,
    English,
}

/// <summary>How a tenant's invoices look: logo, accent colour and language.</summary>
public sealed record InvoiceTemplate
{
    public static readonly InvoiceTemplate Default = new();

    /// <summary>The seller's logo as PNG (or JPEG) bytes; drawn at the top left, at most 160 × 60 pt.</summary>
    public ReadOnlyMemory<byte> LogoPng { get; init; }

    /// <summary>The accent colour (title, table header, amount due) as #RRGGBB.</summary>
    public string AccentColor { get; init; } = "#1F4E79";

    public InvoiceLanguage Language { get; init; } = InvoiceLanguage.French;

    /// <summary>Reads "fr" or "en" (also fr-FR, en-GB, ...).</summary>
    public static ParseResult<InvoiceLanguage> ParseLanguage(string? text) => (text ?? string.Empty).Trim().ToLowerInvariant() switch
    {
        var t when t == "fr" || t.StartsWith("fr-", StringComparison.Ordinal) => ParseResult<InvoiceLanguage>.Ok(InvoiceLanguage.French),
        var t when t == "en" || t.StartsWith("en-", StringComparison.Ordinal) => ParseResult<InvoiceLanguage>.Ok(InvoiceLanguage.English),
        _ => ParseResult<InvoiceLanguage>.Fail($"'{text}' is not a supported invoice language (fr, en)."),
    };
}
