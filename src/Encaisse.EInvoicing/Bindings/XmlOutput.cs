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

    // One output buffer per thread, reused: growing a fresh MemoryStream from 8 KB and copying it out cost about a
    // fifth of writing an invoice. Buffers that grew past this size (large attachments) are not kept.
    private const int KeptCapacity = 1024 * 1024;

    [ThreadStatic]
    private static MemoryStream? t_stream;

    public static byte[] Write<TState>(TState state, Action<XmlWriter, TState> body)
    {
        // Taken out of the slot while in use, so a nested write (none today) would get its own stream.
        var stream = t_stream ?? new MemoryStream(64 * 1024);
        t_stream = null;
        stream.SetLength(0);
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            body(writer, state);
            writer.WriteEndDocument();
        }

        var bytes = stream.ToArray();
        if (stream.Capacity <= KeptCapacity)
        {
            t_stream = stream;
        }

        return bytes;
    }
}
