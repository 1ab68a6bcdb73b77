using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Encaisse.Billing.Import;

/// <summary>How much an imported CSV file may hold; the defaults suit a clerk's spreadsheet export.</summary>
public sealed record CsvLimits
{
    public static readonly CsvLimits Default = new();

    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Data rows, the header line not counted.</summary>
    public int MaxRows { get; init; } = 200_000;

    public int MaxFieldLength { get; init; } = 4_000;

    public int MaxColumns { get; init; } = 500;
}

/// <summary>One record of the file: its values, and the line it starts on (values may span lines when quoted).</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);

/// <summary>A decoded CSV file: the header record and the data records, blank lines left out.</summary>
public sealed record CsvTable(string EncodingName, char Delimiter, CsvRow Header, IReadOnlyList<CsvRow> Rows);

/// <summary>The file cannot be read at all; <see cref="Line"/> says where when the problem is at one place.</summary>
public sealed class ImportFileException : Exception
{
    public ImportFileException()
    {
    }

    public ImportFileException(string message)
        : base(message)
    {
    }

    public ImportFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ImportFileException(int line, string message)
        : base($"Line {line}: {message}") => Line = line;

    public int? Line { get; }
}

/// <summary>
/// Reads CSV files as spreadsheets export them: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252
/// (what French Excel writes by default); separated by semicolons (French Excel), commas or tabs; quoted
/// as RFC 4180 says. The input is untrusted, so sizes are bounded and anything ambiguous is refused with the line.
/// </summary>
public static class CsvFile
{
    private static readonly Encoding Windows1252 = CreateWindows1252();

    // Tried in this order when the header has as many of one as of another: French exports first.
    private static readonly char[] Delimiters = [';', '\t', ','];

    public static async Task<CsvTable> ReadAsync(Stream stream, CsvLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxBytes)
        {
            throw TooLarge(limits);
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken)) > 0)
            {
                if (buffer.Length + read > limits.MaxBytes)
                {
                    throw TooLarge(limits);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), limits);
    }

    public static CsvTable Parse(ReadOnlySpan<byte> bytes, CsvLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (bytes.Length > limits.MaxBytes)
        {
            throw TooLarge(limits);
        }

        var (text, encodingName) = Decode(bytes);
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new ImportFileException(LineAt(text, nul),
                "the file contains binary data (NUL characters): it is not a text CSV file. Export it from the spreadsheet as CSV.");
        }

        var delimiter = DetectDelimiter(text);
        var records = new Parser(text, delimiter, limits).ReadAll();
        if (records.Count == 0)
        {
            throw new ImportFileException("The file is empty: its first line must name the columns (for example nom;siret;email).");
        }

        return new CsvTable(encodingName, delimiter, records[0], records.Skip(1).ToArray());
    }

    private static ImportFileException TooLarge(CsvLimits limits) =>
        new($"The file is larger than {limits.MaxBytes / (1024 * 1024)} MB: split it into several files.");

    private static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new ImportFileException(
                "This is an Excel workbook, not a CSV file: in Excel use Save As, then CSV UTF-8 or CSV (semicolon separated).");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (DecodeUtf8(bytes[3..], bomLength: 3), "UTF-8 with BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (DecodeStrict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]), "UTF-16 LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (DecodeStrict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]), "UTF-16 BE");
        }

        // Without a BOM: valid UTF-8 is taken as UTF-8 (Windows-1252 text with accents almost never is);
        // anything else is what French Excel writes by default, Windows-1252 (a superset of Latin-1).
        return Utf8.IsValid(bytes)
            ? (Encoding.UTF8.GetString(bytes), "UTF-8")
            : (Windows1252.GetString(bytes), "Windows-1252");
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int bomLength)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var line = 1 + bytes[..bytesRead].Count((byte)'\n');
            throw new ImportFileException(line,
                $"the file starts with a UTF-8 marker but byte {bomLength + bytesRead + 1} is not UTF-8: save the file again as CSV UTF-8.");
        }

        return new string(chars, 0, charsWritten);
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            throw new ImportFileException($"The file is marked as {encoding.WebName} but is not valid {encoding.WebName}: save it again as CSV UTF-8.", exception);
        }
    }

    private static Encoding CreateWindows1252()
    {
        // Code pages other than UTF-*, ASCII and Latin-1 come from the provider in the shared framework.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>The separator used most often on the header line, outside quotes; a one-column file gets a comma.</summary>
    private static char DetectDelimiter(string text)
    {
        Span<int> counts = stackalloc int[Delimiters.Length];
        var quoted = false;
        var content = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                // Blank lines before the header are not the header.
                if (content)
                {
                    break;
                }
            }
            else if (!quoted)
            {
                var index = Array.IndexOf(Delimiters, c);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }

            content |= !char.IsWhiteSpace(c);
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return counts[best] > 0 ? Delimiters[best] : ',';
    }

    private static int LineAt(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    private sealed class Parser(string text, char delimiter, CsvLimits limits)
    {
        private readonly StringBuilder field = new();
        private int position;
        private int line = 1;

        public List<CsvRow> ReadAll()
        {
            var records = new List<CsvRow>();
            while (position < text.Length)
            {
                var start = line;
                var fields = ReadRecord();
                if (fields.All(value => value.Length == 0))
                {
                    // Blank lines, and the ";;;;" rows spreadsheets leave below the data.
                    continue;
                }

                if (records.Count > limits.MaxRows)
                {
                    throw new ImportFileException(start,
                        $"the file has more than {limits.MaxRows:N0} rows: split it into several files.");
                }

                records.Add(new CsvRow(start, fields));
            }

            return records;
        }

        private List<string> ReadRecord()
        {
            var fields = new List<string>();
            while (true)
            {
                if (fields.Count == limits.MaxColumns)
                {
                    throw new ImportFileException(line, $"more than {limits.MaxColumns} columns: is this the right file?");
                }

                fields.Add(position < text.Length && text[position] == '"' ? ReadQuoted() : ReadPlain());
                if (position >= text.Length)
                {
                    return fields;
                }

                var c = text[position];
                if (c == delimiter)
                {
                    position++;
                    continue;
                }

                // End of the record: \r\n, \n, or a lone \r (old Mac files).
                position += c == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
                line++;
                return fields;
            }
        }

        private string ReadPlain()
        {
            var start = position;
            while (position < text.Length)
            {
                var c = text[position];
                if (c == delimiter || c is '\r' or '\n')
                {
                    break;
                }

                if (c == '"')
                {
                    throw new ImportFileException(line,
                        "a double quote (\") inside a value that does not start with one. Put the whole value in double quotes and double the quote inside (\"\").");
                }

                position++;
            }

            if (position - start > limits.MaxFieldLength)
            {
                throw FieldTooLong(line);
            }

            return text[start..position];
        }

        private string ReadQuoted()
        {
            var opened = line;
            position++;
            field.Clear();
            while (true)
            {
                if (position >= text.Length)
                {
                    throw new ImportFileException(opened,
                        "a value opened with a double quote (\") is never closed: the closing double quote is missing.");
                }

                var c = text[position];
                if (c == '"')
                {
                    if (position + 1 < text.Length && text[position + 1] == '"')
                    {
                        field.Append('"');
                        position += 2;
                        continue;
                    }

                    position++;
                    break;
                }

                if (c == '\n' || (c == '\r' && (position + 1 >= text.Length || text[position + 1] != '\n')))
                {
                    line++;
                }

                field.Append(c);
                position++;
                if (field.Length > limits.MaxFieldLength)
                {
                    throw FieldTooLong(opened);
                }
            }

            if (position < text.Length && text[position] != delimiter && text[position] is not ('\r' or '\n'))
            {
                throw new ImportFileException(line,
                    $"after the closing double quote of a value comes '{text[position]}' instead of the separator '{Describe(delimiter)}'. "
                    + "A double quote inside a quoted value must be doubled (\"\").");
            }

            return field.ToString();
        }

        private ImportFileException FieldTooLong(int at) =>
            new(at, $"a value is longer than {limits.MaxFieldLength:N0} characters (is a closing double quote missing?).");

        private static string Describe(char c) => c == '\t' ? "tab" : c.ToString();
    }
}
