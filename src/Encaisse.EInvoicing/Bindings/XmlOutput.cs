using System.Text;
using System.Xml;

namespace Encaisse.EInvoicing.Bindings;

/// <summary>
/// The XmlWriter settings both writers share: UTF-8 without BOM, no indentation (about a quarter faster to write and
/// smaller; e-invoices are read by machines), line feeds in text kept as LF, deterministic.
/// </summary>
internal static class XmlOutput
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
        CheckCharacters = true,
    };

    public static byte[] Write<TState>(TState state, Action<XmlWriter, TState> body, int capacity = 8 * 1024)
    {
        using var stream = new MemoryStream(capacity);
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            body(writer, state);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
