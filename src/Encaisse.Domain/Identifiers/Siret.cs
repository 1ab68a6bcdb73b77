using System.Globalization;
using Encaisse.Domain.Common;

namespace Encaisse.Domain.Identifiers;

/// <summary>
/// A SIRET, the 14-digit number of a French establishment: the company's SIREN followed by a 5-digit NIC
/// (BT-29 / BT-46 identifiers, scheme 0009). The whole number carries a Luhn check, except La Poste
/// (SIREN 356 000 000), whose establishments instead have a digit sum that is a multiple of 5.
/// </summary>
public sealed record Siret
{
    public const int Length = 14;

    private Siret(string value)
    {
        Value = value;
        Siren = Siren.FromCheckedDigits(value[..Siren.Length]);
    }

    /// <summary>The fourteen digits, without spaces.</summary>
    public string Value { get; }

    /// <summary>The company the establishment belongs to.</summary>
    public Siren Siren { get; }

    /// <summary>The NIC (numéro interne de classement): the last five digits, naming the establishment.</summary>
    public string Nic => Value[Siren.Length..];

    /// <summary>Printed as "552 081 317 00084".</summary>
    public string Formatted => IdentifierText.Group(Value, 3, 3, 3, 5);

    /// <summary>Parses a SIRET as typed by a person: spaces, dots and dashes between digits are ignored.</summary>
    public static ParseResult<Siret> Parse(string? text)
    {
        if (text is { Length: > IdentifierText.MaxInputLength })
        {
            return ParseResult<Siret>.Fail("The SIRET is far too long.");
        }

        var digits = IdentifierText.Compact(text);
        if (digits is null)
        {
            return ParseResult<Siret>.Fail("The SIRET is missing.");
        }

        if (!IdentifierText.IsAllDigits(digits))
        {
            return ParseResult<Siret>.Fail($"A SIRET has only digits; '{text}' contains other characters.");
        }

        if (digits.Length != Length)
        {
            return ParseResult<Siret>.Fail($"A SIRET has 14 digits (SIREN + 5-digit NIC); '{text}' has {digits.Length}.");
        }

        if (!Checksums.IsLuhnValid(digits.AsSpan(0, Siren.Length)))
        {
            return ParseResult<Siret>.Fail($"'{text}' is not a valid SIRET: its first 9 digits are not a valid SIREN.");
        }

        return HasValidCheck(digits)
            ? ParseResult<Siret>.Ok(new Siret(digits))
            : ParseResult<Siret>.Fail($"'{text}' is not a valid SIRET: the check digit does not match (look for a typing error).");
    }

    /// <summary>Trusted construction for values known in code; throws <see cref="FormatException"/> when invalid.</summary>
    public static Siret Of(string value) => Parse(value).Value;

    /// <summary>
    /// The last digit that makes the SIRET valid, given the SIREN and the first four digits of the NIC.
    /// For La Poste, the smallest digit that brings the digit sum to a multiple of 5.
    /// </summary>
    public static int ComputeCheckDigit(Siren siren, string firstFourNicDigits)
    {
        ArgumentNullException.ThrowIfNull(siren);
        ArgumentNullException.ThrowIfNull(firstFourNicDigits);
        if (firstFourNicDigits.Length != 4 || !IdentifierText.IsAllDigits(firstFourNicDigits))
        {
            throw new ArgumentException("Expected the first 4 digits of a NIC.", nameof(firstFourNicDigits));
        }

        var body = siren.Value + firstFourNicDigits;
        return siren.IsLaPoste
            ? (5 - (Checksums.DigitSum(body) % 5)) % 5
            : Checksums.LuhnCheckDigit(body);
    }

    /// <summary>Builds a valid SIRET for an establishment number (0 to 9 999) of a company, e.g. for demo data.</summary>
    public static Siret Create(Siren siren, int establishmentNumber)
    {
        ArgumentNullException.ThrowIfNull(siren);
        ArgumentOutOfRangeException.ThrowIfNegative(establishmentNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(establishmentNumber, 9_999);
        var nicStart = establishmentNumber.ToString("D4", CultureInfo.InvariantCulture);
        var check = ComputeCheckDigit(siren, nicStart);
        return new Siret(siren.Value + nicStart + check.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>True when this establishment belongs to <paramref name="siren"/>.</summary>
    public bool BelongsTo(Siren siren)
    {
        ArgumentNullException.ThrowIfNull(siren);
        return Value.StartsWith(siren.Value, StringComparison.Ordinal);
    }

    /// <summary>The identifier with scheme 0009, as BT-29 / BT-46 carry it.</summary>
    public Identifier ToIdentifier() => new(Value, IdentifierSchemes.Siret);

    public override string ToString() => Value;

    // La Poste's establishments follow the digit-sum rule, but some of its SIRETs (35600000000048) are Luhn-valid
    // instead, so for La Poste either rule is accepted rather than rejecting a genuine number.
    private static bool HasValidCheck(string digits) =>
        Checksums.IsLuhnValid(digits)
        || (digits.StartsWith(Siren.LaPosteValue, StringComparison.Ordinal) && Checksums.DigitSum(digits) % 5 == 0);
}
