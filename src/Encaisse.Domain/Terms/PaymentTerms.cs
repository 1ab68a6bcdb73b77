using System.Collections.Immutable;
using Encaisse.Domain.Common;
using Encaisse.Domain.Money;

namespace Encaisse.Domain.Terms;

/// <summary>
/// Payment terms agreed with a customer: when an invoice falls due (BT-9), how it is split into instalments,
/// and the text printed on the invoice (BT-20). One of <see cref="NetDays"/>, <see cref="EndOfMonth"/>,
/// <see cref="FixedDate"/> or <see cref="InstalmentSchedule"/>, each with an optional early-payment discount.
/// </summary>
public abstract record PaymentTerms
{
    private protected PaymentTerms()
    {
    }

    /// <summary>Payment on receipt of the invoice ("paiement à réception"): net 0 days.</summary>
    public static NetDays OnReceipt { get; } = new(0);

    /// <summary>Optional discount for paying early; null means none (which French invoices must also state).</summary>
    public EarlyPaymentDiscount? EarlyPaymentDiscount { get; init; }

    /// <summary>
    /// Reads the one-line code of <see cref="ToCode"/>: <c>RECEIPT</c>, <c>NET30</c>, <c>45EOM</c>, <c>EOM+45</c>,
    /// <c>ON2026-03-31</c>, <c>30%@RECEIPT;BAL@NET30</c>, each optionally followed by a discount <c>DISC2%10</c>.
    /// </summary>
    public static ParseResult<PaymentTerms> Parse(string? text) => PaymentTermsCode.Parse(text);

    /// <summary>The one-line code of these terms, for storage and the command line; <see cref="Parse"/> reads it back.</summary>
    public string ToCode() => PaymentTermsCode.Format(this);

    /// <summary>BT-9 Payment due date of an invoice issued on <paramref name="issueDate"/>; for a schedule, its earliest instalment.</summary>
    public abstract DateOnly DueDate(DateOnly issueDate);

    /// <summary>
    /// The instalments of an invoice of <paramref name="amountDue"/> (BT-115, two decimals); their amounts sum
    /// exactly to it. Simple terms give one instalment.
    /// </summary>
    public virtual IReadOnlyList<Instalment> Schedule(DateOnly issueDate, decimal amountDue)
    {
        EnsureTwoDecimals(amountDue);
        return [new Instalment(DueDate(issueDate), amountDue)];
    }

    /// <summary>BT-20 Payment terms as a French or English customer reads them: "Paiement à 30 jours fin de mois".</summary>
    public virtual string Describe(string language)
    {
        var french = TextLanguage.IsFrench(language);
        return (french ? "Paiement " : "Payment due ") + DescribeDue(french) + DescribeDiscount(french);
    }

    /// <summary>When it is due, without a verb: "à 30 jours fin de mois", "30 days end of month".</summary>
    internal abstract string DescribeDue(bool french);

    private protected string DescribeDiscount(bool french) =>
        EarlyPaymentDiscount is null ? "" : (french ? " ; " : "; ") + EarlyPaymentDiscount.Describe(french ? "fr" : "en");

    private protected static void EnsureTwoDecimals(decimal amountDue)
    {
        if (!Amounts.HasAtMostTwoDecimals(amountDue))
        {
            throw new ArgumentException($"The amount due {amountDue} has more than two decimals.", nameof(amountDue));
        }
    }

    private static DateOnly EndOfMonthOf(DateOnly date) =>
        new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    /// <summary>Due a number of days after the invoice date; 0 is "on receipt".</summary>
    public sealed record NetDays : PaymentTerms
    {
        public NetDays(int days)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(days);
            Days = days;
        }

        public int Days { get; }

        public override DateOnly DueDate(DateOnly issueDate) => issueDate.AddDays(Days);

        internal override string DescribeDue(bool french) => Days == 0
            ? (french ? "à réception" : "on receipt")
            : (french ? $"à {TextLanguage.Days(Days, true)} date de facture" : $"{TextLanguage.Days(Days, false)} from invoice date");
    }

    /// <summary>"N jours fin de mois": days and end of month, in the order the tenant chose.</summary>
    public sealed record EndOfMonth : PaymentTerms
    {
        public EndOfMonth(int daysAfter, EndOfMonthOrder order)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(daysAfter);
            if (!Enum.IsDefined(order))
            {
                throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown end-of-month order.");
            }

            DaysAfter = daysAfter;
            Order = order;
        }

        public int DaysAfter { get; }

        public EndOfMonthOrder Order { get; }

        public override DateOnly DueDate(DateOnly issueDate) => Order == EndOfMonthOrder.DaysThenEndOfMonth
            ? EndOfMonthOf(issueDate.AddDays(DaysAfter))
            : EndOfMonthOf(issueDate).AddDays(DaysAfter);

        internal override string DescribeDue(bool french)
        {
            if (DaysAfter == 0)
            {
                return french ? "fin de mois" : "end of month";
            }

            var days = TextLanguage.Days(DaysAfter, french);
            return (Order, french) switch
            {
                (EndOfMonthOrder.DaysThenEndOfMonth, true) => $"à {days} fin de mois",
                (EndOfMonthOrder.DaysThenEndOfMonth, false) => $"{days} end of month",
                (_, true) => $"fin de mois + {days}",
                (_, false) => $"end of month + {days}",
            };
        }
    }

    /// <summary>Due on an agreed calendar date, whatever the invoice date.</summary>
    public sealed record FixedDate(DateOnly Date) : PaymentTerms
    {
        public override DateOnly DueDate(DateOnly issueDate) => Date;

        internal override string DescribeDue(bool french) => (french ? "le " : "on ") + TextLanguage.Date(Date, french);
    }

    /// <summary>
    /// Several instalments, each a share of the amount due on its own term from the invoice date. Only
    /// percentages: they add up to 100. With fixed amounts: the last part is the balance.
    /// </summary>
    public sealed record InstalmentSchedule : PaymentTerms
    {
        public InstalmentSchedule(IEnumerable<InstalmentPart> parts)
        {
            ArgumentNullException.ThrowIfNull(parts);
            var list = parts.ToImmutableArray();
            var error = Validate(list);
            if (error is not null)
            {
                throw new ArgumentException(error, nameof(parts));
            }

            Parts = list;
        }

        public ImmutableArray<InstalmentPart> Parts { get; }

        public override DateOnly DueDate(DateOnly issueDate) => Parts.Min(p => p.Terms.DueDate(issueDate));

        /// <summary>
        /// Amounts are the differences of rounded running totals, so each is within a cent of its exact share,
        /// none goes negative, and the last one takes the remainder: the sum is exactly the amount due.
        /// </summary>
        public override IReadOnlyList<Instalment> Schedule(DateOnly issueDate, decimal amountDue)
        {
            EnsureTwoDecimals(amountDue);
            var fixedTotal = Parts.Where(p => p.Share.Kind == InstalmentShareKind.FixedAmount).Sum(p => p.Share.Amount!.Value.Amount);
            if (fixedTotal > 0m && fixedTotal > amountDue)
            {
                throw new ArgumentException(
                    $"The fixed instalments total {fixedTotal:0.00}, more than the amount due {amountDue:0.00}.", nameof(amountDue));
            }

            var result = new Instalment[Parts.Length];
            var exactRunning = 0m;
            var roundedBefore = 0m;
            for (var i = 0; i < Parts.Length; i++)
            {
                var part = Parts[i];
                decimal roundedRunning;
                if (i == Parts.Length - 1)
                {
                    roundedRunning = amountDue;
                }
                else
                {
                    exactRunning += part.Share.Kind == InstalmentShareKind.FixedAmount
                        ? part.Share.Amount!.Value.Amount
                        : amountDue * part.Share.Percent!.Value / 100m;
                    roundedRunning = Amounts.Round(exactRunning);
                }

                result[i] = new Instalment(part.Terms.DueDate(issueDate), roundedRunning - roundedBefore);
                roundedBefore = roundedRunning;
            }

            return result;
        }

        public override string Describe(string language)
        {
            var french = TextLanguage.IsFrench(language);
            var parts = string.Join(", ", Parts.Select(p => DescribePart(p, french)));
            var head = french ? $"Paiement en {Parts.Length} échéances : " : $"Payment in {Parts.Length} instalments: ";
            return head + parts + DescribeDiscount(french);
        }

        internal override string DescribeDue(bool french) => Describe(french ? "fr" : "en");

        public bool Equals(InstalmentSchedule? other) =>
            other is not null && base.Equals(other) && Parts.SequenceEqual(other.Parts);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(base.GetHashCode());
            foreach (var part in Parts)
            {
                hash.Add(part);
            }

            return hash.ToHashCode();
        }

        private static string DescribePart(InstalmentPart part, bool french)
        {
            var share = part.Share.Kind switch
            {
                InstalmentShareKind.Percentage => TextLanguage.Percent(part.Share.Percent!.Value, french),
                InstalmentShareKind.FixedAmount => TextLanguage.Amount(part.Share.Amount!.Value, french),
                _ => french ? "solde" : "balance",
            };
            return french ? $"{share} {part.Terms.DescribeDue(true)}" : $"{share} due {part.Terms.DescribeDue(false)}";
        }

        private static string? Validate(ImmutableArray<InstalmentPart> parts)
        {
            if (parts.Length < 2)
            {
                return "An instalment schedule has at least two instalments; use simple payment terms otherwise.";
            }

            if (parts.Any(p => p is null))
            {
                return "An instalment schedule cannot contain an empty instalment.";
            }

            if (parts[..^1].Any(p => p.Share.Kind == InstalmentShareKind.Balance))
            {
                return "Only the last instalment can be the balance.";
            }

            var currencies = parts.Where(p => p.Share.Kind == InstalmentShareKind.FixedAmount)
                .Select(p => p.Share.Amount!.Value.Currency).Distinct().Count();
            if (currencies > 1)
            {
                return "The fixed instalments of a schedule must be in one currency.";
            }

            var percentTotal = parts.Where(p => p.Share.Kind == InstalmentShareKind.Percentage).Sum(p => p.Share.Percent!.Value);
            if (parts[^1].Share.Kind == InstalmentShareKind.Balance)
            {
                return percentTotal < 100m
                    ? null
                    : $"The percentages before the balance already reach {percentTotal} %: nothing is left for the balance.";
            }

            if (parts.Any(p => p.Share.Kind == InstalmentShareKind.FixedAmount))
            {
                return "A schedule with fixed amounts must end with the balance.";
            }

            return percentTotal == 100m ? null : $"The instalment percentages add up to {percentTotal} %, not 100 %.";
        }
    }
}
