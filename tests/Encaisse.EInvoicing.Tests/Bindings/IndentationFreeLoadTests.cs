using System.Text;
using System.Xml.Linq;
using Encaisse.EInvoicing.Bindings;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Bindings;

/// <summary>
/// EInvoiceReader loads without indentation (<see cref="SafeXml.LoadWithoutIndentation"/>): it must read every file
/// as it reads the fully loaded document, and the loader must keep all text of leaf elements.
/// </summary>
public sealed class IndentationFreeLoadTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestFiles.EInvoice, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                     .Select(f => Path.GetRelativePath(TestFiles.EInvoice, f).Replace('\\', '/'))
                     .Where(f => f.StartsWith("examples/", StringComparison.Ordinal) || f.StartsWith("xrechnung/", StringComparison.Ordinal)
                                 || f.StartsWith("zugferd/", StringComparison.Ordinal) || f.StartsWith("unit/", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reads_the_same_invoice_or_the_same_error_as_from_the_full_document(string relative)
    {
        var bytes = File.ReadAllBytes(TestFiles.PathOf(relative));
        var full = SafeXml.Load(bytes);
        var expected = full.TryGetValue(out var document) ? EInvoiceReader.Read(document) : default;
        var actual = EInvoiceReader.Read(bytes);

        if (!full.Success)
        {
            Assert.False(actual.Success);
            Assert.Equal(full.Error, actual.Error);
            return;
        }

        Assert.Equal(expected.Error, actual.Error);
        if (expected.TryGetValue(out var read))
        {
            TestFiles.AssertSameInvoice(read.Invoice, actual.Value.Invoice, relative);
            Assert.Equal(read.SpecificationIdentifier, actual.Value.SpecificationIdentifier);
            Assert.Equal(read.Profile.Name, actual.Value.Profile.Name);
        }
    }

    [Fact]
    public void Keeps_the_text_of_leaves_and_drops_only_whitespace_between_elements()
    {
        const string xml = "<?xml version=\"1.0\"?>\n<!-- c -->\n<r xmlns=\"urn:a\" xmlns:p=\"urn:p\" p:at=\"1\" b=\"2\">\n  <leaf>  </leaf>\n  <text>\n two  lines \n</text>"
                           + "\n  <mixed>a <!-- x -->  <?pi data?> b</mixed>\n  <cdata>  <![CDATA[ <x> ]]>  </cdata>\n  <empty/>\n  <p:n><p:m>v</p:m>\n</p:n>\n</r>\n";
        var full = SafeXml.Parse(xml).Value;
        var lean = SafeXml.LoadWithoutIndentation(Encoding.UTF8.GetBytes(xml)).Value;

        var root = lean.Root!;
        Assert.Equal(full.Root!.Name, root.Name);
        Assert.Equal(full.Root.Attributes().Select(a => (a.Name, a.Value)), root.Attributes().Select(a => (a.Name, a.Value)));
        foreach (var leaf in full.Descendants().Where(e => !e.HasElements))
        {
            var same = lean.Descendants(leaf.Name).Single();
            Assert.Equal(leaf.Value, same.Value);
        }

        // Indentation between elements is gone; nothing else is.
        Assert.DoesNotContain(root.Nodes(), n => n is XText);
        Assert.DoesNotContain(root.Element(XName.Get("n", "urn:p"))!.Nodes(), n => n is XText);
        Assert.Equal(full.Root.Elements().Count(), root.Elements().Count());
        Assert.Single(lean.Nodes().OfType<XComment>());
        Assert.Equal(full.Descendants().Count(), lean.Descendants().Count());
    }

    [Fact]
    public void Keeps_the_protections_of_the_full_load()
    {
        var dtd = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e \"x\">]><r>&e;</r>"u8.ToArray();
        Assert.Contains("DTD", SafeXml.LoadWithoutIndentation(dtd).Error, StringComparison.Ordinal);
        var deep = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<a>", 100)) + string.Concat(Enumerable.Repeat("</a>", 100)));
        Assert.False(SafeXml.LoadWithoutIndentation(deep).Success);
        Assert.False(SafeXml.LoadWithoutIndentation("<a><b></a>"u8.ToArray()).Success);
    }
}
