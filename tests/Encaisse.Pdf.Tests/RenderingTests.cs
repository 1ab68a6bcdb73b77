using Encaisse.Domain.Invoicing;
using Encaisse.Pdf.Rendering;
using Encaisse.Pdf.Syntax;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace Encaisse.Pdf.Tests;

public class RenderingTests
{
    private static readonly InvoicePdfRenderer Renderer = new(new FakeTimeProvider(TestInvoices.Now));

    private static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    [Fact]
    public void A_french_invoice_shows_its_number_dates_amounts_and_mentions_in_french_formats()
    {
        var invoice = TestInvoices.OnePage();
        var text = Assert.Single(PageTexts(Renderer.Render(invoice, InvoiceTemplate.Default)));

        Assert.Contains("FACTURE", text, StringComparison.Ordinal);
        Assert.Contains(invoice.Number, text, StringComparison.Ordinal);
        Assert.Contains("31/03/2026", text, StringComparison.Ordinal);
        Assert.Contains("30/04/2026", text, StringComparison.Ordinal); // BT-9
        // BT-115 in French format: narrow no-break space between thousands, decimal comma.
        var due = new InvoiceText(InvoiceLanguage.French).Money(invoice.Totals.AmountDueForPayment, "EUR");
        Assert.Equal("19\u202F491,84\u00A0€", due);
        Assert.Contains("491,84", text, StringComparison.Ordinal);
        foreach (var note in invoice.Notes)
        {
            Assert.Contains(note.Text.Split(' ')[0], text, StringComparison.Ordinal); // PMT, PMD, AAB
        }

        Assert.Contains("RCS Lyon", text, StringComparison.Ordinal); // BT-33
        Assert.Contains("FR76 3000 6000", text, StringComparison.Ordinal);
        Assert.Contains("1/1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_invoice_uses_english_labels_and_formats()
    {
        var text = Assert.Single(PageTexts(Renderer.Render(TestInvoices.OnePage(), InvoiceTemplate.Default with { Language = InvoiceLanguage.English })));
        Assert.Contains("INVOICE", text, StringComparison.Ordinal);
        Assert.Contains("€19,491.84", text, StringComparison.Ordinal);
        Assert.Contains("31 Mar 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_invoice_flows_over_pages_with_the_header_row_repeated_and_page_numbers()
    {
        var invoice = TestInvoices.ManyLines(90);
        var pages = PageTexts(Renderer.Render(invoice, InvoiceTemplate.Default));

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"{i + 1}/{pages.Count}", pages[i], StringComparison.Ordinal);
        }

        // Every page that carries lines starts them with the table header.
        var withLines = pages.Where(p => p.Contains("Prestation", StringComparison.Ordinal)).ToList();
        Assert.True(withLines.Count >= 3);
        Assert.All(withLines, p => Assert.Contains("Désignation", p, StringComparison.Ordinal));
        // No line is lost or printed twice.
        for (var n = 1; n <= 90; n++)
        {
            Assert.Equal(1, pages.Sum(p => Count(p, $"Prestation n° {n} ")));
        }
    }

    [Fact]
    public void Fonts_are_embedded_and_small_and_characters_outside_the_shared_set_still_get_their_glyphs()
    {
        var invoice = TestInvoices.OnePage() with { Buyer = TestInvoices.Buyer() with { Name = "Ωmega Łódź Дом SAS" } };
        var pdf = Renderer.Render(invoice, InvoiceTemplate.Default);

        var text = Assert.Single(PageTexts(pdf));
        Assert.Contains("Ωmega Łódź Дом SAS", text, StringComparison.Ordinal);
        var file = PdfFile.Open(pdf, PdfReadLimits.Default, default);
        var fontFiles = Enumerable.Range(1, file.Size).Select(file.GetObject).OfType<PdfDictionary>()
            .Where(d => d.NameOf("Type") == "FontDescriptor").Select(d => file.Resolve(d["FontFile2"])).ToList();
        Assert.Equal(2, fontFiles.Count);
        Assert.All(fontFiles, f => Assert.IsType<PdfStream>(f));
        Assert.All(fontFiles, f => Assert.True(((PdfStream)f!).DataLength < 60_000, "embedded font of " + ((PdfStream)f!).DataLength + " bytes"));
        // The glyphs for Ω, Ł and Д are really there: poppler renders the text it extracts from the outlines' font.
        var path = Path.Combine(Path.GetTempPath(), "encaisse-glyphs-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, pdf);
        Assert.Contains("Ωmega Łódź Дом", ExternalTool.Run("pdftotext", path, "-").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_epc_payload_follows_epc069_12_and_the_printed_qr_code_decodes_to_it()
    {
        var invoice = TestInvoices.OnePage();
        var payload = EpcQrCode.For(invoice);
        Assert.Equal(
            string.Join('\n', "BCD", "002", "1", "SCT", "AGRIFRPP", "Atelier Dupont SARL", TestInvoices.Iban,
                "EUR" + invoice.Totals.AmountDueForPayment.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), "", "RF18539007547034"),
            payload);

        var unstructured = EpcQrCode.For(TestInvoices.Builder(remittance: "Facture F2026-0042").AddLine("x", 1m, 10m, VatTreatment.Standard(20m)).Build()
            .Issue(InvoiceNumber.Of("F2026-0042"), TestInvoices.IssueDate).Value)!;
        Assert.EndsWith("\n\nFacture F2026-0042", unstructured, StringComparison.Ordinal); // line 10 empty, line 11 text
        Assert.Null(EpcQrCode.For(invoice with { PaymentInstructions = null }));
        Assert.Null(EpcQrCode.For(invoice with { Currency = Domain.Money.CurrencyCode.Of("USD") }));

        // Decode the QR code from the rendered page (zbar-tools).
        var pdfPath = Path.Combine(Path.GetTempPath(), "encaisse-qr-" + Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(pdfPath + ".pdf", Renderer.Render(invoice, InvoiceTemplate.Default));
        Assert.Equal(0, ExternalTool.Run("pdftoppm", "-r", "200", "-png", "-singlefile", pdfPath + ".pdf", pdfPath).ExitCode);
        var (exit, _, decoded) = ExternalTool.Run("zbarimg", "--raw", "-q", "-Sbinary", pdfPath + ".png");
        Assert.Equal(0, exit);
        Assert.Equal(payload, decoded.TrimEnd('\n'));
    }

    [Fact]
    public void The_logo_is_drawn_and_the_pdf_says_it_is_pdfa()
    {
        using var bitmap = new SkiaSharp.SKBitmap(40, 20);
        bitmap.Erase(SkiaSharp.SKColors.OrangeRed);
        using var png = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        var pdf = Renderer.Render(TestInvoices.OnePage(), InvoiceTemplate.Default with { LogoPng = png.ToArray(), AccentColor = "#AA3300" });

        using var document = PdfDocument.Open(pdf);
        Assert.Single(document.GetPage(1).GetImages());
        var file = PdfFile.Open(pdf, PdfReadLimits.Default, default);
        Assert.NotNull(file.Catalog["OutputIntents"]); // Skia's sRGB OutputIntent, kept by the Factur-X update
        Assert.Equal("D:20260331143005+00'00'", ((PdfString)((PdfDictionary)file.Resolve(file.Trailer["Info"])!)["CreationDate"]!).Text);
    }

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
