using System.Reflection;
using CsCheck;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Money;

namespace Encaisse.Domain.Tests.Invoicing;

public class InvoicePropertyTests
{
    private const int Iterations = 2_000;

    private static Invoice IssueOrFail(InvoiceDraft draft)
    {
        var result = draft.Issue(InvoiceNumber.Of("F2026-000123"), Samples.IssueDate);
        Assert.True(result.IsIssued, string.Join(Environment.NewLine, result.Findings));
        return result.Invoice;
    }

    // An oracle written from the EN 16931 text, independent of InvoiceCalculator.
    private static decimal Round2(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal ExpectedLineNet(InvoiceLineDraft line)
    {
        var priceAmount = Round2(line.Quantity * line.Price.NetPrice / (line.Price.BaseQuantity ?? 1m));
        decimal Resolve(AllowanceChargeDraft a) => a.Amount ?? Round2((a.BaseAmount ?? priceAmount) * a.Percentage!.Value / 100m);
        return priceAmount + line.Charges.Sum(Resolve) - line.Allowances.Sum(Resolve);
    }

    [Fact]
    public void Issued_invoices_satisfy_every_calculation_rule_exactly() =>
        InvoiceGenerators.Draft.Sample(draft =>
        {
            var invoice = IssueOrFail(draft);
            var totals = invoice.Totals;

            for (var i = 0; i < draft.Lines.Count; i++)
            {
                Assert.Equal(ExpectedLineNet(draft.Lines[i]), invoice.Lines[i].NetAmount);
            }

            Assert.Equal(invoice.Lines.Sum(l => l.NetAmount), totals.SumOfLineNetAmounts); // BR-CO-10
            Assert.Equal(invoice.Allowances.Count == 0 ? null : invoice.Allowances.Sum(a => a.Amount), totals.SumOfAllowances); // BR-CO-11
            Assert.Equal(invoice.Charges.Count == 0 ? null : invoice.Charges.Sum(c => c.Amount), totals.SumOfCharges); // BR-CO-12
            Assert.Equal(totals.SumOfLineNetAmounts - (totals.SumOfAllowances ?? 0m) + (totals.SumOfCharges ?? 0m), totals.TotalWithoutVat); // BR-CO-13
            Assert.Equal(invoice.VatBreakdown.Sum(b => b.TaxAmount), totals.TotalVat); // BR-CO-14
            Assert.Equal(totals.TotalWithoutVat + totals.TotalVat, totals.TotalWithVat); // BR-CO-15
            Assert.Equal(totals.TotalWithVat - (totals.PaidAmount ?? 0m) + (totals.RoundingAmount ?? 0m), totals.AmountDueForPayment); // BR-CO-16
            Assert.Equal(draft.PaidAmount, totals.PaidAmount);
            Assert.Equal(draft.RoundingAmount, totals.RoundingAmount);

            foreach (var entry in invoice.VatBreakdown)
            {
                // BR-CO-17, BR-S-09, BR-Z/E/AE/IC/G/O-09.
                var expectedTax = entry.Vat.ChargesVat ? Round2(entry.TaxableAmount * entry.Vat.Rate!.Value / 100m) : 0m;
                Assert.Equal(expectedTax, entry.TaxAmount);
            }

            for (var i = 0; i < invoice.Allowances.Count; i++)
            {
                var given = draft.Allowances[i];
                var expected = given.Amount ?? Round2(invoice.Allowances[i].BaseAmount!.Value * given.Percentage!.Value / 100m);
                Assert.Equal(expected, invoice.Allowances[i].Amount);
            }

            Assert.Empty(InvoiceCalculator.FindDiscrepancies(invoice));
        }, iter: Iterations);

    [Fact]
    public void Every_amount_has_at_most_two_decimals() =>
        InvoiceGenerators.Draft.Sample(draft =>
        {
            var invoice = IssueOrFail(draft);
            var t = invoice.Totals;
            decimal?[] amounts =
            [
                .. invoice.Lines.Select(l => (decimal?)l.NetAmount),
                .. invoice.Lines.SelectMany(l => l.Allowances.Concat(l.Charges)).SelectMany(a => new[] { a.Amount, a.BaseAmount }),
                .. invoice.Allowances.Concat(invoice.Charges).SelectMany(a => new[] { a.Amount, a.BaseAmount }),
                .. invoice.VatBreakdown.SelectMany(b => new decimal?[] { b.TaxableAmount, b.TaxAmount }),
                t.SumOfLineNetAmounts, t.SumOfAllowances, t.SumOfCharges, t.TotalWithoutVat, t.TotalVat, t.TotalVatInAccountingCurrency,
                t.TotalWithVat, t.PaidAmount, t.RoundingAmount, t.AmountDueForPayment,
            ];
            Assert.All(amounts, a => Assert.True(a is null || Amounts.HasAtMostTwoDecimals(a.Value), $"{a} has more than two decimals"));
        }, iter: Iterations);

    [Fact]
    public void Vat_breakdown_has_one_entry_per_treatment_used_and_reconciles() =>
        InvoiceGenerators.Draft.Sample(draft =>
        {
            var invoice = IssueOrFail(draft);
            var used = invoice.Lines.Select(l => l.Vat).Concat(invoice.Allowances.Select(a => a.Vat)).Concat(invoice.Charges.Select(c => c.Vat)).ToHashSet();
            Assert.Equal(used.Count, invoice.VatBreakdown.Count);
            Assert.Equal(used, invoice.VatBreakdown.Select(b => b.Vat).ToHashSet());

            foreach (var entry in invoice.VatBreakdown)
            {
                // BR-S-08, BR-Z-08, BR-E-08, BR-AE-08, BR-IC-08, BR-G-08, BR-O-08, BR-AF-08, BR-AG-08.
                var expected = invoice.Lines.Where(l => l.Vat == entry.Vat).Sum(l => l.NetAmount)
                    + invoice.Charges.Where(c => c.Vat == entry.Vat).Sum(c => c.Amount)
                    - invoice.Allowances.Where(a => a.Vat == entry.Vat).Sum(a => a.Amount);
                Assert.Equal(expected, entry.TaxableAmount);
            }

            Assert.Equal(invoice.Totals.TotalWithoutVat, invoice.VatBreakdown.Sum(b => b.TaxableAmount));
        }, iter: Iterations);

    [Fact]
    public void Json_round_trip_gives_an_equal_invoice_and_the_same_bytes() =>
        InvoiceGenerators.Draft.Sample(draft =>
        {
            var invoice = IssueOrFail(draft);
            var bytes = InvoiceJson.Serialize(invoice);
            Assert.Equal(bytes, InvoiceJson.Serialize(invoice));

            var read = InvoiceJson.Deserialize(bytes);
            Assert.Equal(invoice, read);
            Assert.Equal(invoice.GetHashCode(), read.GetHashCode());
            Assert.Equal(bytes, InvoiceJson.Serialize(read));
        }, iter: Iterations);

    [Fact]
    public void Issue_keeps_the_draft_content_and_adds_number_and_date() =>
        InvoiceGenerators.Draft.Sample(draft =>
        {
            var invoice = IssueOrFail(draft);
            Assert.Equal("F2026-000123", invoice.Number);
            Assert.Equal(Samples.IssueDate, invoice.IssueDate);
            foreach (var property in ContentProperties)
            {
                Assert.Equal(property.GetValue(draft), property.GetValue(invoice));
            }

            Assert.Equal(draft.Lines.Count, invoice.Lines.Count);
            for (var i = 0; i < draft.Lines.Count; i++)
            {
                var (given, issued) = (draft.Lines[i], invoice.Lines[i]);
                Assert.Equal(given.Id ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), issued.Id);
                Assert.Equal((given.Quantity, given.UnitCode, given.Price, given.Vat, given.Item, given.Period, given.Note),
                    (issued.Quantity, issued.UnitCode, issued.Price, issued.Vat, issued.Item, issued.Period, issued.Note));
                Assert.Equal((given.ObjectIdentifier, given.OrderLineReference, given.BuyerAccountingReference),
                    (issued.ObjectIdentifier, issued.OrderLineReference, issued.BuyerAccountingReference));
            }
        }, iter: Iterations);

    // Every term a draft and an invoice share (computed properties such as VatOnDebits have no setter).
    private static readonly PropertyInfo[] ContentProperties =
        typeof(InvoiceContent).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray();

    [Fact]
    public void Content_comparison_covers_the_shared_terms() =>
        Assert.True(ContentProperties.Length >= 30, $"only {ContentProperties.Length} shared properties found");
}
