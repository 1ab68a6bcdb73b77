namespace Encaisse.Domain.Identifiers;

/// <summary>The check-digit algorithms the identifiers of this namespace rely on.</summary>
internal static class Checksums
{
    /// <summary>Luhn (mod 10) check over a string of digits, check digit included (SIREN, SIRET).</summary>
    public static bool IsLuhnValid(ReadOnlySpan<char> digits) => LuhnSum(digits, doubleFirstFromRight: false) % 10 == 0;

    /// <summary>The Luhn check digit to append to <paramref name="digits"/>.</summary>
    public static int LuhnCheckDigit(ReadOnlySpan<char> digits) =>
        (10 - (LuhnSum(digits, doubleFirstFromRight: true) % 10)) % 10;

    private static int LuhnSum(ReadOnlySpan<char> digits, bool doubleFirstFromRight)
    {
        var sum = 0;
        var doubleIt = doubleFirstFromRight;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var digit = digits[i] - '0';
            if (doubleIt)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return sum;
    }

    /// <summary>Plain sum of the digits (La Poste SIRETs use it instead of Luhn).</summary>
    public static int DigitSum(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        foreach (var c in digits)
        {
            sum += c - '0';
        }

        return sum;
    }

    /// <summary>
    /// GS1 mod-10 check digit over the digits before it (GLN, GTIN): weights 3 and 1 alternate from the right.
    /// </summary>
    public static int Gs1CheckDigit(ReadOnlySpan<char> digitsWithoutCheck)
    {
        var sum = 0;
        var weight = 3;
        for (var i = digitsWithoutCheck.Length - 1; i >= 0; i--)
        {
            sum += (digitsWithoutCheck[i] - '0') * weight;
            weight = 4 - weight;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>
    /// ISO 7064 MOD 97-10 remainder of an upper-case alphanumeric string, letters counting as 10 (A) to 35 (Z),
    /// as IBAN, ISO 11649 and SEPA creditor identifiers compute it. Works digit by digit: no big integers.
    /// </summary>
    public static int Mod97(ReadOnlySpan<char> text)
    {
        var remainder = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
        }

        return remainder;
    }

    /// <summary>The two ISO 7064 check digits (02 to 98) for <paramref name="text"/> with "00" already appended.</summary>
    public static string Mod97CheckDigits(ReadOnlySpan<char> textWithZeroCheck) =>
        (98 - Mod97(textWithZeroCheck)).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
