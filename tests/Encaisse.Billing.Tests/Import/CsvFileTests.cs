using System.Text;
using Encaisse.Billing.Import;

namespace Encaisse.Billing.Tests.Import;

public sealed class CsvFileTests
{
    private static readonly Encoding Windows1252 = CodePages(1252);

    private static CsvTable Parse(string text, CsvLimits? limits = null) => CsvFile.Parse(Encoding.UTF8.GetBytes(text), limits ?? CsvLimits.Default);

    private static Encoding CodePages(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    [Fact]
    public void Reads_utf8_without_bom()
    {
        var table = Parse("nom;ville\nSociété Générale;Orléans\n");
        Assert.Equal("UTF-8", table.EncodingName);
        Assert.Equal(["Société Générale", "Orléans"], table.Rows[0].Fields);
    }

    [Fact]
    public void Reads_utf8_with_bom_and_leaves_the_bom_out_of_the_first_heading()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("nom;ville\r\nÇa Va;Nîmes\r\n")).ToArray();
        var table = CsvFile.Parse(bytes, CsvLimits.Default);
        Assert.Equal("UTF-8 with BOM", table.EncodingName);
        Assert.Equal("nom", table.Header.Fields[0]);
        Assert.Equal(["Ça Va", "Nîmes"], table.Rows[0].Fields);
    }

    [Fact]
    public void Reads_windows_1252_when_the_bytes_are_not_utf8()
    {
        var bytes = Windows1252.GetBytes("nom;ville;montant\nFaçonnage Élysée;Besançon;12 €\n");
        var table = CsvFile.Parse(bytes, CsvLimits.Default);
        Assert.Equal("Windows-1252", table.EncodingName);
        Assert.Equal(["Façonnage Élysée", "Besançon", "12 €"], table.Rows[0].Fields);
    }

    [Fact]
    public void Reads_utf16_with_bom_as_excel_unicode_text_writes_it()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("nom\tville\r\nDupont\tSète\r\n")).ToArray();
        var table = CsvFile.Parse(bytes, CsvLimits.Default);
        Assert.Equal('\t', table.Delimiter);
        Assert.Equal(["Dupont", "Sète"], table.Rows[0].Fields);
    }

    [Fact]
    public void A_utf8_bom_followed_by_invalid_bytes_is_refused_with_the_line()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("nom\nok\n")).Concat(Windows1252.GetBytes("Façon\n")).ToArray();
        var error = Assert.Throws<ImportFileException>(() => CsvFile.Parse(bytes, CsvLimits.Default));
        Assert.Equal(3, error.Line);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nom;siret;ville\nA;1;B\n", ';')]
    [InlineData("nom,siret,ville\nA,1,B\n", ',')]
    [InlineData("nom\tsiret\tville\nA\t1\tB\n", '\t')]
    // A comma inside a semicolon-separated heading does not win.
    [InlineData("nom;adresse, ligne 1;ville\nA;1;B\n", ';')]
    // Separators inside quotes do not count.
    [InlineData("\"nom;court\",siret,ville\nA,1,B\n", ',')]
    [InlineData("\n\nnom;ville\nA;B\n", ';')]
    public void Detects_the_separator_from_the_header_line(string text, char expected)
    {
        var table = Parse(text);
        Assert.Equal(expected, table.Delimiter);
        Assert.Equal(table.Header.Fields.Count, table.Rows[0].Fields.Count);
    }

    [Fact]
    public void A_single_column_file_is_read()
    {
        var table = Parse("nom\nDupont\nMartin\n");
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("Martin", table.Rows[1].Fields[0]);
    }

    [Fact]
    public void Quoted_values_keep_separators_doubled_quotes_and_line_breaks()
    {
        var table = Parse("nom;adresse;ville\n\"Dupont; fils\";\"12 rue \"\"Haute\"\"\nBâtiment B\";Lyon\nMartin;;Paris\n");
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["Dupont; fils", "12 rue \"Haute\"\nBâtiment B", "Lyon"], table.Rows[0].Fields);
        Assert.Equal(2, table.Rows[0].Line);
        // The line break inside the quotes moves the next record to line 4.
        Assert.Equal(4, table.Rows[1].Line);
        Assert.Equal(["Martin", "", "Paris"], table.Rows[1].Fields);
    }

    [Fact]
    public void Crlf_lf_and_lone_cr_all_end_a_record_and_blank_lines_are_skipped_but_counted()
    {
        var table = Parse("nom;ville\r\nA;B\r\n\r\n;;\nC;D\rE;F");
        Assert.Equal([2, 5, 6], table.Rows.Select(row => row.Line));
        Assert.Equal(["E", "F"], table.Rows[2].Fields);
    }

    [Fact]
    public void An_empty_quoted_value_and_a_trailing_separator_give_empty_values()
    {
        var table = Parse("a;b;c\n\"\";x;\n");
        Assert.Equal(["", "x", ""], table.Rows[0].Fields);
    }

    [Fact]
    public void An_unclosed_quote_is_refused_naming_the_line_where_it_opened()
    {
        var error = Assert.Throws<ImportFileException>(() => Parse("nom;ville\nA;B\n\"Dupont;Lyon\nC;D\n"));
        Assert.Equal(3, error.Line);
        Assert.StartsWith("Line 3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_refused()
    {
        var error = Assert.Throws<ImportFileException>(() => Parse("nom;ville\n\"Dupont\" SA;Lyon\n"));
        Assert.Equal(2, error.Line);
        Assert.Contains("closing double quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_value_is_refused()
    {
        var error = Assert.Throws<ImportFileException>(() => Parse("nom;ville\nA;B\nLe \"Bon\" Coin;Lyon\n"));
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_empty_file_or_one_of_blank_lines_has_no_header()
    {
        Assert.Contains("empty", Assert.Throws<ImportFileException>(() => CsvFile.Parse([], CsvLimits.Default)).Message, StringComparison.Ordinal);
        Assert.Contains("empty", Assert.Throws<ImportFileException>(() => Parse("\r\n\r\n;;\n")).Message, StringComparison.Ordinal);
        Assert.Contains("empty", Assert.Throws<ImportFileException>(() => CsvFile.Parse(Encoding.UTF8.GetPreamble(), CsvLimits.Default)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_rows_is_a_table_without_rows()
    {
        var table = Parse("nom;ville\n");
        Assert.Empty(table.Rows);
        Assert.Equal(["nom", "ville"], table.Header.Fields);
    }

    [Fact]
    public void An_excel_workbook_is_refused_with_advice()
    {
        var zip = "PK\u0003\u0004rest of a workbook"u8.ToArray();
        Assert.Contains("Excel workbook", Assert.Throws<ImportFileException>(() => CsvFile.Parse(zip, CsvLimits.Default)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var error = Assert.Throws<ImportFileException>(() => CsvFile.Parse([(byte)'n', (byte)'\n', 0, 1, 2], CsvLimits.Default));
        Assert.Equal(2, error.Line);
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_longer_than_the_limit_is_refused_naming_the_line()
    {
        var limits = new CsvLimits { MaxFieldLength = 10 };
        Assert.Equal(["0123456789"], Parse("nom\n0123456789\n", limits).Rows[0].Fields);
        Assert.Equal(2, Assert.Throws<ImportFileException>(() => Parse("nom\n01234567890\n", limits)).Line);
        Assert.Equal(3, Assert.Throws<ImportFileException>(() => Parse("nom\nok\n\"01234\n567890\"\n", limits)).Line);
    }

    [Fact]
    public void The_default_field_limit_is_4000_characters()
    {
        Assert.Single(Parse("nom\n" + new string('x', 4000) + "\n").Rows);
        var error = Assert.Throws<ImportFileException>(() => Parse("nom\n" + new string('x', 4001) + "\n"));
        Assert.Contains("4,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_rows_than_the_limit_are_refused()
    {
        var limits = new CsvLimits { MaxRows = 3 };
        Assert.Equal(3, Parse("nom\na\nb\nc\n", limits).Rows.Count);
        var error = Assert.Throws<ImportFileException>(() => Parse("nom\na\nb\nc\nd\n", limits));
        Assert.Equal(5, error.Line);
        Assert.Contains("more than 3 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_row_limit_is_200000()
    {
        var text = new StringBuilder("nom\n");
        for (var i = 0; i < 200_000; i++)
        {
            text.Append("a\n");
        }

        Assert.Equal(200_000, Parse(text.ToString()).Rows.Count);
        text.Append("a\n");
        Assert.Contains("200,000", Assert.Throws<ImportFileException>(() => Parse(text.ToString())).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_larger_than_the_limit_is_refused_whether_or_not_its_length_is_known()
    {
        var limits = new CsvLimits { MaxBytes = 1024 };
        var big = Encoding.UTF8.GetBytes("nom\n" + new string('a', 1100) + "\n");
        var error = await Assert.ThrowsAsync<ImportFileException>(() => CsvFile.ReadAsync(new MemoryStream(big), limits, CancellationToken.None));
        Assert.Contains("larger than", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ImportFileException>(() => CsvFile.ReadAsync(new UnseekableStream(big), limits, CancellationToken.None));

        var small = Encoding.UTF8.GetBytes("nom\nDupont\n");
        Assert.Single((await CsvFile.ReadAsync(new UnseekableStream(small), limits, CancellationToken.None)).Rows);
    }

    [Fact]
    public void The_default_size_limit_is_50_megabytes()
    {
        Assert.Equal(50L * 1024 * 1024, CsvLimits.Default.MaxBytes);
    }

    [Fact]
    public void Too_many_columns_are_refused()
    {
        var limits = new CsvLimits { MaxColumns = 3 };
        Assert.Equal(3, Parse("a;b;c\n1;2;3\n", limits).Header.Fields.Count);
        Assert.Equal(2, Assert.Throws<ImportFileException>(() => Parse("a;b;c\n1;2;3;4\n", limits)).Line);
    }

    /// <summary>A network-like stream: no length, no seeking.</summary>
    private sealed class UnseekableStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 100));

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
