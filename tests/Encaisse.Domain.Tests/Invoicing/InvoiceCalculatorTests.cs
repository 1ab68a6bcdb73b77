using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Money;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Tests.Invoicing;

public class InvoiceCalculatorTests
{
    private static InvoiceCalculation Calculate(Func<InvoiceDraftBuilder, InvoiceDraftBuilder> build) => build(Samples.Builder()).Build().Calculate();

    [Theory]
    [InlineData(1, 0.125, 0.13)]
    [InlineData(-1, 0.125, -0.13)]
    [InlineData(3, 0.335, 1.01)]
    [InlineData(-3, 0.335, -1.01)]
    [InlineData(1.5, 0.003333, 0.00)]
    [InlineData(0.0001, 999999.999999, 100.00)]
    public void Line_amount_is_rounded_half_away_from_zero(decimal quantity, decimal price, decimal expected)
    {
        var line = Calculate(b => b.AddLine("Item", quantity, price, VatTreatment.Standard(20m))).Lines[0];
        Assert.Equal(expected, line.NetAmount);
    }

    [Fact]
    public void Line_percentage_allowance_defaults_to_the_line_amount_and_an_explicit_base_wins()
    {
        var line = Calculate(b => b.AddLine(InvoiceLineDraft.Create("Item", 3m, 33.335m, VatTreatment.Standard(20m)) with
        {
            Allowances = [AllowanceChargeDraft.OfPercentage(10m, "Remise"), AllowanceChargeDraft.OfPercentage(50m, "Promo", baseAmount: 0.05m)],
            Charges = [AllowanceChargeDraft.OfAmount(2.50m, "Port")],
        })).Lines[0];

        // 3 × 33.335 = 100.005 → 100.01; 10 % → 10.001 → 10.00; 50 % of 0.05 = 0.025 → 0.03.
        Assert.Equal([100.01m, 0.05m], line.Allowances.Select(a => a.BaseAmount!.Value));
        Assert.Equal([10.00m, 0.03m], line.Allowances.Select(a => a.Amount));
        Assert.Null(line.Charges[0].BaseAmount);
        Assert.Equal(100.01m - 10.00m - 0.03m + 2.50m, line.NetAmount);
    }

    [Fact]
    public void Document_percentage_defaults_to_the_lines_with_the_same_vat()
    {
        var calc = Calculate(b => b
            .AddLine("A", 1m, 100m, VatTreatment.Standard(20m))
            .AddLine("B", 1m, 40m, VatTreatment.Standard(5.5m))
            .AddLine("C", 2m, 25m, VatTreatment.Standard(20m))
            .AddAllowancePercentage(5m, VatTreatment.Standard(20m), "Remise")
            .AddChargePercentage(2.5m, VatTreatment.Standard(5.5m), "Emballage"));

        Assert.Equal((150m, 7.50m), (calc.Allowances[0].BaseAmount!.Value, calc.Allowances[0].Amount));
        Assert.Equal((40m, 1.00m), (calc.Charges[0].BaseAmount!.Value, calc.Charges[0].Amount));
        Assert.Equal([142.50m, 41.00m], calc.VatBreakdown.Select(v => v.TaxableAmount));
        Assert.Equal([28.50m, 2.26m], calc.VatBreakdown.Select(v => v.TaxAmount));
        Assert.Equal(7.50m, calc.Totals.SumOfAllowances);
        Assert.Equal(1.00m, calc.Totals.SumOfCharges);
        Assert.Equal(183.50m, calc.Totals.TotalWithoutVat);
        Assert.Equal(214.26m, calc.Totals.TotalWithVat);
    }

    [Fact]
    public void Categories_without_vat_have_zero_tax_and_their_reason_code()
    {
        var calc = Calculate(b => b
            .AddLine("Reverse", 2m, 50m, VatTreatment.ReverseCharge)
            .AddLine("Export", 1m, 70m, VatTreatment.Export)
            .AddLine("Zero", 1m, 9.99m, VatTreatment.ZeroRated));

        Assert.All(calc.VatBreakdown, b => Assert.Equal(0m, b.TaxAmount));
        Assert.Equal(["VATEX-EU-AE", "VATEX-EU-G", null], calc.VatBreakdown.Select(b => b.ExemptionReasonCode));
        Assert.Equal(179.99m, calc.Totals.TotalWithVat);
    }

    [Fact]
    public void Not_subject_to_vat_has_no_rate()
    {
        var entry = Assert.Single(Calculate(b => b.AddLine("Cotisation", 1m, 120m, VatTreatment.OutsideScope)).VatBreakdown);
        Assert.Null(entry.Vat.Rate);
        Assert.Equal(VatCategory.OutsideScope, entry.Vat.Category);
        Assert.Equal(0m, entry.TaxAmount);
    }

    [Fact]
    public void Without_document_allowances_and_charges_their_sums_are_absent()
    {
        var totals = Calculate(b => b.AddLine("A", 1m, 10m, VatTreatment.Standard(20m))).Totals;
        Assert.Null(totals.SumOfAllowances);
        Assert.Null(totals.SumOfCharges);
        Assert.Null(totals.PaidAmount);
        Assert.Null(totals.TotalVatInAccountingCurrency);
    }

    [Fact]
    public void Vat_in_accounting_currency_uses_the_exchange_rate()
    {
        var totals = Calculate(b => b
            .WithCurrency(CurrencyCode.Of("USD"))
            .WithVatAccounting(CurrencyCode.Eur, 0.9137m)
            .AddLine("Licence", 1m, 1234.56m, VatTreatment.Standard(20m))).Totals;

        Assert.Equal(246.91m, totals.TotalVat);
        Assert.Equal(225.60m, totals.TotalVatInAccountingCurrency); // 246.91 × 0.9137 = 225.601667
    }

    [Fact]
    public void Paid_and_rounding_amounts_adjust_the_amount_due()
    {
        var totals = Calculate(b => b.AddLine("A", 1m, 99.99m, VatTreatment.Standard(20m)).WithPaidAmount(50m).WithRoundingAmount(0.01m)).Totals;
        Assert.Equal(119.99m, totals.TotalWithVat);
        Assert.Equal(70.00m, totals.AmountDueForPayment);
    }

    [Fact]
    public void Discrepancies_point_at_every_stated_amount_that_does_not_add_up()
    {
        var issued = Samples.Issue(Samples.ValidDraft() with { Allowances = [DocumentAllowanceChargeDraft.OfPercentage(10m, VatTreatment.Standard(20m), "Remise")] });
        var tampered = issued with
        {
            Lines = [issued.Lines[0] with { NetAmount = issued.Lines[0].NetAmount + 1m }, issued.Lines[1]],
            Allowances = [issued.Allowances[0] with { Amount = 1m }],
            VatBreakdown = [issued.VatBreakdown[0] with { TaxAmount = 0m }],
            Totals = issued.Totals with { AmountDueForPayment = 0m },
        };

        var paths = InvoiceCalculator.FindDiscrepancies(tampered).Select(d => d.Path).ToArray();

        Assert.Equal(
            ["BG-25[1]/BT-131", "BG-20[1]/BT-92", "BG-23[1]/BT-116", "BG-23[1]/BT-117", "BG-23(S 10%)/BT-116", "BG-22/BT-106", "BG-22/BT-107", "BG-22/BT-110", "BG-22/BT-115"],
            paths);
    }

    [Fact]
    public void An_issued_invoice_has_no_discrepancy() =>
        Assert.Empty(InvoiceCalculator.FindDiscrepancies(Samples.Issue(Samples.ValidDraft())));
}
