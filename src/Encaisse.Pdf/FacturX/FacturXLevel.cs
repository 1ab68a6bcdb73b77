using Encaisse.Domain.Common;

namespace Encaisse.Pdf.FacturX;

/// <summary>The Factur-X 1.0 conformance levels (profiles), as fx:ConformanceLevel names them.</summary>
public enum FacturXLevel
{
    /// <summary>MINIMUM: header data only; not a full invoice in France (AFRelationship /Data).</summary>
    Minimum,

    /// <summary>BASIC WL: without lines; not a full invoice (AFRelationship /Data).</summary>
    BasicWl,

    /// <summary>BASIC: a subset of EN 16931 with lines.</summary>
    Basic,

    /// <summary>EN 16931 (formerly COMFORT): the full European semantic model.</summary>
    En16931,

    /// <summary>EXTENDED: EN 16931 plus extensions.</summary>
    Extended,
}

/// <summary>Names and rules attached to each <see cref="FacturXLevel"/>.</summary>
public static class FacturXLevels
{
    /// <summary>The value of fx:ConformanceLevel in the XMP metadata.</summary>
    public static string XmpName(this FacturXLevel level) => level switch
    {
        FacturXLevel.Minimum => "MINIMUM",
        FacturXLevel.BasicWl => "BASIC WL",
        FacturXLevel.Basic => "BASIC",
        FacturXLevel.En16931 => "EN 16931",
        FacturXLevel.Extended => "EXTENDED",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown Factur-X level."),
    };

    /// <summary>
    /// The /AFRelationship of the XML: /Data for MINIMUM and BASIC WL, which are not legally invoices on their own
    /// (the PDF is), /Alternative for the others, whose XML is an equivalent form of the invoice (Factur-X 1.0 §6.2).
    /// </summary>
    public static string AfRelationship(this FacturXLevel level) =>
        level is FacturXLevel.Minimum or FacturXLevel.BasicWl ? "Data" : "Alternative";

    /// <summary>Reads "MINIMUM", "BASIC WL" (or BASICWL), "BASIC", "EN 16931" (or EN16931), "EXTENDED", in any case.</summary>
    public static ParseResult<FacturXLevel> Parse(string? text)
    {
        var key = (text ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return key switch
        {
            "MINIMUM" => ParseResult<FacturXLevel>.Ok(FacturXLevel.Minimum),
            "BASICWL" => ParseResult<FacturXLevel>.Ok(FacturXLevel.BasicWl),
            "BASIC" => ParseResult<FacturXLevel>.Ok(FacturXLevel.Basic),
            "EN16931" or "COMFORT" => ParseResult<FacturXLevel>.Ok(FacturXLevel.En16931),
            "EXTENDED" => ParseResult<FacturXLevel>.Ok(FacturXLevel.Extended),
            _ => ParseResult<FacturXLevel>.Fail($"'{text}' is not a Factur-X level (MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED)."),
        };
    }

    /// <summary>
    /// The level a CII document declares in BT-24 (GuidelineSpecifiedDocumentContextParameter), or null when the
    /// identifier is not one of the Factur-X / ZUGFeRD 2 profiles.
    /// </summary>
    public static FacturXLevel? FromGuideline(string? guideline)
    {
        var g = (guideline ?? string.Empty).Trim().ToLowerInvariant();
        if (g.Contains("minimum", StringComparison.Ordinal))
        {
            return FacturXLevel.Minimum;
        }

        if (g.Contains("basicwl", StringComparison.Ordinal) || g.Contains("basic-wl", StringComparison.Ordinal))
        {
            return FacturXLevel.BasicWl;
        }

        if (g.Contains("extended", StringComparison.Ordinal))
        {
            return FacturXLevel.Extended;
        }

        if (g.Contains("basic", StringComparison.Ordinal))
        {
            return FacturXLevel.Basic;
        }

        return g == "urn:cen.eu:en16931:2017" ? FacturXLevel.En16931 : null;
    }
}
