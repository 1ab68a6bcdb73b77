using System.Globalization;
using Encaisse.Domain.Invoicing;
using QRCoder;
using SkiaSharp;

namespace Encaisse.Pdf.Rendering;

/// <summary>
/// Draws an <see cref="Invoice"/> as a readable A4 PDF/A with SkiaSharp's PDF backend: seller and buyer blocks,
/// number and dates, a line table that flows over pages (header row repeated, "1/3" page numbers), the VAT
/// breakdown, the totals, the payment block with an EPC QR code for SEPA transfers, and the legal mentions the
/// invoice carries (PMT/PMD/AAB notes, BT-33, VAT exemption reasons). Fonts are embedded. The PDF is what
/// <see cref="FacturX.FacturXEmbedder"/> turns into Factur-X.
/// </summary>
public sealed class InvoicePdfRenderer
{
    private static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    private static readonly SKColor Muted = new(0x66, 0x66, 0x66);
    private static readonly SKColor Rule = new(0xC8, 0xCC, 0xD2);
    private static readonly SKColor Shade = new(0xF2, 0xF4, 0xF7);

    // Table columns: right edges of the numeric ones.
    private const float DescriptionWidth = 250f;
    private const float QtyRight = 352f;
    private const float PriceRight = 430f;
    private const float VatRight = 480f;
    private const float AmountRight = PageLayout.Right - 4f;

    private readonly TimeProvider _clock;
    private readonly InvoiceFonts? _fonts;

    /// <param name="clock">Gives the PDF's creation date.</param>
    /// <param name="fonts">The faces; <see cref="InvoiceFonts.Default"/> (DejaVu Sans from Debian) when null.</param>
    public InvoicePdfRenderer(TimeProvider clock, InvoiceFonts? fonts = null)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _fonts = fonts;
    }

    public byte[] Render(Invoice invoice, InvoiceTemplate template)
    {
        using var output = new MemoryStream(64 * 1024);
        Render(invoice, template, output);
        return output.ToArray();
    }

    public void Render(Invoice invoice, InvoiceTemplate template, Stream output)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(output);
        var fonts = _fonts ?? InvoiceFonts.Default;
        var text = new InvoiceText(template.Language);
        var accent = SKColor.TryParse(template.AccentColor, out var parsed) ? parsed : new SKColor(0x1F, 0x4E, 0x79);
        using var logo = template.LogoPng.IsEmpty ? null : SKImage.FromEncodedData(template.LogoPng.Span);
        var qr = QrModules(EpcQrCode.For(invoice));

        var title = text.Title(invoice.TypeCode) + " " + invoice.Number;

        // Lay out with the shared faces; a document with characters outside them is laid out again with faces
        // of its own (the shared faces have no metrics for those characters).
        var layout = Layout(fonts.Common, invoice, text, accent, logo, qr);
        var faces = fonts.For(layout.Strings);
        if (!ReferenceEquals(faces, fonts.Common))
        {
            layout.Dispose();
            layout = Layout(faces, invoice, text, accent, logo, qr);
        }

        using var ownedFaces = faces;
        using var finalLayout = layout;
        var now = _clock.GetUtcNow().UtcDateTime;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Author = invoice.Seller.Name,
            Creator = "Encaisse",
            Producer = "Encaisse",
            Creation = now,
            Modified = now,
            PdfA = true,
        };
        using var document = SKDocument.CreatePdf(output, metadata);
        using var paint = new SKPaint { IsAntialias = true };
        var fontCache = new Dictionary<(Face, float), SKFont>();
        try
        {
            foreach (var page in layout.Pages)
            {
                var canvas = document.BeginPage(PageLayout.Width, PageLayout.Height);
                foreach (var op in page)
                {
                    Draw(canvas, op, paint, faces, fontCache);
                }

                document.EndPage();
            }

            document.Close();
        }
        finally
        {
            foreach (var font in fontCache.Values)
            {
                font.Dispose();
            }
        }
    }

    private static PageLayout Layout(InvoiceFonts.FaceSet faces, Invoice invoice, InvoiceText text, SKColor accent, SKImage? logo, bool[,]? qr)
    {
        var layout = new PageLayout(faces, l => ContinuationHeader(l, text, invoice, accent));
        var context = new Context(layout, text, invoice, accent);
        Header(context, logo);
        LineTable(context);
        Totals(context);
        Payment(context, qr);
        Legal(context);
        Footers(context);
        return layout;
    }

    private static void Draw(SKCanvas canvas, DrawOp op, SKPaint paint, InvoiceFonts.FaceSet faces, Dictionary<(Face, float), SKFont> fonts)
    {
        switch (op)
        {
            case TextOp t:
                if (!fonts.TryGetValue((t.Face, t.Size), out var font))
                {
                    font = InvoiceFonts.NewFont(t.Face == Face.Bold ? faces.Bold : faces.Regular, t.Size);
                    fonts[(t.Face, t.Size)] = font;
                }

                paint.Style = SKPaintStyle.Fill;
                paint.Color = t.Color;
                canvas.DrawText(t.Text, t.X, t.Y, t.Align, font, paint);
                break;
            case RectOp r:
                paint.Style = SKPaintStyle.Fill;
                paint.Color = r.Color;
                canvas.DrawRect(r.Rect, paint);
                break;
            case LineOp l:
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = l.Width;
                paint.Color = l.Color;
                canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, paint);
                break;
            case ImageOp i:
                canvas.DrawImage(i.Image, i.Destination, new SKSamplingOptions(SKFilterMode.Linear));
                break;
            case RectsOp r:
                // Plain rectangles: Skia writes "x y w h re" for each, much cheaper than one complex path.
                paint.Style = SKPaintStyle.Fill;
                paint.Color = r.Color;
                canvas.Save();
                canvas.Concat(r.Transform);
                foreach (var rect in r.Rects)
                {
                    canvas.DrawRect(rect, paint);
                }

                canvas.Restore();
                break;
        }
    }

    private sealed record Context(PageLayout Layout, InvoiceText Text, Invoice Invoice, SKColor Accent)
    {
        public string Currency => Invoice.Currency.Code;

        public string Money(decimal amount) => Text.Money(amount, Currency);
    }

    private static void Header(Context c, SKImage? logo)
    {
        var l = c.Layout;
        var invoice = c.Invoice;
        var t = c.Text;

        // Left: logo and seller (BG-4).
        var y = PageLayout.Top;
        if (logo is not null && logo.Width > 0 && logo.Height > 0)
        {
            var scale = Math.Min(160f / logo.Width, 56f / logo.Height);
            var dest = SKRect.Create(PageLayout.Left, y, logo.Width * scale, logo.Height * scale);
            l.Current.Add(new ImageOp(logo, dest));
            y += dest.Height + 10;
        }

        var seller = invoice.Seller;
        y += 11;
        l.Text(seller.TradingName ?? seller.Name, PageLayout.Left, y, Face.Bold, 11.5f, Ink);
        if (seller.TradingName is not null && seller.TradingName != seller.Name)
        {
            y += 12;
            l.Text(seller.Name, PageLayout.Left, y, Face.Regular, 8.5f, Muted);
        }

        foreach (var line in InvoiceText.AddressLines(seller.Address))
        {
            y += 11.5f;
            l.Text(line, PageLayout.Left, y, Face.Regular, 9f, Ink);
        }

        var ids = new List<string>();
        if (seller.Siren is { } siren)
        {
            ids.Add(t.Label("siren") + " " + siren); // BT-30
        }
        else if (seller.LegalRegistrationId is { } legal)
        {
            ids.Add(legal.Value);
        }

        if (seller.VatId is { } vat)
        {
            ids.Add(t.Label("vat") + " " + vat); // BT-31
        }

        if (ids.Count > 0)
        {
            y += 12;
            l.Text(string.Join("  ·  ", ids), PageLayout.Left, y, Face.Regular, 8f, Muted);
        }

        var contact = seller.Contact is null ? null : string.Join("  ·  ", new[] { seller.Contact.Name, seller.Contact.Telephone, seller.Contact.Email }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (!string.IsNullOrEmpty(contact))
        {
            y += 10.5f;
            l.Text(contact, PageLayout.Left, y, Face.Regular, 8f, Muted);
        }

        // Right: title, number, dates.
        var ry = PageLayout.Top + 20;
        l.Text(t.Title(invoice.TypeCode), PageLayout.Right, ry, Face.Bold, 20f, c.Accent, SKTextAlign.Right);
        ry += 18;
        l.Text(t.Label("number") + " " + invoice.Number, PageLayout.Right, ry, Face.Bold, 11f, Ink, SKTextAlign.Right); // BT-1
        ry += 14;
        l.Text(t.Label("date") + " : " + t.Date(invoice.IssueDate), PageLayout.Right, ry, Face.Regular, 9f, Ink, SKTextAlign.Right); // BT-2
        if (invoice.DueDate is { } due)
        {
            ry += 12;
            l.Text(t.Label("due") + " : " + t.Date(due), PageLayout.Right, ry, Face.Bold, 9f, Ink, SKTextAlign.Right); // BT-9
        }

        // Buyer box (BG-7) on the right, references on the left.
        var top = Math.Max(y, ry) + 18;
        var boxLeft = 318f;
        var by = top + 14;
        var buyerLines = new List<(string Text, Face Face, float Size, SKColor Color)>
        {
            (invoice.Buyer.Name, Face.Bold, 10.5f, Ink), // BT-44
        };
        if (invoice.Buyer.TradingName is { } trading && trading != invoice.Buyer.Name)
        {
            buyerLines.Add((trading, Face.Regular, 9f, Ink));
        }

        if (invoice.Buyer.Contact?.Name is { } attention)
        {
            buyerLines.Add((attention, Face.Regular, 9f, Ink));
        }

        buyerLines.AddRange(InvoiceText.AddressLines(invoice.Buyer.Address).Select(a => (a, Face.Regular, 9f, Ink)));
        var buyerIds = new List<string>();
        if (invoice.Buyer.Siren is { } buyerSiren)
        {
            buyerIds.Add(t.Label("siren") + " " + buyerSiren); // BT-47
        }

        if (invoice.Buyer.VatId is { } buyerVat)
        {
            buyerIds.Add(t.Label("vat") + " " + buyerVat); // BT-48
        }

        if (buyerIds.Count > 0)
        {
            buyerLines.Add((string.Join("  ·  ", buyerIds), Face.Regular, 8f, Muted));
        }

        var boxHeight = 22 + (buyerLines.Count * 12.5f);
        l.Rect(new SKRect(boxLeft, top, PageLayout.Right, top + boxHeight), Shade);
        l.Text(t.Label("buyer").ToUpperInvariant(), boxLeft + 10, by - 1, Face.Bold, 7.5f, c.Accent);
        foreach (var (lineText, face, size, color) in buyerLines)
        {
            by += 12.5f;
            foreach (var wrapped in l.Wrap(lineText, face, size, PageLayout.Right - boxLeft - 20).Take(2))
            {
                l.Text(wrapped, boxLeft + 10, by, face, size, color);
            }
        }

        var refs = References(c);
        var ly = top + 12;
        foreach (var (label, value) in refs)
        {
            l.Text(label, PageLayout.Left, ly, Face.Regular, 8f, Muted);
            l.Text(value, PageLayout.Left + 92, ly, Face.Regular, 8.5f, Ink);
            ly += 12;
        }

        l.Y = Math.Max(top + boxHeight, ly) + 20;
    }

    private static List<(string Label, string Value)> References(Context c)
    {
        var invoice = c.Invoice;
        var t = c.Text;
        var refs = new List<(string, string)>();
        if (invoice.BuyerReference is { } buyerRef)
        {
            refs.Add((t.Label("buyerRef"), buyerRef)); // BT-10
        }

        if (invoice.PurchaseOrderReference is { } order)
        {
            refs.Add((t.Label("order"), order)); // BT-13
        }

        if (invoice.ContractReference is { } contract)
        {
            refs.Add((t.Label("contract"), contract)); // BT-12
        }

        if (invoice.ProjectReference is { } project)
        {
            refs.Add((t.Label("project"), project)); // BT-11
        }

        if (invoice.InvoicingPeriod is { } period && Period(t, period) is { } p)
        {
            refs.Add((t.Label("period"), p)); // BG-14
        }

        foreach (var preceding in invoice.PrecedingInvoices)
        {
            refs.Add((t.Label("preceding"), preceding.Number + (preceding.IssueDate is { } d ? " (" + t.Date(d) + ")" : string.Empty))); // BG-3
        }

        return refs;
    }

    private static string? Period(InvoiceText t, Period period) => (period.Start, period.End) switch
    {
        ({ } s, { } e) => t.Date(s) + " – " + t.Date(e),
        ({ } s, null) => t.Date(s) + " –",
        (null, { } e) => "– " + t.Date(e),
        _ => null,
    };

    private static void TableHeader(Context c)
    {
        var l = c.Layout;
        var t = c.Text;
        var y = l.Y;
        l.Rect(new SKRect(PageLayout.Left, y, PageLayout.Right, y + 18), c.Accent);
        var baseline = y + 12.3f;
        l.Text(t.Label("description"), PageLayout.Left + 6, baseline, Face.Bold, 8.5f, SKColors.White);
        l.Text(t.Label("qty"), QtyRight, baseline, Face.Bold, 8.5f, SKColors.White, SKTextAlign.Right);
        l.Text(t.Label("unitPrice"), PriceRight, baseline, Face.Bold, 8.5f, SKColors.White, SKTextAlign.Right);
        l.Text(t.Label("vatRate"), VatRight, baseline, Face.Bold, 8.5f, SKColors.White, SKTextAlign.Right);
        l.Text(t.Label("amount"), AmountRight, baseline, Face.Bold, 8.5f, SKColors.White, SKTextAlign.Right);
        l.Y = y + 18;
    }

    private static void LineTable(Context c)
    {
        var l = c.Layout;
        var t = c.Text;
        l.EnsureSpace(60);
        TableHeader(c);
        var shaded = false;
        foreach (var line in c.Invoice.Lines)
        {
            var block = new List<(string Text, Face Face, float Size, SKColor Color)>();
            block.AddRange(l.Wrap(line.Item.Name, Face.Regular, 9f, DescriptionWidth).Select(s => (s, Face.Regular, 9f, Ink))); // BT-153
            if (line.Item.Description is { Length: > 0 } description)
            {
                block.AddRange(l.Wrap(description, Face.Regular, 7.5f, DescriptionWidth).Select(s => (s, Face.Regular, 7.5f, Muted))); // BT-154
            }

            var extras = new List<string>();
            if (line.Period is { } period && Period(t, period) is { } p)
            {
                extras.Add(t.Label("period") + " : " + p); // BG-26
            }

            if (line.Item.SellerId is { } sellerId)
            {
                extras.Add("Réf. " + sellerId); // BT-155
            }

            foreach (var allowance in line.Allowances)
            {
                extras.Add(t.Label("allowances") + " : −" + c.Money(allowance.Amount) + (allowance.Reason is { } r ? " (" + r + ")" : string.Empty)); // BG-27
            }

            foreach (var charge in line.Charges)
            {
                extras.Add(t.Label("charges") + " : +" + c.Money(charge.Amount) + (charge.Reason is { } r ? " (" + r + ")" : string.Empty)); // BG-28
            }

            if (line.Note is { Length: > 0 } note)
            {
                extras.Add(note); // BT-127
            }

            foreach (var extra in extras)
            {
                block.AddRange(l.Wrap(extra, Face.Regular, 7.5f, DescriptionWidth).Select(s => (s, Face.Regular, 7.5f, Muted)));
            }

            var height = 8 + block.Sum(b => b.Size + 2.5f);
            if (l.EnsureSpace(height))
            {
                TableHeader(c);
                shaded = false;
            }

            var top = l.Y;
            if (shaded)
            {
                l.Rect(new SKRect(PageLayout.Left, top, PageLayout.Right, top + height), Shade);
            }

            shaded = !shaded;
            var y = top + 4;
            var first = true;
            foreach (var (s, face, size, color) in block)
            {
                y += size + 2.5f;
                l.Text(s, PageLayout.Left + 6, y - 2.5f, face, size, color);
                if (first)
                {
                    var baseline = y - 2.5f;
                    var unit = t.Unit(line.UnitCode);
                    l.Text(t.Quantity(line.Quantity) + (unit.Length > 0 ? " " + unit : string.Empty), QtyRight, baseline, Face.Regular, 9f, Ink, SKTextAlign.Right); // BT-129, BT-130
                    var price = c.Money(line.Price.NetPrice) + (line.Price.BaseQuantity is { } bq && bq != 1m ? " / " + t.Quantity(bq) : string.Empty);
                    l.Text(price, PriceRight, baseline, Face.Regular, 9f, Ink, SKTextAlign.Right); // BT-146, BT-149
                    l.Text(t.Vat(line.Vat), VatRight, baseline, Face.Regular, 9f, Ink, SKTextAlign.Right); // BT-152
                    l.Text(c.Money(line.NetAmount), AmountRight, baseline, Face.Regular, 9f, Ink, SKTextAlign.Right); // BT-131
                    first = false;
                }
            }

            l.Y = top + height;
        }

        l.Line(PageLayout.Left, l.Y, PageLayout.Right, l.Y, Rule);
        l.Y += 16;
    }

    private static void Totals(Context c)
    {
        var l = c.Layout;
        var t = c.Text;
        var invoice = c.Invoice;
        var totals = invoice.Totals;

        var rows = new List<(string Label, string Value, bool Strong)>();
        if (invoice.Allowances.Count > 0 || invoice.Charges.Count > 0)
        {
            rows.Add((t.Label("totalNet") + " (lignes)", c.Money(totals.SumOfLineNetAmounts), false)); // BT-106
        }

        foreach (var allowance in invoice.Allowances)
        {
            rows.Add((t.Label("allowances") + (allowance.Reason is { } r ? " – " + r : string.Empty), "−" + c.Money(allowance.Amount), false)); // BG-20
        }

        foreach (var charge in invoice.Charges)
        {
            rows.Add((t.Label("charges") + (charge.Reason is { } r ? " – " + r : string.Empty), c.Money(charge.Amount), false)); // BG-21
        }

        rows.Add((t.Label("totalNet"), c.Money(totals.TotalWithoutVat), false)); // BT-109
        rows.Add((t.Label("totalVat"), c.Money(totals.TotalVat), false)); // BT-110
        rows.Add((t.Label("totalGross"), c.Money(totals.TotalWithVat), true)); // BT-112
        if (totals.PaidAmount is { } paid && paid != 0)
        {
            rows.Add((t.Label("paid"), "−" + c.Money(paid), false)); // BT-113
        }

        if (totals.RoundingAmount is { } rounding && rounding != 0)
        {
            rows.Add((t.Label("rounding"), c.Money(rounding), false)); // BT-114
        }

        // VAT breakdown (BG-23) on the left: rate, base, tax, and the exemption reason (BT-120) under it.
        var vatRows = new List<(string Rate, string Base, string Tax, List<string> Reason)>();
        foreach (var vat in invoice.VatBreakdown)
        {
            var reason = vat.ExemptionReason ?? vat.ExemptionReasonCode;
            vatRows.Add((t.Vat(vat.Vat), c.Money(vat.TaxableAmount), c.Money(vat.TaxAmount),
                reason is null ? [] : l.Wrap(reason, Face.Regular, 7f, 250f)));
        }

        var vatHeight = 16 + vatRows.Sum(r => 13 + (r.Reason.Count * 9));
        var totalsHeight = (rows.Count * 14) + 26;
        l.EnsureSpace(Math.Max(vatHeight, totalsHeight) + 6);
        var top = l.Y;

        var vy = top + 9;
        l.Text(t.Label("vatRate"), PageLayout.Left, vy, Face.Bold, 8f, Muted);
        l.Text(t.Label("vatBase"), PageLayout.Left + 160, vy, Face.Bold, 8f, Muted, SKTextAlign.Right);
        l.Text(t.Label("vatAmount"), PageLayout.Left + 250, vy, Face.Bold, 8f, Muted, SKTextAlign.Right);
        l.Line(PageLayout.Left, vy + 4, PageLayout.Left + 250, vy + 4, Rule);
        vy += 4;
        foreach (var (rate, taxable, tax, reason) in vatRows)
        {
            vy += 13;
            l.Text(rate, PageLayout.Left, vy, Face.Regular, 8.5f, Ink);
            l.Text(taxable, PageLayout.Left + 160, vy, Face.Regular, 8.5f, Ink, SKTextAlign.Right);
            l.Text(tax, PageLayout.Left + 250, vy, Face.Regular, 8.5f, Ink, SKTextAlign.Right);
            foreach (var r in reason)
            {
                vy += 9;
                l.Text(r, PageLayout.Left, vy, Face.Regular, 7f, Muted);
            }
        }

        const float labelX = 330f;
        var ty = top;
        foreach (var (label, value, strong) in rows)
        {
            ty += 14;
            l.Text(label, labelX, ty, strong ? Face.Bold : Face.Regular, 9f, Ink);
            l.Text(value, AmountRight, ty, strong ? Face.Bold : Face.Regular, 9f, Ink, SKTextAlign.Right);
        }

        ty += 8;
        l.Rect(new SKRect(labelX - 8, ty, PageLayout.Right, ty + 22), c.Accent);
        l.Text(t.Label("due.amount"), labelX, ty + 15, Face.Bold, 10.5f, SKColors.White);
        l.Text(c.Money(totals.AmountDueForPayment), AmountRight, ty + 15, Face.Bold, 11f, SKColors.White, SKTextAlign.Right); // BT-115
        ty += 22;

        l.Y = Math.Max(vy, ty) + 20;
    }

    private static void Payment(Context c, bool[,]? qr)
    {
        var l = c.Layout;
        var t = c.Text;
        var invoice = c.Invoice;
        var lines = new List<(string Text, Face Face)>();
        var instructions = invoice.PaymentInstructions;
        if (instructions?.MeansText is { } means)
        {
            lines.Add((means, Face.Regular)); // BT-82
        }

        foreach (var transfer in instructions?.CreditTransfers ?? [])
        {
            if (transfer.AccountName is { } accountName)
            {
                lines.Add((accountName, Face.Regular)); // BT-85
            }

            lines.Add((t.Label("iban") + " " + GroupsOfFour(transfer.AccountId), Face.Bold)); // BT-84
            if (transfer.ServiceProviderId is { } bic)
            {
                lines.Add((t.Label("bic") + " " + bic, Face.Regular)); // BT-86
            }
        }

        if (instructions?.DirectDebit is { } debit)
        {
            lines.Add((t.Label("directDebit") + " " + debit.MandateReference + (debit.DebitedAccountId is { } debited ? " · " + Masked(debited) : string.Empty), Face.Regular)); // BG-19
        }

        if (instructions?.RemittanceInformation is { } remittance)
        {
            lines.Add((t.Label("reference") + " : " + remittance, Face.Bold)); // BT-83
        }

        if (invoice.DueDate is { } due)
        {
            lines.Add((t.Label("due") + " : " + t.Date(due), Face.Regular)); // BT-9
        }

        foreach (var instalment in invoice.PaymentSchedule)
        {
            lines.Add((t.Date(instalment.DueDate) + " : " + c.Money(instalment.Amount), Face.Regular));
        }

        var textWidth = qr is null ? PageLayout.Right - PageLayout.Left : 330f;
        if (invoice.PaymentTerms is { Length: > 0 } terms)
        {
            foreach (var wrapped in l.Wrap(t.Label("terms") + " : " + terms, Face.Regular, 8.5f, textWidth))
            {
                lines.Add((wrapped, Face.Regular)); // BT-20
            }
        }

        if (lines.Count == 0 && qr is null)
        {
            return;
        }

        const float qrSize = 96f;
        var height = Math.Max(18 + (lines.Count * 12), qr is null ? 0 : qrSize + 30);
        l.EnsureSpace(height);
        var top = l.Y;
        l.Text(t.Label("payment").ToUpperInvariant(), PageLayout.Left, top + 8, Face.Bold, 8f, c.Accent);
        var y = top + 10;
        foreach (var (s, face) in lines)
        {
            y += 12;
            l.Text(s, PageLayout.Left, y, face, 8.5f, Ink);
        }

        if (qr is not null)
        {
            var x = PageLayout.Right - qrSize;
            var module = qrSize / qr.GetLength(0);
            l.Current.Add(new RectsOp(QrRects(qr), SKMatrix.CreateScaleTranslation(module, module, x, top), SKColors.Black));
            var captionY = top + qrSize + 8;
            foreach (var caption in l.Wrap(t.Label("qr"), Face.Regular, 6.5f, 150f))
            {
                l.Text(caption, PageLayout.Right, captionY, Face.Regular, 6.5f, Muted, SKTextAlign.Right);
                captionY += 8;
            }
        }

        l.Y = top + height + 10;
    }

    private static void Legal(Context c)
    {
        var l = c.Layout;
        var t = c.Text;
        var invoice = c.Invoice;
        var paragraphs = new List<string>();
        foreach (var note in invoice.Notes)
        {
            // BAR is a routing code for the platforms, not a mention for the reader.
            if (note.SubjectCode != NoteSubjectCodes.Treatment && note.Text.Length > 0)
            {
                paragraphs.Add(note.Text); // BT-22 (PMT, PMD, AAB, ...)
            }
        }

        if (invoice.VatOnDebits)
        {
            paragraphs.Add(t.Label("debits")); // BT-8
        }

        if (invoice.Seller.AdditionalLegalInformation is { Length: > 0 } legal)
        {
            paragraphs.Add(legal); // BT-33
        }

        if (paragraphs.Count == 0)
        {
            return;
        }

        l.EnsureSpace(30);
        l.Text(t.Label("legal").ToUpperInvariant(), PageLayout.Left, l.Y + 8, Face.Bold, 7.5f, c.Accent);
        l.Y += 12;
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in l.Wrap(paragraph, Face.Regular, 7.5f, PageLayout.Right - PageLayout.Left))
            {
                l.EnsureSpace(10);
                l.Y += 9.5f;
                l.Text(line, PageLayout.Left, l.Y, Face.Regular, 7.5f, Muted);
            }

            l.Y += 2;
        }
    }

    private static void ContinuationHeader(PageLayout l, InvoiceText t, Invoice invoice, SKColor accent)
    {
        l.Text(t.Title(invoice.TypeCode) + " " + invoice.Number, PageLayout.Left, PageLayout.Top + 10, Face.Bold, 10f, accent);
        l.Text(invoice.Seller.Name + " → " + invoice.Buyer.Name, PageLayout.Right, PageLayout.Top + 10, Face.Regular, 8f, Muted, SKTextAlign.Right);
        l.Y = PageLayout.Top + 24;
    }

    /// <summary>Seller identity and "n/N" at the bottom of every page, once the page count is known.</summary>
    private static void Footers(Context c)
    {
        var l = c.Layout;
        var seller = c.Invoice.Seller;
        var parts = new List<string> { seller.Name };
        if (seller.AdditionalLegalInformation is { Length: > 0 } legal)
        {
            parts.Add(legal);
        }

        if (seller.Siren is { } siren)
        {
            parts.Add(c.Text.Label("siren") + " " + siren);
        }

        if (seller.VatId is { } vat)
        {
            parts.Add(c.Text.Label("vat") + " " + vat);
        }

        var identity = l.Wrap(string.Join(" – ", parts), Face.Regular, 7f, 440f).Take(2).ToList();
        var count = l.Pages.Count;
        for (var i = 0; i < count; i++)
        {
            var page = l.Pages[i];
            var y = PageLayout.Height - 40;
            page.Add(new LineOp(PageLayout.Left, y - 10, PageLayout.Right, y - 10, Rule, 0.5f));
            foreach (var line in identity)
            {
                l.Strings.Add(line);
                page.Add(new TextOp(line, PageLayout.Left, y, Face.Regular, 7f, Muted, SKTextAlign.Left));
                y += 9;
            }

            var number = string.Create(CultureInfo.InvariantCulture, $"{i + 1}/{count}");
            l.Strings.Add(number);
            page.Add(new TextOp(number, PageLayout.Right, PageLayout.Height - 40, Face.Bold, 8f, Muted, SKTextAlign.Right));
        }
    }

    /// <summary>The QR code's modules (QRCoder includes the 4-module quiet zone).</summary>
    private static bool[,]? QrModules(string? payload)
    {
        if (payload is null)
        {
            return null;
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(System.Text.Encoding.UTF8.GetBytes(payload), QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var modules = new bool[matrix.Count, matrix.Count];
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var col = 0; col < matrix[row].Length && col < matrix.Count; col++)
            {
                modules[row, col] = matrix[row][col];
            }
        }

        return modules;
    }

    /// <summary>The dark modules in module units, one rectangle per horizontal run (small integer coordinates in the PDF).</summary>
    private static List<SKRect> QrRects(bool[,] modules)
    {
        var n = modules.GetLength(0);
        var rects = new List<SKRect>();
        for (var row = 0; row < n; row++)
        {
            for (var col = 0; col < n; col++)
            {
                if (!modules[row, col])
                {
                    continue;
                }

                var start = col;
                while (col + 1 < n && modules[row, col + 1])
                {
                    col++;
                }

                rects.Add(new SKRect(start, row, col + 1, row + 1));
            }
        }

        return rects;
    }

    private static string GroupsOfFour(string iban)
    {
        var compact = iban.Replace(" ", string.Empty, StringComparison.Ordinal);
        return string.Join(' ', Enumerable.Range(0, (compact.Length + 3) / 4).Select(i => compact.Substring(i * 4, Math.Min(4, compact.Length - (i * 4)))));
    }

    private static string Masked(string account) => account.Length <= 8 ? account : account[..4] + "…" + account[^4..];
}
