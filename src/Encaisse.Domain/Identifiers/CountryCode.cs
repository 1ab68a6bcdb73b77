using System.Collections.Frozen;
using Encaisse.Domain.Common;

namespace Encaisse.Domain.Identifiers;

/// <summary>
/// A country as EN 16931 codes it (BT-40, BT-55, BT-69, BT-80): ISO 3166-1 alpha-2, plus the two extra codes
/// the EN 16931 code list (BR-CL-14) also accepts: XI (Northern Ireland, for VAT) and 1A (Kosovo).
/// </summary>
public sealed record CountryCode
{
    // The EN 16931 list (BR-CL-14): the 249 ISO 3166-1 alpha-2 codes plus 1A and XI.
    private static readonly FrozenSet<string> Codes = """
        1A AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD
        BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC
        CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
        DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE
        GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT
        HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM
        KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD
        ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
        NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL
        PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH
        SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
        TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG
        VI VN VU WF WS XI YE YT ZA ZM ZW
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    // The 27 member states of the European Union.
    private static readonly FrozenSet<string> EuMembers = """
        AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    public static readonly CountryCode France = new("FR");

    private CountryCode(string value) => Value = value;

    /// <summary>The two-character code, upper case.</summary>
    public string Value { get; }

    /// <summary>True for the 27 member states of the European Union.</summary>
    public bool IsEuMember => EuMembers.Contains(Value);

    /// <summary>False for XI and 1A, which EN 16931 accepts but ISO 3166-1 does not assign.</summary>
    public bool IsIso3166 => Value is not ("XI" or "1A");

    /// <summary>Every code this type accepts.</summary>
    public static IReadOnlyCollection<string> All => Codes;

    public static ParseResult<CountryCode> Parse(string? text)
    {
        var code = text?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            return ParseResult<CountryCode>.Fail("The country code is missing.");
        }

        if (Codes.Contains(code))
        {
            return ParseResult<CountryCode>.Ok(new CountryCode(code));
        }

        return code switch
        {
            "UK" => ParseResult<CountryCode>.Fail("'UK' is not an ISO country code: the United Kingdom is GB."),
            "EL" => ParseResult<CountryCode>.Fail("'EL' is only the Greek VAT prefix: the country code of Greece is GR."),
            _ => ParseResult<CountryCode>.Fail($"'{text}' is not an ISO 3166-1 two-letter country code."),
        };
    }

    /// <summary>Trusted construction for codes known in code; throws <see cref="FormatException"/> when unknown.</summary>
    public static CountryCode Of(string code) => Parse(code).Value;

    public static bool IsValid(string? text) => Parse(text).Success;

    public override string ToString() => Value;
}
