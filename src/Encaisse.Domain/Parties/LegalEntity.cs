using System.Globalization;
using Encaisse.Domain.Common;
using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Parties;

/// <summary>The identity of one of the tenant's own companies.</summary>
public readonly record struct LegalEntityId(Guid Value)
{
    /// <summary>Wraps an identifier chosen by the caller (the domain does not generate random values).</summary>
    public static LegalEntityId New(Guid value) =>
        value == Guid.Empty ? throw new ArgumentException("A legal entity identifier cannot be empty.", nameof(value)) : new(value);

    public override string ToString() => Value.ToString();
}

/// <summary>What is filled in to set up or change one of the tenant's companies.</summary>
public sealed record LegalEntityDraft
{
    /// <summary>BT-27 seller name.</summary>
    public string? LegalName { get; init; }

    /// <summary>BT-28 seller trading name.</summary>
    public string? TradingName { get; init; }

    /// <summary>Legal form as printed: SAS, SARL, SA, EURL…</summary>
    public string? LegalForm { get; init; }

    /// <summary>Share capital in euros, for the mention "SAS au capital de 10 000 €".</summary>
    public decimal? ShareCapital { get; init; }

    /// <summary>City of the commercial court registry: "Lyon" for "RCS Lyon".</summary>
    public string? RcsCity { get; init; }

    /// <summary>BT-30 seller legal registration identifier; required for a French company.</summary>
    public Siren? Siren { get; init; }

    /// <summary>BT-29 seller identifier: the issuing establishment.</summary>
    public Siret? Siret { get; init; }

    /// <summary>BT-31 seller VAT identifier.</summary>
    public VatNumber? VatNumber { get; init; }

    /// <summary>BT-34 seller electronic address.</summary>
    public PeppolParticipantId? ElectronicAddress { get; init; }

    /// <summary>BG-5 seller postal address: the registered office.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>BT-43 seller contact email.</summary>
    public string? Email { get; init; }

    /// <summary>BT-42 seller contact telephone.</summary>
    public string? Telephone { get; init; }

    /// <summary>BT-84 / BT-86: the account customers pay to.</summary>
    public BankAccount? BankAccount { get; init; }

    /// <summary>BT-90 bank assigned creditor identifier (ICS), needed to collect SEPA direct debits.</summary>
    public SepaCreditorId? SepaCreditorId { get; init; }
}

/// <summary>
/// One of the tenant's own companies, the seller on the invoices it issues (BG-4). Carries what French
/// invoices must print about the seller (Code de commerce R123-237, CGI ann. II art. 242 nonies A).
/// </summary>
public sealed record LegalEntity
{
    private static readonly NumberFormatInfo FrenchNumbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = " ",
        NumberGroupSizes = [3],
    };

    private LegalEntity(LegalEntityId id, LegalEntityDraft draft, Siren? siren)
    {
        Id = id;
        LegalName = draft.LegalName!.Trim();
        TradingName = IdentityChecks.Clean(draft.TradingName);
        LegalForm = IdentityChecks.Clean(draft.LegalForm);
        ShareCapital = draft.ShareCapital;
        RcsCity = CleanRcsCity(draft.RcsCity);
        Siren = siren;
        Siret = draft.Siret;
        VatNumber = draft.VatNumber;
        ElectronicAddress = draft.ElectronicAddress;
        Address = draft.Address!;
        Email = IdentityChecks.Clean(draft.Email);
        Telephone = IdentityChecks.Clean(draft.Telephone);
        BankAccount = draft.BankAccount;
        SepaCreditorId = draft.SepaCreditorId;
    }

    public LegalEntityId Id { get; }

    public string LegalName { get; }

    public string? TradingName { get; }

    public string? LegalForm { get; }

    public decimal? ShareCapital { get; }

    /// <summary>The registry city without the "RCS" prefix: "Lyon".</summary>
    public string? RcsCity { get; }

    /// <summary>The SIREN, given or read from the SIRET or the French VAT number.</summary>
    public Siren? Siren { get; }

    public Siret? Siret { get; }

    public VatNumber? VatNumber { get; }

    public PeppolParticipantId? ElectronicAddress { get; }

    public PostalAddress Address { get; }

    public string? Email { get; }

    public string? Telephone { get; }

    public BankAccount? BankAccount { get; }

    public SepaCreditorId? SepaCreditorId { get; }

    /// <summary>Checks the draft and builds the legal entity, or says everything that is wrong, one sentence per line.</summary>
    public static ParseResult<LegalEntity> Create(LegalEntityId id, LegalEntityDraft draft)
    {
        var errors = Validate(draft);
        return errors.Count == 0
            ? ParseResult<LegalEntity>.Ok(new LegalEntity(id, draft, IdentityChecks.ResolveSiren(draft.Siren, draft.Siret, draft.VatNumber)))
            : ParseResult<LegalEntity>.Fail(string.Join("\n", errors));
    }

    /// <summary>Every problem of the draft, one message each; empty when the legal entity can be created.</summary>
    public static IReadOnlyList<string> Validate(LegalEntityDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(draft.LegalName))
        {
            errors.Add("The legal name is missing.");
        }

        if (draft.Address is null)
        {
            errors.Add("The registered office address is missing.");
        }

        IdentityChecks.CheckAddress(errors, "Registered office address", draft.Address);

        var siren = IdentityChecks.ResolveSiren(draft.Siren, draft.Siret, draft.VatNumber);
        var isFrench = string.Equals(draft.Address?.CountryCode?.Trim(), "FR", StringComparison.OrdinalIgnoreCase);
        if (isFrench && siren is null)
        {
            errors.Add("A French company needs its SIREN: every invoice it issues must show it.");
        }

        IdentityChecks.CheckIdentifiers(errors, siren, draft.Siret, draft.VatNumber, draft.ElectronicAddress);

        if (draft.ShareCapital is { } capital)
        {
            if (capital < 0m)
            {
                errors.Add("The share capital cannot be negative.");
            }
            else if (decimal.Round(capital, 2) != capital)
            {
                errors.Add("The share capital has at most two decimals (euros and cents).");
            }

            if (IdentityChecks.Clean(draft.LegalForm) is null)
            {
                errors.Add("The share capital is printed with the legal form (\"SAS au capital de …\"): give the legal form too.");
            }
        }

        if (draft.RcsCity is not null && CleanRcsCity(draft.RcsCity) is null)
        {
            errors.Add("The RCS registration city is empty: give the city of the registry, such as Lyon.");
        }

        IdentityChecks.CheckEmail(errors, "Email", IdentityChecks.Clean(draft.Email));
        return errors;
    }

    /// <summary>The legal entity as a draft, to change it and create it again.</summary>
    public LegalEntityDraft ToDraft() => new()
    {
        LegalName = LegalName,
        TradingName = TradingName,
        LegalForm = LegalForm,
        ShareCapital = ShareCapital,
        RcsCity = RcsCity,
        Siren = Siren,
        Siret = Siret,
        VatNumber = VatNumber,
        ElectronicAddress = ElectronicAddress,
        Address = Address,
        Email = Email,
        Telephone = Telephone,
        BankAccount = BankAccount,
        SepaCreditorId = SepaCreditorId,
    };

    /// <summary>
    /// The seller lines French documents print in their footer: name with legal form and share capital,
    /// registered office, SIREN with the RCS registry, SIRET, and the intra-community VAT number.
    /// </summary>
    public IReadOnlyList<string> FrenchLegalMentions()
    {
        var lines = new List<string>();
        var identity = LegalName;
        if (LegalForm is not null)
        {
            identity += ", " + LegalForm;
            if (ShareCapital is { } capital)
            {
                identity += $" au capital de {FormatEuros(capital)} €";
            }
        }

        lines.Add(identity);

        var street = string.Join(", ", new[] { Address.Line1, Address.Line2, Address.Line3 }.Select(IdentityChecks.Clean).OfType<string>());
        var town = string.Join(" ", new[] { Address.PostCode, Address.City }.Select(IdentityChecks.Clean).OfType<string>());
        var office = string.Join(", ", new[] { street, town }.Where(part => part.Length > 0));
        if (office.Length > 0)
        {
            lines.Add($"Siège social : {office}");
        }

        if (Siren is not null)
        {
            lines.Add(RcsCity is null ? $"SIREN {Siren.Formatted}" : $"SIREN {Siren.Formatted} RCS {RcsCity}");
        }

        if (Siret is not null)
        {
            lines.Add($"SIRET {Siret.Formatted}");
        }

        if (VatNumber is not null)
        {
            lines.Add($"N° TVA intracommunautaire : {VatNumber}");
        }

        return lines;
    }

    private static string FormatEuros(decimal amount) =>
        amount.ToString(decimal.Truncate(amount) == amount ? "#,0" : "#,0.00", FrenchNumbers);

    private static string? CleanRcsCity(string? text)
    {
        var city = IdentityChecks.Clean(text);
        if (city is not null && city.StartsWith("RCS", StringComparison.OrdinalIgnoreCase)
            && (city.Length == 3 || char.IsWhiteSpace(city[3])))
        {
            city = IdentityChecks.Clean(city[3..]);
        }

        return city;
    }
}
