using System.Collections.Frozen;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Catalogue;

/// <summary>
/// The CEF VATEX code list for BT-121 VAT exemption reason codes, as the EN 16931 rules check it (BR-CL-22,
/// validation artefacts 1.3.16), and the VAT category Peppol requires for some of them (PEPPOL-EN16931-P0104
/// to P0111).
/// </summary>
public static class VatExemptionReasonCodes
{
    public const string IntraCommunitySupply = "VATEX-EU-IC";
    public const string ReverseCharge = "VATEX-EU-AE";
    public const string Export = "VATEX-EU-G";
    public const string OutsideScope = "VATEX-EU-O";

    /// <summary>French VAT-free small business scheme ("TVA non applicable, art. 293 B du CGI").</summary>
    public const string FrenchFranchise = "VATEX-FR-FRANCHISE";

    private static readonly FrozenSet<string> Codes = """
        VATEX-EU-79-C VATEX-EU-132 VATEX-EU-132-1A VATEX-EU-132-1B VATEX-EU-132-1C VATEX-EU-132-1D VATEX-EU-132-1E VATEX-EU-132-1F
        VATEX-EU-132-1G VATEX-EU-132-1H VATEX-EU-132-1I VATEX-EU-132-1J VATEX-EU-132-1K VATEX-EU-132-1L VATEX-EU-132-1M VATEX-EU-132-1N
        VATEX-EU-132-1O VATEX-EU-132-1P VATEX-EU-132-1Q VATEX-EU-135-1 VATEX-EU-143 VATEX-EU-143-1A VATEX-EU-143-1B VATEX-EU-143-1C
        VATEX-EU-143-1D VATEX-EU-143-1E VATEX-EU-143-1F VATEX-EU-143-1FA VATEX-EU-143-1G VATEX-EU-143-1H VATEX-EU-143-1I VATEX-EU-143-1J
        VATEX-EU-143-1K VATEX-EU-143-1L VATEX-EU-144 VATEX-EU-146-1E VATEX-EU-159 VATEX-EU-309 VATEX-EU-148 VATEX-EU-148-A
        VATEX-EU-148-B VATEX-EU-148-C VATEX-EU-148-D VATEX-EU-148-E VATEX-EU-148-F VATEX-EU-148-G VATEX-EU-151 VATEX-EU-151-1A
        VATEX-EU-151-1AA VATEX-EU-151-1B VATEX-EU-151-1C VATEX-EU-151-1D VATEX-EU-151-1E VATEX-EU-G VATEX-EU-O VATEX-EU-IC
        VATEX-EU-AE VATEX-EU-D VATEX-EU-F VATEX-EU-I VATEX-EU-J VATEX-FR-FRANCHISE VATEX-FR-CNWVAT VATEX-EU-153
        VATEX-FR-CGI261-1 VATEX-FR-CGI261-2 VATEX-FR-CGI261-3 VATEX-FR-CGI261-4 VATEX-FR-CGI261-5 VATEX-FR-CGI261-7 VATEX-FR-CGI261-8 VATEX-FR-CGI261A
        VATEX-FR-CGI261B VATEX-FR-CGI261C-1 VATEX-FR-CGI261C-2 VATEX-FR-CGI261C-3 VATEX-FR-CGI261D-1 VATEX-FR-CGI261D-1BIS VATEX-FR-CGI261D-2 VATEX-FR-CGI261D-3
        VATEX-FR-CGI261D-4 VATEX-FR-CGI261E-1 VATEX-FR-CGI261E-2 VATEX-FR-CGI277A VATEX-FR-CGI275 VATEX-FR-298SEXDECIESA VATEX-FR-CGI295 VATEX-FR-AE
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, VatCategory> RequiredCategories = new Dictionary<string, VatCategory>
    {
        [Export] = VatCategory.Export,
        [OutsideScope] = VatCategory.OutsideScope,
        [IntraCommunitySupply] = VatCategory.IntraCommunitySupply,
        [ReverseCharge] = VatCategory.ReverseCharge,
        ["VATEX-EU-D"] = VatCategory.Exempt,
        ["VATEX-EU-F"] = VatCategory.Exempt,
        ["VATEX-EU-I"] = VatCategory.Exempt,
        ["VATEX-EU-J"] = VatCategory.Exempt,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => Codes;

    /// <summary>True for a code of the list; the comparison ignores case, as BR-CL-22 does.</summary>
    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code.Trim().ToUpperInvariant());

    /// <summary>The VAT category a code can only be used with, or null when any exempt category fits.</summary>
    public static VatCategory? RequiredCategory(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return RequiredCategories.TryGetValue(code.Trim().ToUpperInvariant(), out var category) ? category : null;
    }
}
