using System.Globalization;
using Encaisse.Domain.Common;

namespace Encaisse.Domain.Identifiers;

/// <summary>
/// A SIREN, the 9-digit number INSEE gives every French company (BT-30 seller legal registration identifier,
/// BT-47 buyer legal registration identifier, scheme 0002). The last digit is a Luhn check digit.
/// </summary>
public sealed record Siren
{
    public const int Length = 9;

    /// <summary>La Poste's SIREN: its SIRETs follow a different check rule (see <see cref="Siret"/>).</summary>
    public const string LaPosteValue = "356000000";

    private Siren(string value) => Value = value;

    /// <summary>The nine digits, without spaces.</summary>
    public string Value { get; }

    /// <summary>Printed in three groups, as on a Kbis extract: "552 081 317".</summary>
    public string Formatted => IdentifierText.Group(Value, 3, 3, 3);

    public bool IsLaPoste => Value == LaPosteValue;

    /// <summary>Parses a SIREN as typed by a person: spaces, dots and dashes between digits are ignored.</summary>
    public static ParseResult<Siren> Parse(string? text)
    {
        if (text is { Length: > IdentifierText.MaxInputLength })
        {
            return ParseResult<Siren>.Fail("The SIREN is far too long.");
        }

        var digits = IdentifierText.Compact(text);
        if (digits is null)
        {
            return ParseResult<Siren>.Fail("The SIREN is missing.");
        }

        if (!IdentifierText.IsAllDigits(digits))
        {
            return ParseResult<Siren>.Fail($"A SIREN has only digits; '{text}' contains other characters.");
        }

        if (digits.Length != Length)
        {
            return ParseResult<Siren>.Fail($"A SIREN has 9 digits; '{text}' has {digits.Length}.");
        }

        return Checksums.IsLuhnValid(digits)
            ? ParseResult<Siren>.Ok(new Siren(digits))
            : ParseResult<Siren>.Fail($"'{text}' is not a valid SIREN: the check digit does not match (look for a typing error).");
    }

    /// <summary>Trusted construction for values known in code; throws <see cref="FormatException"/> when invalid.</summary>
    public static Siren Of(string value) => Parse(value).Value;

    /// <summary>For digits already checked by another parser (a SIRET, a VAT number).</summary>
    internal static Siren FromCheckedDigits(string digits) => new(digits);

    /// <summary>The Luhn check digit that completes the first eight digits of a SIREN.</summary>
    public static int ComputeCheckDigit(string firstEightDigits)
    {
        ArgumentNullException.ThrowIfNull(firstEightDigits);
        if (firstEightDigits.Length != Length - 1 || !IdentifierText.IsAllDigits(firstEightDigits))
        {
            throw new ArgumentException("Expected the first 8 digits of a SIREN.", nameof(firstEightDigits));
        }

        return Checksums.LuhnCheckDigit(firstEightDigits);
    }

    /// <summary>Builds a valid SIREN from its first eight digits (0 to 99 999 999), e.g. for demo data.</summary>
    public static Siren FromFirstEightDigits(int firstEightDigits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstEightDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstEightDigits, 99_999_999);
        var body = firstEightDigits.ToString("D8", CultureInfo.InvariantCulture);
        return new Siren(body + ComputeCheckDigit(body).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The identifier with scheme 0002, as BT-30 / BT-47 carry it.</summary>
    public Identifier ToIdentifier() => new(Value, IdentifierSchemes.Siren);

    public override string ToString() => Value;
}
