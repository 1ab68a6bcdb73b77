using System.Text;
using Encaisse.Billing.Import;
using Encaisse.Domain.Identifiers;
using Encaisse.Domain.Parties;

namespace Encaisse.Billing.Tests.Import;

public sealed class CustomerRowsTests
{
    private static readonly Siren Siren = Siren.FromFirstEightDigits(55208131);
    private static readonly Siret Siret = Siret.Create(Siren, 8);
    private const string ValidIban = "FR76 3000 6000 0112 3456 7890 189";

    private static ImportRow CheckOne(string csv)
    {
        var table = CsvFile.Parse(Encoding.UTF8.GetBytes(csv), CsvLimits.Default);
        var header = CustomerHeader.Read(table);
        return CustomerRows.Check(header, table.Rows.Single(), () => PartyId.New(Guid.NewGuid()));
    }

    private static ImportProblem SingleProblem(ImportRow row)
    {
        Assert.Null(row.Party);
        return Assert.Single(row.Problems);
    }

    [Fact]
    public void A_complete_row_becomes_a_customer()
    {
        var row = CheckOne(
            "Raison sociale;Enseigne;SIRET;N° TVA;IBAN;BIC;Courriel;Téléphone;Adresse;Complément;CP;Ville;Pays;Canal;Langue;B2B\n"
            + $"Boulangerie Dupont SARL;Chez Paul;{Siret.Formatted};{VatNumber.ForFrenchSiren(Siren)};{ValidIban};BNPAFRPPXXX;"
            + "compta@dupont.fr;+33 1 23 45 67 89;12 rue Haute;Bât. B;75 001;Paris;fr;papier;français;oui\n");
        Assert.Empty(row.Problems);
        var party = Assert.IsType<Party>(row.Party);
        Assert.Equal(ImportRowStatus.Clean, row.Status);
        Assert.Equal("Boulangerie Dupont SARL", party.LegalName);
        Assert.Equal("Chez Paul", party.TradingName);
        Assert.Equal(Siren, party.Siren);
        Assert.Equal(Siret, party.Siret);
        Assert.Equal("FR7630006000011234567890189", party.BankAccounts.Single().Iban.Value);
        Assert.Equal("BNPAFRPPXXX", party.BankAccounts.Single().Bic!.Value);
        Assert.Equal("compta@dupont.fr", party.InvoiceEmail);
        Assert.Equal("+33 1 23 45 67 89", party.Contacts.Single().Contact.Telephone);
        Assert.Equal("Bât. B", party.BillingAddress.Line2);
        Assert.Equal("FR", party.BillingAddress.CountryCode);
        Assert.Equal(DeliveryChannel.Paper, party.PreferredChannel);
        Assert.Equal("fr", party.PreferredLanguage!.Value);
        Assert.True(party.IsBusiness);
        Assert.True(party.IsCustomer);
    }

    [Fact]
    public void The_country_defaults_to_france_and_names_are_accepted()
    {
        Assert.Equal("FR", CheckOne("nom;email\nA;a@b.fr\n").Party!.BillingAddress.CountryCode);
        Assert.Equal("BE", CheckOne("nom;email;pays\nA;a@b.fr;Belgique\n").Party!.BillingAddress.CountryCode);
    }

    [Fact]
    public void A_bad_siret_is_reported_on_its_column_with_the_domain_message()
    {
        var bad = Siret.Value[..13] + (Siret.Value[13] == '9' ? '0' : (char)(Siret.Value[13] + 1));
        var problem = SingleProblem(CheckOne($"nom;N° SIRET;email\nDupont;{bad};a@b.fr\n"));
        Assert.Equal(2, problem.Line);
        Assert.Equal("N° SIRET", problem.Column);
        Assert.Equal(Siret.Parse(bad).Error, problem.Message);
    }

    [Fact]
    public void A_bad_iban_is_reported_on_its_column()
    {
        var problem = SingleProblem(CheckOne("nom;iban;email\nDupont;FR76 3000 6000 0112 3456 7890 188;a@b.fr\n"));
        Assert.Equal("iban", problem.Column);
        Assert.Contains("check digits", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_row_is_reported_not_only_the_first()
    {
        var row = CheckOne("nom;siren;iban;email;pays;canal\n;12345;FR00;pas-un-email;ZZ;fax\n");
        Assert.Null(row.Party);
        Assert.Equal(new[] { "canal", "email", "iban", "nom", "pays", "siren" }, row.Problems.Select(problem => problem.Column).Order());
    }

    [Fact]
    public void A_siret_of_another_company_than_the_siren_is_caught_by_the_domain_and_put_on_the_siret_column()
    {
        var other = Siret.Create(Siren.FromFirstEightDigits(12345678), 1);
        var problem = SingleProblem(CheckOne($"nom;siren;siret;email\nA;{Siren};{other};a@b.fr\n"));
        Assert.Equal("siret", problem.Column);
        Assert.Contains("does not belong", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_delivery_without_an_email_is_reported_on_the_email_column()
    {
        var problem = SingleProblem(CheckOne("nom;ville\nA;Lyon\n"));
        Assert.Equal("email", problem.Column);
        Assert.Contains("Delivery by email", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_email_a_customer_with_an_electronic_address_gets_network_delivery()
    {
        var row = CheckOne($"nom;siren;peppol\nA;{Siren};0225:{Siren}\n");
        Assert.Equal(DeliveryChannel.Network, row.Party!.PreferredChannel);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("  =1+1")]
    [InlineData("\t=1+1")]
    [InlineData("\rDupont")]
    public void A_value_a_spreadsheet_would_run_as_a_formula_makes_the_row_invalid(string name)
    {
        var csv = "nom;email\n\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\";a@b.fr\n";
        var problem = SingleProblem(CheckOne(csv));
        Assert.Equal("nom", problem.Column);
        Assert.Contains("formula", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+33 1 23 45 67 89")]
    [InlineData("-12,50")]
    [InlineData("+44 (0)20 7946 0000")]
    [InlineData("-")]
    [InlineData("Dupont - Fils")]
    [InlineData("Dupont=Fils")]
    public void Numbers_phone_numbers_and_ordinary_text_are_not_formulas(string value)
    {
        Assert.Null(CustomerRows.FormulaDanger(value));
    }

    [Fact]
    public void A_formula_in_the_phone_column_is_caught_while_a_phone_number_passes()
    {
        Assert.Empty(CheckOne("nom;email;tel\nA;a@b.fr;+33 6 12 34 56 78\n").Problems);
        Assert.Equal("tel", SingleProblem(CheckOne("nom;email;tel\nA;a@b.fr;+33 6 12 34 56 78+HYPERLINK(1)\n")).Column);
    }

    [Fact]
    public void Excel_scientific_notation_and_lost_leading_zeros_get_a_hint()
    {
        Assert.Contains("scientific notation", SingleProblem(CheckOne("nom;siret;email\nA;5,52081E+13;a@b.fr\n")).Message, StringComparison.Ordinal);
        Assert.Contains("leading zero", SingleProblem(CheckOne("nom;siren;email\nA;12345678;a@b.fr\n")).Message, StringComparison.Ordinal);
        Assert.Contains("01000", SingleProblem(CheckOne("nom;cp;email\nA;1000;a@b.fr\n")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreign_post_code_is_not_held_to_the_french_format()
    {
        Assert.Empty(CheckOne("nom;cp;pays;email\nA;SW1A 1AA;GB;a@b.fr\n").Problems);
    }

    [Fact]
    public void A_bic_without_an_iban_is_reported()
    {
        Assert.Equal("bic", SingleProblem(CheckOne("nom;bic;email\nA;BNPAFRPPXXX;a@b.fr\n")).Column);
    }

    [Fact]
    public void A_line_with_more_values_than_the_header_is_invalid_but_trailing_empty_values_are_not()
    {
        Assert.Contains("double quotes", SingleProblem(CheckOne("nom;email\nDupont, Fils;a@b.fr;extra\n")).Message, StringComparison.Ordinal);
        Assert.Empty(CheckOne("nom;email\nDupont;a@b.fr;;;\n").Problems);
    }

    [Fact]
    public void A_line_with_fewer_values_than_the_header_reads_the_missing_ones_as_empty()
    {
        Assert.Empty(CheckOne("nom;email;ville\nDupont;a@b.fr\n").Problems);
    }

    [Fact]
    public void A_line_break_inside_a_value_is_refused()
    {
        Assert.Equal("adresse", SingleProblem(CheckOne("nom;email;adresse\nA;a@b.fr;\"12 rue Haute\nBât B\"\n")).Column);
    }

    [Fact]
    public void Consumers_and_unknown_flags()
    {
        Assert.False(CheckOne("nom;email;type de client\nA;a@b.fr;Particulier\n").Party!.IsBusiness);
        Assert.Contains("B2B or B2C", SingleProblem(CheckOne("nom;email;b2b\nA;a@b.fr;peut-être\n")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_longer_than_the_ledger_keeps_is_refused()
    {
        Assert.Equal("nom", SingleProblem(CheckOne($"nom;email\n{new string('A', CustomerRows.MaxNameLength + 1)};a@b.fr\n")).Column);
    }

    [Fact]
    public void The_id_is_asked_for_only_when_the_row_is_valid()
    {
        var table = CsvFile.Parse("nom;email\n;a@b.fr\n"u8, CsvLimits.Default);
        var row = CustomerRows.Check(CustomerHeader.Read(table), table.Rows[0], () => throw new InvalidOperationException("no id for invalid rows"));
        Assert.Equal(ImportRowStatus.Invalid, row.Status);
        Assert.Equal("The legal name is missing.", row.Problems.Single().Message);
    }
}
