using Encaisse.Domain.Common;
using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Parties;

/// <summary>Consistency rules shared by parties and the tenant's own legal entities.</summary>
internal static class IdentityChecks
{
    /// <summary>The company's SIREN: given explicitly, or read from the SIRET, or from a French VAT number.</summary>
    public static Siren? ResolveSiren(Siren? siren, Siret? siret, VatNumber? vatNumber) =>
        siren ?? siret?.Siren ?? vatNumber?.Siren;

    public static void CheckIdentifiers(
        List<string> errors, Siren? siren, Siret? siret, VatNumber? vatNumber, PeppolParticipantId? electronicAddress)
    {
        if (siren is null)
        {
            return;
        }

        if (siret is not null && !siret.BelongsTo(siren))
        {
            errors.Add($"The SIRET {siret.Formatted} does not belong to the SIREN {siren.Formatted}: a SIRET starts with its company's SIREN.");
        }

        if (vatNumber?.Siren is { } vatSiren && vatSiren != siren)
        {
            errors.Add($"The VAT number {vatNumber} is the one of SIREN {vatSiren.Formatted}, not of SIREN {siren.Formatted} (expected {VatNumber.ForFrenchSiren(siren)}).");
        }

        if (electronicAddress?.Siren is { } addressSiren && addressSiren != siren)
        {
            errors.Add($"The electronic address {electronicAddress} belongs to SIREN {addressSiren.Formatted}, not to SIREN {siren.Formatted}.");
        }
    }

    public static void CheckAddress(List<string> errors, string label, PostalAddress? address)
    {
        if (address is null)
        {
            return;
        }

        var country = CountryCode.Parse(address.CountryCode);
        if (!country.Success)
        {
            errors.Add($"{label}: {country.Error}");
        }
    }

    public static void CheckEmail(List<string> errors, string label, string? email)
    {
        if (email is not null && !EmailAddresses.IsPlausible(email))
        {
            errors.Add($"{label}: '{email}' is not a valid email address.");
        }
    }

    /// <summary>Blank text becomes null, other text is trimmed: imports are full of "" and trailing spaces.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
