using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Encaisse.Pdf.Syntax;

/// <summary>
/// Encaisse's own minimal PDF reader: finds the cross-reference data (classic tables and xref streams, following
/// /Prev and /XRefStm), the trailer and the catalog, and loads objects on demand (also from object streams).
/// When the cross-reference data is missing or broken it rebuilds it by scanning for "n g obj". It reads only
/// what e-invoice work needs: no content streams, no fonts, no encryption.
/// </summary>
internal sealed class PdfFile
{
    private readonly byte[] _data;
    private readonly PdfReadLimits _limits;
    private readonly CancellationToken _cancellationToken;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<int, XrefEntry> _xref = [];
    private readonly Dictionary<int, PdfObject> _cache = [];
    private readonly HashSet<int> _resolving = [];
    private readonly Dictionary<int, (byte[] Data, int First, int[] Offsets, int[] Numbers)> _objectStreams = [];
    private int _loaded;

    private PdfFile(byte[] data, PdfReadLimits limits, CancellationToken cancellationToken)
    {
        _data = data;
        _limits = limits;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The newest trailer (for a file with xref streams: the newest xref stream's dictionary).</summary>
    public PdfDictionary Trailer { get; private set; } = new([]);

    /// <summary>Offset of the newest cross-reference section: the /Prev of an incremental update.</summary>
    public long LastXrefOffset { get; private set; }

    /// <summary>True when the newest cross-reference section is an xref stream (PDF 1.5), not a table.</summary>
    public bool LastXrefIsStream { get; private set; }

    /// <summary>True when the cross-reference data was rebuilt by scanning (the file's own was unusable).</summary>
    public bool Reconstructed { get; private set; }

    /// <summary>One more than the highest object number in use (the trailer's /Size, or more).</summary>
    public int Size { get; private set; }

    public byte[] Data => _data;

    /// <summary>Opens a PDF; throws <see cref="PdfFormatException"/> with a clear message when it cannot.</summary>
    public static PdfFile Open(byte[] data, PdfReadLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length == 0)
        {
            throw new PdfFormatException("The file is empty.");
        }

        if (data.Length > limits.MaxFileBytes)
        {
            throw new PdfFormatException($"The file is larger than the {limits.MaxFileBytes / (1024 * 1024)} MiB Encaisse accepts for a PDF.", isLimit: true);
        }

        if (IndexOf(data, "%PDF-"u8, 0, Math.Min(data.Length, 1024)) < 0)
        {
            throw new PdfFormatException("The file is not a PDF (no %PDF- header).");
        }

        var file = new PdfFile(data, limits, cancellationToken);
        file.ReadCrossReferences();
        return file;
    }

    /// <summary>The document catalog (/Root).</summary>
    public PdfDictionary Catalog => Resolve(Trailer["Root"]) as PdfDictionary
        ?? throw new PdfFormatException("The PDF has no document catalog (/Root).");

    /// <summary>Follows references until a direct object; null for a missing or free object.</summary>
    public PdfObject? Resolve(PdfObject? value)
    {
        for (var hops = 0; value is PdfReference reference; hops++)
        {
            if (hops > 32)
            {
                throw new PdfFormatException("A chain of references loops.", isLimit: true);
            }

            value = GetObject(reference.Number);
        }

        return value is PdfNull ? null : value;
    }

    public PdfObject? GetObject(int number)
    {
        if (_cache.TryGetValue(number, out var cached))
        {
            return cached;
        }

        if (!_xref.TryGetValue(number, out var entry))
        {
            return null;
        }

        CheckBudget();
        if (!_resolving.Add(number))
        {
            throw new PdfFormatException($"Object {number} refers to itself while being read (a reference loop).", isLimit: true);
        }

        try
        {
            var value = entry.Compressed ? LoadCompressed(entry) : LoadAt(entry.Offset, number);
            _cache[number] = value ?? PdfNull.Instance;
            return value;
        }
        finally
        {
            _resolving.Remove(number);
        }
    }

    /// <summary>The decoded data of a stream, within <see cref="PdfReadLimits.MaxDecodedStreamBytes"/>.</summary>
    public byte[] Decode(PdfStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = _data.AsSpan(stream.DataStart, stream.DataLength).ToArray();
        var filters = Resolve(stream.Dictionary["Filter"]) switch
        {
            null => [],
            PdfName name => [name.Value],
            PdfArray array => array.Items.Select(i => (Resolve(i) as PdfName)?.Value ?? "?").ToArray(),
            _ => new[] { "?" },
        };
        var parms = Resolve(stream.Dictionary["DecodeParms"]);
        for (var i = 0; i < filters.Length; i++)
        {
            var filterParms = parms is PdfArray pa ? (i < pa.Items.Count ? Resolve(pa.Items[i]) as PdfDictionary : null) : parms as PdfDictionary;
            bytes = filters[i] switch
            {
                "FlateDecode" or "Fl" => Predictors.Apply(Inflate(bytes, _limits.MaxDecodedStreamBytes), filterParms, this),
                _ => throw new PdfFormatException($"The stream uses the {filters[i]} filter, which Encaisse does not decode."),
            };
        }

        return bytes;
    }

    public long? IntegerOf(PdfObject? value) => Resolve(value) switch
    {
        PdfInteger i => i.Value,
        PdfReal r when r.Value == Math.Floor(r.Value) && Math.Abs(r.Value) < 1e15 => (long)r.Value,
        _ => null,
    };

    internal void CheckBudget()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (_clock.Elapsed > _limits.MaxDuration)
        {
            throw new PdfFormatException($"Reading the PDF took longer than {_limits.MaxDuration.TotalSeconds:0} s; it is refused.", isLimit: true);
        }

        if (++_loaded > _limits.MaxObjectsLoaded)
        {
            throw new PdfFormatException("The PDF has more objects than Encaisse reads.", isLimit: true);
        }
    }

    internal static byte[] Inflate(byte[] input, int maxOutput)
    {
        using var output = new MemoryStream();
        var buffer = new byte[16384];
        // zlib first (what PDF means by FlateDecode); raw deflate for writers that omit the 2-byte header.
        foreach (var raw in new[] { false, true })
        {
            output.SetLength(0);
            try
            {
                using var source = new MemoryStream(input, writable: false);
                using Stream inflater = raw ? new DeflateStream(source, CompressionMode.Decompress) : new ZLibStream(source, CompressionMode.Decompress);
                int read;
                while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
                {
                    if (output.Length + read > maxOutput)
                    {
                        throw new PdfFormatException($"A stream decodes to more than {maxOutput / (1024 * 1024)} MiB; it is refused.", isLimit: true);
                    }

                    output.Write(buffer, 0, read);
                }

                return output.ToArray();
            }
            catch (InvalidDataException)
            {
                // A damaged end (bad Adler-32, missing final block) keeps what was decoded, as readers do.
                if (output.Length > 0)
                {
                    return output.ToArray();
                }
            }
        }

        throw new PdfFormatException("A compressed stream is corrupt (FlateDecode failed).");
    }

    private void ReadCrossReferences()
    {
        try
        {
            ReadCrossReferencesFromFile();
            if (Resolve(Trailer["Root"]) is PdfDictionary)
            {
                return;
            }
        }
        catch (PdfFormatException)
        {
            // Fall through to reconstruction; a file too broken for it still fails there, with its own message.
        }

        Reconstruct();
    }

    private void ReadCrossReferencesFromFile()
    {
        var startxref = LastIndexOf(_data, "startxref"u8, Math.Max(0, _data.Length - 2048));
        if (startxref < 0)
        {
            throw new PdfFormatException("The PDF has no 'startxref' at its end (truncated?).");
        }

        var parser = new PdfParser(_data, startxref + "startxref".Length);
        if (!long.TryParse(parser.ReadRegularToken(), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            throw new PdfFormatException("The 'startxref' offset is missing.");
        }

        LastXrefOffset = offset;
        var visited = new HashSet<long>();
        var first = true;
        long? next = offset;
        while (next is { } at)
        {
            CheckBudget();
            if (!visited.Add(at))
            {
                // A /Prev loop: everything reachable has been read.
                break;
            }

            if (visited.Count > _limits.MaxXrefSections)
            {
                throw new PdfFormatException("The PDF has too many cross-reference sections.", isLimit: true);
            }

            if (at < 0 || at >= _data.Length)
            {
                throw new PdfFormatException($"A cross-reference offset ({at}) points outside the file.");
            }

            var (trailer, isStream) = ReadSection((int)at);
            if (first)
            {
                Trailer = trailer;
                LastXrefIsStream = isStream;
                first = false;
            }
            else if (Trailer["Root"] is null && trailer["Root"] is { } root)
            {
                Trailer.Entries["Root"] = root;
            }

            // Hybrid files: the table's /XRefStm holds the objects a PDF 1.5 reader should also see.
            if (!isStream && IntegerOf(trailer["XRefStm"]) is { } xrefStm && xrefStm >= 0 && xrefStm < _data.Length && visited.Add(xrefStm))
            {
                ReadSection((int)xrefStm);
            }

            next = IntegerOf(trailer["Prev"]);
        }

        Size = Math.Max((int)Math.Min(IntegerOf(Trailer["Size"]) ?? 0, int.MaxValue), _xref.Count == 0 ? 0 : _xref.Keys.Max() + 1);
    }

    private (PdfDictionary Trailer, bool IsStream) ReadSection(int offset)
    {
        var parser = new PdfParser(_data, offset);
        if (parser.TryKeyword("xref"))
        {
            return (ReadTable(parser), false);
        }

        parser.Position = offset;
        if (parser.TryReadObjectHeader() is null)
        {
            throw new PdfFormatException($"No cross-reference data at offset {offset}.");
        }

        if (ReadObjectBody(parser) is not PdfStream stream || stream.Dictionary.NameOf("Type") != "XRef")
        {
            throw new PdfFormatException($"The object at offset {offset} is not a cross-reference stream.");
        }

        ReadXrefStream(stream);
        return (stream.Dictionary, true);
    }

    private PdfDictionary ReadTable(PdfParser parser)
    {
        while (true)
        {
            CheckBudget();
            var save = parser.Position;
            var token = parser.ReadRegularToken();
            if (token == "trailer")
            {
                return parser.ReadObject() as PdfDictionary ?? throw new PdfFormatException("The trailer is not a dictionary.");
            }

            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(parser.ReadRegularToken(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new PdfFormatException($"Malformed cross-reference table at offset {save}.");
            }

            // Each entry takes at least 18 bytes: a count beyond the rest of the file is a lie.
            if (count < 0 || count > (_data.Length - parser.Position) / 18 + 1)
            {
                throw new PdfFormatException("A cross-reference subsection claims more entries than the file holds.");
            }

            for (var i = 0; i < count; i++)
            {
                var entryOffset = parser.ReadRegularToken();
                var generation = parser.ReadRegularToken();
                var kind = parser.ReadRegularToken();
                if (!long.TryParse(entryOffset, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                    || !int.TryParse(generation, NumberStyles.None, CultureInfo.InvariantCulture, out var gen)
                    || kind is not ("n" or "f"))
                {
                    throw new PdfFormatException($"Malformed cross-reference entry for object {start + i}.");
                }

                if (kind == "n" && start + i > 0)
                {
                    _xref.TryAdd(start + i, new XrefEntry(value, gen, false, 0));
                }
                else
                {
                    // A free entry hides older versions of the object in earlier sections.
                    _xref.TryAdd(start + i, XrefEntry.Free);
                }
            }
        }
    }

    private void ReadXrefStream(PdfStream stream)
    {
        var data = Decode(stream);
        var widths = (Resolve(stream.Dictionary["W"]) as PdfArray)?.Items.Select(w => (int)(IntegerOf(w) ?? -1)).ToArray();
        if (widths is not { Length: 3 } || widths.Any(w => w is < 0 or > 8))
        {
            throw new PdfFormatException("The cross-reference stream has an invalid /W.");
        }

        var rowLength = widths.Sum();
        var size = IntegerOf(stream.Dictionary["Size"]) ?? 0;
        var index = (Resolve(stream.Dictionary["Index"]) as PdfArray)?.Items.Select(i => IntegerOf(i) ?? -1).ToArray() ?? [0, size];
        var position = 0;
        for (var s = 0; s + 1 < index.Length; s += 2)
        {
            var start = index[s];
            var count = index[s + 1];
            if (start < 0 || count < 0 || rowLength == 0 || count > data.Length / rowLength + 1)
            {
                throw new PdfFormatException("The cross-reference stream has an invalid /Index.");
            }

            for (var i = 0; i < count && position + rowLength <= data.Length; i++)
            {
                var type = widths[0] == 0 ? 1 : Field(data, position, widths[0]);
                var f2 = Field(data, position + widths[0], widths[1]);
                var f3 = Field(data, position + widths[0] + widths[1], widths[2]);
                position += rowLength;
                var number = start + i;
                if (number is <= 0 or > int.MaxValue)
                {
                    continue;
                }

                var entry = type switch
                {
                    1 => new XrefEntry(f2, (int)f3, false, 0),
                    2 => new XrefEntry(f2, 0, true, (int)f3),
                    _ => XrefEntry.Free,
                };
                _xref.TryAdd((int)number, entry);
            }
        }
    }

    private static long Field(byte[] data, int at, int width)
    {
        long value = 0;
        for (var i = 0; i < width; i++)
        {
            value = (value << 8) | data[at + i];
        }

        return value;
    }

    private PdfObject? LoadAt(long offset, int expectedNumber)
    {
        if (offset <= 0 || offset >= _data.Length)
        {
            return null;
        }

        var parser = new PdfParser(_data, (int)offset);
        var header = parser.TryReadObjectHeader();
        if (header is null || header.Value.Number != expectedNumber)
        {
            // A wrong offset: look the object up by scanning before giving up.
            return Reconstructed ? null : FindByScan(expectedNumber);
        }

        return ReadObjectBody(parser);
    }

    private PdfObject? FindByScan(int number)
    {
        var pattern = Encoding.ASCII.GetBytes(number.ToString(CultureInfo.InvariantCulture) + " 0 obj");
        var at = LastIndexOf(_data, pattern, 0);
        if (at < 0 || (at > 0 && !PdfParser.IsWhitespace(_data[at - 1])))
        {
            return null;
        }

        var parser = new PdfParser(_data, at + pattern.Length);
        return ReadObjectBody(parser);
    }

    /// <summary>After "n g obj": the object, and for a stream, where its data lies.</summary>
    private PdfObject ReadObjectBody(PdfParser parser)
    {
        var value = parser.ReadObject();
        if (value is not PdfDictionary dictionary)
        {
            return value;
        }

        var save = parser.Position;
        if (!parser.TryKeyword("stream"))
        {
            parser.Position = save;
            return value;
        }

        // The keyword is followed by CRLF or LF (a lone CR is tolerated).
        var start = parser.Position;
        if (start < _data.Length && _data[start] == '\r')
        {
            start++;
        }

        if (start < _data.Length && _data[start] == '\n')
        {
            start++;
        }

        var declared = SafeLength(dictionary["Length"]);
        int length;
        if (declared is { } d && d <= _data.Length - start && EndstreamFollows(start + (int)d))
        {
            length = (int)d;
        }
        else
        {
            // A /Length that lies (1 GB in a 2 KB file, say) is not trusted: the data ends at "endstream".
            var end = IndexOf(_data, "endstream"u8, start, _data.Length);
            if (end < 0)
            {
                throw new PdfFormatException("A stream has no 'endstream' (truncated file?).");
            }

            length = end - start;
            while (length > 0 && _data[start + length - 1] is 10 or 13)
            {
                length--;
            }
        }

        return new PdfStream(dictionary, start, length);
    }

    private long? SafeLength(PdfObject? value)
    {
        try
        {
            return IntegerOf(value) is >= 0 and var length ? length : null;
        }
        catch (PdfFormatException)
        {
            return null;
        }
    }

    private bool EndstreamFollows(int at)
    {
        var parser = new PdfParser(_data, at);
        return parser.TryKeyword("endstream");
    }

    private PdfObject? LoadCompressed(XrefEntry entry)
    {
        var streamNumber = (int)entry.Offset;
        if (!_objectStreams.TryGetValue(streamNumber, out var objectStream))
        {
            if (GetObject(streamNumber) is not PdfStream stream || stream.Dictionary.NameOf("Type") != "ObjStm")
            {
                return null;
            }

            objectStream = ParseObjectStream(stream);
            _objectStreams[streamNumber] = objectStream;
        }

        var (data, first, offsets, numbers) = objectStream;
        var index = entry.IndexInStream;
        if (index < 0 || index >= offsets.Length)
        {
            return null;
        }

        var at = first + offsets[index];
        if (at < 0 || at >= data.Length)
        {
            return null;
        }

        return new PdfParser(data, at).ReadObject();
    }

    private (byte[] Data, int First, int[] Offsets, int[] Numbers) ParseObjectStream(PdfStream stream)
    {
        var data = Decode(stream);
        var n = (int)Math.Clamp(IntegerOf(stream.Dictionary["N"]) ?? 0, 0, data.Length / 2);
        var first = (int)Math.Clamp(IntegerOf(stream.Dictionary["First"]) ?? 0, 0, data.Length);
        var header = new PdfParser(data);
        var offsets = new int[n];
        var numbers = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (!int.TryParse(header.ReadRegularToken(), NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])
                || !int.TryParse(header.ReadRegularToken(), NumberStyles.None, CultureInfo.InvariantCulture, out offsets[i]))
            {
                throw new PdfFormatException("An object stream has a malformed header.");
            }
        }

        return (data, first, offsets, numbers);
    }

    /// <summary>Rebuilds the cross-reference data by scanning for "n g obj" (the file's own is unusable).</summary>
    private void Reconstruct()
    {
        _xref.Clear();
        _cache.Clear();
        _objectStreams.Clear();
        Reconstructed = true;
        Trailer = new PdfDictionary([]);
        var objPattern = " obj"u8;
        for (var at = IndexOf(_data, objPattern, 0, _data.Length); at >= 0; at = IndexOf(_data, objPattern, at + 4, _data.Length))
        {
            if ((at & 0xFFF) == 0)
            {
                CheckBudget();
            }

            // Walk back over "n g" before " obj".
            var p = at - 1;
            var genEnd = p;
            while (p >= 0 && _data[p] is >= (byte)'0' and <= (byte)'9')
            {
                p--;
            }

            if (p == genEnd || p < 1 || _data[p] != ' ')
            {
                continue;
            }

            p--;
            var numEnd = p;
            while (p >= 0 && _data[p] is >= (byte)'0' and <= (byte)'9')
            {
                p--;
            }

            if (p == numEnd || (p >= 0 && !PdfParser.IsWhitespace(_data[p])))
            {
                continue;
            }

            if (int.TryParse(Encoding.ASCII.GetString(_data, p + 1, numEnd - p), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number > 0)
            {
                // Later definitions win, as in an incremental update.
                _xref[number] = new XrefEntry(p + 1, 0, false, 0);
            }
        }

        // Objects inside object streams, and the newest trailer or xref stream dictionary for /Root.
        foreach (var number in _xref.Keys.ToList())
        {
            PdfObject? value;
            try
            {
                value = GetObject(number);
            }
            catch (PdfFormatException)
            {
                continue;
            }

            if (value is PdfStream { Dictionary: var d } stream)
            {
                if (d.NameOf("Type") == "ObjStm")
                {
                    try
                    {
                        var (_, _, _, numbers) = ParseObjectStream(stream);
                        _objectStreams.Remove(number);
                        for (var i = 0; i < numbers.Length; i++)
                        {
                            _xref.TryAdd(numbers[i], new XrefEntry(number, 0, true, i));
                        }
                    }
                    catch (PdfFormatException)
                    {
                        // A broken object stream: its objects stay unknown.
                    }
                }
                else if (d.NameOf("Type") == "XRef" && d["Root"] is not null)
                {
                    Trailer = d;
                }
            }
        }

        var trailerAt = LastIndexOf(_data, "trailer"u8, 0);
        if (trailerAt >= 0)
        {
            try
            {
                if (new PdfParser(_data, trailerAt + 7).ReadObject() is PdfDictionary trailer && trailer["Root"] is not null)
                {
                    Trailer = trailer;
                }
            }
            catch (PdfFormatException)
            {
                // No usable trailer: the catalog is searched below.
            }
        }

        if (Resolve(Trailer["Root"]) is not PdfDictionary)
        {
            foreach (var number in _xref.Keys.OrderDescending())
            {
                PdfObject? value;
                try
                {
                    value = GetObject(number);
                }
                catch (PdfFormatException)
                {
                    continue;
                }

                if (value is PdfDictionary d && d.NameOf("Type") == "Catalog")
                {
                    Trailer = new PdfDictionary(new() { ["Root"] = new PdfReference(number, 0) });
                    break;
                }
            }
        }

        if (Resolve(Trailer["Root"]) is not PdfDictionary)
        {
            throw new PdfFormatException("The PDF is damaged beyond repair: no document catalog could be found.");
        }

        Size = _xref.Count == 0 ? 1 : _xref.Keys.Max() + 1;
    }

    internal static int IndexOf(byte[] data, ReadOnlySpan<byte> pattern, int start, int end)
    {
        if (start >= end)
        {
            return -1;
        }

        var at = data.AsSpan(start, end - start).IndexOf(pattern);
        return at < 0 ? -1 : start + at;
    }

    private static int LastIndexOf(byte[] data, ReadOnlySpan<byte> pattern, int start)
    {
        var at = data.AsSpan(start).LastIndexOf(pattern);
        return at < 0 ? -1 : start + at;
    }

    private readonly record struct XrefEntry(long Offset, int Generation, bool Compressed, int IndexInStream)
    {
        public static readonly XrefEntry Free = new(-1, 0, false, 0);
    }
}
