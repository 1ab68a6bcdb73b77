using System.Text;
using System.Text.Json;
using Encaisse.Domain.Invoicing;

namespace Encaisse.Domain.Tests.Invoicing;

public class InvoiceJsonTests
{
    private static readonly Invoice Issued = Samples.Issue(new InvoiceDraftBuilder(Samples.ValidDraft())
        .WithTreatment(InvoiceTreatment.B2B)
        .AddAllowancePercentage(2.5m, VatTreatment.Standard(20m), "Remise fidélité")
        .Build());

    [Fact]
    public void Codes_are_written_as_the_standards_spell_them_and_empty_values_are_left_out()
    {
        var json = Encoding.UTF8.GetString(InvoiceJson.Serialize(Issued));

        Assert.StartsWith("{\"number\":\"F2026-0001\",\"issueDate\":\"2026-03-31\",\"typeCode\":\"380\",\"currency\":\"EUR\",", json, StringComparison.Ordinal);
        Assert.Contains("\"vat\":{\"category\":\"S\",\"rate\":20}", json, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"Remise fidélité\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[]", json, StringComparison.Ordinal);
        Assert.DoesNotContain("vatOnDebits", json, StringComparison.Ordinal);
        // 1350 − 2.5 % (33.75) at 20 % → VAT 263.25; 86.40 at 10 % → VAT 8.64; 1402.65 + 271.89.
        Assert.EndsWith("\"amountDueForPayment\":1674.54}}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Decimals_keep_their_scale_through_a_round_trip()
    {
        var invoice = Issued with { Totals = Issued.Totals with { PaidAmount = 10.50m, AmountDueForPayment = Issued.Totals.AmountDueForPayment - 10.5m } };
        var bytes = InvoiceJson.Serialize(invoice);
        Assert.Contains("\"paidAmount\":10.50", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(bytes, InvoiceJson.Serialize(InvoiceJson.Deserialize(bytes)));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"number\":\"1\"}")]
    [InlineData("not json")]
    public void Unreadable_input_is_a_json_exception(string json) =>
        Assert.ThrowsAny<JsonException>(() => InvoiceJson.Deserialize(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Unknown_codes_are_refused()
    {
        var json = Encoding.UTF8.GetString(InvoiceJson.Serialize(Issued));
        Assert.ThrowsAny<JsonException>(() => InvoiceJson.Deserialize(Encoding.UTF8.GetBytes(json.Replace("\"currency\":\"EUR\"", "\"currency\":\"EUX\"", StringComparison.Ordinal))));
        Assert.ThrowsAny<JsonException>(() => InvoiceJson.Deserialize(Encoding.UTF8.GetBytes(json.Replace("\"category\":\"S\"", "\"category\":\"X\"", StringComparison.Ordinal))));
    }

    [Fact]
    public void An_invoice_read_as_stated_survives_storage_even_when_its_totals_are_wrong()
    {
        var wrong = Issued with { Totals = Issued.Totals with { TotalVat = 0m } };
        var read = InvoiceJson.Deserialize(InvoiceJson.Serialize(wrong));
        Assert.Equal(wrong, read);
        Assert.Contains(InvoiceCalculator.FindDiscrepancies(read), d => d.Path == "BG-22/BT-110");
    }
}
