using CsCheck;
using Encaisse.Domain.Parties;

namespace Encaisse.Domain.Tests.Parties;

public class PartyNamesTests
{
    [Theory]
    [InlineData("Boulangerie Dupont S.A.R.L.", "BOULANGERIE  DUPONT")]
    [InlineData("Boulangerie Dupont SARL", "boulangerie dupont")]
    [InlineData("SAS Boulangerie Dupont", "Boulangerie-Dupont")]
    [InlineData("Société Générale", "SOCIETE GENERALE SA")]
    [InlineData("Ets Martin", "Établissements Martin")]
    [InlineData("Sté Nouvelle des Transports", "STE NOUVELLE DES TRANSPORTS")]
    [InlineData("Müller GmbH & Co. KG", "MULLER")]
    [InlineData("Rossi S.p.A.", "ROSSI SPA")]
    [InlineData("Van Dijk B.V.", "van dijk bv")]
    [InlineData("Łódź Trading sp. z o.o.", "LODZ TRADING")]
    [InlineData("Acme Ltd.", "ACME LIMITED")]
    [InlineData("Café de l'Œuvre", "CAFE DE L OEUVRE")]
    [InlineData("J. P. Dubois", "JP DUBOIS")]
    public void Spelling_variants_normalise_equal(string left, string right) =>
        Assert.Equal(PartyNames.NormalizeForMatching(left), PartyNames.NormalizeForMatching(right));

    [Theory]
    [InlineData("Boulangerie Dupont S.A.R.L.", "BOULANGERIE DUPONT")]
    [InlineData("Société Générale", "SOCIETE GENERALE")]
    [InlineData("  Ets   Martin & Fils  ", "MARTIN FILS")]
    [InlineData("Straße Bau AG", "STRASSE BAU")]
    [InlineData("Škoda Auto a.s.", "SKODA AUTO")]
    [InlineData("Œuvres Sociales SCOP", "OEUVRES SOCIALES")]
    [InlineData("Ørsted A/S", "ORSTED")]
    [InlineData("Dupont SELARL", "DUPONT")]
    [InlineData("Garage du Centre EURL", "GARAGE DU CENTRE")]
    [InlineData("Transports Ștefan SRL", "TRANSPORTS STEFAN")]
    [InlineData("3M France", "3M FRANCE")]
    [InlineData("SAS", "SAS")]
    [InlineData("S.A.S.", "SAS")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Names_normalise_to_what_identifies_the_company(string? name, string expected) =>
        Assert.Equal(expected, PartyNames.NormalizeForMatching(name));

    [Theory]
    [InlineData("Boulangerie Dupont", "Boulangerie Durand")]
    [InlineData("Martin Frères", "Martin Fils")]
    public void Different_companies_stay_different(string left, string right) =>
        Assert.NotEqual(PartyNames.NormalizeForMatching(left), PartyNames.NormalizeForMatching(right));

    private static readonly string[] LegalForms = ["SARL", "S.A.S.", "Ets", "GmbH", "sp. z o.o.", "Sté", "S A"];

    private static readonly Gen<string> Names = Gen.OneOf(
            Gen.String[Gen.Char["abcdéèêàçôœæßøłšțABCDÉÈÀÇŒ0123456789 .,-'&/"], 0, 40],
            Gen.Select(Gen.String[Gen.Char["abcdefghij"], 2, 10], Gen.Int[0, LegalForms.Length - 1].Select(i => LegalForms[i]))
                .Select((name, form) => $"{form} {name}"));

    [Fact]
    public void Normalising_twice_changes_nothing() =>
        Names.Sample(name =>
        {
            var once = PartyNames.NormalizeForMatching(name);
            Assert.Equal(once, PartyNames.NormalizeForMatching(once));
        });

    [Fact]
    public void Normalised_names_are_plain_upper_case_words() =>
        Names.Sample(name =>
        {
            var normalised = PartyNames.NormalizeForMatching(name);
            Assert.All(normalised, c => Assert.True(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == ' ', $"'{c}' in '{normalised}'"));
            Assert.DoesNotContain("  ", normalised, StringComparison.Ordinal);
            Assert.Equal(normalised.Trim(), normalised);
        });
}
