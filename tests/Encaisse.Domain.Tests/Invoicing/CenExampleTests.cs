using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Money;

namespace Encaisse.Domain.Tests.Invoicing;

/// <summary>
/// Totals of examples published with the CEN EN 16931 validation artefacts (einvoice/examples/en16931), with
/// their line data typed in by hand from the XML and the stated totals asserted.
/// </summary>
public class CenExampleTests
{
    private static InvoiceDraftBuilder Builder(string currency = "EUR") =>
        Samples.Builder().WithCurrency(CurrencyCode.Of(currency));

    private static void AssertTotals(Invoice invoice, decimal lineTotal, decimal withoutVat, decimal vat, decimal withVat, decimal due)
    {
        Assert.Equal(lineTotal, invoice.Totals.SumOfLineNetAmounts);
        Assert.Equal(withoutVat, invoice.Totals.TotalWithoutVat);
        Assert.Equal(vat, invoice.Totals.TotalVat);
        Assert.Equal(withVat, invoice.Totals.TotalWithVat);
        Assert.Equal(due, invoice.Totals.AmountDueForPayment);
    }

    private static void AssertVat(Invoice invoice, VatTreatment vat, decimal taxable, decimal tax)
    {
        var entry = Assert.Single(invoice.VatBreakdown, b => b.Vat == vat);
        Assert.Equal(taxable, entry.TaxableAmount);
        Assert.Equal(tax, entry.TaxAmount);
    }

    // ubl-tc434-example1.xml: (quantity, net price, VAT rate, stated line net amount).
    private static readonly (decimal Quantity, decimal Price, decimal Rate, decimal Net)[] Example1Lines =
    [
        (2, 9.95m, 6, 19.90m), (1, 9.85m, 6, 9.85m), (1, 8.29m, 6, 8.29m), (2, 7.23m, 6, 14.46m), (1, 35.00m, 6, 35.00m),
        (1, 35.00m, 6, 35.00m), (1, 10.65m, 6, 10.65m), (1, 1.55m, 6, 1.55m), (3, 4.79m, 6, 14.37m), (1, 8.29m, 6, 8.29m),
        (2, 8.29m, 6, 16.58m), (1, 9.95m, 6, 9.95m), (2, 1.65m, 6, 3.30m), (1, 10.80m, 21, 10.80m), (1, 3.90m, 6, 3.90m),
        (2, 3.80m, 21, 7.60m), (2, 4.67m, 21, 9.34m), (1, 18.63m, 21, 18.63m), (6, 17.02m, 6, 102.12m), (6, 18.33m, 6, -109.98m),
    ];

    [Fact]
    public void Example_1_mixed_rates_with_a_returned_line()
    {
        var builder = Builder();
        foreach (var (quantity, price, rate, net) in Example1Lines)
        {
            // The file states quantity 6 with a net amount of -109.98 on line 20: a return of 6 units.
            builder.AddLine("Item", net < 0 ? -quantity : quantity, price, VatTreatment.Standard(rate), "EA");
        }

        var invoice = Samples.Issue(builder.Build());

        Assert.Equal(Example1Lines.Select(l => l.Net), invoice.Lines.Select(l => l.NetAmount));
        AssertVat(invoice, VatTreatment.Standard(6), 183.23m, 10.99m);
        AssertVat(invoice, VatTreatment.Standard(21), 46.37m, 9.74m);
        AssertTotals(invoice, 229.60m, 229.60m, 20.73m, 250.33m, 250.33m);
    }

    [Fact]
    public void Example_1_as_stated_shows_its_one_inconsistent_line()
    {
        var lines = Example1Lines.Select((l, i) => new InvoiceLine
        {
            Id = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Quantity = l.Quantity,
            UnitCode = "EA",
            NetAmount = l.Net,
            Price = PriceDetails.Of(l.Price),
            Vat = VatTreatment.Standard(l.Rate),
            Item = new Item { Name = "Item" },
        }).ToArray();
        var stated = new Invoice
        {
            Number = "12115118",
            IssueDate = new DateOnly(2015, 1, 9),
            Seller = Samples.Seller(),
            Buyer = Samples.Buyer(),
            Lines = lines,
            VatBreakdown =
            [
                new VatBreakdown { TaxableAmount = 183.23m, TaxAmount = 10.99m, Vat = VatTreatment.Standard(6) },
                new VatBreakdown { TaxableAmount = 46.37m, TaxAmount = 9.74m, Vat = VatTreatment.Standard(21) },
            ],
            Totals = new DocumentTotals
            {
                SumOfLineNetAmounts = 229.60m, TotalWithoutVat = 229.60m, TotalVat = 20.73m, TotalWithVat = 250.33m, AmountDueForPayment = 250.33m,
            },
        };

        var discrepancy = Assert.Single(InvoiceCalculator.FindDiscrepancies(stated));
        Assert.Equal(new AmountDiscrepancy("BG-25[20]/BT-131", -109.98m, 109.98m), discrepancy);
    }

    [Fact]
    public void Example_5_percentage_allowances_and_charges_on_lines_and_document_with_prepaid_amount()
    {
        var s25 = VatTreatment.Standard(25);
        var draft = Builder("DKK")
            .AddLine(InvoiceLineDraft.Create("Printing paper", 1000m, 1.00m, s25, "EA") with
            {
                Price = PriceDetails.FromGross(1.10m, 0.10m) with { BaseQuantity = 1m },
                Allowances = [AllowanceChargeDraft.OfPercentage(10m, "Loyal customer")],
                Charges = [AllowanceChargeDraft.OfPercentage(10m, "Packaging")],
            })
            .AddLine("Parker Pen", 100m, 5.00m, s25, "EA")
            .AddLine("American Cookies", 500m, 5.00m, VatTreatment.Standard(12), "EA")
            .AddAllowancePercentage(10m, s25, "Loyal customer", "100")
            .AddChargePercentage(10m, s25, "Packaging", "ABL")
            .WithPaidAmount(2337.50m)
            .Build();

        var invoice = Samples.Issue(draft);

        // The bases the file states are the ones the defaults give: the line amount, and the lines at 25 %.
        Assert.Equal(1000m, invoice.Lines[0].Allowances[0].BaseAmount);
        Assert.Equal(100m, invoice.Lines[0].Allowances[0].Amount);
        Assert.Equal(1000m, invoice.Lines[0].NetAmount);
        Assert.Equal(1500m, invoice.Allowances[0].BaseAmount);
        Assert.Equal(150m, invoice.Allowances[0].Amount);
        Assert.Equal(150m, invoice.Charges[0].Amount);
        Assert.Equal(150m, invoice.Totals.SumOfAllowances);
        Assert.Equal(150m, invoice.Totals.SumOfCharges);
        AssertVat(invoice, s25, 1500m, 375m);
        AssertVat(invoice, VatTreatment.Standard(12), 2500m, 300m);
        AssertTotals(invoice, 4000m, 4000m, 675m, 4675m, 2337.50m);
    }

    [Fact]
    public void Example_8_prices_per_base_quantity()
    {
        var s21 = VatTreatment.Standard(21);
        InvoiceLineDraft Line(decimal quantity, string unit, decimal price, decimal baseQuantity) =>
            InvoiceLineDraft.Create("Energy", quantity, price, s21, unit) with { Price = new PriceDetails { NetPrice = price, BaseQuantity = baseQuantity } };

        var draft = Builder()
            .AddLine(Line(16000m, "KWH", 0.00880m, 1m))
            .AddLine(Line(16000m, "KWH", 0.00101m, 1m))
            .AddLine(Line(132m, "KWT", 15.24m, 12m))
            .AddLine(Line(58m, "KWT", 1.53m, 1m))
            .AddLine(Line(1m, "MON", 441.00m, 12m))
            .AddLine(Line(1m, "MON", 678.00m, 12m))
            .AddLine(Line(1m, "MON", 83.34m, 1m))
            .AddLine(Line(1m, "MON", 190.31m, 1m))
            .AddLine(Line(1m, "MON", 64.21m, 1m))
            .AddLine(Line(1m, "MON", 64.46m, 1m))
            .Build();

        var invoice = Samples.Issue(draft);

        Assert.Equal([140.80m, 16.16m, 167.64m, 88.74m, 36.75m, 56.50m, 83.34m, 190.31m, 64.21m, 64.46m], invoice.Lines.Select(l => l.NetAmount));
        AssertTotals(invoice, 908.91m, 908.91m, 190.87m, 1099.78m, 1099.78m);
    }

    [Fact]
    public void Peppol_test_file_discounts_and_fees_with_stated_bases()
    {
        // ubl-testfiles/BIS_Billing_30-Rabatter_och_avgifter.xml
        var s25 = VatTreatment.Standard(25);
        var draft = Builder("SEK")
            .AddLine(InvoiceLineDraft.Create("Chair", 100m, 2000m, s25, "EA") with
            {
                Price = PriceDetails.FromGross(2100m, 100m) with { BaseQuantity = 1m },
                Allowances = [AllowanceChargeDraft.OfPercentage(6m, "Produktionsfel", baseAmount: 200000m), AllowanceChargeDraft.OfPercentage(20m, "Utgående serie", baseAmount: 200000m)],
                Charges = [AllowanceChargeDraft.OfPercentage(12m, "Målning", baseAmount: 200000m)],
            })
            .AddLine(InvoiceLineDraft.Create("Table", 5m, 5000m, s25, "EA") with
            {
                Price = PriceDetails.FromGross(6000m, 1000m) with { BaseQuantity = 5m },
                Allowances = [AllowanceChargeDraft.OfPercentage(20m, "Leveransstörning", baseAmount: 5000m), AllowanceChargeDraft.OfPercentage(25m, "Instegsartikel, ny serie", baseAmount: 4000m)],
                Charges = [AllowanceChargeDraft.OfPercentage(50m, "Målning", baseAmount: 3000m)],
            })
            .AddAllowancePercentage(10m, s25, "Campaign discount", baseAmount: 4500m)
            .AddChargePercentage(2m, s25, "Lagerhållning", "WH", baseAmount: 176500m)
            .AddCharge(100m, s25, "Expeditionsavgift")
            .WithPaidAmount(0m)
            .WithRoundingAmount(0m)
            .Build();

        var invoice = Samples.Issue(draft);

        Assert.Equal([172000m, 4500m], invoice.Lines.Select(l => l.NetAmount));
        Assert.Equal([12000m, 40000m], invoice.Lines[0].Allowances.Select(a => a.Amount));
        Assert.Equal([1000m, 1000m], invoice.Lines[1].Allowances.Select(a => a.Amount));
        Assert.Equal(450m, invoice.Totals.SumOfAllowances);
        Assert.Equal(3630m, invoice.Totals.SumOfCharges);
        AssertVat(invoice, s25, 179680m, 44920m);
        AssertTotals(invoice, 176500m, 179680m, 44920m, 224600m, 224600m);
    }

    [Fact]
    public void Sample_with_a_discounted_unit_price_of_four_decimals()
    {
        // ubl/sample-discount-price.xml: gross 0.1234 less 0.0022.
        var draft = Builder()
            .AddLine(InvoiceLineDraft.Create("Screw", 100m, 0.1212m, VatTreatment.Standard(25), "EA") with { Price = PriceDetails.FromGross(0.1234m, 0.0022m) })
            .Build();

        var invoice = Samples.Issue(draft);

        Assert.Equal(0.1212m, invoice.Lines[0].Price.NetPrice);
        AssertTotals(invoice, 12.12m, 12.12m, 3.03m, 15.15m, 15.15m);
    }

    [Fact]
    public void Credit_note_1_exempt_from_vat()
    {
        // ubl/ubl-tc434-creditnote1.xml
        var draft = Builder()
            .WithType(InvoiceTypeCode.CreditNote)
            .AddLine("Credited service", 1.00m, 100.11m, VatTreatment.Exempt)
            .WithVatExemption(new VatExemption(Tax.VatCategory.Exempt, "Taxes are not applicable"))
            .AddPrecedingInvoice("INV-2017-001", new DateOnly(2017, 11, 1))
            .Build();

        var invoice = Samples.Issue(draft);

        Assert.True(invoice.TypeCode.IsCreditNote);
        var entry = Assert.Single(invoice.VatBreakdown);
        Assert.Equal((100.11m, 0m, "Taxes are not applicable"), (entry.TaxableAmount, entry.TaxAmount, entry.ExemptionReason));
        AssertTotals(invoice, 100.11m, 100.11m, 0m, 100.11m, 100.11m);
    }

    [Fact]
    public void Cii_rounding_issue_lines_that_cancel_out()
    {
        // cii/CII-BR-CO-10-RoundingIssue.xml
        var s19 = VatTreatment.Standard(19.00m);
        var draft = Builder()
            .AddLine("Item", 1m, 720.81m, s19, "IE")
            .AddLine("Item", 1m, 0.01m, VatTreatment.ZeroRated, "IE")
            .AddLine("Item", -1m, 720.81m, s19, "IE")
            .AddLine("Item", -1m, 0.01m, VatTreatment.ZeroRated, "IE")
            .Build();

        var invoice = Samples.Issue(draft);

        Assert.Equal([720.81m, 0.01m, -720.81m, -0.01m], invoice.Lines.Select(l => l.NetAmount));
        AssertVat(invoice, s19, 0m, 0m);
        AssertVat(invoice, VatTreatment.ZeroRated, 0m, 0m);
        AssertTotals(invoice, 0m, 0m, 0m, 0m, 0m);
    }

    [Fact]
    public void Peppol_test_file_final_invoice_after_a_deposit()
    {
        // ubl-testfiles/BIS_Billing_30-Forskott_slutreglering.xml
        var s25 = VatTreatment.Standard(25);
        var invoice = Samples.Issue(Builder("SEK")
            .AddLine("Deposit invoiced", 1m, 200000m, s25)
            .AddLine("Work", 180m, 1000m, s25)
            .WithPaidAmount(400000m)
            .Build());

        AssertTotals(invoice, 380000m, 380000m, 95000m, 475000m, 75000m);
        Assert.Equal(400000m, invoice.Totals.PaidAmount);
    }

    [Fact]
    public void Identifiers_keep_their_scheme() =>
        Assert.Equal("0002:552081317", Samples.Seller().LegalRegistrationId!.ToString());
}
