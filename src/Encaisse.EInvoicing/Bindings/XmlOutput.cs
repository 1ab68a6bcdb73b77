namespace Encaisse.EInvoicing.Bindings;

/// <summary>
/// How both writers produce their bytes: UTF-8 without BOM, no indentation (about a quarter faster to write and
/// smaller; e-invoices are read by machines), line feeds in text kept as LF, deterministic. <see cref="MarkupWriter"/>
/// writes the same bytes as an XmlWriter with these settings would.
/// </summary>
internal static class XmlOutput
{
    // One output buffer per thread, reused: growing a fresh buffer per invoice and copying it out cost about a fifth
    // of writing one. Buffers that grew past this size (large attachments) are not kept.
    private const int KeptCapacity = 1024 * 1024;

    [ThreadStatic]
    private static byte[]? t_buffer;

    public static byte[] Write<TState>(TState state, Action<MarkupWriter, TState> body)
    {
        // Taken out of the slot while in use, so a nested write (none today) would get its own buffer.
        var writer = new MarkupWriter(t_buffer ?? new byte[64 * 1024]);
        t_buffer = null;
        writer.WriteStartDocument();
        body(writer, state);
        writer.WriteEndDocument();
        var bytes = writer.Buffer.AsSpan(0, writer.Length).ToArray();
        if (writer.Buffer.Length <= KeptCapacity)
        {
            t_buffer = writer.Buffer;
        }

        return bytes;
    }
}
