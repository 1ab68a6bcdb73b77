using Encaisse.Domain.Common;

namespace Encaisse.Domain.Identifiers;

/// <summary>
/// A business identifier code (ISO 9362, "SWIFT code"; BT-86 payment service provider identifier): 4 letters
/// for the bank, the 2-letter country, 2 letters or digits for the location, and an optional 3-character branch.
/// </summary>
public sealed record Bic
{
    private Bic(string value) => Value = value;

    /// <summary>The 8 or 11 characters, upper case.</summary>
    public string Value { get; }

    /// <summary>The institution code (the bank): "BNPA" in BNPAFRPPXXX.</summary>
    public string BankCode => Value[..4];

    /// <summary>The country code of the bank (XK for Kosovo, which SWIFT uses).</summary>
    public string CountryCode => Value.Substring(4, 2);

    public string LocationCode => Value.Substring(6, 2);

    /// <summary>The branch code, null for an 8-character BIC.</summary>
    public string? BranchCode => Value.Length == 11 ? Value[8..] : null;

    /// <summary>True for the head office: no branch code, or XXX.</summary>
    public bool IsPrimaryOffice => BranchCode is null or "XXX";

    /// <summary>Parses a BIC: spaces are ignored, case too.</summary>
    public static ParseResult<Bic> Parse(string? text)
    {
        if (text is { Length: > IdentifierText.MaxInputLength })
        {
            return ParseResult<Bic>.Fail("The BIC is far too long.");
        }

        var value = IdentifierText.Compact(text, separators: string.Empty);
        if (value is null)
        {
            return ParseResult<Bic>.Fail("The BIC is missing.");
        }

        if (value.Length is not (8 or 11))
        {
            return ParseResult<Bic>.Fail($"A BIC has 8 or 11 characters; '{text}' has {value.Length}.");
        }

        if (!IdentifierText.IsAllUpperLetters(value[..4]))
        {
            return ParseResult<Bic>.Fail($"'{text}' is not a valid BIC: the first 4 characters (the bank code) must be letters.");
        }

        var country = value.Substring(4, 2);
        if (country != "XK" && !(Identifiers.CountryCode.Parse(country).TryGetValue(out var code) && code.IsIso3166))
        {
            return ParseResult<Bic>.Fail($"'{text}' is not a valid BIC: characters 5 and 6 must be a country code; '{country}' is not one.");
        }

        return IdentifierText.IsAllUpperAlphanumeric(value[6..])
            ? ParseResult<Bic>.Ok(new Bic(value))
            : ParseResult<Bic>.Fail($"'{text}' is not a valid BIC: the location and branch codes have only letters and digits.");
    }

    /// <summary>Trusted construction for values known in code; throws <see cref="FormatException"/> when invalid.</summary>
    public static Bic Of(string value) => Parse(value).Value;

    public override string ToString() => Value;
}
