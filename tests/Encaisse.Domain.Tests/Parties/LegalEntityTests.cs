using Encaisse.Domain.Common;
using Encaisse.Domain.Identifiers;
using Encaisse.Domain.Parties;

namespace Encaisse.Domain.Tests.Parties;

public class LegalEntityTests
{
    private static readonly LegalEntityId Id = LegalEntityId.New(Guid.Parse("7d0c5a41-0000-4000-8000-000000000002"));
    private static readonly Siren Siren = Siren.Of("552081317");

    private static readonly LegalEntityDraft Draft = new()
    {
        LegalName = "Encaisse Démo",
        LegalForm = "SAS",
        ShareCapital = 10_000m,
        RcsCity = "Lyon",
        Siren = Siren,
        Siret = Siret.Create(Siren, 1),
        VatNumber = VatNumber.ForFrenchSiren(Siren),
        ElectronicAddress = PeppolParticipantId.ForFrenchCompany(Siren),
        Address = new PostalAddress { Line1 = "3 place Bellecour", PostCode = "69002", City = "Lyon", CountryCode = "FR" },
        Email = "facturation@encaisse.example",
        Telephone = "+33 4 00 00 00 00",
        BankAccount = new BankAccount(Iban.Of("FR7630006000011234567890189"), Bic.Of("AGRIFRPP882")),
        SepaCreditorId = SepaCreditorId.Of("FR72ZZZ123456"),
    };

    private static string Error(LegalEntityDraft draft) => LegalEntity.Create(Id, draft).Error ?? "(valid)";

    [Fact]
    public void The_french_legal_mentions_are_printed()
    {
        var entity = LegalEntity.Create(Id, Draft).Value;
        Assert.Equal(
            [
                "Encaisse Démo, SAS au capital de 10 000 €",
                "Siège social : 3 place Bellecour, 69002 Lyon",
                "SIREN 552 081 317 RCS Lyon",
                $"SIRET {Draft.Siret!.Formatted}",
                "N° TVA intracommunautaire : FR03552081317",
            ],
            entity.FrenchLegalMentions());
    }

    [Fact]
    public void Share_capital_with_cents_is_printed_the_french_way() =>
        Assert.Equal("Encaisse Démo, SAS au capital de 1 500 000,50 €",
            LegalEntity.Create(Id, Draft with { ShareCapital = 1_500_000.5m }).Value.FrenchLegalMentions()[0]);

    [Fact]
    public void Mentions_leave_out_what_is_unknown()
    {
        var entity = LegalEntity.Create(Id, Draft with
        {
            LegalForm = null,
            ShareCapital = null,
            RcsCity = null,
            Siret = null,
            VatNumber = null,
            Address = new PostalAddress { City = "Lyon", CountryCode = "FR" },
        }).Value;
        Assert.Equal(["Encaisse Démo", "Siège social : Lyon", "SIREN 552 081 317"], entity.FrenchLegalMentions());
    }

    [Fact]
    public void A_legal_form_without_capital_is_printed_alone() =>
        Assert.Equal("Encaisse Démo, SARL", LegalEntity.Create(Id, Draft with { LegalForm = "SARL", ShareCapital = null }).Value.FrenchLegalMentions()[0]);

    [Theory]
    [InlineData("RCS Lyon", "Lyon")]
    [InlineData("rcs Paris ", "Paris")]
    [InlineData("Nanterre", "Nanterre")]
    [InlineData("RCSville", "RCSville")]
    public void The_rcs_city_is_kept_without_its_prefix(string typed, string city) =>
        Assert.Equal(city, LegalEntity.Create(Id, Draft with { RcsCity = typed }).Value.RcsCity);

    [Fact]
    public void A_french_company_needs_its_siren() =>
        Assert.Equal("A French company needs its SIREN: every invoice it issues must show it.",
            Error(Draft with { Siren = null, Siret = null, VatNumber = null, ElectronicAddress = null }));

    [Fact]
    public void The_siren_is_read_from_the_siret() =>
        Assert.Equal(Siren, LegalEntity.Create(Id, Draft with { Siren = null }).Value.Siren);

    [Fact]
    public void A_foreign_company_may_have_no_siren() =>
        Assert.True(LegalEntity.Create(Id, Draft with
        {
            Siren = null,
            Siret = null,
            VatNumber = VatNumber.Of("DE123456789"),
            ElectronicAddress = null,
            RcsCity = null,
            Address = new PostalAddress { City = "Berlin", CountryCode = "DE" },
        }).Success);

    [Theory]
    [InlineData(-1, "The share capital cannot be negative.")]
    [InlineData(1000.001, "The share capital has at most two decimals (euros and cents).")]
    public void The_share_capital_must_be_an_amount(decimal capital, string message) =>
        Assert.Equal(message, Error(Draft with { ShareCapital = capital }));

    [Fact]
    public void Share_capital_needs_a_legal_form() =>
        Assert.Equal("The share capital is printed with the legal form (\"SAS au capital de …\"): give the legal form too.",
            Error(Draft with { LegalForm = " " }));

    [Theory]
    [InlineData(" ")]
    [InlineData("RCS ")]
    public void An_empty_rcs_city_is_reported(string city) =>
        Assert.Equal("The RCS registration city is empty: give the city of the registry, such as Lyon.", Error(Draft with { RcsCity = city }));

    [Fact]
    public void Identifiers_of_another_company_are_reported()
    {
        var other = Siren.Of("732829320");
        var problems = LegalEntity.Validate(Draft with { Siret = Siret.Create(other, 1), VatNumber = VatNumber.ForFrenchSiren(other), ElectronicAddress = PeppolParticipantId.ForFrenchCompany(other) });
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void Missing_name_and_address_are_reported()
    {
        var problems = LegalEntity.Validate(new LegalEntityDraft());
        Assert.Equal(["The legal name is missing.", "The registered office address is missing."], problems);
    }

    [Fact]
    public void An_invalid_country_or_email_is_reported()
    {
        Assert.Equal("Registered office address: 'ZZ' is not an ISO 3166-1 two-letter country code.",
            Error(Draft with { Address = Draft.Address! with { CountryCode = "ZZ" } }));
        Assert.Equal("Email: 'facturation' is not a valid email address.", Error(Draft with { Email = "facturation" }));
    }

    [Fact]
    public void A_legal_entity_round_trips_through_its_draft()
    {
        var entity = LegalEntity.Create(Id, Draft).Value;
        var again = LegalEntity.Create(entity.Id, entity.ToDraft()).Value;
        Assert.Equal(entity.FrenchLegalMentions(), again.FrenchLegalMentions());
        Assert.Equal(entity.SepaCreditorId, again.SepaCreditorId);
        Assert.Equal(entity.BankAccount, again.BankAccount);
        Assert.Throws<ArgumentException>(() => LegalEntityId.New(Guid.Empty));
    }
}
