namespace Encaisse.Storage;

// Master data as the ledger stores it: the columns it must search or join on, plus an opaque body
// (the domain's own serialisation). CreatedAt/UpdatedAt are set by the store; values passed in are ignored.

/// <summary>A client company whose billing runs here (one company, or one client of a billing outsourcer).</summary>
public sealed record TenantRecord(Guid TenantId, string Name, byte[] Body)
{
    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>A company of the tenant that issues invoices (the seller, BG-4); numbering is per legal entity.</summary>
public sealed record LegalEntityRecord(Guid TenantId, Guid LegalEntityId, string Name, string? Siren, string? VatNumber, byte[] Body)
{
    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>What a party is to the tenant.</summary>
[Flags]
public enum PartyRoles
{
    None = 0,
    Customer = 1,
    Supplier = 2,
}

/// <summary>
/// A customer or supplier. The identifier columns (SIREN, SIRET, VAT number, normalised name) exist so that
/// probable duplicates can be found before a new party is written; they are not unique on purpose.
/// </summary>
public sealed record PartyRecord(
    Guid TenantId,
    Guid PartyId,
    PartyRoles Roles,
    string Name,
    string NormalizedName,
    string? Siren,
    string? Siret,
    string? VatNumber,
    string? Email,
    byte[] Body)
{
    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>Which identifier to look a party up by.</summary>
public enum PartyKey
{
    Siren,
    Siret,
    VatNumber,
    NormalizedName,
}

/// <summary>A product or service of the catalogue; <see cref="Code"/> is unique per tenant.</summary>
public sealed record CatalogueItemRecord(Guid TenantId, Guid ItemId, string Code, string Name, byte[] Body)
{
    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// A recurring contract. <see cref="NextPeriodStart"/> is the start of the next period to bill (null: nothing
/// left to bill); bill runs advance it in the same transaction that issues the period's invoice.
/// <see cref="Status"/> is the domain's own word ("active", "suspended"…), stored as given.
/// </summary>
public sealed record ContractRecord(
    Guid TenantId,
    Guid ContractId,
    Guid CustomerId,
    Guid LegalEntityId,
    string Series,
    string Status,
    DateOnly? NextPeriodStart,
    byte[] Body)
{
    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
