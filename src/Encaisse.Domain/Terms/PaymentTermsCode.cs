using System.Globalization;
using System.Text.RegularExpressions;
using Encaisse.Domain.Common;
using Encaisse.Domain.Money;

namespace Encaisse.Domain.Terms;

/// <summary>
/// A one-line code for payment terms, to store them in a column and type them on the command line:
/// <c>RECEIPT</c>, <c>NET30</c>, <c>45EOM</c> (days then end of month), <c>EOM+45</c> (end of month then days),
/// <c>ON2026-03-31</c>; instalments joined by ';' as share@term with share <c>30%</c>, <c>500.00EUR</c> or
/// <c>BAL</c> (<c>30%@RECEIPT;BAL@NET30</c>); an early-payment discount after a space (<c>NET30 DISC2%10</c>).
/// </summary>
internal static partial class PaymentTermsCode
{
    private const string Help =
        "use RECEIPT, NET30, 45EOM, EOM+45, ON2026-03-31, or instalments such as 30%@RECEIPT;BAL@NET30, optionally followed by a discount such as DISC2%10";

    public static string Format(PaymentTerms terms)
    {
        var body = terms switch
        {
            PaymentTerms.InstalmentSchedule schedule => string.Join(';', schedule.Parts.Select(p => FormatShare(p.Share) + "@" + FormatSimple(p.Terms))),
            _ => FormatSimple(terms),
        };
        return terms.EarlyPaymentDiscount is { } discount
            ? FormattableString.Invariant($"{body} DISC{discount.Percent:0.##}%{discount.WithinDays}")
            : body;
    }

    public static ParseResult<PaymentTerms> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<PaymentTerms>.Fail("The payment terms are missing: " + Help + ".");
        }

        var tokens = text.Trim().ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > 2)
        {
            return Fail(text);
        }

        try
        {
            EarlyPaymentDiscount? discount = null;
            if (tokens.Length == 2)
            {
                var match = DiscountPattern().Match(tokens[1]);
                if (!match.Success)
                {
                    return Fail(text);
                }

                discount = new EarlyPaymentDiscount(Decimal(match.Groups[1].Value), Int(match.Groups[2].Value));
            }

            var terms = tokens[0].Contains(';', StringComparison.Ordinal) ? ParseSchedule(tokens[0]) : ParseSimple(tokens[0]);
            return terms is null
                ? Fail(text)
                : ParseResult<PaymentTerms>.Ok(terms with { EarlyPaymentDiscount = discount });
        }
        catch (ArgumentException e)
        {
            // Well-formed but inconsistent (percentages not adding up to 100, a discount of 100 %…).
            return ParseResult<PaymentTerms>.Fail($"'{text}' are not valid payment terms: {FirstSentence(e.Message)}");
        }
    }

    private static PaymentTerms.InstalmentSchedule? ParseSchedule(string text)
    {
        var parts = new List<InstalmentPart>();
        foreach (var item in text.Split(';'))
        {
            var at = item.Split('@');
            if (at.Length != 2)
            {
                return null;
            }

            var share = ParseShare(at[0]);
            var term = ParseSimple(at[1]);
            if (share is null || term is null)
            {
                return null;
            }

            parts.Add(new InstalmentPart(share, term));
        }

        return new PaymentTerms.InstalmentSchedule(parts);
    }

    private static PaymentTerms? ParseSimple(string text)
    {
        var match = SimplePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["net"].Success)
        {
            return new PaymentTerms.NetDays(Int(match.Groups["net"].Value));
        }

        if (match.Groups["daysEom"].Success)
        {
            return new PaymentTerms.EndOfMonth(Int(match.Groups["daysEom"].Value), EndOfMonthOrder.DaysThenEndOfMonth);
        }

        if (match.Groups["eomDays"].Success)
        {
            return new PaymentTerms.EndOfMonth(Int(match.Groups["eomDays"].Value), EndOfMonthOrder.EndOfMonthThenDays);
        }

        if (match.Groups["on"].Success)
        {
            return DateOnly.TryParseExact(match.Groups["on"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new PaymentTerms.FixedDate(date)
                : null;
        }

        return text == "EOM" ? new PaymentTerms.EndOfMonth(0, EndOfMonthOrder.DaysThenEndOfMonth) : PaymentTerms.OnReceipt;
    }

    private static InstalmentShare? ParseShare(string text)
    {
        var match = SharePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["percent"].Success)
        {
            return InstalmentShare.Percentage(Decimal(match.Groups["percent"].Value));
        }

        if (match.Groups["amount"].Success)
        {
            var currency = CurrencyCode.Parse(match.Groups["currency"].Value);
            return currency.Success ? InstalmentShare.FixedAmount(new Money.Money(Decimal(match.Groups["amount"].Value), currency.Value)) : null;
        }

        return InstalmentShare.Balance;
    }

    private static string FormatSimple(PaymentTerms terms) => terms switch
    {
        PaymentTerms.NetDays { Days: 0 } => "RECEIPT",
        PaymentTerms.NetDays net => FormattableString.Invariant($"NET{net.Days}"),
        PaymentTerms.EndOfMonth { Order: EndOfMonthOrder.DaysThenEndOfMonth } eom => FormattableString.Invariant($"{eom.DaysAfter}EOM"),
        PaymentTerms.EndOfMonth eom => FormattableString.Invariant($"EOM+{eom.DaysAfter}"),
        PaymentTerms.FixedDate fixedDate => "ON" + fixedDate.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException("An instalment schedule cannot be nested.", nameof(terms)),
    };

    private static string FormatShare(InstalmentShare share) => share.Kind switch
    {
        InstalmentShareKind.Percentage => FormattableString.Invariant($"{share.Percent!.Value:0.##}%"),
        InstalmentShareKind.FixedAmount => FormattableString.Invariant($"{share.Amount!.Value.Amount:0.00}{share.Amount.Value.Currency.Code}"),
        _ => "BAL",
    };

    private static ParseResult<PaymentTerms> Fail(string text) => ParseResult<PaymentTerms>.Fail($"'{text}' are not payment terms: {Help}.");

    private static string FirstSentence(string message)
    {
        // ArgumentException appends " (Parameter 'x')"; the clerk needs only the reason.
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static decimal Decimal(string digits) => decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:RECEIPT|NET(?<net>\d{1,4})|(?<daysEom>\d{1,4})EOM|EOM|EOM\+(?<eomDays>\d{1,4})|ON(?<on>\d{4}-\d{2}-\d{2}))$")]
    private static partial Regex SimplePattern();

    [GeneratedRegex(@"^DISC(\d{1,2}(?:\.\d{1,2})?)%(\d{1,4})$")]
    private static partial Regex DiscountPattern();

    [GeneratedRegex(@"^(?:(?<percent>\d{1,3}(?:\.\d{1,2})?)%|(?<amount>\d{1,15}(?:\.\d{1,2})?)(?<currency>[A-Z]{3})|BAL)$")]
    private static partial Regex SharePattern();
}
