using System.Globalization;
using System.Numerics;
using System.Text;
using CsCheck;

namespace Encaisse.Domain.Tests.Identifiers;

/// <summary>
/// Builds valid identifiers for tests with check-digit maths written independently of the production code
/// (brute force over the check digit, big integers for mod 97), so the two implementations check each other.
/// </summary>
internal static class TestNumbers
{
    public static bool IsLuhnValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (digit * 2 / 10) + (digit * 2 % 10) : digit;
        }

        return sum % 10 == 0;
    }

    public static string WithLuhnDigit(string body) =>
        Enumerable.Range(0, 10).Select(d => body + d.ToString(CultureInfo.InvariantCulture)).First(IsLuhnValid);

    public static string Siren(int firstEight) => WithLuhnDigit(firstEight.ToString("D8", CultureInfo.InvariantCulture));

    public static string Siret(string siren, int establishment) =>
        WithLuhnDigit(siren + establishment.ToString("D4", CultureInfo.InvariantCulture));

    public static string FrenchVat(string siren) =>
        "FR" + ((12 + (3 * (long.Parse(siren, CultureInfo.InvariantCulture) % 97))) % 97).ToString("00", CultureInfo.InvariantCulture) + siren;

    public static int Mod97(string alphanumeric)
    {
        var digits = new StringBuilder();
        foreach (var c in alphanumeric)
        {
            digits.Append(char.IsAsciiDigit(c) ? (c - '0').ToString(CultureInfo.InvariantCulture) : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture));
        }

        return (int)(BigInteger.Parse(digits.ToString(), CultureInfo.InvariantCulture) % 97);
    }

    public static string Iban(string country, string bban) =>
        country + (98 - Mod97(bban + country + "00")).ToString("00", CultureInfo.InvariantCulture) + bban;

    public static string Gln(long firstTwelve)
    {
        var body = firstTwelve.ToString("D12", CultureInfo.InvariantCulture);
        return Enumerable.Range(0, 10).Select(d => body + d.ToString(CultureInfo.InvariantCulture))
            .First(candidate => candidate.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum() % 10 == 0);
    }

    /// <summary>Replaces the digit at <paramref name="position"/> by a different digit.</summary>
    public static string ChangeDigit(string value, int position, int delta)
    {
        var chars = value.ToCharArray();
        chars[position] = (char)('0' + ((chars[position] - '0' + delta) % 10));
        return new string(chars);
    }

    public static readonly Gen<string> Sirens = Gen.Int[0, 99_999_999].Select(Siren);

    /// <summary>SIRETs outside La Poste, whose numbers follow a different rule.</summary>
    public static readonly Gen<string> Sirets = Gen.Select(Sirens, Gen.Int[0, 9_999])
        .Where(pair => pair.Item1 != "356000000")
        .Select(pair => Siret(pair.Item1, pair.Item2));

    public static readonly Gen<string> Glns = Gen.Long[0, 999_999_999_999L].Select(Gln);

    public static readonly Gen<int> Deltas = Gen.Int[1, 9];
}
