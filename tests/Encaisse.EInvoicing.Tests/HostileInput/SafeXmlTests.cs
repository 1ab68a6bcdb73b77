using System.Diagnostics;
using System.Text;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.HostileInput;

/// <summary>Hostile XML: each attack ends in a clear error, quickly, without building the document in memory.</summary>
public sealed class SafeXmlTests
{
    private static void AssertRefused(byte[] bytes, string expectedFragment, XmlLimits? limits = null)
    {
        var clock = Stopwatch.StartNew();
        var result = SafeXml.Load(bytes, limits);
        clock.Stop();
        Assert.False(result.Success, "the hostile document was accepted");
        Assert.Contains(expectedFragment, result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\n", result.Error);

        // The same bytes through the validator: unreadable, not an exception.
        var validated = EInvoiceValidator.Validate(bytes, new ValidationOptions { Limits = limits ?? XmlLimits.Default });
        Assert.False(validated.Success);
    }

    [Fact]
    public void Billion_laughs_is_refused_as_a_DTD()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            xml.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString())};", 10))}\">\n");
        }

        xml.Append("]>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&lol9;</Invoice>");
        AssertRefused(Encoding.UTF8.GetBytes(xml.ToString()), "DTD");
    }

    [Fact]
    public void External_entity_is_refused_and_never_resolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET");
        try
        {
            var xml = $"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file://{secret}\">]><r>&x;</r>";
            AssertRefused(Encoding.UTF8.GetBytes(xml), "DTD");
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Deep_nesting_stops_at_the_depth_limit()
    {
        const int levels = 200_000;
        var xml = new StringBuilder(levels * 8);
        for (var i = 0; i < levels; i++)
        {
            xml.Append("<a>");
        }

        for (var i = 0; i < levels; i++)
        {
            xml.Append("</a>");
        }

        AssertRefused(Encoding.UTF8.GetBytes(xml.ToString()), "levels deep");
    }

    [Fact]
    public void Huge_attribute_is_refused()
    {
        var xml = $"<r a=\"{new string('x', 2 * 1024 * 1024)}\"/>";
        AssertRefused(Encoding.UTF8.GetBytes(xml), "attribute value is longer");
    }

    [Fact]
    public void Too_many_attributes_are_refused()
    {
        var attributes = string.Join(' ', Enumerable.Range(0, 500).Select(i => $"a{i}=\"1\""));
        AssertRefused(Encoding.UTF8.GetBytes($"<r {attributes}/>"), "attributes");
    }

    [Fact]
    public void Document_over_the_size_limit_is_refused()
    {
        var xml = $"<r>{new string('x', 4096)}</r>";
        AssertRefused(Encoding.UTF8.GetBytes(xml), "larger", new XmlLimits { MaxCharacters = 1024 });
    }

    [Fact]
    public void Truncated_invoice_is_not_well_formed()
    {
        var example = File.ReadAllBytes(Infrastructure.SharedMaterial.InEInvoice("examples/en16931/ubl/guide-example1.xml"));
        AssertRefused(example[..(example.Length / 2)], "well-formed");
    }

    [Fact]
    public void Latin1_bytes_in_a_file_declared_UTF8_are_refused()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><r>Société générale</r>");
        AssertRefused(bytes, "encoding");
    }

    [Fact]
    public void Unknown_declared_encoding_is_refused()
    {
        AssertRefused(Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"X-NO-SUCH-CHARSET\"?><r/>"), "encoding");
    }

    [Fact]
    public void Empty_input_is_refused()
    {
        AssertRefused([], "well-formed");
    }

    [Fact]
    public void A_declared_Latin1_file_is_read_correctly()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>Société générale</r>");
        var result = SafeXml.Load(bytes);
        Assert.True(result.Success, result.Error);
        Assert.Equal("Société générale", result.Value.Root!.Value);
    }
}
