using System.Globalization;
using Encaisse.Domain.Identifiers;

namespace Encaisse.Billing.Demo;

/// <summary>
/// National numbers the demo invents with their real check digits, so that any validator (ours today, VIES
/// format checks or a bank tomorrow) finds them well-formed. Only what the domain does not already build.
/// </summary>
internal static class DemoIdentifiers
{
    /// <summary>
    /// A French IBAN from a RIB: bank code (5 digits), branch code (5 digits), account number (11 digits) and
    /// the RIB key, 97 − ((89 × bank + 15 × branch + 3 × account) mod 97).
    /// </summary>
    public static Iban FrenchIban(string bankCode, string branchCode, string accountNumber)
    {
        var bank = long.Parse(bankCode, CultureInfo.InvariantCulture);
        var branch = long.Parse(branchCode, CultureInfo.InvariantCulture);
        var account = long.Parse(accountNumber, CultureInfo.InvariantCulture);
        var key = 97 - ((89 * bank % 97 + 15 * branch % 97 + 3 * (account % 97)) % 97);
        var bban = bankCode + branchCode + accountNumber + key.ToString("00", CultureInfo.InvariantCulture);
        return Iban.FromBban("FR", bban).Value;
    }

    /// <summary>A Belgian enterprise number (10 digits, starting with 0): the last two are 97 − (first eight mod 97).</summary>
    public static string BelgianEnterpriseNumber(string sevenDigits)
    {
        var body = "0" + sevenDigits;
        var check = 97 - (int.Parse(body, CultureInfo.InvariantCulture) % 97);
        return body + check.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>A German VAT number (USt-IdNr.): DE, eight digits (the first not zero) and an ISO 7064 MOD 11,10 check digit.</summary>
    public static string GermanVatNumber(string eightDigits)
    {
        var product = 10;
        foreach (var c in eightDigits)
        {
            var sum = (c - '0' + product) % 10;
            if (sum == 0)
            {
                sum = 10;
            }

            product = 2 * sum % 11;
        }

        var check = 11 - product;
        return "DE" + eightDigits + (check == 10 ? 0 : check).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A Spanish company VAT number: ES and the CIF, a letter for the legal form (B: sociedad limitada, A: sociedad
    /// anónima), seven digits and the control digit (10 − (even digits + digit sums of doubled odd digits) mod 10).
    /// </summary>
    public static string SpanishVatNumber(char legalFormLetter, string sevenDigits)
    {
        var total = 0;
        for (var i = 0; i < sevenDigits.Length; i++)
        {
            var digit = sevenDigits[i] - '0';
            if (i % 2 == 0)
            {
                var doubled = 2 * digit;
                total += doubled / 10 + doubled % 10;
            }
            else
            {
                total += digit;
            }
        }

        var control = (10 - total % 10) % 10;
        return "ES" + legalFormLetter + sevenDigits + control.ToString(CultureInfo.InvariantCulture);
    }
}
