using System.Buffers.Binary;
using System.Text;

namespace Encaisse.Pdf.Rendering;

/// <summary>
/// Shrinks a TrueType font for embedding, because Skia's PDF backend (without its HarfBuzz subsetter, as shipped
/// in SkiaSharp) embeds whole font files: DejaVu Sans would add 390 KB and 20 ms of compression to every invoice.
/// The reduced font keeps every glyph id, metric and the cmap, so text measures and maps to Unicode exactly as with
/// the original, but only the outlines of the glyphs asked for remain; tables a PDF viewer does not use (OpenType
/// layout, kerning, glyph names, ...) are dropped. PDF/A needs the glyphs actually drawn, which callers guarantee
/// by asking for every character they draw (see <see cref="InvoiceFonts"/>).
/// </summary>
internal sealed class TrueTypeReducer
{
    // What a TrueType rasteriser and a PDF reader need (ISO 32000-1 §9.9: glyf-based fonts need cmap only when symbolic).
    // Hinting programs (fpgm, prep, cvt) go with the glyph instructions: PDF viewers scale outlines without them.
    private static readonly string[] KeptTables = ["OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"];

    private readonly byte[] _font;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _cmap = [];
    private readonly int[] _loca;

    public TrueTypeReducer(byte[] font)
    {
        _font = font ?? throw new ArgumentNullException(nameof(font));
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version is not (0x00010000 or 0x74727565))
        {
            throw new InvalidDataException("Not a TrueType (glyf) font; CFF-based OpenType fonts are not supported.");
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (16 * i), 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset < 0 || length < 0 || offset + (long)length > font.Length)
            {
                throw new InvalidDataException($"The font's {tag} table lies outside the file.");
            }

            _tables[tag] = (offset, length);
        }

        foreach (var required in new[] { "head", "maxp", "loca", "glyf", "cmap", "hmtx", "hhea" })
        {
            if (!_tables.ContainsKey(required))
            {
                throw new InvalidDataException($"The font has no {required} table.");
            }
        }

        GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(Table("head")[50..]) == 1;
        var loca = Table("loca");
        _loca = new int[GlyphCount + 1];
        for (var g = 0; g <= GlyphCount; g++)
        {
            _loca[g] = longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * g)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * g)..]) * 2;
        }

        ReadCmap();
    }

    public int GlyphCount { get; }

    /// <summary>The glyph of a code point, or 0 (.notdef) when the font has none.</summary>
    public int GlyphOf(int codePoint) => _cmap.GetValueOrDefault(codePoint);

    /// <summary>A font with the outlines of these code points' glyphs only (plus .notdef and composite parts).</summary>
    public byte[] Reduce(IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(codePoints);
        var keep = new bool[GlyphCount];
        keep[0] = true;
        var pending = new Stack<int>();
        var mapped = new SortedDictionary<int, int>();
        foreach (var cp in codePoints)
        {
            if (_cmap.TryGetValue(cp, out var g) && g < GlyphCount)
            {
                mapped[cp] = g;
                if (!keep[g])
                {
                    keep[g] = true;
                    pending.Push(g);
                }
            }
        }

        var glyf = Table("glyf");
        while (pending.Count > 0)
        {
            foreach (var component in Components(glyf, pending.Pop()))
            {
                if (component < GlyphCount && !keep[component])
                {
                    keep[component] = true;
                    pending.Push(component);
                }
            }
        }

        // New glyf and loca (long offsets): the same glyph ids, empty outlines for the glyphs not kept.
        using var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (GlyphCount + 1)];
        for (var g = 0; g < GlyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newGlyf.Length);
            var length = _loca[g + 1] - _loca[g];
            if (keep[g] && length > 0 && _loca[g] + length <= glyf.Length)
            {
                newGlyf.Write(WithoutInstructions(glyf.Slice(_loca[g], length)));
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * GlyphCount), (uint)newGlyf.Length);

        var head = Table("head").ToArray();
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);

        // post format 3: no glyph names (they are the largest table after glyf in many fonts).
        var post = new byte[32];
        Table("post")[..16].CopyTo(post);
        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var tag in KeptTables)
        {
            if (_tables.ContainsKey(tag))
            {
                tables[tag] = tag switch
                {
                    "glyf" => newGlyf.ToArray(),
                    "loca" => newLoca,
                    "head" => head,
                    "post" => post,
                    "cmap" => Cmap(mapped),
                    "hmtx" => Hmtx(keep),
                    "name" => Name(),
                    _ => Table(tag).ToArray(),
                };
            }
        }

        return Write(tables);
    }

    /// <summary>A cmap with one (3,1) format 4 subtable (plus (3,10) format 12 beyond the BMP) for the kept characters only.</summary>
    private static byte[] Cmap(SortedDictionary<int, int> mapped)
    {
        var bmp = mapped.Where(m => m.Key < 0xFFFF).ToList();
        var segments = new List<(int Start, int End, int Delta)>();
        foreach (var (cp, glyph) in bmp)
        {
            if (segments.Count > 0 && segments[^1].End == cp - 1 && segments[^1].Start + segments[^1].Delta + (cp - segments[^1].Start) == glyph)
            {
                segments[^1] = (segments[^1].Start, cp, segments[^1].Delta);
            }
            else
            {
                segments.Add((cp, cp, glyph - cp));
            }
        }

        segments.Add((0xFFFF, 0xFFFF, 1));
        var n = segments.Count;
        var f4 = new byte[16 + (8 * n)];
        BinaryPrimitives.WriteUInt16BigEndian(f4, 4);
        BinaryPrimitives.WriteUInt16BigEndian(f4.AsSpan(2), (ushort)f4.Length);
        BinaryPrimitives.WriteUInt16BigEndian(f4.AsSpan(6), (ushort)(2 * n));
        var log2 = (int)Math.Floor(Math.Log2(n));
        BinaryPrimitives.WriteUInt16BigEndian(f4.AsSpan(8), (ushort)(2 << log2));
        BinaryPrimitives.WriteUInt16BigEndian(f4.AsSpan(10), (ushort)log2);
        BinaryPrimitives.WriteUInt16BigEndian(f4.AsSpan(12), (ushort)((2 * n) - (2 << log2)));
        for (var i = 0; i < n; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(f4.AsSpan(14 + (2 * i)), (ushort)segments[i].End);
            BinaryPrimitives.WriteUInt16BigEndian(f4.AsSpan(16 + (2 * n) + (2 * i)), (ushort)segments[i].Start);
            BinaryPrimitives.WriteInt16BigEndian(f4.AsSpan(16 + (4 * n) + (2 * i)), unchecked((short)segments[i].Delta));
        }

        var astral = mapped.Where(m => m.Key > 0xFFFF).ToList();
        var subtables = astral.Count == 0 ? 1 : 2;
        var f12 = new byte[astral.Count == 0 ? 0 : 16 + (12 * astral.Count)];
        if (astral.Count > 0)
        {
            BinaryPrimitives.WriteUInt16BigEndian(f12, 12);
            BinaryPrimitives.WriteUInt32BigEndian(f12.AsSpan(4), (uint)f12.Length);
            BinaryPrimitives.WriteUInt32BigEndian(f12.AsSpan(12), (uint)astral.Count);
            for (var i = 0; i < astral.Count; i++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(f12.AsSpan(16 + (12 * i)), (uint)astral[i].Key);
                BinaryPrimitives.WriteUInt32BigEndian(f12.AsSpan(20 + (12 * i)), (uint)astral[i].Key);
                BinaryPrimitives.WriteUInt32BigEndian(f12.AsSpan(24 + (12 * i)), (uint)astral[i].Value);
            }
        }

        var header = 4 + (8 * subtables);
        var cmap = new byte[header + f4.Length + f12.Length];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), (ushort)subtables);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(4), 3);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(6), 1);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(8), (uint)header);
        f4.CopyTo(cmap, header);
        if (f12.Length > 0)
        {
            BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(12), 3);
            BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(14), 10);
            BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(16), (uint)(header + f4.Length));
            f12.CopyTo(cmap, header + f4.Length);
        }

        return cmap;
    }

    /// <summary>hmtx with zeros for the glyphs not kept (their metrics are never used, and zeros compress away).</summary>
    private byte[] Hmtx(bool[] keep)
    {
        var hmtx = Table("hmtx").ToArray();
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(Table("hhea")[34..]);
        for (var g = 0; g < GlyphCount; g++)
        {
            if (keep[g])
            {
                continue;
            }

            var (at, length) = g < longMetrics ? (4 * g, 4) : ((4 * longMetrics) + (2 * (g - longMetrics)), 2);
            if (at + length <= hmtx.Length && g != longMetrics - 1)
            {
                hmtx.AsSpan(at, length).Clear();
            }
        }

        return hmtx;
    }

    /// <summary>The name table with the identifying records only (copyright, family, style, unique id, full name, version, PostScript name).</summary>
    private byte[] Name()
    {
        var name = Table("name");
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var storage = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        var kept = new List<(byte[] Record, byte[] Text)>();
        for (var i = 0; i < count; i++)
        {
            var record = name.Slice(6 + (12 * i), 12);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (nameId <= 6 && storage + offset + length <= name.Length)
            {
                kept.Add((record.ToArray(), name.Slice(storage + offset, length).ToArray()));
            }
        }

        var header = 6 + (12 * kept.Count);
        var output = new byte[header + kept.Sum(k => k.Text.Length)];
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(2), (ushort)kept.Count);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)header);
        var at = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            var (record, text) = kept[i];
            BinaryPrimitives.WriteUInt16BigEndian(record.AsSpan(10), (ushort)at);
            record.CopyTo(output, 6 + (12 * i));
            text.CopyTo(output, header + at);
            at += text.Length;
        }

        return output;
    }

    /// <summary>A glyph without its TrueType hinting instructions (often a third of a hinted font's outlines).</summary>
    private static byte[] WithoutInstructions(ReadOnlySpan<byte> glyph)
    {
        var contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
        if (contours >= 0)
        {
            var at = 10 + (2 * contours);
            if (at + 2 > glyph.Length)
            {
                return glyph.ToArray();
            }

            var instructions = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            if (at + 2 + instructions > glyph.Length)
            {
                return glyph.ToArray();
            }

            var result = new byte[glyph.Length - instructions];
            glyph[..at].CopyTo(result);
            glyph[(at + 2 + instructions)..].CopyTo(result.AsSpan(at + 2));
            return result;
        }

        // Composite: clear WE_HAVE_INSTRUCTIONS on the components and cut the instructions after the last one.
        var copy = glyph.ToArray();
        var p = 10;
        var hadInstructions = false;
        while (p + 4 <= copy.Length)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(p));
            hadInstructions |= (flags & 0x0100) != 0;
            BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(p), (ushort)(flags & ~0x0100));
            p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            p += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
            if ((flags & 0x0020) == 0)
            {
                break;
            }
        }

        return hadInstructions && p <= copy.Length ? copy[..p] : copy;
    }

    private ReadOnlySpan<byte> Table(string tag)
    {
        var (offset, length) = _tables[tag];
        return _font.AsSpan(offset, length);
    }

    private List<int> Components(ReadOnlySpan<byte> glyf, int glyph)
    {
        var start = _loca[glyph];
        var length = _loca[glyph + 1] - start;
        var result = new List<int>();
        if (length < 10 || start + length > glyf.Length || BinaryPrimitives.ReadInt16BigEndian(glyf[start..]) >= 0)
        {
            return result;
        }

        var p = start + 10;
        var end = start + length;
        while (p + 4 <= end)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[p..]);
            result.Add(BinaryPrimitives.ReadUInt16BigEndian(glyf[(p + 2)..]));
            p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            p += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
            if ((flags & 0x0020) == 0)
            {
                break;
            }
        }

        return result;
    }

    private void ReadCmap()
    {
        var cmap = Table("cmap");
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int format4 = -1, format12 = -1;
        for (var i = 0; i < count; i++)
        {
            var platform = BinaryPrimitives.ReadUInt16BigEndian(cmap[(4 + (8 * i))..]);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(cmap[(6 + (8 * i))..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(8 + (8 * i))..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            if (format == 12 && (platform == 3 && encoding == 10 || platform == 0))
            {
                format12 = offset;
            }
            else if (format == 4 && (platform == 3 && encoding == 1 || platform == 0))
            {
                format4 = offset;
            }
        }

        if (format12 >= 0)
        {
            var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(format12 + 12)..]);
            for (var i = 0; i < groups; i++)
            {
                var g = cmap[(format12 + 16 + (12 * i))..];
                var startChar = (int)BinaryPrimitives.ReadUInt32BigEndian(g);
                var endChar = (int)BinaryPrimitives.ReadUInt32BigEndian(g[4..]);
                var startGlyph = (int)BinaryPrimitives.ReadUInt32BigEndian(g[8..]);
                for (var c = startChar; c <= endChar && c <= 0x10FFFF; c++)
                {
                    _cmap[c] = startGlyph + (c - startChar);
                }
            }

            return;
        }

        if (format4 < 0)
        {
            throw new InvalidDataException("The font has no Unicode cmap.");
        }

        var t = cmap[format4..];
        var segments = BinaryPrimitives.ReadUInt16BigEndian(t[6..]) / 2;
        for (var s = 0; s < segments; s++)
        {
            var endCode = BinaryPrimitives.ReadUInt16BigEndian(t[(14 + (2 * s))..]);
            var startCode = BinaryPrimitives.ReadUInt16BigEndian(t[(16 + (2 * segments) + (2 * s))..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(t[(16 + (4 * segments) + (2 * s))..]);
            var rangeOffsetAt = 16 + (6 * segments) + (2 * s);
            var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(t[rangeOffsetAt..]);
            for (var c = startCode; c <= endCode && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsetAt + rangeOffset + (2 * (c - startCode));
                    glyph = at + 1 < t.Length ? BinaryPrimitives.ReadUInt16BigEndian(t[at..]) : 0;
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                if (glyph != 0)
                {
                    _cmap[c] = glyph;
                }
            }
        }
    }

    private static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var log2 = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << log2) * 16;
        var headerLength = 12 + (16 * count);
        var total = headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var output = new byte[total];
        BinaryPrimitives.WriteUInt32BigEndian(output, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), (ushort)log2);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)((count * 16) - searchRange));
        var offset = headerLength;
        var i = 0;
        var headOffset = 0;
        foreach (var (tag, data) in tables)
        {
            var record = output.AsSpan(12 + (16 * i++), 16);
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(output, offset);
            if (tag == "head")
            {
                headOffset = offset;
            }

            offset += (data.Length + 3) & ~3;
        }

        // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(output)));
        return output;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++)
            {
                word = (word << 8) | (i + k < data.Length ? data[i + k] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }
}
