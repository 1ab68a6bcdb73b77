using System.Text;
using Encaisse.Billing.Import;

namespace Encaisse.Billing.Tests.Import;

public sealed class CustomerHeaderTests
{
    private static CustomerHeader Read(string csv) => CustomerHeader.Read(CsvFile.Parse(Encoding.UTF8.GetBytes(csv), CsvLimits.Default));

    [Theory]
    [InlineData("Raison sociale", CustomerColumn.Name)]
    [InlineData("NOM", CustomerColumn.Name)]
    [InlineData("Company Name", CustomerColumn.Name)]
    [InlineData("Enseigne", CustomerColumn.TradingName)]
    [InlineData("trading_name", CustomerColumn.TradingName)]
    [InlineData("N° SIRET", CustomerColumn.Siret)]
    [InlineData("Nº SIREN", CustomerColumn.Siren)]
    [InlineData("N° TVA intracommunautaire", CustomerColumn.VatNumber)]
    [InlineData("VAT", CustomerColumn.VatNumber)]
    [InlineData("E-mail", CustomerColumn.Email)]
    [InlineData("Courriel", CustomerColumn.Email)]
    [InlineData("Téléphone", CustomerColumn.Phone)]
    [InlineData("TÉLÉPHONE", CustomerColumn.Phone)]
    [InlineData("Adresse", CustomerColumn.AddressLine1)]
    [InlineData("Complément d'adresse", CustomerColumn.AddressLine2)]
    [InlineData("Code Postal", CustomerColumn.PostCode)]
    [InlineData("CP", CustomerColumn.PostCode)]
    [InlineData("Ville", CustomerColumn.City)]
    [InlineData("Pays", CustomerColumn.Country)]
    [InlineData("Canal", CustomerColumn.Channel)]
    [InlineData("Langue", CustomerColumn.Language)]
    [InlineData("Peppol", CustomerColumn.ElectronicAddress)]
    [InlineData("B2B/B2C", CustomerColumn.Business)]
    [InlineData("  iban  ", CustomerColumn.Iban)]
    [InlineData("BIC / SWIFT", CustomerColumn.Bic)]
    public void Recognises_french_and_english_headings_whatever_the_case_accents_and_punctuation(string heading, CustomerColumn expected)
    {
        Assert.True(CustomerColumns.TryMatch(heading, out var column));
        Assert.Equal(expected, column);
    }

    [Fact]
    public void Unknown_columns_are_warnings_and_positions_are_kept()
    {
        var header = Read("Code client;Nom;Ville\n1;A;B\n");
        Assert.Equal(1, header.IndexOf(CustomerColumn.Name));
        Assert.Equal(2, header.IndexOf(CustomerColumn.City));
        Assert.Equal(-1, header.IndexOf(CustomerColumn.Siret));
        Assert.Equal("Ville", header.HeadingOf(CustomerColumn.City));
        Assert.Equal("siret", header.HeadingOf(CustomerColumn.Siret));
        Assert.Contains("'Code client'", Assert.Single(header.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unnamed_column_is_a_warning_only_when_it_holds_values()
    {
        Assert.Empty(Read("Nom;\nA;\n").Warnings);
        Assert.Contains("Column 2 has no heading", Assert.Single(Read("Nom;\nA;x\n").Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_name_column_is_refused()
    {
        var error = Assert.Throws<ImportFileException>(() => Read("siret;ville\n1;2\n"));
        Assert.Equal(1, error.Line);
        Assert.Contains("raison sociale", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_columns_for_the_same_thing_are_refused()
    {
        var error = Assert.Throws<ImportFileException>(() => Read("Nom;Raison sociale\nA;B\n"));
        Assert.Contains("'Nom' and 'Raison sociale'", error.Message, StringComparison.Ordinal);
    }
}
