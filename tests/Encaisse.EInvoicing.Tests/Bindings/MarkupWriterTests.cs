using System.Text;
using System.Xml;
using Encaisse.EInvoicing.Bindings;

namespace Encaisse.EInvoicing.Tests.Bindings;

/// <summary>
/// The writers' MarkupWriter must give the bytes XmlWriter gives with the settings the writers used before it:
/// the same calls go to both and the outputs are compared.
/// </summary>
public sealed class MarkupWriterTests
{
    private const string Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private const string Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private const string Other = "urn:example:other";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
        CheckCharacters = true,
    };

    public static TheoryData<string> Texts() =>
    [
        "plain", string.Empty, "a\r\nb\rc\nd\te", "<&>\"' ]]> --", "é € 𝄞 \u0085 \u2028 \u00A0", "  leading and trailing  ",
        new string('x', 20_000) + "€",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Gives_the_bytes_XmlWriter_gives(string text)
    {
        var bytes = new byte[4];
        Assert.Equal(Encoding.UTF8.GetString(WithXmlWriter(text)), Encoding.UTF8.GetString(WithMarkupWriter(text, ref bytes)));
    }

    // By index: xunit would carry a lone surrogate in theory data as U+FFFD.
    private static readonly string[] Unwritable = ["\u0001", "\uFFFE", "lone \uD800 surrogate", "x\uDC00"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Refuses_characters_XML_cannot_carry_as_XmlWriter_does(int which)
    {
        var text = Unwritable[which];
        var buffer = new byte[64];
        Assert.Throws<ArgumentException>(() => WithXmlWriter(text));
        Assert.Throws<ArgumentException>(() => WithMarkupWriter(text, ref buffer));
    }

    private static byte[] WithXmlWriter(string text)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, Settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("Invoice", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2");
            w.WriteAttributeString("xmlns", "cac", null, Cac);
            w.WriteAttributeString("xmlns", "cbc", null, Cbc);
            w.WriteElementString("cbc", "Note", Cbc, text);
            w.WriteStartElement("cac", "Party", Cac);
            w.WriteStartElement("cbc", "ID", Cbc);
            w.WriteAttributeString("schemeID", text);
            w.WriteString(text);
            w.WriteEndElement();
            w.WriteStartElement("x", "Extension", Other);
            w.WriteAttributeString("name", null);
            w.WriteEndElement();
            w.WriteStartElement("x", "Extension", Other);
            w.WriteString(text);
            w.WriteEndElement();
            w.WriteStartElement("cbc", "Empty", Cbc);
            w.WriteEndElement();
            w.WriteStartElement("cbc", "EmbeddedDocumentBinaryObject", Cbc);
            w.WriteAttributeString("mimeCode", "application/pdf");
            w.WriteBase64([1, 2, 3, 250, 251, 252, 0], 0, 7);
            w.WriteEndElement();
            w.WriteStartElement("cbc", "EmbeddedDocumentBinaryObject", Cbc);
            w.WriteBase64([], 0, 0);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static byte[] WithMarkupWriter(string text, ref byte[] buffer)
    {
        var w = new MarkupWriter(buffer);
        w.WriteStartDocument();
        w.WriteStartElement("Invoice", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2");
        w.WriteAttributeString("xmlns", "cac", null, Cac);
        w.WriteAttributeString("xmlns", "cbc", null, Cbc);
        w.WriteElementString("cbc", "Note", Cbc, text);
        w.WriteStartElement("cac", "Party", Cac);
        w.WriteStartElement("cbc", "ID", Cbc);
        w.WriteAttributeString("schemeID", text);
        w.WriteString(text);
        w.WriteEndElement();
        w.WriteStartElement("x", "Extension", Other);
        w.WriteAttributeString("name", null);
        w.WriteEndElement();
        w.WriteStartElement("x", "Extension", Other);
        w.WriteString(text);
        w.WriteEndElement();
        w.WriteStartElement("cbc", "Empty", Cbc);
        w.WriteEndElement();
        w.WriteStartElement("cbc", "EmbeddedDocumentBinaryObject", Cbc);
        w.WriteAttributeString("mimeCode", "application/pdf");
        w.WriteBase64([1, 2, 3, 250, 251, 252, 0], 0, 7);
        w.WriteEndElement();
        w.WriteStartElement("cbc", "EmbeddedDocumentBinaryObject", Cbc);
        w.WriteBase64([], 0, 0);
        w.WriteEndElement();
        w.WriteEndDocument();
        buffer = w.Buffer;
        return w.Buffer.AsSpan(0, w.Length).ToArray();
    }
}
