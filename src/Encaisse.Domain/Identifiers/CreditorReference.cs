using Encaisse.Domain.Common;

namespace Encaisse.Domain.Identifiers;

/// <summary>
/// An ISO 11649 structured creditor reference ("RF" reference; BT-83 remittance information in SEPA transfers):
/// RF, two check digits, then 1 to 21 letters or digits. The bank statement brings it back, so a payment can be
/// matched to its invoice without guessing.
/// </summary>
public sealed record CreditorReference
{
    public const int MaxReferenceLength = 21;

    private CreditorReference(string value) => Value = value;

    /// <summary>Electronic form, no spaces: "RF451234512345".</summary>
    public string Value { get; }

    /// <summary>The creditor's own reference after RF and the check digits: "1234512345".</summary>
    public string Reference => Value[4..];

    /// <summary>Paper form, in groups of four: "RF45 1234 5123 45".</summary>
    public string Formatted => IdentifierText.GroupEvery(Value, 4);

    /// <summary>Parses a reference in paper or electronic form: spaces are ignored, case too.</summary>
    public static ParseResult<CreditorReference> Parse(string? text)
    {
        if (text is { Length: > IdentifierText.MaxInputLength })
        {
            return ParseResult<CreditorReference>.Fail("The creditor reference is far too long.");
        }

        var value = IdentifierText.Compact(text, separators: string.Empty);
        if (value is null)
        {
            return ParseResult<CreditorReference>.Fail("The creditor reference is missing.");
        }

        if (!value.StartsWith("RF", StringComparison.Ordinal))
        {
            return ParseResult<CreditorReference>.Fail($"A structured creditor reference starts with RF; '{text}' does not.");
        }

        if (value.Length < 5 || !IdentifierText.IsAllDigits(value.Substring(2, 2)))
        {
            return ParseResult<CreditorReference>.Fail($"'{text}' is not a valid creditor reference: RF must be followed by 2 check digits and the reference.");
        }

        var reference = value[4..];
        if (reference.Length > MaxReferenceLength || !IdentifierText.IsAllUpperAlphanumeric(reference))
        {
            return ParseResult<CreditorReference>.Fail($"'{text}' is not a valid creditor reference: after RF and the check digits come 1 to 21 letters or digits.");
        }

        return value.Substring(2, 2) == ComputeCheckDigits(reference)
            ? ParseResult<CreditorReference>.Ok(new CreditorReference(value))
            : ParseResult<CreditorReference>.Fail($"'{text}' is not a valid creditor reference: the check digits do not match (look for a typing error).");
    }

    /// <summary>Trusted construction for values known in code; throws <see cref="FormatException"/> when invalid.</summary>
    public static CreditorReference Of(string value) => Parse(value).Value;

    /// <summary>
    /// Builds the RF reference of a creditor's own reference (an invoice or customer number of 1 to 21 letters
    /// and digits) by computing the check digits: 1234512345 → RF451234512345.
    /// </summary>
    public static ParseResult<CreditorReference> Create(string? reference)
    {
        var value = IdentifierText.Compact(reference, separators: string.Empty);
        if (value is null)
        {
            return ParseResult<CreditorReference>.Fail("The reference to turn into a creditor reference is missing.");
        }

        if (value.Length > MaxReferenceLength || !IdentifierText.IsAllUpperAlphanumeric(value))
        {
            return ParseResult<CreditorReference>.Fail($"A creditor reference holds 1 to 21 letters or digits; '{reference}' does not fit.");
        }

        return ParseResult<CreditorReference>.Ok(new CreditorReference("RF" + ComputeCheckDigits(value) + value));
    }

    public override string ToString() => Value;

    private static string ComputeCheckDigits(string reference) => Checksums.Mod97CheckDigits(reference + "RF00");
}
