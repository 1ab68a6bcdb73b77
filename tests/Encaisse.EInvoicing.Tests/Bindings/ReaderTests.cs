using System.Reflection;
using System.Text;
using System.Xml.Linq;
using Encaisse.Domain.Invoicing;
using Encaisse.EInvoicing.Bindings;
using Encaisse.EInvoicing.Bindings.Profiles;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Bindings;

public sealed class ReaderTests
{
    private static readonly XNamespace Cbc = Namespaces.Cbc;
    private static readonly XNamespace Ram = Namespaces.Ram;

    public static TheoryData<string> Documents => TestFiles.AsTheoryData(TestFiles.RoundTripDocuments);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Examples_are_read_with_their_stated_amounts_consistent(string file)
    {
        // The examples are valid against the EN 16931 document-level calculation rules (BR-CO-10 to BR-CO-17), so a
        // reader that drops a line, an allowance or a VAT entry shows up as a discrepancy there. Line net amounts
        // (BG-25) are not checked by EN 16931 and several examples round them their own way.
        var read = EInvoiceReader.Read(File.ReadAllBytes(TestFiles.PathOf(file))).Value;
        if (read.Profile.Level < ProfileLevel.Basic)
        {
            return; // no lines to recompute from
        }

        // Category O may state a 0 % rate in the breakdown and none on the lines (valid for the reference validator),
        // percentage allowance amounts (BT-92, BT-99) are not checked by EN 16931 either, and BR-CO-17 tolerates one
        // unit on BT-117 (the HUF example).
        var invoice = read.Invoice with
        {
            VatBreakdown = [.. read.Invoice.VatBreakdown.Select(b => b.Vat.Category == Domain.Tax.VatCategory.OutsideScope ? b with { Vat = VatTreatment.OutsideScope } : b)],
        };
        var discrepancies = InvoiceCalculator.FindDiscrepancies(invoice)
            .Where(d => !d.Path.StartsWith("BG-25", StringComparison.Ordinal) && !d.Path.EndsWith("BT-92", StringComparison.Ordinal) && !d.Path.EndsWith("BT-99", StringComparison.Ordinal))
            .Where(d => !(d.Path.EndsWith("BT-117", StringComparison.Ordinal) && Math.Abs((d.Stated ?? 0m) - d.Expected) <= 1m))
            .ToList();
        Assert.True(discrepancies.Count == 0, $"{file}: {string.Join("; ", discrepancies.Take(4))}");
    }

    [Fact]
    public void The_maximal_example_fills_the_model()
    {
        // Invoice-Max_content holds nearly every EN 16931 term; the model members left empty after reading it must
        // be exactly those the file does not carry (checked by hand against the XML). Only the first item of each
        // list is inspected.
        var read = EInvoiceReader.Read(File.ReadAllBytes(TestFiles.PathOf("examples/en16931/ubl-testfiles/Invoice-Max_content.xml"))).Value;
        var empty = new List<string>();
        CollectEmpty(read.Invoice, "invoice", empty);
        Assert.True(MaxContentAbsent.SequenceEqual(empty), string.Join(", ", empty));
    }

    // Absent from the file: the E category entry comes second, BT-8 and the card and direct-debit payment means are
    // commented out, UBL notes have no BT-21 prefix there, the first supporting document is a bare reference, and
    // the payment schedule is not an EN 16931 term.
    private static readonly string[] MaxContentAbsent =
    [
        "invoice.VatBreakdown[0].ExemptionReason", "invoice.VatBreakdown[0].ExemptionReasonCode", "invoice.VatPointDateCode",
        "invoice.Notes[0].SubjectCode", "invoice.PaymentInstructions.Card", "invoice.PaymentInstructions.DirectDebit",
        "invoice.SupportingDocuments[0].ExternalLocation", "invoice.SupportingDocuments[0].Attachment", "invoice.PaymentSchedule",
    ];

    [Fact]
    public void Max_content_reads_the_header_terms_as_written()
    {
        var path = TestFiles.PathOf("examples/en16931/ubl-testfiles/Invoice-Max_content.xml");
        var xml = XDocument.Load(path).Root!;
        var invoice = EInvoiceReader.Read(File.ReadAllBytes(path)).Value.Invoice;
        Assert.Equal(xml.Element(Cbc + "ID")!.Value, invoice.Number);
        Assert.Equal(xml.Element(Cbc + "BuyerReference")!.Value, invoice.BuyerReference);
        Assert.Equal(xml.Element(Cbc + "AccountingCost")!.Value, invoice.BuyerAccountingReference);
        Assert.Equal(xml.Elements(Namespaces.Cac + "InvoiceLine").Count(), invoice.Lines.Count);
        Assert.Equal(xml.Elements(Namespaces.Cac + "AllowanceCharge").Count(), invoice.Allowances.Count + invoice.Charges.Count);
        Assert.Equal(xml.Element(Namespaces.Cac + "TaxTotal")!.Elements(Namespaces.Cac + "TaxSubtotal").Count(), invoice.VatBreakdown.Count);
        Assert.Equal(xml.Elements(Cbc + "Note").Count(), invoice.Notes.Count);
    }

    [Fact]
    public void A_missing_mandatory_term_fails_with_one_line_naming_it()
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(EInvoiceWriter.Write(SampleInvoices.Rich(), OutputFormat.Ubl(EInvoiceProfile.En16931))));
        document.Root!.Element(Cbc + "IssueDate")!.Remove();
        var result = EInvoiceReader.Read(Encoding.UTF8.GetBytes(document.ToString()));
        Assert.False(result.Success);
        Assert.Contains("BT-2", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error);

        var cii = XDocument.Parse(Encoding.UTF8.GetString(EInvoiceWriter.Write(SampleInvoices.Rich(), OutputFormat.Cii(EInvoiceProfile.En16931))));
        cii.Descendants(Ram + "BilledQuantity").First().Remove();
        var ciiResult = EInvoiceReader.Read(Encoding.UTF8.GetBytes(cii.ToString()));
        Assert.False(ciiResult.Success);
        Assert.Equal("BT-129 invoiced quantity (line 1) is missing.", ciiResult.Error);
    }

    [Theory]
    [InlineData("TaxExclusiveAmount", "12,50", "BT-109")]
    [InlineData("TaxExclusiveAmount", "1.5E3", "BT-109")]
    [InlineData("IssueDate", "01/04/2026", "BT-2")]
    [InlineData("DocumentCurrencyCode", "EURO", "BT-5")]
    public void An_unparseable_value_fails_with_its_term(string element, string value, string term)
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(EInvoiceWriter.Write(SampleInvoices.Rich(), OutputFormat.Ubl(EInvoiceProfile.En16931))));
        document.Descendants(Cbc + element).First().Value = value;
        var result = EInvoiceReader.Read(Encoding.UTF8.GetBytes(document.ToString()));
        Assert.False(result.Success);
        Assert.StartsWith(term, result.Error, StringComparison.Ordinal);
        Assert.Contains(value, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_documents_and_unsafe_xml_are_refused_through_SafeXml()
    {
        Assert.Contains("not a UBL", EInvoiceReader.Read("<Order xmlns=\"urn:x\"/>"u8.ToArray()).Error, StringComparison.Ordinal);
        Assert.Contains("well-formed", EInvoiceReader.Read("<Invoice"u8.ToArray()).Error, StringComparison.Ordinal);
        var dtd = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&a;</Invoice>";
        Assert.Contains("DTD", EInvoiceReader.Read(Encoding.UTF8.GetBytes(dtd)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UBL_note_subject_codes_travel_as_a_prefix()
    {
        var invoice = SampleInvoices.Rich();
        var ubl = Encoding.UTF8.GetString(EInvoiceWriter.Write(invoice, OutputFormat.Ubl(EInvoiceProfile.FrenchEn16931)));
        Assert.Contains("<cbc:Note>#BAR#B2B</cbc:Note>", ubl, StringComparison.Ordinal);
        Assert.Equal(invoice.Notes, EInvoiceReader.Read(Encoding.UTF8.GetBytes(ubl)).Value.Invoice.Notes);
    }

    private static void CollectEmpty(object? value, string path, List<string> empty)
    {
        switch (value)
        {
            case null:
                empty.Add(path);
                return;
            case string or decimal or DateOnly or Enum or bool or int:
                return;
            case System.Collections.IEnumerable list:
                var first = list.Cast<object?>().FirstOrDefault();
                if (first is null)
                {
                    empty.Add(path);
                }
                else
                {
                    CollectEmpty(first, path + "[0]", empty);
                }

                return;
        }

        var type = value.GetType();
        if (type.Namespace?.StartsWith("Encaisse", StringComparison.Ordinal) != true || type.IsValueType)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Settable members are the model's terms; computed ones (Siren, Treatment, ...) are derived from them.
            if (property.CanWrite && property.GetIndexParameters().Length == 0 && type != typeof(AttachedObject))
            {
                CollectEmpty(property.GetValue(value), $"{path}.{property.Name}", empty);
            }
        }
    }
}
