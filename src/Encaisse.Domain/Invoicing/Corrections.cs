using Encaisse.Domain.Money;

namespace Encaisse.Domain.Invoicing;

/// <summary>One line of an original invoice to credit, with the quantity to credit.</summary>
/// <param name="LineId">The original line's BT-126.</param>
/// <param name="Quantity">How much of its quantity to credit: same sign as the original, not more than it.</param>
public sealed record CreditedLine(string LineId, decimal Quantity);

/// <summary>
/// Drafts that correct an issued invoice, which itself never changes: a credit note (full or partial) or a
/// corrective invoice, each referencing the original in BG-3 (BT-25 number, BT-26 date).
/// <para>
/// The drafts copy the original's parties, references, notes and payment instructions, drop its due date, payment
/// schedule, paid and rounding amounts (they belong to the original's settlement), and keep the VAT accounting
/// currency but not its exchange rate, which the invoice does not store: set it again when BT-6 is used. A credit
/// note with an amount due needs a due date or payment terms (BR-CO-25): the original's BT-20 is kept, the clerk
/// supplies them otherwise.
/// Credit notes carry positive quantities and amounts; their type says they credit.
/// </para>
/// </summary>
public static class Corrections
{
    /// <summary>A credit note for the whole original invoice.</summary>
    public static InvoiceDraft CreditNoteFor(Invoice original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return Correction(original, CreditNoteType(original.TypeCode)) with
        {
            Lines = original.Lines.Select(l => ToDraft(l, l.Quantity)).ToArray(),
            Allowances = original.Allowances.Select(ToDraft).ToArray(),
            Charges = original.Charges.Select(ToDraft).ToArray(),
        };
    }

    /// <summary>
    /// A credit note for some lines, each for some of its quantity. Line allowances and charges given as amounts
    /// and document allowances and charges are credited in proportion (per VAT treatment, to the cent), so a
    /// discount the buyer had is not credited back at full price.
    /// </summary>
    public static InvoiceDraft CreditNoteFor(Invoice original, IEnumerable<CreditedLine> lines)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(lines);

        var credited = new List<InvoiceLineDraft>();
        foreach (var request in lines)
        {
            var line = original.Lines.FirstOrDefault(l => l.Id == request.LineId)
                ?? throw new ArgumentException($"Invoice {original.Number} has no line '{request.LineId}'.", nameof(lines));
            if (request.Quantity == 0m || Math.Sign(request.Quantity) != Math.Sign(line.Quantity) || Math.Abs(request.Quantity) > Math.Abs(line.Quantity))
            {
                throw new ArgumentOutOfRangeException(nameof(lines), request.Quantity,
                    $"Line '{line.Id}' of invoice {original.Number} has quantity {line.Quantity}; the credited quantity must be between zero (excluded) and it.");
            }

            credited.Add(ToDraft(line, request.Quantity));
        }

        if (credited.Count == 0)
        {
            throw new ArgumentException("Choose at least one line to credit.", nameof(lines));
        }

        var creditNote = Correction(original, CreditNoteType(original.TypeCode)) with { Lines = credited };
        var originalNet = NetByVat(original.Lines);
        var creditedNet = NetByVat(creditNote.Calculate().Lines);
        return creditNote with
        {
            Allowances = Prorate(original.Allowances, originalNet, creditedNet),
            Charges = Prorate(original.Charges, originalNet, creditedNet),
        };
    }

    /// <summary>
    /// A credit note for an amount without VAT in one of the original's VAT treatments (a commercial gesture, a
    /// price dispute): one line of quantity 1 described by <paramref name="description"/>.
    /// </summary>
    public static InvoiceDraft CreditNoteFor(Invoice original, decimal amountWithoutVat, VatTreatment vat, string description)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        var entry = original.VatBreakdown.FirstOrDefault(b => b.Vat == vat)
            ?? throw new ArgumentException($"Invoice {original.Number} has no VAT at {vat}.", nameof(vat));
        if (amountWithoutVat <= 0m || amountWithoutVat > entry.TaxableAmount || !Amounts.HasAtMostTwoDecimals(amountWithoutVat))
        {
            throw new ArgumentOutOfRangeException(nameof(amountWithoutVat), amountWithoutVat,
                $"The amount to credit must be positive, in cents, and at most {entry.TaxableAmount} (the amount invoiced at {vat}).");
        }

        return Correction(original, CreditNoteType(original.TypeCode)) with
        {
            Lines = [InvoiceLineDraft.Create(description, 1m, amountWithoutVat, vat)],
        };
    }

    /// <summary>
    /// A corrective invoice (384, "annule et remplace") with the original's full content, for the clerk to correct
    /// before issuing.
    /// </summary>
    public static InvoiceDraft CorrectiveInvoiceFor(Invoice original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return Correction(original, InvoiceTypeCode.CorrectedInvoice) with
        {
            Lines = original.Lines.Select(l => ToDraft(l, l.Quantity)).ToArray(),
            Allowances = original.Allowances.Select(ToDraft).ToArray(),
            Charges = original.Charges.Select(ToDraft).ToArray(),
        };
    }

    // The credit note code that matches the original's kind: self-billed, factored, prepayment, or plain.
    private static InvoiceTypeCode CreditNoteType(InvoiceTypeCode original) => original.Value switch
    {
        501 => InvoiceTypeCode.SelfBilledFactoredCreditNote,
        389 or 500 => InvoiceTypeCode.SelfBilledCreditNote,
        393 => InvoiceTypeCode.FactoredCreditNote,
        386 => InvoiceTypeCode.PrepaymentCreditNote,
        _ => InvoiceTypeCode.CreditNote,
    };

    private static InvoiceDraft Correction(Invoice original, InvoiceTypeCode type) => InvoiceDraft.FromContent(original) with
    {
        TypeCode = type,
        DueDate = null,
        PaymentSchedule = [],
        PrecedingInvoices = [new PrecedingInvoiceReference(original.Number, original.IssueDate)],
        // BR-53: the correction states its VAT in the accounting currency too, at the original's rate (BT-111 / BT-110).
        VatAccountingExchangeRate = original.VatAccountingCurrency is null ? null
            : original.Totals.TotalVat != 0m && original.Totals.TotalVatInAccountingCurrency is { } accounted ? accounted / original.Totals.TotalVat : 1m,
        VatExemptions = original.VatBreakdown
            .Where(b => b.ExemptionReason is not null || b.ExemptionReasonCode is not null)
            .DistinctBy(b => b.Vat.Category)
            .Select(b => new VatExemption(b.Vat.Category, b.ExemptionReason, b.ExemptionReasonCode))
            .ToArray(),
    };

    private static InvoiceLineDraft ToDraft(InvoiceLine line, decimal quantity)
    {
        var whole = quantity == line.Quantity;
        var originalPriceAmount = InvoiceCalculator.PriceAmount(line.Quantity, line.Price);
        AllowanceChargeDraft Adjust(AllowanceCharge a)
        {
            if (a.Percentage is { } percentage)
            {
                // A percentage of the line amount follows the credited quantity; any other base is prorated.
                var baseAmount = whole
                    ? a.BaseAmount
                    : a.BaseAmount is { } b && b != originalPriceAmount ? Amounts.Round(b * quantity / line.Quantity) : (decimal?)null;
                return AllowanceChargeDraft.OfPercentage(percentage, a.Reason, a.ReasonCode, baseAmount);
            }

            return AllowanceChargeDraft.OfAmount(whole ? a.Amount : Amounts.Round(a.Amount * quantity / line.Quantity), a.Reason, a.ReasonCode);
        }

        return new InvoiceLineDraft
        {
            Id = line.Id,
            Note = line.Note,
            ObjectIdentifier = line.ObjectIdentifier,
            Quantity = quantity,
            UnitCode = line.UnitCode,
            Price = line.Price,
            OrderLineReference = line.OrderLineReference,
            BuyerAccountingReference = line.BuyerAccountingReference,
            Period = line.Period,
            Allowances = line.Allowances.Select(Adjust).ToArray(),
            Charges = line.Charges.Select(Adjust).ToArray(),
            Vat = line.Vat,
            Item = line.Item,
        };
    }

    private static DocumentAllowanceChargeDraft ToDraft(DocumentAllowanceCharge item) =>
        item is { Percentage: { } percentage, BaseAmount: { } baseAmount }
            ? DocumentAllowanceChargeDraft.OfPercentage(percentage, item.Vat, item.Reason, item.ReasonCode, baseAmount)
            : DocumentAllowanceChargeDraft.OfAmount(item.Amount, item.Vat, item.Reason, item.ReasonCode);

    private static Dictionary<VatTreatment, decimal> NetByVat(IEnumerable<InvoiceLine> lines) =>
        lines.GroupBy(l => l.Vat).ToDictionary(g => g.Key, g => g.Sum(l => l.NetAmount));

    private static DocumentAllowanceChargeDraft[] Prorate(
        IReadOnlyList<DocumentAllowanceCharge> items, Dictionary<VatTreatment, decimal> originalNet, Dictionary<VatTreatment, decimal> creditedNet)
    {
        var prorated = new List<DocumentAllowanceChargeDraft>();
        foreach (var item in items)
        {
            var before = originalNet.GetValueOrDefault(item.Vat);
            var now = creditedNet.GetValueOrDefault(item.Vat);
            if (before == 0m || now == 0m)
            {
                continue;
            }

            var amount = Amounts.Round(item.Amount * now / before);
            if (amount != 0m)
            {
                prorated.Add(DocumentAllowanceChargeDraft.OfAmount(amount, item.Vat, item.Reason, item.ReasonCode));
            }
        }

        return [.. prorated];
    }
}
