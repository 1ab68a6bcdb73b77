using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using static Encaisse.EInvoicing.Validation.Rules.Peppol.PeppolFunctions;

namespace Encaisse.EInvoicing.Validation.Rules.Peppol;

/// <summary>
/// The identifier rules (PEPPOL-COMMON-R040..R057): the format and check digits of electronic addresses, party
/// identifiers and legal registration identifiers, by ICD/EAS scheme. They end the transaction pattern.
/// </summary>
public sealed partial class PeppolUbl
{
    private static readonly XName[] IdentifierNames = [Cbc.EndpointID, Cbc.ID, Cbc.CompanyID];

    private static void DefineIdentifiers(PatternBuilder p)
    {
        Identifier(p, "0088", static (v, r) => r.Assert("PEPPOL-COMMON-R040", RuleFlag.Fatal, IsDigits(v, 1, int.MaxValue) && Gln(v)));
        Identifier(p, "0192", static (v, r) => r.Assert("PEPPOL-COMMON-R041", RuleFlag.Fatal, IsDigits(v, 9, 9) && Mod11(v)));
        Identifier(p, "0184", static (_, s, r) => r.Assert("PEPPOL-COMMON-R042", RuleFlag.Fatal, IsDanishCvr(s)));
        Identifier(p, "0096", static (_, s, r) => r.Assert("PEPPOL-COMMON-R052", RuleFlag.Fatal, s.Length == 10 && IsAsciiDigits(s)));
        Identifier(p, "0198", static (_, s, r) => r.Assert("PEPPOL-COMMON-R053", RuleFlag.Fatal, IsDanishSe(s)));
        Identifier(p, "0208", static (v, r) => r.Assert("PEPPOL-COMMON-R043", RuleFlag.Fatal, IsDigits(v, 10, 10) && Mod97Belgium(v)));
        Identifier(p, "0201", static (v, r) => r.Assert("PEPPOL-COMMON-R044", RuleFlag.Warning, CheckCodiceIpa(v)));
        Identifier(p, "0210", static (v, r) => r.Assert("PEPPOL-COMMON-R045", RuleFlag.Warning, CheckCf(v)));
        p.Rule(
            "cbc:EndpointID[@schemeID = '9907']",
            Cbc.EndpointID,
            static e => e.Attribute(Attr.SchemeId)?.Value == "9907",
            static (e, r) => r.Assert("PEPPOL-COMMON-R046", RuleFlag.Warning, CheckCf(Xp.Norm(e))));
        Identifier(p, "0211", static (v, r) => r.Assert("PEPPOL-COMMON-R047", RuleFlag.Warning, CheckPivaSeIt(v)));
        Identifier(p, "0007", static (v, r) => r.Assert("PEPPOL-COMMON-R049", RuleFlag.Fatal, v.Length == 10 && IsNumber(v) && CheckSwedishOrganisationNumber(v)));
        Identifier(p, "0151", static (v, r) => r.Assert("PEPPOL-COMMON-R050", RuleFlag.Fatal, IsDigits(v, 11, 11) && Abn(v)));
        Identifier(p, "0106", static (v, r) => r.Assert("PEPPOL-COMMON-R054", RuleFlag.Warning, IsDigits(v, 8, 8)));
        Identifier(p, "0190", static (v, r) => r.Assert("PEPPOL-COMMON-R055", RuleFlag.Warning, IsDigits(v, 20, 20)));
        Identifier(p, "9944", static (v, r) => r.Assert("PEPPOL-COMMON-R056-1", RuleFlag.Warning, IsDutchVat(v)));

        // A Dutch VAT identifier (BT-31, BT-48, BT-63) has the form NL999999999B99.
        p.Rule(
            "cac:PartyTaxScheme[normalize-space(cac:TaxScheme/cbc:ID) = 'VAT']/cbc:CompanyID[starts-with(normalize-space(.), 'NL')]",
            Cbc.CompanyID,
            static e => e.Parent is { } scheme && scheme.Name == Cac.PartyTaxScheme
                && NormSingle(scheme, Cac.TaxScheme, Cbc.ID) == "VAT"
                && Xp.Norm(e).StartsWith("NL", StringComparison.Ordinal),
            static (e, r) => r.Assert("PEPPOL-COMMON-R056-2", RuleFlag.Warning, IsDutchVat(Xp.Norm(e))));
        Identifier(p, "0217", static (v, r) => r.Assert("PEPPOL-COMMON-R057", RuleFlag.Warning, IsDigits(v, 12, 12)));
    }

    // cbc:EndpointID[@schemeID = S] | cac:PartyIdentification/cbc:ID[@schemeID = S] | cbc:CompanyID[@schemeID = S]; the check gets normalize-space().
    private static void Identifier(PatternBuilder p, string scheme, Action<string, RuleScope> check) =>
        Identifier(p, scheme, (normalized, _, r) => check(normalized, r));

    // Same, for checks written on string() (not normalised) as well.
    private static void Identifier(PatternBuilder p, string scheme, Action<string, string, RuleScope> check) =>
        p.Rule(
            $"cbc:EndpointID[@schemeID = '{scheme}'] | cac:PartyIdentification/cbc:ID[@schemeID = '{scheme}'] | cbc:CompanyID[@schemeID = '{scheme}']",
            IdentifierNames,
            e => e.Attribute(Attr.SchemeId)?.Value == scheme && (e.Name != Cbc.ID || Under(e, Cac.PartyIdentification)),
            (e, r) =>
            {
                var value = e.Value;
                check(Xp.NormalizeSpace(value), value, r);
            });

    // PEPPOL-COMMON-R042 on string(): DK + 8 digits, or 8 digits.
    private static bool IsDanishCvr(string s) =>
        (s.Length == 10 && s.StartsWith("DK", StringComparison.Ordinal) && IsAsciiDigits(s.AsSpan(2))) || (s.Length == 8 && IsAsciiDigits(s));

    // PEPPOL-COMMON-R053 on string(): DK + 8 digits.
    private static bool IsDanishSe(string s) => s.Length == 10 && s.StartsWith("DK", StringComparison.Ordinal) && IsAsciiDigits(s.AsSpan(2));

    // ^NL[0-9]{9}B[0-9]{2}$
    private static bool IsDutchVat(string s) =>
        s.Length == 14 && s.StartsWith("NL", StringComparison.Ordinal) && IsAsciiDigits(s.AsSpan(2, 9)) && s[11] == 'B' && IsAsciiDigits(s.AsSpan(12));
}
