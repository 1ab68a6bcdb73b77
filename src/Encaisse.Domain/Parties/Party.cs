using Encaisse.Domain.Common;
using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Parties;

/// <summary>
/// What a clerk, an import or the partner portal fills in to create or change a customer or supplier.
/// Identifiers are already parsed (use <c>Siren.Parse</c>, <c>Iban.Parse</c>…); <see cref="Party.Create"/>
/// checks that they fit together.
/// </summary>
public sealed record PartyDraft
{
    public IReadOnlyList<PartyRole> Roles { get; init; } = [PartyRole.Customer];

    /// <summary>BT-44 buyer name / BT-27 seller name: the registered name.</summary>
    public string? LegalName { get; init; }

    /// <summary>BT-45 buyer trading name / BT-28 seller trading name.</summary>
    public string? TradingName { get; init; }

    /// <summary>False for consumers (B2C): the 40 EUR recovery indemnity applies to business customers only.</summary>
    public bool IsBusiness { get; init; } = true;

    /// <summary>BT-47 / BT-30 legal registration identifier (scheme 0002). Read from the SIRET or the French VAT number when absent.</summary>
    public Siren? Siren { get; init; }

    /// <summary>BT-46 / BT-29 identifier of the establishment (scheme 0009).</summary>
    public Siret? Siret { get; init; }

    /// <summary>BT-48 / BT-31 VAT identifier.</summary>
    public VatNumber? VatNumber { get; init; }

    /// <summary>BT-46 / BT-29 identifier (scheme 0088).</summary>
    public Gln? Gln { get; init; }

    /// <summary>BT-49 / BT-34 electronic address, needed for delivery over the network.</summary>
    public PeppolParticipantId? ElectronicAddress { get; init; }

    /// <summary>BG-8 / BG-5 address, where invoices and paper mail go.</summary>
    public PostalAddress? BillingAddress { get; init; }

    /// <summary>BG-15 deliver-to address when goods go elsewhere.</summary>
    public PostalAddress? DeliveryAddress { get; init; }

    /// <summary>Other sites (head office, warehouses) kept for reference.</summary>
    public IReadOnlyList<PostalAddress> OtherAddresses { get; init; } = [];

    public IReadOnlyList<PartyContact> Contacts { get; init; } = [];

    /// <summary>Language of documents and emails; null means the tenant's default.</summary>
    public LanguageCode? PreferredLanguage { get; init; }

    public DeliveryChannel PreferredChannel { get; init; } = DeliveryChannel.Email;

    /// <summary>Where invoices are emailed; a billing contact's email serves when absent.</summary>
    public string? InvoiceEmail { get; init; }

    /// <summary>A supplier's accounts to pay to, or a customer's accounts to collect SEPA direct debits from.</summary>
    public IReadOnlyList<BankAccount> BankAccounts { get; init; } = [];
}

/// <summary>A customer or supplier, with identifiers checked at entry and consistent with one another.</summary>
public sealed record Party
{
    private Party(PartyId id, PartyDraft draft, Siren? siren)
    {
        Id = id;
        Roles = draft.Roles.Distinct().Order().ToArray();
        LegalName = draft.LegalName!.Trim();
        TradingName = IdentityChecks.Clean(draft.TradingName);
        IsBusiness = draft.IsBusiness;
        Siren = siren;
        Siret = draft.Siret;
        VatNumber = draft.VatNumber;
        Gln = draft.Gln;
        ElectronicAddress = draft.ElectronicAddress;
        BillingAddress = draft.BillingAddress!;
        DeliveryAddress = draft.DeliveryAddress;
        OtherAddresses = draft.OtherAddresses.ToArray();
        Contacts = draft.Contacts.ToArray();
        PreferredLanguage = draft.PreferredLanguage;
        PreferredChannel = draft.PreferredChannel;
        InvoiceEmail = IdentityChecks.Clean(draft.InvoiceEmail);
        BankAccounts = draft.BankAccounts.ToArray();
    }

    public PartyId Id { get; }

    public IReadOnlyList<PartyRole> Roles { get; }

    public string LegalName { get; }

    public string? TradingName { get; }

    public bool IsBusiness { get; }

    /// <summary>The SIREN, given or read from the SIRET or the French VAT number.</summary>
    public Siren? Siren { get; }

    public Siret? Siret { get; }

    public VatNumber? VatNumber { get; }

    public Gln? Gln { get; }

    public PeppolParticipantId? ElectronicAddress { get; }

    public PostalAddress BillingAddress { get; }

    public PostalAddress? DeliveryAddress { get; }

    public IReadOnlyList<PostalAddress> OtherAddresses { get; }

    public IReadOnlyList<PartyContact> Contacts { get; }

    public LanguageCode? PreferredLanguage { get; }

    public DeliveryChannel PreferredChannel { get; }

    public string? InvoiceEmail { get; }

    public IReadOnlyList<BankAccount> BankAccounts { get; }

    public bool IsCustomer => Roles.Contains(PartyRole.Customer);

    public bool IsSupplier => Roles.Contains(PartyRole.Supplier);

    /// <summary>Where invoices are emailed: the invoice email, or else the first billing contact's email.</summary>
    public string? InvoiceEmailAddress => InvoiceEmail ?? BillingContactEmail(Contacts);

    /// <summary>The legal name reduced for duplicate detection (see <see cref="PartyNames.NormalizeForMatching"/>).</summary>
    public string NameForMatching => PartyNames.NormalizeForMatching(LegalName);

    /// <summary>Checks the draft and builds the party, or says everything that is wrong, one sentence per problem.</summary>
    public static ParseResult<Party> Create(PartyId id, PartyDraft draft)
    {
        var errors = Validate(draft);
        return errors.Count == 0
            ? ParseResult<Party>.Ok(new Party(id, draft, IdentityChecks.ResolveSiren(draft.Siren, draft.Siret, draft.VatNumber)))
            : ParseResult<Party>.Fail(string.Join("\n", errors));
    }

    /// <summary>Every problem of the draft, one message each; empty when the party can be created.</summary>
    public static IReadOnlyList<string> Validate(PartyDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(draft.LegalName))
        {
            errors.Add("The legal name is missing.");
        }

        if (draft.Roles is null || draft.Roles.Count == 0)
        {
            errors.Add("Say whether the party is a customer, a supplier or both.");
        }

        if (draft.BillingAddress is null)
        {
            errors.Add("The billing address is missing.");
        }

        IdentityChecks.CheckAddress(errors, "Billing address", draft.BillingAddress);
        IdentityChecks.CheckAddress(errors, "Delivery address", draft.DeliveryAddress);
        foreach (var address in draft.OtherAddresses ?? [])
        {
            IdentityChecks.CheckAddress(errors, "Other address", address);
        }

        var siren = IdentityChecks.ResolveSiren(draft.Siren, draft.Siret, draft.VatNumber);
        IdentityChecks.CheckIdentifiers(errors, siren, draft.Siret, draft.VatNumber, draft.ElectronicAddress);

        var invoiceEmail = IdentityChecks.Clean(draft.InvoiceEmail);
        IdentityChecks.CheckEmail(errors, "Invoice email", invoiceEmail);
        foreach (var contact in draft.Contacts ?? [])
        {
            IdentityChecks.CheckEmail(errors, $"Contact {contact.Contact.Name ?? "without a name"}", IdentityChecks.Clean(contact.Contact.Email));
        }

        CheckChannel(errors, draft, invoiceEmail);

        var duplicate = (draft.BankAccounts ?? []).GroupBy(account => account.Iban).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add($"The IBAN {duplicate.Key.Formatted} is listed twice.");
        }

        return errors;
    }

    /// <summary>The party as a draft, to change it and create it again (<c>Party.Create(id, party.ToDraft() with { … })</c>).</summary>
    public PartyDraft ToDraft() => new()
    {
        Roles = Roles,
        LegalName = LegalName,
        TradingName = TradingName,
        IsBusiness = IsBusiness,
        Siren = Siren,
        Siret = Siret,
        VatNumber = VatNumber,
        Gln = Gln,
        ElectronicAddress = ElectronicAddress,
        BillingAddress = BillingAddress,
        DeliveryAddress = DeliveryAddress,
        OtherAddresses = OtherAddresses,
        Contacts = Contacts,
        PreferredLanguage = PreferredLanguage,
        PreferredChannel = PreferredChannel,
        InvoiceEmail = InvoiceEmail,
        BankAccounts = BankAccounts,
    };

    /// <summary>The contacts that have the given role.</summary>
    public IEnumerable<PartyContact> ContactsFor(ContactRole role) => Contacts.Where(contact => contact.Role == role);

    private static void CheckChannel(List<string> errors, PartyDraft draft, string? invoiceEmail)
    {
        switch (draft.PreferredChannel)
        {
            case DeliveryChannel.Network when draft.ElectronicAddress is null:
                errors.Add("Delivery over the e-invoicing network needs the party's electronic address (Peppol participant identifier, such as 0225:SIREN).");
                break;
            case DeliveryChannel.Email when invoiceEmail is null && BillingContactEmail(draft.Contacts ?? []) is null:
                errors.Add("Delivery by email needs an invoice email address (or a billing contact with an email address).");
                break;
            case DeliveryChannel.Paper when draft.BillingAddress is not null
                && (string.IsNullOrWhiteSpace(draft.BillingAddress.Line1) || string.IsNullOrWhiteSpace(draft.BillingAddress.City)):
                errors.Add("Delivery on paper needs a full billing address: at least a street line and a city.");
                break;
        }
    }

    private static string? BillingContactEmail(IEnumerable<PartyContact> contacts) =>
        contacts.Where(contact => contact.Role == ContactRole.Billing)
            .Select(contact => IdentityChecks.Clean(contact.Contact.Email))
            .FirstOrDefault(email => email is not null);
}
