using Encaisse.Billing.Import;
using Encaisse.Domain.Parties;

namespace Encaisse.Billing.Tests.Import;

public sealed class DuplicateIndexTests
{
    private static MatchKeys Keys(
        string name, string? postCode = null, string? siren = null, string? siret = null, string? vat = null, params string[] ibans) =>
        new(siren, siret, vat, ibans, PartyNames.NormalizeForMatching(name), MatchKeys.NormalizePostCode(postCode));

    private static DuplicateIndex<int> Index(params MatchKeys[] keys)
    {
        var index = new DuplicateIndex<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            index.Add(keys[i], i);
        }

        return index;
    }

    [Fact]
    public void Names_spelt_differently_match()
    {
        var index = Index(Keys("Boulangerie Dupont SARL", "75001"));
        var match = Assert.Single(index.Matches(Keys("BOULANGERIE  DUPONT", "75 001")));
        Assert.Equal(0, match.Key);
        Assert.Equal([DuplicateKey.Name], match.Value);
        Assert.Single(index.Matches(Keys("Boulangerie Dupont S.A.R.L.")));
    }

    [Fact]
    public void The_same_name_in_another_post_code_is_another_customer()
    {
        var index = Index(Keys("Boulangerie Dupont", "75001"));
        Assert.Empty(index.Matches(Keys("Boulangerie Dupont", "69001")));
    }

    [Fact]
    public void Two_establishments_of_one_company_are_not_duplicates_but_the_company_without_siret_is()
    {
        var index = Index(Keys("Acme Paris", "75001", siren: "552081317", siret: "55208131700011", vat: "FR03552081317"));
        Assert.Empty(index.Matches(Keys("Acme Lyon", "69001", siren: "552081317", siret: "55208131700029", vat: "FR03552081317")));
        Assert.Equal([DuplicateKey.Siren, DuplicateKey.VatNumber],
            Assert.Single(index.Matches(Keys("Acme", "69001", siren: "552081317", vat: "FR03552081317"))).Value);
        Assert.Equal([DuplicateKey.Siret, DuplicateKey.Siren],
            Assert.Single(index.Matches(Keys("Other name", "13001", siren: "552081317", siret: "55208131700011"))).Value);
    }

    [Fact]
    public void A_shared_iban_is_a_match()
    {
        var index = Index(Keys("A", ibans: "FR7630006000011234567890189"), Keys("B"));
        Assert.Equal([DuplicateKey.Iban], Assert.Single(index.Matches(Keys("C", ibans: "FR7630006000011234567890189"))).Value);
    }

    [Fact]
    public void An_indexed_item_does_not_match_itself_and_matches_are_capped()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => Keys("Dupont")).ToArray();
        var index = Index(keys);
        var matches = index.MatchesOf(keys[0], 0);
        Assert.DoesNotContain(0, matches.Keys);
        Assert.Equal(DuplicateIndex<int>.MaxMatchesPerKey, matches.Count);
    }

    [Fact]
    public void A_name_shared_by_many_rows_still_tells_post_codes_apart()
    {
        // Beyond a few items a bucket is indexed by post code: the rules must not change.
        var keys = Enumerable.Range(0, 50).Select(i => Keys("Particulier", (10000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(Keys("Particulier"))
            .ToArray();
        var index = Index(keys);
        Assert.Equal([50], index.MatchesOf(keys[7], 7).Keys);
        Assert.Equal([7, 50], index.Matches(keys[7]).Keys.Order());
        Assert.Equal([50], index.Matches(Keys("PARTICULIER", "99999")).Keys);
        Assert.Equal(DuplicateIndex<int>.MaxMatchesPerKey, index.MatchesOf(keys[50], 50).Count);
        Assert.Empty(index.Matches(Keys("Autre", "10007")));
    }
}
