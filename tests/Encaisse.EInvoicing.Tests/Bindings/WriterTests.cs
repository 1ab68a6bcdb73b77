using System.Text;
using System.Xml.Linq;
using Encaisse.Domain.Invoicing;
using Encaisse.EInvoicing.Bindings;
using Encaisse.EInvoicing.Bindings.Profiles;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Bindings;

public sealed class WriterTests
{
    private static readonly XNamespace Cbc = Namespaces.Cbc;
    private static readonly XNamespace Ram = Namespaces.Ram;

    [Fact]
    public void Issued_invoices_survive_a_round_trip_in_every_profile_that_carries_all_their_terms()
    {
        foreach (var (name, invoice) in SampleInvoices.All())
        {
            foreach (var format in new[]
            {
                OutputFormat.Ubl(EInvoiceProfile.En16931), OutputFormat.Cii(EInvoiceProfile.En16931),
                OutputFormat.Cii(EInvoiceProfile.FrenchEn16931), OutputFormat.Cii(EInvoiceProfile.FacturXExtended),
            })
            {
                var read = EInvoiceReader.Read(EInvoiceWriter.Write(invoice, format)).Value;
                TestFiles.AssertSameInvoice(KnownLosses.Apply(EInvoiceWriter.Project(invoice, format), format), KnownLosses.Apply(read.Invoice, format), $"{name} as {format}");
            }
        }
    }

    [Fact]
    public void The_same_invoice_gives_the_same_bytes_utf8_without_bom()
    {
        var invoice = SampleInvoices.Rich();
        foreach (var format in new[] { OutputFormat.Ubl(EInvoiceProfile.PeppolBis3), OutputFormat.Cii(EInvoiceProfile.FacturXBasic) })
        {
            var first = EInvoiceWriter.Write(invoice, format);
            var second = EInvoiceWriter.Write(invoice with { Notes = [.. invoice.Notes] }, format);
            Assert.Equal(first, second);
            Assert.NotEqual(0xEF, first[0]);
            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
            Assert.Contains("Bâtiment B", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Decimals_are_written_with_their_own_scale_and_never_in_exponent_notation()
    {
        var invoice = SampleInvoices.Rich();
        var tiny = 0.0000000000000000000000000001m;
        var line = invoice.Lines[0] with { Quantity = 12.5000m, Price = invoice.Lines[0].Price with { NetPrice = tiny } };
        var changed = invoice with { Lines = [line, invoice.Lines[1]], Totals = invoice.Totals with { TotalWithVat = 1234567890123.10m } };

        var ubl = XDocument.Parse(Encoding.UTF8.GetString(EInvoiceWriter.Write(changed, OutputFormat.Ubl(EInvoiceProfile.En16931))));
        Assert.Equal("12.5000", ubl.Descendants(Cbc + "InvoicedQuantity").First().Value);
        Assert.Equal("0.0000000000000000000000000001", ubl.Descendants(Cbc + "PriceAmount").First().Value);
        Assert.Equal("1234567890123.10", ubl.Descendants(Cbc + "TaxInclusiveAmount").Single().Value);

        var cii = XDocument.Parse(Encoding.UTF8.GetString(EInvoiceWriter.Write(changed, OutputFormat.Cii(EInvoiceProfile.En16931))));
        Assert.Equal("12.5000", cii.Descendants(Ram + "BilledQuantity").First().Value);
        Assert.Equal("1234567890123.10", cii.Descendants(Ram + "GrandTotalAmount").Single().Value);
    }

    [Theory]
    [InlineData(380, "Invoice")]
    [InlineData(384, "Invoice")]
    [InlineData(386, "Invoice")]
    [InlineData(381, "CreditNote")]
    [InlineData(396, "CreditNote")]
    [InlineData(261, "CreditNote")]
    [InlineData(262, "CreditNote")]
    [InlineData(503, "CreditNote")]
    public void UBL_writes_credit_note_type_codes_as_a_CreditNote_document(int code, string root)
    {
        var invoice = SampleInvoices.Rich() with { TypeCode = InvoiceTypeCode.Of(code) };
        var document = XDocument.Parse(Encoding.UTF8.GetString(EInvoiceWriter.Write(invoice, OutputFormat.Ubl(EInvoiceProfile.En16931))));
        Assert.Equal(root, document.Root!.Name.LocalName);
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture),
            document.Root.Element(Cbc + (root == "Invoice" ? "InvoiceTypeCode" : "CreditNoteTypeCode"))!.Value);
    }

    [Fact]
    public void A_UBL_credit_note_carries_the_due_date_in_its_payment_means()
    {
        var invoice = SampleInvoices.Rich(InvoiceTypeCode.CreditNote);
        var document = XDocument.Parse(Encoding.UTF8.GetString(EInvoiceWriter.Write(invoice, OutputFormat.Ubl(EInvoiceProfile.En16931))));
        Assert.Null(document.Root!.Element(Cbc + "DueDate"));
        // Once only (UBL-SR-45), although the invoice has two accounts and so two payment means.
        Assert.Equal(2, document.Root.Elements(Namespaces.Cac + "PaymentMeans").Count());
        Assert.Equal(["2026-05-15"], document.Root.Descendants(Cbc + "PaymentDueDate").Select(d => d.Value));
        Assert.Equal(invoice.DueDate, EInvoiceReader.Read(Encoding.UTF8.GetBytes(document.ToString())).Value.Invoice.DueDate);
    }

    [Fact]
    public void Profiles_write_their_specification_identifier_and_Peppol_a_default_process_type()
    {
        var invoice = SampleInvoices.Rich() with { BusinessProcessType = null };
        foreach (var profile in EInvoiceProfile.All)
        {
            foreach (var syntax in new[] { DocumentSyntax.Ubl, DocumentSyntax.Cii })
            {
                if (!profile.Supports(syntax))
                {
                    continue;
                }

                var read = EInvoiceReader.Read(EInvoiceWriter.Write(invoice, OutputFormat.Of(syntax, profile))).Value;
                Assert.Equal(profile.SpecificationIdentifier(syntax), read.SpecificationIdentifier);
                Assert.Equal(profile == EInvoiceProfile.PeppolBis3 ? "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0" : null, read.Invoice.BusinessProcessType);
            }
        }

        // A process type the invoice has is kept, except in Peppol, where BT-23 must be a Peppol process (R007):
        // the French category of operation gives way to it, a Peppol process is kept.
        Assert.Equal("S1", EInvoiceReader.Read(EInvoiceWriter.Write(SampleInvoices.Rich(), OutputFormat.Ubl(EInvoiceProfile.En16931))).Value.Invoice.BusinessProcessType);
        var french = EInvoiceReader.Read(EInvoiceWriter.Write(SampleInvoices.Rich(), OutputFormat.Ubl(EInvoiceProfile.PeppolBis3))).Value;
        Assert.Equal("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0", french.Invoice.BusinessProcessType);
        var otherProcess = SampleInvoices.Rich() with { BusinessProcessType = "urn:fdc:peppol.eu:2017:poacc:billing:02:1.0" };
        Assert.Equal(otherProcess.BusinessProcessType, EInvoiceReader.Read(EInvoiceWriter.Write(otherProcess, OutputFormat.Ubl(EInvoiceProfile.PeppolBis3))).Value.Invoice.BusinessProcessType);
    }

    [Fact]
    public void Peppol_writes_one_note_in_UBL_unless_both_parties_are_German_and_none_with_a_subject_code_in_CII()
    {
        var invoice = SampleInvoices.Rich();
        Assert.True(invoice.Notes.Count > 1);
        var ubl = EInvoiceReader.Read(EInvoiceWriter.Write(invoice, OutputFormat.Ubl(EInvoiceProfile.PeppolBis3))).Value.Invoice;
        var note = Assert.Single(ubl.Notes);
        Assert.Null(note.SubjectCode);
        Assert.Equal(string.Join("\n", invoice.Notes.Select(n => n.Text)), note.Text);
        Assert.Equal(ubl.Notes, EInvoiceReader.Read(EInvoiceWriter.Write(invoice, OutputFormat.Cii(EInvoiceProfile.PeppolBis3))).Value.Invoice.Notes);

        // Other profiles keep every note and its code.
        Assert.Equal(invoice.Notes, EInvoiceReader.Read(EInvoiceWriter.Write(invoice, OutputFormat.Ubl(EInvoiceProfile.En16931))).Value.Invoice.Notes);

        var german = new Domain.Common.PostalAddress { City = "Berlin", CountryCode = "DE" };
        var bothGerman = invoice with { Seller = invoice.Seller with { Address = german }, Buyer = invoice.Buyer with { Address = german } };
        Assert.Equal(invoice.Notes.Count, EInvoiceReader.Read(EInvoiceWriter.Write(bothGerman, OutputFormat.Ubl(EInvoiceProfile.PeppolBis3))).Value.Invoice.Notes.Count);
    }

    [Fact]
    public void Minimum_writes_the_header_and_four_totals_only()
    {
        var invoice = SampleInvoices.Rich();
        var bytes = EInvoiceWriter.Write(invoice, OutputFormat.Cii(EInvoiceProfile.FacturXMinimum));
        var document = XDocument.Parse(Encoding.UTF8.GetString(bytes));
        Assert.Empty(document.Descendants(Ram + "IncludedSupplyChainTradeLineItem"));
        Assert.Empty(document.Descendants(Ram + "LineTotalAmount"));
        Assert.Empty(document.Descendants(Ram + "IncludedNote"));
        Assert.Empty(document.Descendants(Ram + "ApplicableTradeTax"));
        Assert.Empty(document.Descendants(Ram + "ApplicableHeaderTradeDelivery").Single().Elements());

        var read = EInvoiceReader.Read(bytes).Value;
        Assert.Equal(EInvoiceProfile.FacturXMinimum, read.Profile);
        Assert.Equal(invoice.Totals.TotalWithVat, read.Invoice.Totals.TotalWithVat);
        Assert.Equal(invoice.Totals.AmountDueForPayment, read.Invoice.Totals.AmountDueForPayment);
        Assert.Equal(invoice.Seller.VatId, read.Invoice.Seller.VatId);
        Assert.Equal(invoice.Seller.Address!.CountryCode, read.Invoice.Seller.Address!.CountryCode);
        Assert.Null(read.Invoice.Seller.Address.City);
        Assert.Null(read.Invoice.PaymentInstructions);
    }

    [Fact]
    public void Basic_wl_writes_no_lines_and_basic_writes_lines_with_a_reduced_item()
    {
        var invoice = SampleInvoices.Rich();
        var basicWl = EInvoiceReader.Read(EInvoiceWriter.Write(invoice, OutputFormat.Cii(EInvoiceProfile.FacturXBasicWl))).Value.Invoice;
        Assert.Empty(basicWl.Lines);
        Assert.Equal(invoice.VatBreakdown, basicWl.VatBreakdown);
        Assert.Equal(invoice.Allowances, basicWl.Allowances);
        Assert.Null(basicWl.Seller.Contact);
        Assert.Empty(basicWl.SupportingDocuments);
        Assert.Equal(invoice.Totals.SumOfLineNetAmounts, basicWl.Totals.SumOfLineNetAmounts);

        var basic = EInvoiceReader.Read(EInvoiceWriter.Write(invoice, OutputFormat.Cii(EInvoiceProfile.FacturXBasic))).Value.Invoice;
        Assert.Equal(invoice.Lines.Count, basic.Lines.Count);
        Assert.Equal(new Item { Name = "Conseil", StandardId = invoice.Lines[0].Item.StandardId }, basic.Lines[0].Item);
        // BASIC line allowances are amounts: no percentage, no base.
        Assert.Equal(invoice.Lines[0].Allowances.Select(a => a with { Percentage = null, BaseAmount = null }), basic.Lines[0].Allowances);
        Assert.Null(basic.Buyer.TradingName);
        Assert.Null(basic.Lines[0].OrderLineReference);
    }

    [Fact]
    public void The_payment_schedule_is_written_in_CII_extended_only()
    {
        var invoice = SampleInvoices.WithSchedule();
        var extended = EInvoiceReader.Read(EInvoiceWriter.Write(invoice, OutputFormat.Cii(EInvoiceProfile.FacturXExtended))).Value.Invoice;
        Assert.Equal(invoice.PaymentSchedule, extended.PaymentSchedule);
        var en16931 = EInvoiceReader.Read(EInvoiceWriter.Write(invoice, OutputFormat.Cii(EInvoiceProfile.En16931))).Value.Invoice;
        Assert.Empty(en16931.PaymentSchedule);
        Assert.Equal(invoice.DueDate, en16931.DueDate);
    }

    [Fact]
    public void Output_formats_refuse_combinations_that_do_not_exist()
    {
        Assert.Throws<ArgumentException>(() => OutputFormat.Ubl(EInvoiceProfile.FacturXBasic));
        Assert.Throws<ArgumentException>(() => new OutputFormat(DocumentSyntax.Ubl, SyntaxVersion.CiiD16B, EInvoiceProfile.En16931));
        Assert.Throws<ArgumentException>(() => new OutputFormat(DocumentSyntax.Cii, SyntaxVersion.Ubl21, EInvoiceProfile.En16931));
        Assert.Equal(SyntaxVersion.CiiD22B, OutputFormat.Cii(EInvoiceProfile.FrenchEn16931).Version);
        Assert.Equal(SyntaxVersion.CiiD16B, OutputFormat.Cii(EInvoiceProfile.XRechnung3).Version);
    }

    [Theory]
    [InlineData("urn:cen.eu:en16931:2017", "Cii", "en16931")]
    [InlineData("urn:factur-x.eu:1p0:minimum", "Cii", "factur-x-minimum")]
    [InlineData("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", "Cii", "factur-x-extended")]
    [InlineData("urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr", "Ubl", "fr-extended-ctc-fr")]
    [InlineData("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0", "Ubl", "xrechnung-3")]
    [InlineData("urn:zugferd.de:2p0:basicwl", "Cii", "as-stated")]
    public void A_specification_identifier_names_its_profile(string identifier, string syntax, string profile)
    {
        var found = EInvoiceProfile.ForSpecificationIdentifier(identifier, Enum.Parse<DocumentSyntax>(syntax));
        Assert.Equal(profile, found.Name);
        Assert.Equal(identifier, found.SpecificationIdentifier(Enum.Parse<DocumentSyntax>(syntax)));
    }

    [Fact]
    public void An_older_identifier_keeps_its_level()
    {
        Assert.Equal(ProfileLevel.BasicWl, EInvoiceProfile.AsStated("urn:zugferd.de:2p0:basicwl").Level);
        Assert.Equal(ProfileLevel.Basic, EInvoiceProfile.AsStated("urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic").Level);
        Assert.Equal(ProfileLevel.Extended, EInvoiceProfile.AsStated("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0#conformant#urn:xeinkauf.de:kosit:extension:xrechnung_3.0").Level);
        Assert.Equal(ProfileLevel.En16931, EInvoiceProfile.AsStated("urn:ferd:CrossIndustryDocument:invoice:1p0:comfort").Level);
    }
}
