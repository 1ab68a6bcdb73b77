using System.Collections.Frozen;
using Encaisse.Domain.Common;

namespace Encaisse.Domain.Identifiers;

/// <summary>
/// An International Bank Account Number (ISO 13616; BT-84 payment account identifier, SEPA mandates).
/// Checked: a country of the SWIFT IBAN registry, that country's length, letters and digits only, and the
/// ISO 7064 MOD 97-10 check digits. The national part (BBAN) structure and national keys are not checked.
/// </summary>
public sealed record Iban
{
    // SWIFT IBAN registry: country prefix → total IBAN length. French overseas departments and territories,
    // the Crown dependencies and Åland use the FR, GB and FI prefixes, so they have no entry of their own.
    private static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22,
        ["BH"] = 22, ["BI"] = 27, ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24,
        ["DE"] = 22, ["DJ"] = 27, ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18,
        ["FK"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GE"] = 22, ["GI"] = 23, ["GL"] = 18, ["GR"] = 27,
        ["GT"] = 28, ["HN"] = 28, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26,
        ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28, ["LC"] = 32, ["LI"] = 21, ["LT"] = 20,
        ["LU"] = 20, ["LV"] = 21, ["LY"] = 25, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19, ["MN"] = 20,
        ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NI"] = 28, ["NL"] = 18, ["NO"] = 15, ["OM"] = 23, ["PK"] = 24,
        ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["RU"] = 33, ["SA"] = 24,
        ["SC"] = 31, ["SD"] = 18, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["SO"] = 23, ["ST"] = 25,
        ["SV"] = 28, ["TL"] = 23, ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20,
        ["YE"] = 30,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private Iban(string value) => Value = value;

    /// <summary>The IBAN in electronic form: upper case, no spaces ("FR7630006000011234567890189").</summary>
    public string Value { get; }

    /// <summary>The IBAN country prefix (XK for Kosovo, which is not an EN 16931 country code).</summary>
    public string CountryCode => Value[..2];

    public string CheckDigits => Value.Substring(2, 2);

    /// <summary>The national account number after the country and check digits.</summary>
    public string Bban => Value[4..];

    /// <summary>The paper form, in groups of four: "FR76 3000 6000 0112 3456 7890 189".</summary>
    public string Formatted => IdentifierText.GroupEvery(Value, 4);

    /// <summary>Countries of the SWIFT IBAN registry with their IBAN length.</summary>
    public static IReadOnlyDictionary<string, int> LengthByCountry => Lengths;

    /// <summary>Parses an IBAN in paper or electronic form: spaces and dashes are ignored, case too.</summary>
    public static ParseResult<Iban> Parse(string? text)
    {
        if (text is { Length: > IdentifierText.MaxInputLength })
        {
            return ParseResult<Iban>.Fail("The IBAN is far too long.");
        }

        var value = IdentifierText.Compact(text);
        if (value is null)
        {
            return ParseResult<Iban>.Fail("The IBAN is missing.");
        }

        if (value.Length < 2 || !IdentifierText.IsAllUpperLetters(value[..2]))
        {
            return ParseResult<Iban>.Fail($"An IBAN starts with a two-letter country code; '{text}' does not.");
        }

        var country = value[..2];
        if (!Lengths.TryGetValue(country, out var length))
        {
            return ParseResult<Iban>.Fail($"'{text}': {country} is not a country of the IBAN registry.");
        }

        if (!IdentifierText.IsAllUpperAlphanumeric(value))
        {
            return ParseResult<Iban>.Fail($"An IBAN has only letters and digits; '{text}' contains other characters.");
        }

        if (value.Length != length)
        {
            return ParseResult<Iban>.Fail($"An IBAN from {country} has {length} characters; '{text}' has {value.Length}.");
        }

        if (!IdentifierText.IsAllDigits(value.Substring(2, 2)))
        {
            return ParseResult<Iban>.Fail($"'{text}' is not a valid IBAN: the two characters after the country code must be digits.");
        }

        return value.Substring(2, 2) == ComputeCheckDigits(country, value[4..])
            ? ParseResult<Iban>.Ok(new Iban(value))
            : ParseResult<Iban>.Fail($"'{text}' is not a valid IBAN: the check digits do not match (look for a typing error).");
    }

    /// <summary>Trusted construction for values known in code; throws <see cref="FormatException"/> when invalid.</summary>
    public static Iban Of(string value) => Parse(value).Value;

    /// <summary>Builds the IBAN of a national account number by computing its check digits.</summary>
    public static ParseResult<Iban> FromBban(string countryCode, string bban)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        ArgumentNullException.ThrowIfNull(bban);
        var country = countryCode.Trim().ToUpperInvariant();
        var national = IdentifierText.Compact(bban) ?? string.Empty;
        if (!Lengths.ContainsKey(country))
        {
            return ParseResult<Iban>.Fail($"{countryCode} is not a country of the IBAN registry.");
        }

        if (!IdentifierText.IsAllUpperAlphanumeric(national))
        {
            return ParseResult<Iban>.Fail($"A national account number has only letters and digits; '{bban}' does not.");
        }

        return Parse(country + ComputeCheckDigits(country, national) + national);
    }

    public override string ToString() => Value;

    private static string ComputeCheckDigits(string country, string bban) =>
        Checksums.Mod97CheckDigits(bban + country + "00");
}
