using System.Globalization;
using System.Text;

namespace Encaisse.Pdf.Syntax;

/// <summary>Serialises PDF objects (§7.3) into a byte buffer, tracking offsets for a cross-reference section.</summary>
internal sealed class PdfWriter
{
    private readonly MemoryStream _out;
    private readonly long _baseOffset;

    /// <param name="output">Where bytes go.</param>
    /// <param name="baseOffset">The file offset of the first byte written (the length of what precedes it).</param>
    public PdfWriter(MemoryStream output, long baseOffset)
    {
        _out = output;
        _baseOffset = baseOffset;
    }

    /// <summary>The file offset of the next byte.</summary>
    public long Offset => _baseOffset + _out.Length;

    public void Raw(string ascii)
    {
        Span<byte> buffer = stackalloc byte[256];
        if (ascii.Length <= buffer.Length)
        {
            var n = Encoding.Latin1.GetBytes(ascii, buffer);
            _out.Write(buffer[..n]);
        }
        else
        {
            _out.Write(Encoding.Latin1.GetBytes(ascii));
        }
    }

    public void Raw(ReadOnlySpan<byte> bytes) => _out.Write(bytes);

    public void Object(PdfObject value)
    {
        switch (value)
        {
            case PdfNull:
                Raw("null");
                break;
            case PdfBoolean b:
                Raw(b.Value ? "true" : "false");
                break;
            case PdfInteger i:
                Raw(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case PdfReal r:
                Raw(r.Value.ToString("0.######", CultureInfo.InvariantCulture));
                break;
            case PdfName n:
                Name(n.Value);
                break;
            case PdfString s:
                String(s.Bytes);
                break;
            case PdfReference reference:
                Raw(reference.ToString());
                break;
            case PdfArray array:
                Raw("[");
                for (var k = 0; k < array.Items.Count; k++)
                {
                    if (k > 0)
                    {
                        Raw(" ");
                    }

                    Object(array.Items[k]);
                }

                Raw("]");
                break;
            case PdfDictionary dictionary:
                Raw("<<");
                foreach (var (key, item) in dictionary.Entries)
                {
                    Name(key);
                    Raw(" ");
                    Object(item);
                    Raw("\n");
                }

                Raw(">>");
                break;
            default:
                throw new InvalidOperationException($"Cannot write a {value.GetType().Name} as a direct object.");
        }
    }

    /// <summary>A name with every byte outside the regular printable range escaped as #xx (§7.3.5).</summary>
    public void Name(string name)
    {
        var sb = new StringBuilder("/");
        foreach (var c in Encoding.Latin1.GetBytes(name))
        {
            if (c is > 0x20 and < 0x7F && c != '#' && !PdfParser.IsDelimiter(c))
            {
                sb.Append((char)c);
            }
            else
            {
                sb.Append('#').Append(c.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        Raw(sb.ToString());
    }

    /// <summary>Printable ASCII as a literal string (escaping \\, ( and )); anything else in hexadecimal form.</summary>
    public void String(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is < 0x20 or > 0x7E)
            {
                HexString(bytes);
                return;
            }
        }

        var sb = new StringBuilder(bytes.Length + 2).Append('(');
        foreach (var b in bytes)
        {
            if (b is (byte)'\\' or (byte)'(' or (byte)')')
            {
                sb.Append('\\');
            }

            sb.Append((char)b);
        }

        Raw(sb.Append(')').ToString());
    }

    public void HexString(ReadOnlySpan<byte> bytes)
    {
        Raw("<");
        Raw(Convert.ToHexString(bytes));
        Raw(">");
    }

    /// <summary>A text string: ASCII as a literal, anything else as UTF-16BE with a BOM (§7.9.2.2).</summary>
    public static PdfString Text(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7E || c < 0x20)
            {
                var utf16 = Encoding.BigEndianUnicode.GetBytes(text);
                return new PdfString([0xFE, 0xFF, .. utf16]);
            }
        }

        return new PdfString(Encoding.ASCII.GetBytes(text));
    }

    /// <summary>A date string D:YYYYMMDDHHmmSS+HH'mm' (§7.9.4).</summary>
    public static PdfString Date(DateTimeOffset when) => new(Encoding.ASCII.GetBytes(FormatDate(when)));

    public static string FormatDate(DateTimeOffset when)
    {
        var offset = when.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"D:{when:yyyyMMddHHmmss}{sign}{offset.Hours:00}'{offset.Minutes:00}'");
    }
}
