using Encaisse.Pdf.FacturX;
using Encaisse.Pdf.Rendering;
using Microsoft.Extensions.Time.Testing;

namespace Encaisse.Pdf.Tests;

/// <summary>CII examples of each Factur-X profile (akretion's samples in ../shared) and Factur-X PDFs made from them.</summary>
internal static class FacturXSamples
{
    public static readonly TheoryData<FacturXLevel> Levels =
        [FacturXLevel.Minimum, FacturXLevel.BasicWl, FacturXLevel.Basic, FacturXLevel.En16931, FacturXLevel.Extended];

    public static string XmlPath(FacturXLevel level) => RepoPaths.SharedFile("einvoice", "examples", "facturx-akretion", level switch
    {
        FacturXLevel.Minimum => "factur-x-minimum.xml",
        FacturXLevel.BasicWl => "factur-x-basicwl.xml",
        FacturXLevel.Basic => "factur-x-basic.xml",
        FacturXLevel.En16931 => "factur-x-en16931.xml",
        _ => "factur-x-extended.xml",
    });

    public static byte[] Xml(FacturXLevel level) => File.ReadAllBytes(XmlPath(level));

    public static FakeTimeProvider Clock() => new(TestInvoices.Now);

    public static byte[] RenderedPdf() => new InvoicePdfRenderer(Clock()).Render(TestInvoices.OnePage(), InvoiceTemplate.Default);

    public static byte[] FacturX(FacturXLevel level, TimeProvider? clock = null) =>
        new FacturXEmbedder(clock ?? Clock()).Embed(RenderedPdf(), Xml(level), level).Value;
}
