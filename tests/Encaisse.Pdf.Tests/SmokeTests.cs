using Encaisse.Pdf.FacturX;
using Encaisse.Pdf.Rendering;
using Microsoft.Extensions.Time.Testing;

namespace Encaisse.Pdf.Tests;

public class SmokeTests
{
    [Fact]
    public void Writes_samples()
    {
        var renderer = new InvoicePdfRenderer(new FakeTimeProvider(TestInvoices.Now));
        File.WriteAllBytes("/tmp/one.pdf", renderer.Render(TestInvoices.OnePage(), InvoiceTemplate.Default));
        File.WriteAllBytes("/tmp/many.pdf", renderer.Render(TestInvoices.ManyLines(60), InvoiceTemplate.Default with { Language = InvoiceLanguage.English }));
        foreach (var level in Enum.GetValues<FacturXLevel>())
        {
            File.WriteAllBytes($"/tmp/fx-{level}.pdf", FacturXSamples.FacturX(level));
        }
    }
}
