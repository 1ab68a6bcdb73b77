using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Encaisse.Domain.Common;

namespace Encaisse.Domain.Identifiers;

/// <summary>
/// A VAT identification number with its country prefix (BT-31 seller, BT-48 buyer, BT-63 tax representative).
/// Formats are checked for the 27 EU member states (Greece uses the prefix EL), Northern Ireland (XI), and for
/// the United Kingdom (GB), Switzerland (CHE) and Norway (NO … MVA). For France the check key is verified:
/// FR + key + SIREN with key = (12 + 3 × (SIREN mod 97)) mod 97. Other countries' check digits are not verified.
/// </summary>
public sealed record VatNumber
{
    private sealed record Rule(string CountryCode, string CountryName, Regex Pattern, string Format);

    private static readonly FrozenDictionary<string, Rule> Rules = new Dictionary<string, Rule>
    {
        ["AT"] = Make("AT", "Austrian", @"U\d{8}", "ATU followed by 8 digits"),
        ["BE"] = Make("BE", "Belgian", @"[01]\d{9}", "BE followed by 10 digits, the first being 0 or 1"),
        ["BG"] = Make("BG", "Bulgarian", @"\d{9,10}", "BG followed by 9 or 10 digits"),
        ["CY"] = Make("CY", "Cypriot", @"\d{8}[A-Z]", "CY followed by 8 digits and a letter"),
        ["CZ"] = Make("CZ", "Czech", @"\d{8,10}", "CZ followed by 8 to 10 digits"),
        ["DE"] = Make("DE", "German", @"\d{9}", "DE followed by 9 digits"),
        ["DK"] = Make("DK", "Danish", @"\d{8}", "DK followed by 8 digits"),
        ["EE"] = Make("EE", "Estonian", @"\d{9}", "EE followed by 9 digits"),
        ["EL"] = Make("GR", "Greek", @"\d{9}", "EL followed by 9 digits"),
        ["ES"] = Make("ES", "Spanish", @"[A-Z0-9]\d{7}[A-Z0-9]", "ES followed by 9 characters: a letter or digit, 7 digits, a letter or digit"),
        ["FI"] = Make("FI", "Finnish", @"\d{8}", "FI followed by 8 digits"),
        ["FR"] = Make("FR", "French", @"[0-9A-HJ-NP-Z]{2}\d{9}", "FR followed by a 2-character key and the 9-digit SIREN"),
        ["HR"] = Make("HR", "Croatian", @"\d{11}", "HR followed by 11 digits"),
        ["HU"] = Make("HU", "Hungarian", @"\d{8}", "HU followed by 8 digits"),
        ["IE"] = Make("IE", "Irish", @"\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W]", "IE followed by 7 digits and 1 or 2 letters"),
        ["IT"] = Make("IT", "Italian", @"\d{11}", "IT followed by 11 digits"),
        ["LT"] = Make("LT", "Lithuanian", @"\d{9}|\d{12}", "LT followed by 9 or 12 digits"),
        ["LU"] = Make("LU", "Luxembourg", @"\d{8}", "LU followed by 8 digits"),
        ["LV"] = Make("LV", "Latvian", @"\d{11}", "LV followed by 11 digits"),
        ["MT"] = Make("MT", "Maltese", @"\d{8}", "MT followed by 8 digits"),
        ["NL"] = Make("NL", "Dutch", @"\d{9}B\d{2}", "NL followed by 9 digits, B and 2 digits"),
        ["PL"] = Make("PL", "Polish", @"\d{10}", "PL followed by 10 digits"),
        ["PT"] = Make("PT", "Portuguese", @"\d{9}", "PT followed by 9 digits"),
        ["RO"] = Make("RO", "Romanian", @"[1-9]\d{1,9}", "RO followed by 2 to 10 digits, not starting with 0"),
        ["SE"] = Make("SE", "Swedish", @"\d{10}01", "SE followed by 10 digits and 01"),
        ["SI"] = Make("SI", "Slovenian", @"\d{8}", "SI followed by 8 digits"),
        ["SK"] = Make("SK", "Slovak", @"\d{10}", "SK followed by 10 digits"),
        ["XI"] = Make("XI", "Northern Ireland", @"\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2}", "XI followed by 9 or 12 digits"),
        ["GB"] = Make("GB", "United Kingdom", @"\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2}", "GB followed by 9 or 12 digits"),
        ["CH"] = Make("CH", "Swiss", @"E\d{9}(MWST|TVA|IVA)?", "CHE followed by 9 digits, optionally MWST, TVA or IVA"),
        ["NO"] = Make("NO", "Norwegian", @"\d{9}MVA", "NO followed by the 9-digit organisation number and MVA"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private VatNumber(string value, CountryCode countryCode, Siren? siren)
    {
        Value = value;
        CountryCode = countryCode;
        Siren = siren;
    }

    /// <summary>The number with its prefix, upper case, without spaces or punctuation: "FR03552081317".</summary>
    public string Value { get; }

    /// <summary>The two-character prefix: the country code, except EL for Greece.</summary>
    public string Prefix => Value[..2];

    /// <summary>The issuing country (GR for an EL number, XI for Northern Ireland).</summary>
    public CountryCode CountryCode { get; }

    /// <summary>
    /// For a French number, the SIREN it contains; null for other countries, for Monaco (FR numbers whose
    /// SIREN part starts with 000) and for letter-key numbers whose digits are not a valid SIREN.
    /// </summary>
    public Siren? Siren { get; }

    public bool IsFrench => Prefix == "FR";

    /// <summary>True for member states and Northern Ireland: numbers that VIES knows.</summary>
    public bool IsEu => CountryCode.IsEuMember || Prefix == "XI";

    /// <summary>Parses a VAT number as typed by a person: spaces, dots and dashes are ignored, case too.</summary>
    public static ParseResult<VatNumber> Parse(string? text)
    {
        if (text is { Length: > IdentifierText.MaxInputLength })
        {
            return ParseResult<VatNumber>.Fail("The VAT number is far too long.");
        }

        var value = IdentifierText.Compact(text);
        if (value is null)
        {
            return ParseResult<VatNumber>.Fail("The VAT number is missing.");
        }

        if (value.Length < 2 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1]))
        {
            return ParseResult<VatNumber>.Fail($"'{text}' does not start with a country prefix: a VAT number starts with two letters such as FR or DE.");
        }

        var prefix = value[..2];
        if (prefix == "GR")
        {
            return ParseResult<VatNumber>.Fail($"'{text}': Greek VAT numbers start with EL, not GR.");
        }

        if (!Rules.TryGetValue(prefix, out var rule))
        {
            return ParseResult<VatNumber>.Fail($"'{text}': VAT numbers with prefix {prefix} are not supported (EU member states, XI, GB, CH and NO are).");
        }

        var national = value[2..];
        if (!rule.Pattern.IsMatch(national))
        {
            return ParseResult<VatNumber>.Fail($"'{text}' is not a valid {rule.CountryName} VAT number: expected {rule.Format}.");
        }

        var country = CountryCode.Of(rule.CountryCode);
        return prefix == "FR"
            ? ParseFrench(text!, value, country)
            : ParseResult<VatNumber>.Ok(new VatNumber(value, country, null));
    }

    /// <summary>Trusted construction for values known in code; throws <see cref="FormatException"/> when invalid.</summary>
    public static VatNumber Of(string value) => Parse(value).Value;

    /// <summary>The French VAT number of a company: FR, the two-digit key, the SIREN.</summary>
    public static VatNumber ForFrenchSiren(Siren siren)
    {
        ArgumentNullException.ThrowIfNull(siren);
        return new VatNumber("FR" + ComputeFrenchKey(siren) + siren.Value, CountryCode.France, siren);
    }

    /// <summary>The two-digit French key: (12 + 3 × (SIREN mod 97)) mod 97.</summary>
    public static string ComputeFrenchKey(Siren siren)
    {
        ArgumentNullException.ThrowIfNull(siren);
        return ComputeFrenchKey(siren.Value);
    }

    /// <summary>
    /// The number as BT-31 / BT-48 carry it. EN 16931 gives VAT identifiers no scheme (the prefix says the
    /// country), so the scheme is left empty; use scheme 9957 explicitly for a French electronic address.
    /// </summary>
    public Identifier ToIdentifier() => new(Value);

    public override string ToString() => Value;

    private static ParseResult<VatNumber> ParseFrench(string text, string value, CountryCode france)
    {
        var key = value.Substring(2, 2);
        var sirenDigits = value[4..];
        var isMonaco = sirenDigits.StartsWith("000", StringComparison.Ordinal);
        var sirenIsValid = Checksums.IsLuhnValid(sirenDigits);
        var siren = sirenIsValid && !isMonaco ? Identifiers.Siren.FromCheckedDigits(sirenDigits) : null;

        // Letter keys (an older allocation scheme) are only format-checked.
        if (!IdentifierText.IsAllDigits(key))
        {
            return ParseResult<VatNumber>.Ok(new VatNumber(value, france, siren));
        }

        // Monaco companies get French VAT numbers whose 9 digits are not a SIREN.
        if (!sirenIsValid && !isMonaco)
        {
            return ParseResult<VatNumber>.Fail($"'{text}' is not a valid French VAT number: its last 9 digits are not a valid SIREN.");
        }

        var expected = ComputeFrenchKey(sirenDigits);
        return key == expected
            ? ParseResult<VatNumber>.Ok(new VatNumber(value, france, siren))
            : ParseResult<VatNumber>.Fail($"'{text}' is not a valid French VAT number: the key {key} does not match the SIREN (expected {expected}).");
    }

    private static string ComputeFrenchKey(string sirenDigits)
    {
        var siren = long.Parse(sirenDigits, NumberStyles.None, CultureInfo.InvariantCulture);
        return ((12 + (3 * (siren % 97))) % 97).ToString("00", CultureInfo.InvariantCulture);
    }

    private static Rule Make(string countryCode, string countryName, string nationalPattern, string format) =>
        new(countryCode, countryName, new Regex($"^(?:{nationalPattern})$", RegexOptions.CultureInvariant), format);
}
