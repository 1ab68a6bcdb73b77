using System.Globalization;
using Encaisse.Domain.Common;

namespace Encaisse.Domain.Identifiers;

/// <summary>
/// A GS1 Global Location Number: 13 digits, the last a GS1 mod-10 check digit (scheme 0088; used for
/// party identifiers, delivery locations and Peppol addresses).
/// </summary>
public sealed record Gln
{
    public const int Length = 13;

    private Gln(string value) => Value = value;

    public string Value { get; }

    /// <summary>Parses a GLN as typed by a person: spaces, dots and dashes between digits are ignored.</summary>
    public static ParseResult<Gln> Parse(string? text)
    {
        if (text is { Length: > IdentifierText.MaxInputLength })
        {
            return ParseResult<Gln>.Fail("The GLN is far too long.");
        }

        var digits = IdentifierText.Compact(text);
        if (digits is null)
        {
            return ParseResult<Gln>.Fail("The GLN is missing.");
        }

        if (!IdentifierText.IsAllDigits(digits))
        {
            return ParseResult<Gln>.Fail($"A GLN has only digits; '{text}' contains other characters.");
        }

        if (digits.Length != Length)
        {
            return ParseResult<Gln>.Fail($"A GLN has 13 digits; '{text}' has {digits.Length}.");
        }

        return Checksums.Gs1CheckDigit(digits.AsSpan(0, Length - 1)) == digits[^1] - '0'
            ? ParseResult<Gln>.Ok(new Gln(digits))
            : ParseResult<Gln>.Fail($"'{text}' is not a valid GLN: the check digit does not match (look for a typing error).");
    }

    /// <summary>Trusted construction for values known in code; throws <see cref="FormatException"/> when invalid.</summary>
    public static Gln Of(string value) => Parse(value).Value;

    /// <summary>The GS1 check digit that completes the first twelve digits of a GLN.</summary>
    public static int ComputeCheckDigit(string firstTwelveDigits)
    {
        ArgumentNullException.ThrowIfNull(firstTwelveDigits);
        if (firstTwelveDigits.Length != Length - 1 || !IdentifierText.IsAllDigits(firstTwelveDigits))
        {
            throw new ArgumentException("Expected the first 12 digits of a GLN.", nameof(firstTwelveDigits));
        }

        return Checksums.Gs1CheckDigit(firstTwelveDigits);
    }

    /// <summary>Builds a valid GLN from its first twelve digits (a GS1 company prefix and location reference).</summary>
    public static Gln FromFirstTwelveDigits(long firstTwelveDigits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstTwelveDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstTwelveDigits, 999_999_999_999L);
        var body = firstTwelveDigits.ToString("D12", CultureInfo.InvariantCulture);
        return new Gln(body + ComputeCheckDigit(body).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The identifier with scheme 0088.</summary>
    public Identifier ToIdentifier() => new(Value, IdentifierSchemes.Gln);

    public override string ToString() => Value;
}
