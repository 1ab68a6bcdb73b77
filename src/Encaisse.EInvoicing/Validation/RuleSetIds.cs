namespace Encaisse.EInvoicing.Validation;

/// <summary>The rule sets Encaisse validates with, named as the reference results name them.</summary>
public static class RuleSetIds
{
    /// <summary>CEN EN 16931 (BR-*, BR-CO-*, BR-DEC-*, BR-&lt;category&gt;-*, BR-CL-*, UBL-*/CII-* syntax rules).</summary>
    public const string En16931 = "en16931";

    /// <summary>Peppol BIS Billing 3.0 (PEPPOL-EN16931-*, PEPPOL-COMMON-*, national rules); UBL only.</summary>
    public const string Peppol = "peppol";

    /// <summary>KoSIT XRechnung 3 (BR-DE-*, BR-DEX-*, BR-TMP-*).</summary>
    public const string XRechnung = "xrechnung";

    /// <summary>Factur-X 1.09 MINIMUM profile.</summary>
    public const string FacturXMinimum = "facturx-minimum";

    /// <summary>Factur-X 1.09 BASIC WL profile.</summary>
    public const string FacturXBasicWl = "facturx-basicwl";

    /// <summary>Factur-X 1.09 BASIC profile.</summary>
    public const string FacturXBasic = "facturx-basic";

    /// <summary>Factur-X 1.09 EN 16931 profile.</summary>
    public const string FacturXEn16931 = "facturx-en16931";

    /// <summary>Factur-X 1.09 EXTENDED profile.</summary>
    public const string FacturXExtended = "facturx-extended";

    /// <summary>The French CIUS (BR-FR-*), FNFE-MPE BR-FR-Flux2 1.4.0: the main file, every rule fatal.</summary>
    public const string French = "fr";

    /// <summary>
    /// The French CIUS _WARNING twin of the FNFE tolerance phase: the same rules as <see cref="French"/> reported as
    /// warnings, except the multi-vendor/bidirectional ones (BR-FR-MV-*, BR-FR-BD-*) that stay fatal.
    /// </summary>
    public const string FrenchWarning = "fr-warning";
}
