using Encaisse.Domain.Common;
using Encaisse.Domain.Identifiers;
using Encaisse.Domain.Parties;
using Encaisse.Domain.Tests.Identifiers;

namespace Encaisse.Domain.Tests.Parties;

public class PartyTests
{
    private static readonly PartyId Id = PartyId.New(Guid.Parse("4f6a1c9e-0000-4000-8000-000000000001"));
    private static readonly Siren Dupont = Siren.Of("552081317");
    private static readonly Siren Other = Siren.Of("732829320");

    private static readonly PostalAddress Lyon = new()
    {
        Line1 = "12 rue de la République",
        PostCode = "69002",
        City = "Lyon",
        CountryCode = "FR",
    };

    private static readonly PartyDraft Minimal = new()
    {
        LegalName = "Boulangerie Dupont SARL",
        BillingAddress = Lyon,
        InvoiceEmail = "compta@dupont.example",
    };

    private static string Error(PartyDraft draft) => Party.Create(Id, draft).Error ?? "(valid)";

    [Fact]
    public void A_complete_party_is_created()
    {
        var siret = Siret.Create(Dupont, 1);
        var iban = Iban.Of("FR7630006000011234567890189");
        var party = Party.Create(Id, Minimal with
        {
            Roles = [PartyRole.Customer, PartyRole.Supplier, PartyRole.Customer],
            TradingName = " Dupont ",
            Siren = Dupont,
            Siret = siret,
            VatNumber = VatNumber.ForFrenchSiren(Dupont),
            Gln = Gln.Of("5790000435951"),
            ElectronicAddress = PeppolParticipantId.ForFrenchCompany(Dupont),
            DeliveryAddress = Lyon with { Line1 = "Zone artisanale" },
            OtherAddresses = [Lyon with { City = "Villeurbanne" }],
            Contacts = [new PartyContact(new Contact { Name = "Mme Dupont", Email = "a.dupont@dupont.example" }, ContactRole.Dunning)],
            PreferredLanguage = LanguageCode.French,
            PreferredChannel = DeliveryChannel.Network,
            BankAccounts = [new BankAccount(iban, Bic.Of("BNPAFRPP"), "Boulangerie Dupont")],
        }).Value;

        Assert.Equal(Id, party.Id);
        Assert.Equal([PartyRole.Customer, PartyRole.Supplier], party.Roles);
        Assert.True(party.IsCustomer);
        Assert.True(party.IsSupplier);
        Assert.Equal("Dupont", party.TradingName);
        Assert.Equal(siret, party.Siret);
        Assert.Equal(DeliveryChannel.Network, party.PreferredChannel);
        Assert.Equal("BOULANGERIE DUPONT", party.NameForMatching);
        Assert.Single(party.ContactsFor(ContactRole.Dunning));
        Assert.Empty(party.ContactsFor(ContactRole.Billing));
        Assert.Equal(iban, party.BankAccounts[0].Iban);
    }

    [Fact]
    public void A_consumer_needs_only_a_name_an_address_and_a_way_to_be_reached()
    {
        var party = Party.Create(Id, new PartyDraft
        {
            LegalName = "Jeanne Martin",
            IsBusiness = false,
            BillingAddress = Lyon,
            PreferredChannel = DeliveryChannel.Paper,
        }).Value;
        Assert.False(party.IsBusiness);
        Assert.Null(party.Siren);
        Assert.Equal([PartyRole.Customer], party.Roles);
    }

    [Fact]
    public void The_siren_is_read_from_the_siret_when_not_given() =>
        Assert.Equal(Dupont, Party.Create(Id, Minimal with { Siret = Siret.Create(Dupont, 2) }).Value.Siren);

    [Fact]
    public void The_siren_is_read_from_a_french_vat_number_when_not_given() =>
        Assert.Equal(Dupont, Party.Create(Id, Minimal with { VatNumber = VatNumber.Of("FR03552081317") }).Value.Siren);

    [Fact]
    public void A_missing_legal_name_is_reported() =>
        Assert.Equal("The legal name is missing.", Error(Minimal with { LegalName = "  " }));

    [Fact]
    public void A_party_needs_a_role() =>
        Assert.Equal("Say whether the party is a customer, a supplier or both.", Error(Minimal with { Roles = [] }));

    [Fact]
    public void A_missing_billing_address_is_reported() =>
        Assert.Equal("The billing address is missing.", Error(Minimal with { BillingAddress = null }));

    [Theory]
    [InlineData("UK", "Billing address: 'UK' is not an ISO country code: the United Kingdom is GB.")]
    [InlineData("France", "Billing address: 'France' is not an ISO 3166-1 two-letter country code.")]
    [InlineData("", "Billing address: The country code is missing.")]
    public void The_billing_country_must_be_valid(string country, string message) =>
        Assert.Equal(message, Error(Minimal with { BillingAddress = Lyon with { CountryCode = country } }));

    [Fact]
    public void Other_address_countries_are_checked_too()
    {
        Assert.Equal("Delivery address: 'ZZ' is not an ISO 3166-1 two-letter country code.",
            Error(Minimal with { DeliveryAddress = Lyon with { CountryCode = "ZZ" } }));
        Assert.Equal("Other address: 'ZZ' is not an ISO 3166-1 two-letter country code.",
            Error(Minimal with { OtherAddresses = [Lyon with { CountryCode = "ZZ" }] }));
    }

    [Fact]
    public void A_siret_of_another_company_is_reported()
    {
        var siret = Siret.Create(Other, 1);
        Assert.Equal($"The SIRET {siret.Formatted} does not belong to the SIREN 552 081 317: a SIRET starts with its company's SIREN.",
            Error(Minimal with { Siren = Dupont, Siret = siret }));
    }

    [Fact]
    public void A_french_vat_number_of_another_company_is_reported() =>
        Assert.Equal($"The VAT number {VatNumber.ForFrenchSiren(Other)} is the one of SIREN 732 829 320, not of SIREN 552 081 317 (expected FR03552081317).",
            Error(Minimal with { Siren = Dupont, VatNumber = VatNumber.ForFrenchSiren(Other) }));

    [Fact]
    public void A_vat_number_and_siret_of_different_companies_are_reported() =>
        Assert.Contains("is the one of SIREN 732 829 320, not of SIREN 552 081 317",
            Error(Minimal with { Siret = Siret.Create(Dupont, 3), VatNumber = VatNumber.ForFrenchSiren(Other) }), StringComparison.Ordinal);

    [Fact]
    public void A_foreign_vat_number_is_not_compared_with_the_siren() =>
        Assert.True(Party.Create(Id, Minimal with { Siren = Dupont, VatNumber = VatNumber.Of("DE123456789") }).Success);

    [Fact]
    public void An_electronic_address_of_another_company_is_reported() =>
        Assert.Equal("The electronic address 0225:732829320 belongs to SIREN 732 829 320, not to SIREN 552 081 317.",
            Error(Minimal with { Siren = Dupont, ElectronicAddress = PeppolParticipantId.ForFrenchCompany(Other) }));

    [Fact]
    public void Network_delivery_needs_an_electronic_address() =>
        Assert.Equal("Delivery over the e-invoicing network needs the party's electronic address (Peppol participant identifier, such as 0225:SIREN).",
            Error(Minimal with { PreferredChannel = DeliveryChannel.Network }));

    [Fact]
    public void Email_delivery_needs_an_email_address() =>
        Assert.Equal("Delivery by email needs an invoice email address (or a billing contact with an email address).",
            Error(Minimal with { InvoiceEmail = " ", Contacts = [new PartyContact(new Contact { Email = "x@dupont.example" }, ContactRole.Dunning)] }));

    [Fact]
    public void A_billing_contact_email_serves_for_email_delivery()
    {
        var party = Party.Create(Id, Minimal with
        {
            InvoiceEmail = null,
            Contacts =
            [
                new PartyContact(new Contact { Email = "relances@dupont.example" }, ContactRole.Dunning),
                new PartyContact(new Contact { Email = "factures@dupont.example" }, ContactRole.Billing),
            ],
        }).Value;
        Assert.Equal("factures@dupont.example", party.InvoiceEmailAddress);
        Assert.Equal("compta@dupont.example", Party.Create(Id, Minimal).Value.InvoiceEmailAddress);
    }

    [Theory]
    [InlineData(null, "Lyon")]
    [InlineData("12 rue de la République", " ")]
    public void Paper_delivery_needs_a_full_billing_address(string? line1, string city) =>
        Assert.Equal("Delivery on paper needs a full billing address: at least a street line and a city.",
            Error(Minimal with { PreferredChannel = DeliveryChannel.Paper, BillingAddress = Lyon with { Line1 = line1, City = city } }));

    [Fact]
    public void Portal_delivery_needs_nothing_more() =>
        Assert.True(Party.Create(Id, Minimal with { InvoiceEmail = null, PreferredChannel = DeliveryChannel.Portal }).Success);

    [Theory]
    [InlineData("compta@dupont")]
    [InlineData("compta.dupont.example")]
    [InlineData("compta @dupont.example")]
    [InlineData("compta@@dupont.example")]
    [InlineData(".compta@dupont.example")]
    [InlineData("compta..dupont@dupont.example")]
    [InlineData("compta@-dupont.example")]
    [InlineData("compta@dupont..example")]
    [InlineData("Compta <compta@dupont.example>")]
    public void Implausible_invoice_emails_are_reported(string email) =>
        Assert.Equal($"Invoice email: '{email}' is not a valid email address.", Error(Minimal with { InvoiceEmail = email }));

    [Theory]
    [InlineData("compta@dupont.example")]
    [InlineData("jean.dupont+factures@boulangerie-dupont.fr")]
    [InlineData("  compta@dupont.example  ")]
    public void Plausible_invoice_emails_are_accepted(string email) =>
        Assert.Equal(email.Trim(), Party.Create(Id, Minimal with { InvoiceEmail = email }).Value.InvoiceEmail);

    [Fact]
    public void Contact_emails_are_checked() =>
        Assert.Equal("Contact Mme Dupont: 'dupont' is not a valid email address.",
            Error(Minimal with { Contacts = [new PartyContact(new Contact { Name = "Mme Dupont", Email = "dupont" })] }));

    [Fact]
    public void The_same_iban_twice_is_reported()
    {
        var iban = Iban.Of("FR7630006000011234567890189");
        Assert.Equal("The IBAN FR76 3000 6000 0112 3456 7890 189 is listed twice.",
            Error(Minimal with { BankAccounts = [new BankAccount(iban), new BankAccount(iban, Bic.Of("BNPAFRPP"))] }));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var problems = Party.Validate(new PartyDraft { Roles = [], PreferredChannel = DeliveryChannel.Network });
        Assert.Equal(4, problems.Count);
        Assert.Equal(string.Join("\n", problems), Party.Create(Id, new PartyDraft { Roles = [], PreferredChannel = DeliveryChannel.Network }).Error);
    }

    [Fact]
    public void A_party_round_trips_through_its_draft()
    {
        var party = Party.Create(Id, Minimal with { Siren = Dupont, PreferredLanguage = LanguageCode.English }).Value;
        var changed = Party.Create(party.Id, party.ToDraft() with { InvoiceEmail = "new@dupont.example" }).Value;
        Assert.Equal("new@dupont.example", changed.InvoiceEmail);
        Assert.Equal(party.Siren, changed.Siren);
        Assert.Equal(party.LegalName, changed.LegalName);
        Assert.Equal(LanguageCode.English, changed.PreferredLanguage);
    }

    [Fact]
    public void An_empty_party_id_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PartyId.New(Guid.Empty));
        Assert.Equal(Id.Value.ToString(), Id.ToString());
    }
}
