using Encaisse.EInvoicing.Bindings.Profiles;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Bindings;

/// <summary>The version of a syntax a document is written in.</summary>
public enum SyntaxVersion
{
    /// <summary>OASIS UBL 2.1.</summary>
    Ubl21,

    /// <summary>UN/CEFACT CII D16B (EN 16931, Factur-X, ZUGFeRD 2.x, XRechnung).</summary>
    CiiD16B,

    /// <summary>UN/CEFACT CII D22B (the French reform). The EN 16931 subset is written identically to D16B.</summary>
    CiiD22B,
}

/// <summary>
/// What a writer produces: three independent settings, the syntax, its version and the profile. The profile
/// decides what is written (<see cref="ProfileProjection"/>), the syntax and version how.
/// </summary>
public sealed record OutputFormat
{
    public OutputFormat(DocumentSyntax syntax, SyntaxVersion version, EInvoiceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var versionFits = syntax switch
        {
            DocumentSyntax.Ubl => version == SyntaxVersion.Ubl21,
            DocumentSyntax.Cii => version is SyntaxVersion.CiiD16B or SyntaxVersion.CiiD22B,
            _ => throw new ArgumentOutOfRangeException(nameof(syntax), syntax, "Encaisse writes UBL or CII."),
        };
        if (!versionFits)
        {
            throw new ArgumentException($"{version} is not a version of {syntax}.", nameof(version));
        }

        if (!profile.Supports(syntax))
        {
            throw new ArgumentException($"The profile {profile.Name} does not exist in {syntax}.", nameof(profile));
        }

        Syntax = syntax;
        Version = version;
        Profile = profile;
    }

    public DocumentSyntax Syntax { get; }

    public SyntaxVersion Version { get; }

    public EInvoiceProfile Profile { get; }

    /// <summary>The profile in UBL 2.1.</summary>
    public static OutputFormat Ubl(EInvoiceProfile profile) => new(DocumentSyntax.Ubl, SyntaxVersion.Ubl21, profile);

    /// <summary>The profile in CII, in the profile's usual version unless one is given.</summary>
    public static OutputFormat Cii(EInvoiceProfile profile, SyntaxVersion? version = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new OutputFormat(DocumentSyntax.Cii, version ?? profile.CiiVersion, profile);
    }

    /// <summary>The profile in the syntax, in its usual version.</summary>
    public static OutputFormat Of(DocumentSyntax syntax, EInvoiceProfile profile) =>
        syntax == DocumentSyntax.Ubl ? Ubl(profile) : Cii(profile);

    public override string ToString() => $"{Syntax} {Version} {Profile.Name}";
}
