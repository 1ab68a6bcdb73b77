using Encaisse.Domain.Common;

namespace Encaisse.Domain.Invoicing;

/// <summary>Scheme identifiers (ISO 6523 ICD and EAS codes) the French rules rely on.</summary>
public static class SchemeIds
{
    /// <summary>0002 — SIREN (9 digits), the French legal registration number.</summary>
    public const string Siren = "0002";
    /// <summary>0009 — SIRET (14 digits), an establishment of a SIREN.</summary>
    public const string Siret = "0009";
    /// <summary>0088 — GS1 GLN.</summary>
    public const string Gln = "0088";
    /// <summary>0224 — French private identifier.</summary>
    public const string FrenchPrivate = "0224";
    /// <summary>0225 — French e-invoicing address (annuaire), used for BT-34 and BT-49 in B2B.</summary>
    public const string FrenchElectronicAddress = "0225";
    /// <summary>0231 — member of a French VAT group (assujetti unique).</summary>
    public const string FrenchVatGroupMember = "0231";
    /// <summary>9957 — French VAT number (as an electronic address scheme).</summary>
    public const string FrenchVatNumber = "9957";
    /// <summary>EM — electronic mail address (EAS).</summary>
    public const string Email = "EM";
}

/// <summary>BG-4 Seller.</summary>
public sealed record Seller
{
    /// <summary>BT-27 Seller name (the legal name).</summary>
    public required string Name { get; init; }

    /// <summary>BT-28 Seller trading name.</summary>
    public string? TradingName { get; init; }

    /// <summary>BT-29 Seller identifiers, each with its scheme (BT-29-1); several are allowed.</summary>
    public IReadOnlyList<Identifier> Identifiers { get; init => field = ValueList.Of(value); } = ValueList<Identifier>.Empty;

    /// <summary>BT-30 Seller legal registration identifier (+ BT-30-1 scheme); in France the SIREN, scheme 0002.</summary>
    public Identifier? LegalRegistrationId { get; init; }

    /// <summary>BT-31 Seller VAT identifier, with its country prefix (FR03552081317).</summary>
    public string? VatId { get; init; }

    /// <summary>BT-32 Seller tax registration identifier (a local tax number, not the VAT number).</summary>
    public string? TaxRegistrationId { get; init; }

    /// <summary>BT-33 Seller additional legal information (share capital, RCS city, ...).</summary>
    public string? AdditionalLegalInformation { get; init; }

    /// <summary>BT-34 Seller electronic address (+ BT-34-1 scheme, e.g. 0225).</summary>
    public Identifier? ElectronicAddress { get; init; }

    /// <summary>BG-5 Seller postal address.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>BG-6 Seller contact.</summary>
    public Contact? Contact { get; init; }

    /// <summary>The SIREN when BT-30 carries one (scheme 0002).</summary>
    public string? Siren => LegalRegistrationId is { SchemeId: SchemeIds.Siren } id ? id.Value : null;
}

/// <summary>BG-7 Buyer.</summary>
public sealed record Buyer
{
    /// <summary>BT-44 Buyer name.</summary>
    public required string Name { get; init; }

    /// <summary>BT-45 Buyer trading name.</summary>
    public string? TradingName { get; init; }

    /// <summary>BT-46 Buyer identifier (+ BT-46-1 scheme), e.g. a SIRET with scheme 0009.</summary>
    public Identifier? Identifier { get; init; }

    /// <summary>
    /// BT-47 Buyer legal registration identifier (+ BT-47-1 scheme). The French reform's "customer SIREN" goes
    /// here with scheme 0002 (see <see cref="ForFrenchCompany"/>).
    /// </summary>
    public Identifier? LegalRegistrationId { get; init; }

    /// <summary>BT-48 Buyer VAT identifier.</summary>
    public string? VatId { get; init; }

    /// <summary>BT-49 Buyer electronic address (+ BT-49-1 scheme).</summary>
    public Identifier? ElectronicAddress { get; init; }

    /// <summary>BG-8 Buyer postal address.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>BG-9 Buyer contact.</summary>
    public Contact? Contact { get; init; }

    /// <summary>The SIREN when BT-47 carries one (scheme 0002).</summary>
    public string? Siren => LegalRegistrationId is { SchemeId: SchemeIds.Siren } id ? id.Value : null;

    /// <summary>
    /// A French business buyer: SIREN in BT-47 (scheme 0002) and, unless given, the electronic address BT-49 set to
    /// the SIREN under scheme 0225 (the annuaire's base form). The SIREN's checksum is checked by the party
    /// master data, not here.
    /// </summary>
    public static Buyer ForFrenchCompany(string name, string siren, PostalAddress address, Identifier? electronicAddress = null) => new()
    {
        Name = name,
        LegalRegistrationId = new Identifier(siren, SchemeIds.Siren),
        ElectronicAddress = electronicAddress ?? new Identifier(siren, SchemeIds.FrenchElectronicAddress),
        Address = address,
    };
}

/// <summary>BG-10 Payee, when someone other than the seller receives the payment (a factor, for instance).</summary>
public sealed record Payee
{
    /// <summary>BT-59 Payee name.</summary>
    public required string Name { get; init; }

    /// <summary>BT-60 Payee identifier (+ BT-60-1 scheme).</summary>
    public Identifier? Identifier { get; init; }

    /// <summary>BT-61 Payee legal registration identifier (+ BT-61-1 scheme).</summary>
    public Identifier? LegalRegistrationId { get; init; }
}

/// <summary>BG-11 Seller tax representative party.</summary>
public sealed record TaxRepresentative
{
    /// <summary>BT-62 Seller tax representative name.</summary>
    public required string Name { get; init; }

    /// <summary>BT-63 Seller tax representative VAT identifier (mandatory, BR-56).</summary>
    public string? VatId { get; init; }

    /// <summary>BG-12 Seller tax representative postal address (mandatory, BR-19).</summary>
    public PostalAddress? Address { get; init; }
}
