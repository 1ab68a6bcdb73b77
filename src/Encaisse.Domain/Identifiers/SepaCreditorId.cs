using Encaisse.Domain.Common;

namespace Encaisse.Domain.Identifiers;

/// <summary>
/// A SEPA creditor identifier (ICS in France, AT-02 of the SEPA direct debit rulebook; BT-90 bank assigned
/// creditor identifier): country code, two ISO 7064 MOD 97-10 check digits, a 3-character creditor business
/// code (ZZZ when unused) and the national identifier. The check digits cover the national identifier and the
/// country only, never the business code. French identifiers have a 6-character national part (13 in all).
/// </summary>
public sealed record SepaCreditorId
{
    public const int MaxLength = 35;

    private SepaCreditorId(string value) => Value = value;

    /// <summary>Upper case, no spaces: "FR72ZZZ123456".</summary>
    public string Value { get; }

    public string CountryCode => Value[..2];

    public string CheckDigits => Value.Substring(2, 2);

    /// <summary>The creditor business code, which the creditor may choose freely (ZZZ when unused).</summary>
    public string BusinessCode => Value.Substring(4, 3);

    /// <summary>The national identifier of the creditor (the 6-character ICS code in France).</summary>
    public string NationalId => Value[7..];

    /// <summary>Parses a creditor identifier: spaces and dashes are ignored, case too.</summary>
    public static ParseResult<SepaCreditorId> Parse(string? text)
    {
        if (text is { Length: > IdentifierText.MaxInputLength })
        {
            return ParseResult<SepaCreditorId>.Fail("The SEPA creditor identifier is far too long.");
        }

        var value = IdentifierText.Compact(text, separators: "-");
        if (value is null)
        {
            return ParseResult<SepaCreditorId>.Fail("The SEPA creditor identifier is missing.");
        }

        if (value.Length < 8 || value.Length > MaxLength)
        {
            return ParseResult<SepaCreditorId>.Fail($"A SEPA creditor identifier has 8 to 35 characters; '{text}' has {value.Length}.");
        }

        if (!IdentifierText.IsAllUpperAlphanumeric(value))
        {
            return ParseResult<SepaCreditorId>.Fail($"A SEPA creditor identifier has only letters and digits; '{text}' contains other characters.");
        }

        var country = value[..2];
        if (!Identifiers.CountryCode.IsValid(country))
        {
            return ParseResult<SepaCreditorId>.Fail($"'{text}' is not a valid SEPA creditor identifier: it must start with a country code; '{country}' is not one.");
        }

        if (!IdentifierText.IsAllDigits(value.Substring(2, 2)))
        {
            return ParseResult<SepaCreditorId>.Fail($"'{text}' is not a valid SEPA creditor identifier: the two characters after the country code must be digits.");
        }

        var national = value[7..];
        if (country == "FR" && national.Length != 6)
        {
            return ParseResult<SepaCreditorId>.Fail($"A French SEPA creditor identifier (ICS) has 13 characters, such as FR72ZZZ123456; '{text}' has {value.Length}.");
        }

        return value.Substring(2, 2) == ComputeCheckDigits(country, national)
            ? ParseResult<SepaCreditorId>.Ok(new SepaCreditorId(value))
            : ParseResult<SepaCreditorId>.Fail($"'{text}' is not a valid SEPA creditor identifier: the check digits do not match (look for a typing error).");
    }

    /// <summary>Trusted construction for values known in code; throws <see cref="FormatException"/> when invalid.</summary>
    public static SepaCreditorId Of(string value) => Parse(value).Value;

    /// <summary>Builds an identifier from its country and national identifier by computing the check digits.</summary>
    public static ParseResult<SepaCreditorId> Create(string countryCode, string nationalId, string businessCode = "ZZZ")
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        ArgumentNullException.ThrowIfNull(nationalId);
        ArgumentNullException.ThrowIfNull(businessCode);
        var country = countryCode.Trim().ToUpperInvariant();
        var national = IdentifierText.Compact(nationalId) ?? string.Empty;
        var business = IdentifierText.Compact(businessCode) ?? string.Empty;
        if (country.Length != 2 || !IdentifierText.IsAllUpperLetters(country)
            || !IdentifierText.IsAllUpperAlphanumeric(national) || business.Length != 3
            || !IdentifierText.IsAllUpperAlphanumeric(business))
        {
            return ParseResult<SepaCreditorId>.Fail(
                $"Cannot build a SEPA creditor identifier from country '{countryCode}', business code '{businessCode}' and national identifier '{nationalId}'.");
        }

        return Parse(country + ComputeCheckDigits(country, national) + business + national);
    }

    public override string ToString() => Value;

    private static string ComputeCheckDigits(string country, string nationalId) =>
        Checksums.Mod97CheckDigits(nationalId + country + "00");
}
