using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Bindings.Profiles;

/// <summary>
/// How much of the EN 16931 model a profile carries. The levels are cumulative: each one writes everything the
/// level before it writes, and more. <see cref="ProfileProjection"/> turns a level into what is written.
/// </summary>
public enum ProfileLevel
{
    /// <summary>Factur-X MINIMUM: header, parties (name, registration, VAT) and the four totals; no lines, no VAT breakdown.</summary>
    Minimum,

    /// <summary>Factur-X BASIC WL: the whole header (no lines), without contacts, attachments and a few details.</summary>
    BasicWl,

    /// <summary>Factur-X BASIC: BASIC WL plus lines with item name, standard identifier, price, VAT, period and allowances.</summary>
    Basic,

    /// <summary>EN 16931 in full (the core, Peppol BIS, XRechnung, Factur-X EN16931, the French CIUS).</summary>
    En16931,

    /// <summary>EN 16931 plus the extensions the model holds (the payment schedule in CII).</summary>
    Extended,
}

/// <summary>
/// An e-invoice profile: the BT-24 specification identifier written in each syntax, the syntaxes it exists in,
/// an optional default BT-23, and its <see cref="ProfileLevel"/>. Instances are the known profiles below, or
/// <see cref="AsStated"/> for a BT-24 read from a document that none of them matches.
/// </summary>
public sealed class EInvoiceProfile
{
    private readonly string? _ublIdentifier;
    private readonly string? _ciiIdentifier;

    private EInvoiceProfile(string name, ProfileLevel level, string? ublIdentifier, string? ciiIdentifier,
        SyntaxVersion ciiVersion = SyntaxVersion.CiiD16B, string? businessProcessType = null)
    {
        Name = name;
        Level = level;
        _ublIdentifier = ublIdentifier;
        _ciiIdentifier = ciiIdentifier;
        CiiVersion = ciiVersion;
        BusinessProcessType = businessProcessType;
    }

    /// <summary>EN 16931 core, BT-24 <c>urn:cen.eu:en16931:2017</c>, UBL and CII.</summary>
    public static EInvoiceProfile En16931 { get; } = new("en16931", ProfileLevel.En16931, Core, Core);

    /// <summary>Peppol BIS Billing 3.0; writes BT-23 <c>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</c> when the invoice has none.</summary>
    public static EInvoiceProfile PeppolBis3 { get; } = new("peppol-bis-3", ProfileLevel.En16931,
        "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
        "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
        businessProcessType: "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");

    /// <summary>XRechnung 3.0 (the German CIUS), UBL and CII.</summary>
    public static EInvoiceProfile XRechnung3 { get; } = new("xrechnung-3", ProfileLevel.En16931,
        "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0",
        "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0");

    /// <summary>Factur-X 1.09 MINIMUM (CII only; not an invoice in the EN 16931 sense, refused in France).</summary>
    public static EInvoiceProfile FacturXMinimum { get; } = new("factur-x-minimum", ProfileLevel.Minimum, null, "urn:factur-x.eu:1p0:minimum");

    /// <summary>Factur-X 1.09 BASIC WL (CII only, no lines).</summary>
    public static EInvoiceProfile FacturXBasicWl { get; } = new("factur-x-basicwl", ProfileLevel.BasicWl, null, "urn:factur-x.eu:1p0:basicwl");

    /// <summary>Factur-X 1.09 BASIC (CII only).</summary>
    public static EInvoiceProfile FacturXBasic { get; } = new("factur-x-basic", ProfileLevel.Basic, null,
        "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic");

    /// <summary>Factur-X 1.09 EN16931 (CII only; BT-24 is the EN 16931 identifier itself).</summary>
    public static EInvoiceProfile FacturXEn16931 { get; } = new("factur-x-en16931", ProfileLevel.En16931, null, Core);

    /// <summary>Factur-X 1.09 EXTENDED (CII only).</summary>
    public static EInvoiceProfile FacturXExtended { get; } = new("factur-x-extended", ProfileLevel.Extended, null,
        "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended");

    /// <summary>
    /// The French CIUS "EN16931" profile (XP Z12-012): BT-24 <c>urn:cen.eu:en16931:2017</c>, UBL 2.1 or CII D22B.
    /// The French content rules (BR-FR) are the validator's and the invoice's business; the binding writes the same
    /// terms as the core.
    /// </summary>
    public static EInvoiceProfile FrenchEn16931 { get; } = new("fr-en16931", ProfileLevel.En16931, Core, Core, SyntaxVersion.CiiD22B);

    /// <summary>
    /// The French EXTENDED-CTC-FR profile: in UBL BT-24
    /// <c>urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr</c>; in CII the FNFE examples and
    /// rules use the Factur-X EXTENDED identifier, so that is what is written. CII version D22B.
    /// </summary>
    public static EInvoiceProfile FrenchExtendedCtcFr { get; } = new("fr-extended-ctc-fr", ProfileLevel.Extended,
        "urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr",
        "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", SyntaxVersion.CiiD22B);

    /// <summary>Every known profile, in the order <see cref="ForSpecificationIdentifier"/> prefers them.</summary>
    public static IReadOnlyList<EInvoiceProfile> All { get; } =
    [
        En16931, PeppolBis3, XRechnung3, FacturXMinimum, FacturXBasicWl, FacturXBasic, FacturXEn16931, FacturXExtended,
        FrenchEn16931, FrenchExtendedCtcFr,
    ];

    private const string Core = "urn:cen.eu:en16931:2017";

    /// <summary>A short stable name (<c>en16931</c>, <c>peppol-bis-3</c>, <c>factur-x-basic</c>, ...) for settings and the CLI.</summary>
    public string Name { get; }

    public ProfileLevel Level { get; }

    /// <summary>The CII version this profile is written in unless told otherwise (D22B for the French profiles).</summary>
    public SyntaxVersion CiiVersion { get; }

    /// <summary>The BT-23 written when the invoice has none (Peppol); null for the other profiles.</summary>
    public string? BusinessProcessType { get; }

    /// <summary>True when this profile exists in the syntax (Factur-X profiles are CII only).</summary>
    public bool Supports(DocumentSyntax syntax) => SpecificationIdentifierOrNull(syntax) is not null;

    /// <summary>The BT-24 written in the syntax; throws when the profile does not exist in it.</summary>
    public string SpecificationIdentifier(DocumentSyntax syntax) => SpecificationIdentifierOrNull(syntax)
        ?? throw new ArgumentException($"The profile {Name} has no {syntax} form.", nameof(syntax));

    private string? SpecificationIdentifierOrNull(DocumentSyntax syntax) => syntax switch
    {
        DocumentSyntax.Ubl => _ublIdentifier,
        DocumentSyntax.Cii => _ciiIdentifier,
        _ => null,
    };

    /// <summary>The known profile with this short name, or null.</summary>
    public static EInvoiceProfile? Find(string name)
    {
        foreach (var profile in All)
        {
            if (string.Equals(profile.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return profile;
            }
        }

        return null;
    }

    /// <summary>
    /// The profile a document's BT-24 names: a known profile when one writes exactly that identifier (the core
    /// EN 16931 for <c>urn:cen.eu:en16931:2017</c>), otherwise <see cref="AsStated"/>.
    /// </summary>
    public static EInvoiceProfile ForSpecificationIdentifier(string? specificationIdentifier, DocumentSyntax syntax = DocumentSyntax.Unknown)
    {
        var id = specificationIdentifier?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            return En16931;
        }

        foreach (var profile in All)
        {
            if ((syntax == DocumentSyntax.Unknown && (profile._ublIdentifier == id || profile._ciiIdentifier == id))
                || (syntax != DocumentSyntax.Unknown && profile.SpecificationIdentifierOrNull(syntax) == id))
            {
                return profile;
            }
        }

        return AsStated(id);
    }

    /// <summary>
    /// A profile that writes the given BT-24 unchanged, in both syntaxes, at the level its suffix suggests (ZUGFeRD
    /// 2.x <c>:minimum</c>, <c>:basicwl</c>, <c>:basic</c>, <c>extended</c> or <c>#conformant#</c> extensions);
    /// EN 16931 otherwise. Used to write back what was read (a CIUS or an older identifier Encaisse does not know).
    /// </summary>
    public static EInvoiceProfile AsStated(string specificationIdentifier)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(specificationIdentifier);
        var id = specificationIdentifier.Trim();
        var level = id.EndsWith(":minimum", StringComparison.OrdinalIgnoreCase) ? ProfileLevel.Minimum
            : id.EndsWith(":basicwl", StringComparison.OrdinalIgnoreCase) ? ProfileLevel.BasicWl
            : id.EndsWith(":basic", StringComparison.OrdinalIgnoreCase) ? ProfileLevel.Basic
            : id.Contains("extended", StringComparison.OrdinalIgnoreCase) || id.Contains("#conformant#", StringComparison.Ordinal) ? ProfileLevel.Extended
            : ProfileLevel.En16931;
        return new EInvoiceProfile("as-stated", level, id, id);
    }

    public override string ToString() => Name;
}
