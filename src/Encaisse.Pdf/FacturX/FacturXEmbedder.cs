using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Xml;
using System.Xml.Linq;
using Encaisse.Domain.Common;
using Encaisse.EInvoicing.Xml;
using Encaisse.Pdf.Syntax;

namespace Encaisse.Pdf.FacturX;

/// <summary>
/// Turns a PDF/A (as the renderer writes it) into a Factur-X PDF/A-3B by one incremental update: the original
/// bytes stay as they are, and new objects, a new cross-reference section and a trailer with /Prev are appended.
/// The update adds the embedded XML (factur-x.xml), its file specification with /AFRelationship, the catalog's
/// /Names /EmbeddedFiles tree and /AF array, a new XMP packet (PDF/A-3B + the Factur-X extension schema), a
/// matching Info dictionary, an sRGB OutputIntent when the PDF has none, and a new second /ID.
/// </summary>
public sealed class FacturXEmbedder
{
    /// <summary>The attachment name Factur-X 1.0 prescribes.</summary>
    public const string FileName = "factur-x.xml";

    /// <summary>Where Debian packages put an sRGB ICC profile (colord, icc-profiles-free, ghostscript).</summary>
    public static readonly IReadOnlyList<string> DefaultIccProfilePaths =
    [
        "/usr/share/color/icc/colord/sRGB.icc",
        "/usr/share/color/icc/sRGB.icc",
        "/usr/share/color/icc/ghostscript/srgb.icc",
        "/usr/share/ghostscript/iccprofiles/srgb.icc",
    ];

    private readonly TimeProvider _clock;
    private readonly IReadOnlyList<string> _iccProfilePaths;

    public FacturXEmbedder(TimeProvider clock, IReadOnlyList<string>? iccProfilePaths = null)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _iccProfilePaths = iccProfilePaths ?? DefaultIccProfilePaths;
    }

    /// <summary>
    /// Appends the CII XML to the PDF. Fails (as a value) when the PDF cannot be read, the XML is not well-formed,
    /// or the XML declares another Factur-X profile than <paramref name="level"/>.
    /// </summary>
    public ParseResult<byte[]> Embed(byte[] pdf, byte[] ciiXml, FacturXLevel level, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(ciiXml);
        var check = CheckXml(ciiXml, level);
        if (check is not null)
        {
            return ParseResult<byte[]>.Fail(check);
        }

        try
        {
            var file = PdfFile.Open(pdf, PdfReadLimits.Default, cancellationToken);
            return ParseResult<byte[]>.Ok(Update(file, ciiXml, level));
        }
        catch (PdfFormatException ex)
        {
            return ParseResult<byte[]>.Fail(ex.Message);
        }
    }

    /// <summary>
    /// Well-formed CII whose BT-24 names the level the XMP will declare (a mismatch makes the PDF contradict
    /// itself). Streams through the reader with SafeXml's settings: no DOM, as this runs once per invoice of a bill run.
    /// </summary>
    private static string? CheckXml(byte[] xml, FacturXLevel level)
    {
        string? guideline = null;
        XName? root = null;
        try
        {
            using var stream = new MemoryStream(xml, writable: false);
            using var reader = XmlReader.Create(stream, SafeXml.ReaderSettings(XmlLimits.Default));
            var inGuideline = false;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (root is null)
                {
                    root = XName.Get(reader.LocalName, reader.NamespaceURI);
                }
                else if (guideline is null && reader.LocalName == "GuidelineSpecifiedDocumentContextParameter" && reader.NamespaceURI == Namespaces.Ram.NamespaceName)
                {
                    inGuideline = true;
                }
                else if (inGuideline && reader.LocalName == "ID" && reader.NamespaceURI == Namespaces.Ram.NamespaceName)
                {
                    guideline = reader.ReadElementContentAsString();
                    inGuideline = false;
                }
            }
        }
        catch (XmlException ex)
        {
            return "The invoice XML cannot be embedded: it is not well-formed XML: " + ex.Message;
        }

        if (root != Namespaces.Rsm + "CrossIndustryInvoice")
        {
            return $"The invoice XML is not a CII CrossIndustryInvoice (root {root}).";
        }

        var declared = FacturXLevels.FromGuideline(guideline);
        return declared is { } d && d != level
            ? $"The invoice XML declares the {d.XmpName()} profile ({guideline}), not {level.XmpName()}."
            : null;
    }

    private byte[] Update(PdfFile file, byte[] xml, FacturXLevel level)
    {
        if (file.Trailer["Encrypt"] is not null)
        {
            throw new PdfFormatException("The PDF is encrypted; PDF/A forbids encryption.");
        }

        var now = _clock.GetUtcNow();
        var rootRef = file.Trailer["Root"] as PdfReference ?? throw new PdfFormatException("The PDF's /Root is not an indirect object.");
        var catalog = new PdfDictionary(new Dictionary<string, PdfObject>(file.Catalog.Entries, StringComparer.Ordinal));
        var infoRef = file.Trailer["Info"] as PdfReference;
        var oldInfo = file.Resolve(infoRef) as PdfDictionary;

        var next = file.Size;
        var fileStreamRef = new PdfReference(next++, 0);
        var fileSpecRef = new PdfReference(next++, 0);
        var metadataRef = new PdfReference(next++, 0);
        PdfReference? iccRef = null;
        if (!HasPdfAOutputIntent(file, catalog))
        {
            iccRef = new PdfReference(next++, 0);
        }

        if (infoRef is null)
        {
            infoRef = new PdfReference(next++, 0);
        }

        var output = new MemoryStream(xml.Length + 8192);
        var w = new PdfWriter(output, file.Data.Length);
        var offsets = new SortedDictionary<int, long>();
        var generations = new Dictionary<int, int> { [rootRef.Number] = rootRef.Generation, [infoRef.Number] = infoRef.Generation };
        if (file.Data[^1] is not (10 or 13))
        {
            w.Raw("\n");
        }

        // The embedded file (Flate-compressed; /Params /Size is the uncompressed size).
        var compressed = Deflate(xml);
        offsets[fileStreamRef.Number] = w.Offset;
        w.Raw($"{fileStreamRef.Number} 0 obj\n<</Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length {compressed.Length.ToString(CultureInfo.InvariantCulture)}\n/Params <</ModDate ");
        w.Object(PdfWriter.Date(now));
        w.Raw($" /Size {xml.Length.ToString(CultureInfo.InvariantCulture)} /CheckSum ");
#pragma warning disable CA5351 // ISO 32000-1 §7.11.4 defines /CheckSum as MD5: an integrity check, not security.
        w.HexString(MD5.HashData(xml));
#pragma warning restore CA5351
        w.Raw(">>>>\nstream\n");
        w.Raw(compressed);
        w.Raw("\nendstream\nendobj\n");

        offsets[fileSpecRef.Number] = w.Offset;
        w.Raw($"{fileSpecRef.Number} 0 obj\n<</Type /Filespec /F ({FileName}) /UF ({FileName}) /EF <</F {fileStreamRef} /UF {fileStreamRef}>>\n/AFRelationship /{level.AfRelationship()} /Desc (Factur-X invoice, {level.XmpName()} profile)>>\nendobj\n");

        var info = new XmpDocumentInfo(
            Text(file, oldInfo, "Title"), Text(file, oldInfo, "Author"), Text(file, oldInfo, "Subject"), Text(file, oldInfo, "Keywords"),
            Text(file, oldInfo, "Creator"), Text(file, oldInfo, "Producer"), ParseDate(Text(file, oldInfo, "CreationDate")), now);
        var xmp = FacturXXmp.Build(info, level, FileName);
        offsets[metadataRef.Number] = w.Offset;
        w.Raw($"{metadataRef.Number} 0 obj\n<</Type /Metadata /Subtype /XML /Length {xmp.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n");
        w.Raw(xmp);
        w.Raw("\nendstream\nendobj\n");

        if (iccRef is not null)
        {
            var icc = LoadIccProfile();
            offsets[iccRef.Number] = w.Offset;
            w.Raw($"{iccRef.Number} 0 obj\n<</N 3 /Length {icc.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n");
            w.Raw(icc);
            w.Raw("\nendstream\nendobj\n");
            catalog.Entries["OutputIntents"] = new PdfArray(
            [
                new PdfDictionary(new()
                {
                    ["Type"] = new PdfName("OutputIntent"),
                    ["S"] = new PdfName("GTS_PDFA1"),
                    ["OutputConditionIdentifier"] = PdfWriter.Text("sRGB IEC61966-2.1"),
                    ["RegistryName"] = PdfWriter.Text("http://www.color.org"),
                    ["Info"] = PdfWriter.Text("sRGB IEC61966-2.1"),
                    ["DestOutputProfile"] = iccRef,
                }),
            ]);
        }

        // The Info dictionary again, same object number, with the new modification date the XMP also states.
        var newInfo = new PdfDictionary(oldInfo is null ? new Dictionary<string, PdfObject>(StringComparer.Ordinal) : new(oldInfo.Entries, StringComparer.Ordinal));
        newInfo.Entries["ModDate"] = PdfWriter.Date(now);
        offsets[infoRef.Number] = w.Offset;
        w.Raw($"{infoRef.Number} {infoRef.Generation} obj\n");
        w.Object(newInfo);
        w.Raw("\nendobj\n");

        // The catalog again, same object number: metadata, attachments, associated files, PDF 1.7.
        catalog.Entries["Metadata"] = metadataRef;
        catalog.Entries["Names"] = MergeNames(file, catalog["Names"], fileSpecRef);
        catalog.Entries["AF"] = MergeAf(file, catalog["AF"], fileSpecRef);
        catalog.Entries["Version"] = new PdfName("1.7");
        offsets[rootRef.Number] = w.Offset;
        w.Raw($"{rootRef.Number} {rootRef.Generation} obj\n");
        w.Object(catalog);
        w.Raw("\nendobj\n");

        var id = NewId(file, xml, now);
        var trailer = new PdfDictionary(new()
        {
            ["Size"] = new PdfInteger(next),
            ["Root"] = rootRef,
            ["Info"] = infoRef,
            ["ID"] = id,
            ["Prev"] = new PdfInteger(file.LastXrefOffset),
        });
        if (file.LastXrefIsStream)
        {
            WriteXrefStream(w, offsets, generations, trailer, next);
        }
        else
        {
            WriteXrefTable(w, offsets, generations, trailer);
        }

        var result = new byte[file.Data.Length + output.Length];
        file.Data.CopyTo(result, 0);
        output.GetBuffer().AsSpan(0, (int)output.Length).CopyTo(result.AsSpan(file.Data.Length));
        return result;
    }

    private static void WriteXrefTable(PdfWriter w, SortedDictionary<int, long> offsets, Dictionary<int, int> generations, PdfDictionary trailer)
    {
        var start = w.Offset;
        w.Raw("xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            w.Raw($"{run.First.ToString(CultureInfo.InvariantCulture)} {run.Count.ToString(CultureInfo.InvariantCulture)}\n");
            for (var n = run.First; n < run.First + run.Count; n++)
            {
                w.Raw($"{offsets[n].ToString("D10", CultureInfo.InvariantCulture)} {generations.GetValueOrDefault(n).ToString("D5", CultureInfo.InvariantCulture)} n\r\n");
            }
        }

        w.Raw("trailer\n");
        w.Object(trailer);
        w.Raw($"\nstartxref\n{start.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
    }

    /// <summary>When the original ends with an xref stream, the update uses one too (ISO 32000-1 §7.5.8).</summary>
    private static void WriteXrefStream(PdfWriter w, SortedDictionary<int, long> offsets, Dictionary<int, int> generations, PdfDictionary trailer, int size)
    {
        var number = size;
        trailer.Entries["Size"] = new PdfInteger(size + 1);
        var start = w.Offset;
        offsets[number] = start;
        var rows = new List<byte>();
        var index = new List<PdfObject>();
        foreach (var run in Runs(offsets.Keys))
        {
            index.Add(new PdfInteger(run.First));
            index.Add(new PdfInteger(run.Count));
            for (var n = run.First; n < run.First + run.Count; n++)
            {
                var o = offsets[n];
                var g = generations.GetValueOrDefault(n);
                rows.AddRange([1, (byte)(o >> 32), (byte)(o >> 24), (byte)(o >> 16), (byte)(o >> 8), (byte)o, (byte)(g >> 8), (byte)g]);
            }
        }

        trailer.Entries["Type"] = new PdfName("XRef");
        trailer.Entries["W"] = new PdfArray([new PdfInteger(1), new PdfInteger(5), new PdfInteger(2)]);
        trailer.Entries["Index"] = new PdfArray(index);
        trailer.Entries["Length"] = new PdfInteger(rows.Count);
        w.Raw($"{number.ToString(CultureInfo.InvariantCulture)} 0 obj\n");
        w.Object(trailer);
        w.Raw("\nstream\n");
        w.Raw(rows.ToArray());
        w.Raw($"\nendstream\nendobj\nstartxref\n{start.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
    }

    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> sorted)
    {
        int? first = null;
        var count = 0;
        foreach (var n in sorted)
        {
            if (first is { } f && n == f + count)
            {
                count++;
                continue;
            }

            if (first is { } done)
            {
                yield return (done, count);
            }

            first = n;
            count = 1;
        }

        if (first is { } last)
        {
            yield return (last, count);
        }
    }

    private static bool HasPdfAOutputIntent(PdfFile file, PdfDictionary catalog) =>
        file.Resolve(catalog["OutputIntents"]) is PdfArray intents
        && intents.Items.Any(i => file.Resolve(i) is PdfDictionary d && d.NameOf("S") == "GTS_PDFA1" && d["DestOutputProfile"] is not null);

    private byte[] LoadIccProfile()
    {
        foreach (var path in _iccProfilePaths)
        {
            if (File.Exists(path))
            {
                var bytes = File.ReadAllBytes(path);
                // An ICC profile says "acsp" at offset 36; anything else is not one.
                if (bytes.Length > 128 && bytes.AsSpan(36, 4).SequenceEqual("acsp"u8))
                {
                    return bytes;
                }
            }
        }

        throw new PdfFormatException(
            "The PDF has no PDF/A OutputIntent and no sRGB ICC profile was found to add one (install the Debian package colord or icc-profiles-free, or pass a profile path).");
    }

    /// <summary>The catalog's /Names with /EmbeddedFiles holding the invoice (other attachments are kept).</summary>
    private static PdfDictionary MergeNames(PdfFile file, PdfObject? existing, PdfReference fileSpec)
    {
        var names = file.Resolve(existing) is PdfDictionary d ? new PdfDictionary(new(d.Entries, StringComparer.Ordinal)) : new PdfDictionary([]);
        var pairs = new List<(string Key, PdfObject Value)>();
        if (file.Resolve(names["EmbeddedFiles"]) is PdfDictionary tree)
        {
            if (tree["Kids"] is not null)
            {
                throw new PdfFormatException("The PDF already has a multi-level attachment tree; Encaisse does not rewrite it.");
            }

            if (file.Resolve(tree["Names"]) is PdfArray flat)
            {
                for (var i = 0; i + 1 < flat.Items.Count; i += 2)
                {
                    if (file.Resolve(flat.Items[i]) is PdfString key && key.Text != FileName)
                    {
                        pairs.Add((key.Text, flat.Items[i + 1]));
                    }
                }
            }
        }

        pairs.Add((FileName, fileSpec));
        var sorted = new List<PdfObject>();
        foreach (var (key, value) in pairs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sorted.Add(PdfWriter.Text(key));
            sorted.Add(value);
        }

        names.Entries["EmbeddedFiles"] = new PdfDictionary(new() { ["Names"] = new PdfArray(sorted) });
        return names;
    }

    private static PdfArray MergeAf(PdfFile file, PdfObject? existing, PdfReference fileSpec)
    {
        var items = new List<PdfObject>();
        if (file.Resolve(existing) is PdfArray af)
        {
            foreach (var item in af.Items)
            {
                // An earlier factur-x.xml (a second update) is replaced, not listed twice.
                if (file.Resolve(item) is PdfDictionary spec && file.Resolve(spec["UF"] ?? spec["F"]) is PdfString name && name.Text == FileName)
                {
                    continue;
                }

                items.Add(item);
            }
        }

        items.Add(fileSpec);
        return new PdfArray(items);
    }

    /// <summary>The first /ID stays (it names the document); the second changes with every update (§14.4).</summary>
    private static PdfArray NewId(PdfFile file, byte[] xml, DateTimeOffset now)
    {
#pragma warning disable CA5351 // The file identifier is conventionally an MD5 (§14.4); it is not a security measure.
        var hash = MD5.HashData([.. xml, .. System.Text.Encoding.ASCII.GetBytes(now.ToString("O", CultureInfo.InvariantCulture))]);
#pragma warning restore CA5351
        var first = file.Resolve(file.Trailer["ID"]) is PdfArray { Items.Count: >= 1 } old && file.Resolve(old.Items[0]) is PdfString s
            ? s
            : new PdfString(hash);
        return new PdfArray([first, new PdfString(hash)]);
    }

    private static string? Text(PdfFile file, PdfDictionary? info, string key) =>
        info is null ? null : (file.Resolve(info[key]) as PdfString)?.Text;

    /// <summary>Reads a PDF date D:YYYYMMDDHHmmSS+HH'mm' (§7.9.4); missing parts take their defaults.</summary>
    internal static DateTimeOffset? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var t = text.StartsWith("D:", StringComparison.Ordinal) ? text[2..] : text;
        int Part(int at, int length, int fallback) =>
            t.Length >= at + length && int.TryParse(t.AsSpan(at, length), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;
        if (t.Length < 4)
        {
            return null;
        }

        var offset = TimeSpan.Zero;
        if (t.Length > 14 && t[14] is '+' or '-')
        {
            offset = new TimeSpan(Part(15, 2, 0), Part(18, 2, 0), 0);
            if (t[14] == '-')
            {
                offset = -offset;
            }
        }

        try
        {
            return new DateTimeOffset(Part(0, 4, 1), Part(4, 2, 1), Part(6, 2, 1), Part(8, 2, 0), Part(10, 2, 0), Part(12, 2, 0), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
