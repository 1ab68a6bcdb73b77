using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation;

/// <summary>
/// Which rule sets apply to a document, chosen from its syntax and specification identifier (BT-24), as the
/// reference validator's "auto" mode chooses them (see ../shared/einvoice/README.md).
/// </summary>
public static class RuleSetSelection
{
    /// <summary>
    /// The rule sets for a document. <paramref name="fromFacturXContainer"/> is true for XML that came out of a
    /// Factur-X/ZUGFeRD PDF: plain EN 16931 CII then also gets the Factur-X EN 16931 profile rules.
    /// </summary>
    public static IReadOnlyList<string> Auto(DocumentSyntax syntax, string? specificationIdentifier, bool fromFacturXContainer = false)
    {
        var g = (specificationIdentifier ?? string.Empty).Trim().ToLowerInvariant();
        if (g.Contains("xrechnung", StringComparison.Ordinal))
        {
            return [RuleSetIds.En16931, RuleSetIds.XRechnung];
        }

        if (g.Contains("peppol.eu:2017:poacc:billing", StringComparison.Ordinal))
        {
            return syntax == DocumentSyntax.Ubl ? [RuleSetIds.En16931, RuleSetIds.Peppol] : [RuleSetIds.En16931];
        }

        if (g.Contains(":minimum", StringComparison.Ordinal))
        {
            return [RuleSetIds.FacturXMinimum];
        }

        if (g.Contains(":basicwl", StringComparison.Ordinal))
        {
            return [RuleSetIds.FacturXBasicWl];
        }

        if (g.Contains(":extended", StringComparison.Ordinal))
        {
            return [RuleSetIds.FacturXExtended];
        }

        if (g.Contains(":basic", StringComparison.Ordinal))
        {
            return [RuleSetIds.En16931, RuleSetIds.FacturXBasic];
        }

        if (fromFacturXContainer && syntax == DocumentSyntax.Cii && g == "urn:cen.eu:en16931:2017")
        {
            return [RuleSetIds.En16931, RuleSetIds.FacturXEn16931];
        }

        return [RuleSetIds.En16931];
    }

    /// <summary>The Factur-X profile schema folder for the chosen rule sets, or null for plain CII D16B.</summary>
    public static string? FacturXSchemaProfile(IReadOnlyList<string> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        foreach (var (id, folder) in new[]
                 {
                     (RuleSetIds.FacturXMinimum, "MINIMUM"), (RuleSetIds.FacturXBasicWl, "BASICWL"), (RuleSetIds.FacturXBasic, "BASIC"),
                     (RuleSetIds.FacturXEn16931, "EN16931"), (RuleSetIds.FacturXExtended, "EXTENDED"),
                 })
        {
            if (ruleSets.Contains(id))
            {
                return folder;
            }
        }

        return null;
    }
}
