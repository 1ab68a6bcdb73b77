using System.Globalization;
using System.Text;

namespace Encaisse.Pdf.Syntax;

/// <summary>A PDF object (ISO 32000-1 §7.3), as far as Encaisse needs to read and write them.</summary>
internal abstract class PdfObject;

internal sealed class PdfNull : PdfObject
{
    public static readonly PdfNull Instance = new();

    private PdfNull()
    {
    }
}

internal sealed class PdfBoolean(bool value) : PdfObject
{
    public bool Value { get; } = value;
}

internal sealed class PdfInteger(long value) : PdfObject
{
    public long Value { get; } = value;
}

internal sealed class PdfReal(double value) : PdfObject
{
    public double Value { get; } = value;
}

internal sealed class PdfName(string value) : PdfObject
{
    public string Value { get; } = value;

    public override string ToString() => "/" + Value;
}

/// <summary>A string object: raw bytes (literal or hexadecimal form).</summary>
internal sealed class PdfString(byte[] bytes) : PdfObject
{
    public byte[] Bytes { get; } = bytes;

    /// <summary>
    /// The text of a PDF text string (§7.9.2.2): UTF-16BE with a BOM, UTF-8 with a BOM (PDF 2.0), otherwise
    /// PDFDocEncoding, read here as Latin-1 (they differ only in a few rarely used code points).
    /// </summary>
    public string Text
    {
        get
        {
            var b = Bytes;
            if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
            {
                return Encoding.BigEndianUnicode.GetString(b, 2, (b.Length - 2) & ~1);
            }

            if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
            {
                return Encoding.UTF8.GetString(b, 3, b.Length - 3);
            }

            return Encoding.Latin1.GetString(b);
        }
    }

    public override string ToString() => Text;
}

internal sealed class PdfArray(List<PdfObject> items) : PdfObject
{
    public List<PdfObject> Items { get; } = items;
}

internal sealed class PdfDictionary(Dictionary<string, PdfObject> entries) : PdfObject
{
    public Dictionary<string, PdfObject> Entries { get; } = entries;

    public PdfObject? this[string key] => Entries.GetValueOrDefault(key);

    public string? NameOf(string key) => this[key] is PdfName name ? name.Value : null;
}

/// <summary>An indirect reference "n g R".</summary>
internal sealed class PdfReference(int number, int generation) : PdfObject
{
    public int Number { get; } = number;

    public int Generation { get; } = generation;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number} {Generation} R");
}

/// <summary>A stream: its dictionary and where its (still encoded) data lies in the file.</summary>
internal sealed class PdfStream(PdfDictionary dictionary, int dataStart, int dataLength) : PdfObject
{
    public PdfDictionary Dictionary { get; } = dictionary;

    public int DataStart { get; } = dataStart;

    public int DataLength { get; } = dataLength;
}
