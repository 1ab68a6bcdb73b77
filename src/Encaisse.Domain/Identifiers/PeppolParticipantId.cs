using Encaisse.Domain.Common;

namespace Encaisse.Domain.Identifiers;

/// <summary>
/// A Peppol participant identifier: an electronic address scheme (EAS) code and the identifier within it,
/// written "0225:552081317" or in full "iso6523-actorid-upis::0225:552081317". As an EN 16931 electronic
/// address it is BT-34 (seller) or BT-49 (buyer), the scheme going to the schemeID attribute.
/// <para>
/// Checked: the scheme is on the EAS list; 0002 is a valid SIREN, 0009 a valid SIRET, 0088 a valid GLN, 0225
/// (French e-invoicing address) starts with a valid SIREN and uses only A-Z a-z 0-9 + - _ . (at most 125
/// characters), 9957 is a valid French VAT number; and the national numbers Peppol itself rejects when wrong
/// (PEPPOL-COMMON-R041 to R050: 0007, 0151, 0184, 0192, 0208) pass their checks.
/// </para>
/// </summary>
public sealed record PeppolParticipantId
{
    /// <summary>The Peppol identifier scheme of participant identifiers.</summary>
    public const string IdentifierScheme = "iso6523-actorid-upis";

    // Peppol Policy for use of Identifiers (POLICY 2): at most 130 characters for "scheme:identifier",
    // which leaves 125 for the identifier after a 4-digit scheme and the colon.
    public const int MaxValueLength = 125;

    private const string FrenchAddressCharacters = "+-_.";

    private PeppolParticipantId(string schemeId, string value, Siren? siren)
    {
        SchemeId = schemeId;
        Value = value;
        Siren = siren;
    }

    /// <summary>The EAS code, such as 0225 or 0088.</summary>
    public string SchemeId { get; }

    /// <summary>The identifier within the scheme.</summary>
    public string Value { get; }

    /// <summary>The SIREN the address belongs to, for schemes 0002, 0009, 0225 and 9957; null otherwise.</summary>
    public Siren? Siren { get; }

    /// <summary>"iso6523-actorid-upis::0225:552081317", as Peppol SMP look-ups and envelopes write it.</summary>
    public string FullForm => $"{IdentifierScheme}::{SchemeId}:{Value}";

    /// <summary>Parses "scheme:identifier" or "iso6523-actorid-upis::scheme:identifier".</summary>
    public static ParseResult<PeppolParticipantId> Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return ParseResult<PeppolParticipantId>.Fail("The electronic address (Peppol participant identifier) is missing.");
        }

        if (trimmed.Length > IdentifierText.MaxInputLength)
        {
            return ParseResult<PeppolParticipantId>.Fail("The electronic address is far too long.");
        }

        const string fullPrefix = IdentifierScheme + "::";
        if (trimmed.StartsWith(fullPrefix, StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[fullPrefix.Length..];
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return ParseResult<PeppolParticipantId>.Fail($"'{text}' is not an electronic address: expected a scheme and an identifier such as 0225:552081317.");
        }

        return Create(trimmed[..colon], trimmed[(colon + 1)..]);
    }

    /// <summary>Builds an address from its scheme and identifier, checking both.</summary>
    public static ParseResult<PeppolParticipantId> Create(string? schemeId, string? value)
    {
        var scheme = schemeId?.Trim() ?? string.Empty;
        if (scheme.Length != 4 || !IdentifierText.IsAllDigits(scheme))
        {
            return ParseResult<PeppolParticipantId>.Fail($"The electronic address scheme must be a 4-digit code such as 0225 or 0088; '{schemeId}' is not.");
        }

        if (!ElectronicAddressSchemes.IsKnown(scheme))
        {
            return ParseResult<PeppolParticipantId>.Fail($"{scheme} is not an electronic address scheme of the EAS code list.");
        }

        var id = value?.Trim() ?? string.Empty;
        if (id.Length == 0)
        {
            return ParseResult<PeppolParticipantId>.Fail($"The identifier after the scheme {scheme} is missing.");
        }

        if (id.Length > MaxValueLength)
        {
            return ParseResult<PeppolParticipantId>.Fail($"The identifier of an electronic address has at most {MaxValueLength} characters; this one has {id.Length}.");
        }

        foreach (var c in id)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return ParseResult<PeppolParticipantId>.Fail($"The identifier of an electronic address cannot contain spaces; '{value}' does.");
            }
        }

        return scheme switch
        {
            IdentifierSchemes.Siren => Typed(scheme, Identifiers.Siren.Parse(id), s => (s.Value, s)),
            IdentifierSchemes.Siret => Typed(scheme, Siret.Parse(id), s => (s.Value, s.Siren)),
            IdentifierSchemes.Gln => Typed(scheme, Gln.Parse(id), g => (g.Value, null)),
            IdentifierSchemes.FrenchElectronicAddress => FrenchAddress(id),
            IdentifierSchemes.FrenchVatNumber => FrenchVatNumber(id),
            "0007" => Checked(scheme, id, id.Length == 10 && IdentifierText.IsAllDigits(id) && Checksums.IsLuhnValid(id), "a Swedish organisation number (10 digits)"),
            "0151" => Checked(scheme, id, IsAustralianBusinessNumber(id), "an Australian Business Number (11 digits)"),
            "0184" => Checked(scheme, id, IsDanishCvr(id), "a Danish CVR number (8 digits, optionally after DK)"),
            "0192" => Checked(scheme, id, IsNorwegianOrganisationNumber(id), "a Norwegian organisation number (9 digits)"),
            "0208" => Checked(scheme, id, IsBelgianEnterpriseNumber(id), "a Belgian enterprise number (10 digits)"),
            _ => ParseResult<PeppolParticipantId>.Ok(new PeppolParticipantId(scheme, id, null)),
        };
    }

    /// <summary>Trusted construction for values known in code; throws <see cref="FormatException"/> when invalid.</summary>
    public static PeppolParticipantId Of(string value) => Parse(value).Value;

    /// <summary>The basic French e-invoicing address of a company: scheme 0225, the SIREN alone.</summary>
    public static PeppolParticipantId ForFrenchCompany(Siren siren)
    {
        ArgumentNullException.ThrowIfNull(siren);
        return new PeppolParticipantId(IdentifierSchemes.FrenchElectronicAddress, siren.Value, siren);
    }

    /// <summary>The address as EN 16931 carries it (BT-34 / BT-49 with its scheme identifier).</summary>
    public Identifier ToIdentifier() => new(Value, SchemeId);

    /// <summary>Peppol compares participant identifier values ignoring case (Policy for use of Identifiers).</summary>
    public bool Equals(PeppolParticipantId? other) =>
        other is not null && SchemeId == other.SchemeId && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() =>
        HashCode.Combine(SchemeId, StringComparer.OrdinalIgnoreCase.GetHashCode(Value));

    public override string ToString() => $"{SchemeId}:{Value}";

    private static ParseResult<PeppolParticipantId> Typed<T>(string scheme, ParseResult<T> parsed, Func<T, (string Value, Siren? Siren)> read)
    {
        if (!parsed.TryGetValue(out var typed))
        {
            return ParseResult<PeppolParticipantId>.Fail($"Electronic address with scheme {scheme}: {parsed.Error}");
        }

        var (value, siren) = read(typed);
        return ParseResult<PeppolParticipantId>.Ok(new PeppolParticipantId(scheme, value, siren));
    }

    private static ParseResult<PeppolParticipantId> Checked(string scheme, string id, bool valid, string expected) =>
        valid
            ? ParseResult<PeppolParticipantId>.Ok(new PeppolParticipantId(scheme, id, null))
            : ParseResult<PeppolParticipantId>.Fail($"Electronic address with scheme {scheme}: '{id}' is not {expected} with a valid check digit.");

    private static ParseResult<PeppolParticipantId> FrenchAddress(string id)
    {
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !FrenchAddressCharacters.Contains(c, StringComparison.Ordinal))
            {
                return ParseResult<PeppolParticipantId>.Fail($"A French e-invoicing address (0225) uses only letters, digits and + - _ . ; '{id}' contains '{c}'.");
            }
        }

        if (id.Length < Identifiers.Siren.Length)
        {
            return ParseResult<PeppolParticipantId>.Fail($"A French e-invoicing address (0225) starts with the 9-digit SIREN; '{id}' is too short.");
        }

        var siren = Identifiers.Siren.Parse(id[..Identifiers.Siren.Length]);
        return siren.TryGetValue(out var value)
            ? ParseResult<PeppolParticipantId>.Ok(new PeppolParticipantId(IdentifierSchemes.FrenchElectronicAddress, id, value))
            : ParseResult<PeppolParticipantId>.Fail($"A French e-invoicing address (0225) starts with the SIREN of its owner; '{id[..Identifiers.Siren.Length]}' is not a valid SIREN.");
    }

    private static ParseResult<PeppolParticipantId> FrenchVatNumber(string id)
    {
        var vat = VatNumber.Parse(id);
        if (!vat.TryGetValue(out var number))
        {
            return ParseResult<PeppolParticipantId>.Fail($"Electronic address with scheme 9957: {vat.Error}");
        }

        return number.IsFrench
            ? ParseResult<PeppolParticipantId>.Ok(new PeppolParticipantId(IdentifierSchemes.FrenchVatNumber, number.Value, number.Siren))
            : ParseResult<PeppolParticipantId>.Fail($"Scheme 9957 is for French VAT numbers; '{id}' is not one.");
    }

    // PEPPOL-COMMON-R050: 11 digits; subtract 1 from the first, weight 10, 1, 3, …, 19, sum divisible by 89.
    private static bool IsAustralianBusinessNumber(string id)
    {
        if (id.Length != 11 || !IdentifierText.IsAllDigits(id))
        {
            return false;
        }

        ReadOnlySpan<int> weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += (id[i] - '0' - (i == 0 ? 1 : 0)) * weights[i];
        }

        return sum % 89 == 0;
    }

    // PEPPOL-COMMON-R042: 8 digits, or DK followed by 8 digits.
    private static bool IsDanishCvr(string id) =>
        (id.Length == 8 && IdentifierText.IsAllDigits(id))
        || (id.Length == 10 && id.StartsWith("DK", StringComparison.Ordinal) && IdentifierText.IsAllDigits(id[2..]));

    // PEPPOL-COMMON-R041: 9 digits, mod 11 with weights 2 to 7 from the right; never all zeros.
    private static bool IsNorwegianOrganisationNumber(string id)
    {
        if (id.Length != 9 || !IdentifierText.IsAllDigits(id) || id == "000000000")
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (id[7 - i] - '0') * ((i % 6) + 2);
        }

        return (11 - (sum % 11)) % 11 == id[8] - '0';
    }

    // PEPPOL-COMMON-R043: 10 digits, the last two are 97 minus the first eight mod 97.
    private static bool IsBelgianEnterpriseNumber(string id)
    {
        if (id.Length != 10 || !IdentifierText.IsAllDigits(id))
        {
            return false;
        }

        var body = int.Parse(id.AsSpan(0, 8), System.Globalization.CultureInfo.InvariantCulture);
        var check = int.Parse(id.AsSpan(8, 2), System.Globalization.CultureInfo.InvariantCulture);
        return 97 - (body % 97) == check;
    }
}
