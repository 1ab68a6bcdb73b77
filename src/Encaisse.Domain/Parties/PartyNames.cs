using System.Collections.Frozen;
using System.Text;

namespace Encaisse.Domain.Parties;

/// <summary>Name handling for duplicate detection when customers and suppliers are imported.</summary>
public static class PartyNames
{
    // Legal forms (French first, then other European ones) and the words French names prefix them with
    // ("Ets", "Sté"). They say nothing about who the company is, and people write them inconsistently.
    private static readonly FrozenSet<string> NoiseWords = """
        SA SAS SASU SARL SARLU EURL SNC SCS SCA SC SCI SCP SCM SCOP SCIC SEL SELARL SELAS SELAFA SELCA SELEURL
        SEM SAEM SPL GIE GAEC EARL EI EIRL ETS ETABLISSEMENT ETABLISSEMENTS STE CIE CO
        GMBH MBH AG KG KGAA OHG UG GBR LTD LIMITED PLC LLP LLC INC CORP SPA SRL SRLS SAPA SL SLU SLL SAU LDA
        BV NV VOF BVBA SPRL SCRL CVBA AB AS ASA APS OY OYJ SRO KFT ZRT NYRT DOO SPZOO SE SCE
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    // Upper-case letters with diacritics and ligatures of the Latin alphabets used in Europe, with their plain
    // form. Written out because string normalisation is unavailable under InvariantGlobalization.
    private static readonly FrozenDictionary<char, string> Folding = BuildFolding();

    /// <summary>
    /// Reduces a company name to what identifies it, so that spelling variants compare equal: upper case,
    /// accents removed (Société → SOCIETE), punctuation removed, spaced initials joined (S.A.R.L. → SARL), legal
    /// forms and words such as ETS or STE dropped, single spaces. "Boulangerie Dupont S.A.R.L." and
    /// "BOULANGERIE  DUPONT" both give "BOULANGERIE DUPONT". A name made only of such words is kept as is.
    /// </summary>
    public static string NormalizeForMatching(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var tokens = JoinInitials(Tokenize(Fold(name.ToUpperInvariant())));
        var kept = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            // "sp. z o.o." (Polish limited company) arrives as SP + ZOO once initials are joined.
            if (tokens[i] == "SP" && i + 1 < tokens.Count && tokens[i + 1] == "ZOO")
            {
                i++;
                continue;
            }

            if (!NoiseWords.Contains(tokens[i]))
            {
                kept.Add(tokens[i]);
            }
        }

        return string.Join(' ', kept.Count > 0 ? kept : tokens);
    }

    private static string Fold(string upper)
    {
        var builder = new StringBuilder(upper.Length);
        foreach (var c in upper)
        {
            if (Folding.TryGetValue(c, out var plain))
            {
                builder.Append(plain);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    // Runs of one-letter tokens are initials or a dotted abbreviation: S.A.R.L. → S A R L → SARL.
    private static List<string> JoinInitials(List<string> tokens)
    {
        var joined = new List<string>(tokens.Count);
        var run = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Length == 1 && char.IsLetter(token[0]))
            {
                run.Append(token);
                continue;
            }

            if (run.Length > 0)
            {
                joined.Add(run.ToString());
                run.Clear();
            }

            joined.Add(token);
        }

        if (run.Length > 0)
        {
            joined.Add(run.ToString());
        }

        return joined;
    }

    private static FrozenDictionary<char, string> BuildFolding()
    {
        var map = new Dictionary<char, string>();
        void Add(string letters, string plain)
        {
            foreach (var letter in letters)
            {
                map[letter] = plain;
            }
        }

        Add("ÀÁÂÃÄÅĀĂĄ", "A");
        Add("Æ", "AE");
        Add("ÇĆĈĊČ", "C");
        Add("ÐĎĐ", "D");
        Add("ÈÉÊËĒĔĖĘĚ", "E");
        Add("ĜĞĠĢ", "G");
        Add("ĤĦ", "H");
        Add("ÌÍÎÏĨĪĬĮİ", "I");
        Add("Ĳ", "IJ");
        Add("Ĵ", "J");
        Add("Ķĸ", "K");
        Add("ĹĻĽĿŁ", "L");
        Add("ÑŃŅŇŉŊ", "N");
        Add("ÒÓÔÕÖØŌŎŐ", "O");
        Add("Œ", "OE");
        Add("ŔŖŘ", "R");
        Add("ŚŜŞŠȘſ", "S");
        Add("ß", "SS");
        Add("ŢŤŦȚ", "T");
        Add("Þ", "TH");
        Add("ÙÚÛÜŨŪŬŮŰŲ", "U");
        Add("Ŵ", "W");
        Add("ÝŶŸ", "Y");
        Add("ŹŻŽ", "Z");
        return map.ToFrozenDictionary();
    }
}
