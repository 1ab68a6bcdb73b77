using System.Globalization;
using System.Text;

namespace Encaisse.Pdf.Syntax;

/// <summary>
/// Tokenizer and object parser over the bytes of a PDF file (ISO 32000-1 §7.2, §7.3). It never trusts a length
/// or a count it reads, and it bounds nesting so that a hostile file cannot overflow the stack.
/// </summary>
internal sealed class PdfParser
{
    /// <summary>Arrays and dictionaries nested deeper than this are refused (real files stay far below).</summary>
    public const int MaxDepth = 64;

    private readonly byte[] _data;

    public PdfParser(byte[] data, int position = 0)
    {
        _data = data;
        Position = position;
    }

    public int Position { get; set; }

    public bool AtEnd => Position >= _data.Length;

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public void SkipWhitespaceAndComments()
    {
        while (Position < _data.Length)
        {
            var b = _data[Position];
            if (IsWhitespace(b))
            {
                Position++;
            }
            else if (b == '%')
            {
                while (Position < _data.Length && _data[Position] != '\n' && _data[Position] != '\r')
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Reads a keyword or number token ("obj", "R", "123", "-1.5") without consuming anything else.</summary>
    public string? ReadRegularToken()
    {
        SkipWhitespaceAndComments();
        var start = Position;
        while (Position < _data.Length && !IsWhitespace(_data[Position]) && !IsDelimiter(_data[Position]))
        {
            Position++;
        }

        return Position == start ? null : Encoding.Latin1.GetString(_data, start, Position - start);
    }

    /// <summary>True (and consumed) when the next token is the given keyword.</summary>
    public bool TryKeyword(string keyword)
    {
        var save = Position;
        if (ReadRegularToken() == keyword)
        {
            return true;
        }

        Position = save;
        return false;
    }

    /// <summary>Parses "n g obj" at the current position and returns the object number and generation.</summary>
    public (int Number, int Generation)? TryReadObjectHeader()
    {
        var save = Position;
        if (int.TryParse(ReadRegularToken(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && int.TryParse(ReadRegularToken(), NumberStyles.None, CultureInfo.InvariantCulture, out var generation)
            && ReadRegularToken() == "obj")
        {
            return (number, generation);
        }

        Position = save;
        return null;
    }

    /// <summary>Reads one direct object (a reference stays a reference); streams are handled by the caller.</summary>
    public PdfObject ReadObject(int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new PdfFormatException("PDF objects are nested too deeply.", isLimit: true);
        }

        SkipWhitespaceAndComments();
        if (AtEnd)
        {
            throw new PdfFormatException("The PDF ends in the middle of an object.");
        }

        var b = _data[Position];
        switch (b)
        {
            case (byte)'/':
                Position++;
                return new PdfName(ReadNameBody());
            case (byte)'(':
                Position++;
                return new PdfString(ReadLiteralString());
            case (byte)'[':
                Position++;
                return ReadArray(depth);
            case (byte)'<' when Position + 1 < _data.Length && _data[Position + 1] == '<':
                Position += 2;
                return ReadDictionary(depth);
            case (byte)'<':
                Position++;
                return new PdfString(ReadHexString());
        }

        var token = ReadRegularToken() ?? throw new PdfFormatException($"Unexpected byte 0x{b:X2} at offset {Position}.");
        switch (token)
        {
            case "true":
                return new PdfBoolean(true);
            case "false":
                return new PdfBoolean(false);
            case "null":
                return PdfNull.Instance;
        }

        if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            // "n g R" is a reference: look ahead without committing.
            if (integer is >= 0 and <= int.MaxValue)
            {
                var save = Position;
                if (int.TryParse(ReadRegularToken(), NumberStyles.None, CultureInfo.InvariantCulture, out var generation) && ReadRegularToken() == "R")
                {
                    return new PdfReference((int)integer, generation);
                }

                Position = save;
            }

            return new PdfInteger(integer);
        }

        if (double.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var real))
        {
            return new PdfReal(real);
        }

        throw new PdfFormatException($"Unexpected token '{Truncate(token)}' at offset {Position - token.Length}.");
    }

    private PdfArray ReadArray(int depth)
    {
        var items = new List<PdfObject>();
        while (true)
        {
            SkipWhitespaceAndComments();
            if (AtEnd)
            {
                throw new PdfFormatException("The PDF ends inside an array.");
            }

            if (_data[Position] == ']')
            {
                Position++;
                return new PdfArray(items);
            }

            items.Add(ReadObject(depth + 1));
        }
    }

    private PdfDictionary ReadDictionary(int depth)
    {
        var entries = new Dictionary<string, PdfObject>(StringComparer.Ordinal);
        while (true)
        {
            SkipWhitespaceAndComments();
            if (AtEnd)
            {
                throw new PdfFormatException("The PDF ends inside a dictionary.");
            }

            if (_data[Position] == '>' && Position + 1 < _data.Length && _data[Position + 1] == '>')
            {
                Position += 2;
                return new PdfDictionary(entries);
            }

            if (ReadObject(depth + 1) is not PdfName key)
            {
                throw new PdfFormatException($"A dictionary key is not a name (offset {Position}).");
            }

            SkipWhitespaceAndComments();
            if (!AtEnd && _data[Position] == '>' && Position + 1 < _data.Length && _data[Position + 1] == '>')
            {
                // A key without a value: tolerated as null, as most readers do.
                entries[key.Value] = PdfNull.Instance;
                continue;
            }

            entries[key.Value] = ReadObject(depth + 1);
        }
    }

    private string ReadNameBody()
    {
        var bytes = new List<byte>();
        while (Position < _data.Length && !IsWhitespace(_data[Position]) && !IsDelimiter(_data[Position]))
        {
            var b = _data[Position++];
            if (b == '#' && Position + 1 < _data.Length && HexValue(_data[Position]) >= 0 && HexValue(_data[Position + 1]) >= 0)
            {
                b = (byte)((HexValue(_data[Position]) << 4) | HexValue(_data[Position + 1]));
                Position += 2;
            }

            bytes.Add(b);
        }

        return Encoding.Latin1.GetString(bytes.ToArray());
    }

    private byte[] ReadLiteralString()
    {
        var result = new List<byte>();
        var nesting = 0;
        while (Position < _data.Length)
        {
            var b = _data[Position++];
            switch (b)
            {
                case (byte)'(':
                    nesting++;
                    result.Add(b);
                    break;
                case (byte)')' when nesting == 0:
                    return result.ToArray();
                case (byte)')':
                    nesting--;
                    result.Add(b);
                    break;
                case (byte)'\\':
                    ReadEscape(result);
                    break;
                default:
                    result.Add(b);
                    break;
            }
        }

        throw new PdfFormatException("The PDF ends inside a string.");
    }

    private void ReadEscape(List<byte> result)
    {
        if (AtEnd)
        {
            return;
        }

        var e = _data[Position++];
        switch (e)
        {
            case (byte)'n': result.Add(10); break;
            case (byte)'r': result.Add(13); break;
            case (byte)'t': result.Add(9); break;
            case (byte)'b': result.Add(8); break;
            case (byte)'f': result.Add(12); break;
            case (byte)'\r':
                if (!AtEnd && _data[Position] == '\n')
                {
                    Position++;
                }

                break;
            case (byte)'\n':
                break;
            case >= (byte)'0' and <= (byte)'7':
                var value = e - '0';
                for (var i = 0; i < 2 && !AtEnd && _data[Position] is >= (byte)'0' and <= (byte)'7'; i++)
                {
                    value = (value * 8) + (_data[Position++] - '0');
                }

                result.Add((byte)value);
                break;
            default:
                result.Add(e);
                break;
        }
    }

    private byte[] ReadHexString()
    {
        var result = new List<byte>();
        var high = -1;
        while (Position < _data.Length)
        {
            var b = _data[Position++];
            if (b == '>')
            {
                if (high >= 0)
                {
                    result.Add((byte)(high << 4));
                }

                return result.ToArray();
            }

            var v = HexValue(b);
            if (v < 0)
            {
                if (IsWhitespace(b))
                {
                    continue;
                }

                throw new PdfFormatException($"Invalid character in a hexadecimal string at offset {Position - 1}.");
            }

            if (high < 0)
            {
                high = v;
            }
            else
            {
                result.Add((byte)((high << 4) | v));
                high = -1;
            }
        }

        throw new PdfFormatException("The PDF ends inside a hexadecimal string.");
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static string Truncate(string token) => token.Length > 20 ? token[..20] + "…" : token;
}
