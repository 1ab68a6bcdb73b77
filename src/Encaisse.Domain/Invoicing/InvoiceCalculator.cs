using Encaisse.Domain.Money;

namespace Encaisse.Domain.Invoicing;

/// <summary>The amounts computed for a draft: what <see cref="InvoiceDraft.Issue"/> puts on the invoice.</summary>
public sealed record InvoiceCalculation
{
    /// <summary>BG-25 lines with their net amounts (BT-131) and resolved allowances and charges.</summary>
    public required IReadOnlyList<InvoiceLine> Lines { get; init; }

    /// <summary>BG-20 document allowances with their amounts.</summary>
    public required IReadOnlyList<DocumentAllowanceCharge> Allowances { get; init; }

    /// <summary>BG-21 document charges with their amounts.</summary>
    public required IReadOnlyList<DocumentAllowanceCharge> Charges { get; init; }

    /// <summary>BG-23 VAT breakdown, one entry per VAT treatment, in order of first use (lines, allowances, charges).</summary>
    public required IReadOnlyList<VatBreakdown> VatBreakdown { get; init; }

    /// <summary>BG-22 document totals.</summary>
    public required DocumentTotals Totals { get; init; }
}

/// <summary>
/// A difference between an amount an invoice states and the amount the EN 16931 calculation gives from the
/// invoice's own stated inputs.
/// </summary>
/// <param name="Path">Where, as BG/BT terms with 1-based positions: "BG-25[2]/BT-131", "BG-23[1]/BT-117", "BG-22/BT-115".</param>
/// <param name="Stated">What the invoice says; null when it omits an amount the calculation expects.</param>
/// <param name="Expected">What the calculation gives.</param>
public sealed record AmountDiscrepancy(string Path, decimal? Stated, decimal Expected);

/// <summary>
/// The EN 16931 calculation, pure and deterministic. Every amount it produces has two decimals at most, rounded
/// half away from zero (<see cref="Amounts.Round(decimal)"/>); sums of such amounts are exact.
/// <list type="bullet">
/// <item>BT-131 = round(BT-129 × BT-146 ÷ BT-149) + Σ line charges (BT-141) − Σ line allowances (BT-136).</item>
/// <item>A percentage allowance or charge = round(base × percentage ÷ 100) (BT-92 from BT-93/BT-94, BT-136 from BT-137/BT-138, ...).</item>
/// <item>Per VAT category and rate: BT-116 = Σ BT-131 + Σ BT-99 − Σ BT-92; BT-117 = round(BT-116 × BT-119 ÷ 100),
/// zero for the categories without VAT (Z, E, AE, K, G, O).</item>
/// <item>BT-106 = Σ BT-131; BT-107 = Σ BT-92; BT-108 = Σ BT-99; BT-109 = BT-106 − BT-107 + BT-108;
/// BT-110 = Σ BT-117; BT-112 = BT-109 + BT-110; BT-115 = BT-112 − BT-113 + BT-114.</item>
/// </list>
/// </summary>
public static class InvoiceCalculator
{
    public static InvoiceCalculation Calculate(InvoiceDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);

        var lines = new InvoiceLine[draft.Lines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = CalculateLine(draft.Lines[i], i);
        }

        var allowances = ResolveDocumentLevel(draft.Allowances, lines);
        var charges = ResolveDocumentLevel(draft.Charges, lines);
        var breakdown = Breakdown(lines, allowances, charges, draft.VatExemptions);
        var totals = Totals(lines, allowances, charges, breakdown, draft.PaidAmount, draft.RoundingAmount,
            draft.VatAccountingCurrency is null ? null : draft.VatAccountingExchangeRate);

        return new InvoiceCalculation
        {
            Lines = ValueList<InvoiceLine>.Wrap(lines),
            Allowances = ValueList<DocumentAllowanceCharge>.Wrap(allowances),
            Charges = ValueList<DocumentAllowanceCharge>.Wrap(charges),
            VatBreakdown = ValueList<VatBreakdown>.Wrap(breakdown),
            Totals = totals,
        };
    }

    /// <summary>round(quantity × net price ÷ base quantity): the line amount before line allowances and charges.</summary>
    public static decimal PriceAmount(decimal quantity, PriceDetails price)
    {
        ArgumentNullException.ThrowIfNull(price);
        return Amounts.Round(quantity * price.NetPrice / (price.BaseQuantity ?? 1m));
    }

    /// <summary>round(base × percentage ÷ 100).</summary>
    public static decimal PercentageAmount(decimal baseAmount, decimal percentage) => Amounts.Round(baseAmount * percentage / 100m);

    /// <summary>The VAT of a breakdown entry: round(taxable × rate ÷ 100), zero for categories without VAT.</summary>
    public static decimal TaxAmount(decimal taxableAmount, VatTreatment vat) =>
        vat.ChargesVat ? Amounts.Round(taxableAmount * (vat.Rate ?? 0m) / 100m) : 0m;

    /// <summary>
    /// Recalculates an invoice from its own stated inputs, step by step as the EN 16931 rules check it (each
    /// derived amount from the stated amounts it depends on), and lists where the stated amounts differ. An
    /// invoice issued by <see cref="InvoiceDraft.Issue"/> has none.
    /// </summary>
    public static IReadOnlyList<AmountDiscrepancy> FindDiscrepancies(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var found = new List<AmountDiscrepancy>();

        for (var i = 0; i < invoice.Lines.Count; i++)
        {
            var line = invoice.Lines[i];
            var path = $"BG-25[{i + 1}]";
            CheckPercentages(line.Allowances.Select(a => (a.Amount, a.BaseAmount, a.Percentage)), $"{path}/BG-27", "BT-136", found);
            CheckPercentages(line.Charges.Select(c => (c.Amount, c.BaseAmount, c.Percentage)), $"{path}/BG-28", "BT-141", found);
            var expectedNet = PriceAmount(line.Quantity, line.Price) + line.Charges.Sum(c => c.Amount) - line.Allowances.Sum(a => a.Amount);
            Compare($"{path}/BT-131", line.NetAmount, expectedNet, found);
        }

        CheckPercentages(invoice.Allowances.Select(a => (a.Amount, a.BaseAmount, a.Percentage)), "BG-20", "BT-92", found);
        CheckPercentages(invoice.Charges.Select(c => (c.Amount, c.BaseAmount, c.Percentage)), "BG-21", "BT-99", found);

        var expectedBreakdown = Breakdown(invoice.Lines, invoice.Allowances, invoice.Charges, []);
        for (var i = 0; i < invoice.VatBreakdown.Count; i++)
        {
            var stated = invoice.VatBreakdown[i];
            var path = $"BG-23[{i + 1}]";
            var expectedTaxable = expectedBreakdown.FirstOrDefault(e => e.Vat == stated.Vat)?.TaxableAmount ?? 0m;
            Compare($"{path}/BT-116", stated.TaxableAmount, expectedTaxable, found);
            Compare($"{path}/BT-117", stated.TaxAmount, TaxAmount(stated.TaxableAmount, stated.Vat), found);
        }

        foreach (var expected in expectedBreakdown)
        {
            if (!invoice.VatBreakdown.Any(b => b.Vat == expected.Vat))
            {
                found.Add(new AmountDiscrepancy($"BG-23({expected.Vat})/BT-116", null, expected.TaxableAmount));
            }
        }

        var totals = invoice.Totals;
        Compare("BG-22/BT-106", totals.SumOfLineNetAmounts, invoice.Lines.Sum(l => l.NetAmount), found);
        CompareOptionalSum("BG-22/BT-107", totals.SumOfAllowances, invoice.Allowances, found);
        CompareOptionalSum("BG-22/BT-108", totals.SumOfCharges, invoice.Charges, found);
        Compare("BG-22/BT-109", totals.TotalWithoutVat,
            totals.SumOfLineNetAmounts - (totals.SumOfAllowances ?? 0m) + (totals.SumOfCharges ?? 0m), found);
        Compare("BG-22/BT-110", totals.TotalVat, invoice.VatBreakdown.Sum(b => b.TaxAmount), found);
        Compare("BG-22/BT-112", totals.TotalWithVat, totals.TotalWithoutVat + totals.TotalVat, found);
        Compare("BG-22/BT-115", totals.AmountDueForPayment,
            totals.TotalWithVat - (totals.PaidAmount ?? 0m) + (totals.RoundingAmount ?? 0m), found);
        return found;
    }

    private static InvoiceLine CalculateLine(InvoiceLineDraft line, int index)
    {
        var priceAmount = PriceAmount(line.Quantity, line.Price);
        var allowances = ResolveLineLevel(line.Allowances, priceAmount);
        var charges = ResolveLineLevel(line.Charges, priceAmount);
        var net = priceAmount;
        foreach (var charge in charges)
        {
            net += charge.Amount;
        }

        foreach (var allowance in allowances)
        {
            net -= allowance.Amount;
        }

        return new InvoiceLine
        {
            Id = line.Id ?? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Note = line.Note,
            ObjectIdentifier = line.ObjectIdentifier,
            Quantity = line.Quantity,
            UnitCode = line.UnitCode,
            NetAmount = net,
            OrderLineReference = line.OrderLineReference,
            BuyerAccountingReference = line.BuyerAccountingReference,
            Period = line.Period,
            Allowances = ValueList<AllowanceCharge>.Wrap(allowances),
            Charges = ValueList<AllowanceCharge>.Wrap(charges),
            Price = line.Price,
            Vat = line.Vat,
            Item = line.Item,
        };
    }

    private static AllowanceCharge[] ResolveLineLevel(IReadOnlyList<AllowanceChargeDraft> drafts, decimal priceAmount)
    {
        var resolved = new AllowanceCharge[drafts.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            var draft = drafts[i];
            resolved[i] = draft.Amount is { } amount
                ? new AllowanceCharge { Amount = amount, Reason = draft.Reason, ReasonCode = draft.ReasonCode }
                : Percentage(draft.BaseAmount ?? priceAmount, draft.Percentage!.Value, draft.Reason, draft.ReasonCode);
        }

        return resolved;
    }

    private static AllowanceCharge Percentage(decimal baseAmount, decimal percentage, string? reason, string? reasonCode) => new()
    {
        Amount = PercentageAmount(baseAmount, percentage),
        BaseAmount = baseAmount,
        Percentage = percentage,
        Reason = reason,
        ReasonCode = reasonCode,
    };

    private static DocumentAllowanceCharge[] ResolveDocumentLevel(IReadOnlyList<DocumentAllowanceChargeDraft> drafts, InvoiceLine[] lines)
    {
        var resolved = new DocumentAllowanceCharge[drafts.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            var draft = drafts[i];
            if (draft.Amount is { } amount)
            {
                resolved[i] = new DocumentAllowanceCharge { Amount = amount, Vat = draft.Vat, Reason = draft.Reason, ReasonCode = draft.ReasonCode };
                continue;
            }

            var baseAmount = draft.BaseAmount ?? SumOfLines(lines, draft.Vat);
            resolved[i] = new DocumentAllowanceCharge
            {
                Amount = PercentageAmount(baseAmount, draft.Percentage!.Value),
                BaseAmount = baseAmount,
                Percentage = draft.Percentage,
                Vat = draft.Vat,
                Reason = draft.Reason,
                ReasonCode = draft.ReasonCode,
            };
        }

        return resolved;
    }

    private static decimal SumOfLines(InvoiceLine[] lines, VatTreatment vat)
    {
        var sum = 0m;
        foreach (var line in lines)
        {
            if (line.Vat == vat)
            {
                sum += line.NetAmount;
            }
        }

        return sum;
    }

    private static VatBreakdown[] Breakdown(
        IReadOnlyList<InvoiceLine> lines,
        IReadOnlyList<DocumentAllowanceCharge> allowances,
        IReadOnlyList<DocumentAllowanceCharge> charges,
        IReadOnlyList<VatExemption> exemptions)
    {
        // Few distinct treatments per invoice: a linear scan keeps the first-use order without a dictionary.
        var treatments = new List<VatTreatment>(4);
        var taxable = new List<decimal>(4);

        void Add(VatTreatment vat, decimal amount)
        {
            var index = treatments.IndexOf(vat);
            if (index < 0)
            {
                treatments.Add(vat);
                taxable.Add(amount);
            }
            else
            {
                taxable[index] += amount;
            }
        }

        foreach (var line in lines)
        {
            Add(line.Vat, line.NetAmount);
        }

        foreach (var allowance in allowances)
        {
            Add(allowance.Vat, -allowance.Amount);
        }

        foreach (var charge in charges)
        {
            Add(charge.Vat, charge.Amount);
        }

        var breakdown = new VatBreakdown[treatments.Count];
        for (var i = 0; i < breakdown.Length; i++)
        {
            var vat = treatments[i];
            var exemption = exemptions.FirstOrDefault(e => e.Category == vat.Category);
            breakdown[i] = new VatBreakdown
            {
                TaxableAmount = taxable[i],
                TaxAmount = TaxAmount(taxable[i], vat),
                Vat = vat,
                ExemptionReason = exemption?.Reason,
                ExemptionReasonCode = exemption is null ? VatExemption.DefaultCode(vat.Category) : exemption.ReasonCode,
            };
        }

        return breakdown;
    }

    private static DocumentTotals Totals(
        InvoiceLine[] lines,
        DocumentAllowanceCharge[] allowances,
        DocumentAllowanceCharge[] charges,
        VatBreakdown[] breakdown,
        decimal? paidAmount,
        decimal? roundingAmount,
        decimal? accountingExchangeRate)
    {
        var lineTotal = lines.Sum(l => l.NetAmount);
        decimal? allowanceTotal = allowances.Length == 0 ? null : allowances.Sum(a => a.Amount);
        decimal? chargeTotal = charges.Length == 0 ? null : charges.Sum(c => c.Amount);
        var withoutVat = lineTotal - (allowanceTotal ?? 0m) + (chargeTotal ?? 0m);
        var vat = breakdown.Sum(b => b.TaxAmount);
        var withVat = withoutVat + vat;
        return new DocumentTotals
        {
            SumOfLineNetAmounts = lineTotal,
            SumOfAllowances = allowanceTotal,
            SumOfCharges = chargeTotal,
            TotalWithoutVat = withoutVat,
            TotalVat = vat,
            TotalVatInAccountingCurrency = accountingExchangeRate is { } rate ? Amounts.Round(vat * rate) : null,
            TotalWithVat = withVat,
            PaidAmount = paidAmount,
            RoundingAmount = roundingAmount,
            AmountDueForPayment = withVat - (paidAmount ?? 0m) + (roundingAmount ?? 0m),
        };
    }

    private static void CheckPercentages(IEnumerable<(decimal Amount, decimal? BaseAmount, decimal? Percentage)> items, string path, string amountTerm, List<AmountDiscrepancy> found)
    {
        var position = 0;
        foreach (var (amount, baseAmount, percentage) in items)
        {
            position++;
            if (baseAmount is { } b && percentage is { } p)
            {
                Compare($"{path}[{position}]/{amountTerm}", amount, PercentageAmount(b, p), found);
            }
        }
    }

    private static void CompareOptionalSum(string path, decimal? stated, IReadOnlyList<DocumentAllowanceCharge> items, List<AmountDiscrepancy> found)
    {
        // BR-CO-11/12: the sum may be absent only when there is nothing to sum.
        if (stated is null && items.Count == 0)
        {
            return;
        }

        var expected = items.Sum(i => i.Amount);
        if (stated != expected)
        {
            found.Add(new AmountDiscrepancy(path, stated, expected));
        }
    }

    private static void Compare(string path, decimal stated, decimal expected, List<AmountDiscrepancy> found)
    {
        if (stated != expected)
        {
            found.Add(new AmountDiscrepancy(path, stated, expected));
        }
    }
}
