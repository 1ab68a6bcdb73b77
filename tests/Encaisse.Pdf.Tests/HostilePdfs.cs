using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Encaisse.Pdf.Tests;

/// <summary>Malformed and hostile PDFs, built by hand so each one breaks exactly one thing.</summary>
internal static class HostilePdfs
{
    /// <summary>A PDF from object bodies (numbered 1..n) with a correct xref table; object 1 is the catalog.</summary>
    public static byte[] Build(IReadOnlyList<byte[]> objects, string trailerExtra = "", Func<long, long>? prev = null)
    {
        using var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Length);
            Write($"{i + 1} 0 obj\n");
            output.Write(objects[i]);
            Write("\nendobj\n");
        }

        var xref = output.Length;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f\r\n");
        foreach (var offset in offsets)
        {
            Write(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n\r\n");
        }

        var prevEntry = prev is null ? string.Empty : $" /Prev {prev(xref)}";
        Write($"trailer\n<</Size {objects.Count + 1} /Root 1 0 R{prevEntry}{trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static byte[] B(string s) => Encoding.Latin1.GetBytes(s);

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. B($"<<{dictionary} /Length {data.Length}>>\nstream\n"), .. data, .. B("\nendstream")];

    /// <summary>A valid PDF with one attachment named <paramref name="name"/>.</summary>
    public static byte[] WithAttachment(string name, byte[] content) => Build(
    [
        B("<</Type /Catalog /Pages 2 0 R /Names <</EmbeddedFiles <</Names [(" + name + ") 3 0 R]>>>>>>"),
        B("<</Type /Pages /Kids [] /Count 0>>"),
        B("<</Type /Filespec /F (" + name + ") /UF (" + name + ") /EF <</F 4 0 R>>>>"),
        Stream("/Type /EmbeddedFile /Subtype /text#2Fxml", content),
    ]);

    /// <summary>An attachment stream that declares 1 GiB of data and holds a few bytes.</summary>
    public static byte[] HugeDeclaredLength() => Build(
    [
        B("<</Type /Catalog /Pages 2 0 R /Names <</EmbeddedFiles <</Names [(factur-x.xml) 3 0 R]>>>>>>"),
        B("<</Type /Pages /Kids [] /Count 0>>"),
        B("<</Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /EF <</F 4 0 R>>>>"),
        [.. B("<</Type /EmbeddedFile /Length 1073741824>>\nstream\n"), .. B("<a>tiny</a>"), .. B("\nendstream")],
    ]);

    /// <summary>A FlateDecode attachment that inflates to <paramref name="megabytes"/> MiB of zeros (a decompression bomb).</summary>
    public static byte[] DecompressionBomb(int megabytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                zlib.Write(zeros);
            }
        }

        return Build(
        [
            B("<</Type /Catalog /Pages 2 0 R /Names <</EmbeddedFiles <</Names [(factur-x.xml) 3 0 R]>>>>>>"),
            B("<</Type /Pages /Kids [] /Count 0>>"),
            B("<</Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /EF <</F 4 0 R>>>>"),
            Stream("/Type /EmbeddedFile /Filter /FlateDecode", compressed.ToArray()),
        ]);
    }

    /// <summary>The trailer's /Prev points back at its own xref section.</summary>
    public static byte[] SelfReferencingPrev() => Build(
        [B("<</Type /Catalog /Pages 2 0 R>>"), B("<</Type /Pages /Kids [] /Count 0>>")],
        prev: xref => xref);

    /// <summary>References that loop: the catalog's /Names is 3 0 R, which is 4 0 R, which is 3 0 R.</summary>
    public static byte[] ReferenceLoop() => Build(
    [
        B("<</Type /Catalog /Pages 2 0 R /Names 3 0 R>>"),
        B("<</Type /Pages /Kids [] /Count 0>>"),
        B("4 0 R"),
        B("3 0 R"),
    ]);

    /// <summary>A name tree whose kid is its own parent.</summary>
    public static byte[] NameTreeLoop() => Build(
    [
        B("<</Type /Catalog /Pages 2 0 R /Names <</EmbeddedFiles 3 0 R>>>>"),
        B("<</Type /Pages /Kids [] /Count 0>>"),
        B("<</Kids [3 0 R 4 0 R]>>"),
        B("<</Kids [3 0 R]>>"),
    ]);

    /// <summary>Arrays nested 200,000 deep: a recursive parser without a bound overflows its stack.</summary>
    public static byte[] DeepNesting() => Build(
    [
        B("<</Type /Catalog /Pages 2 0 R /Names <</EmbeddedFiles 3 0 R>>>>"),
        B("<</Type /Pages /Kids [] /Count 0>>"),
        B("<</Names " + new string('[', 200_000) + new string(']', 200_000) + ">>"),
    ]);

    public static byte[] Garbage(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static byte[] PdfHeaderThenGarbage() => [.. B("%PDF-1.7\n"), .. Garbage(50_000, 7)];

    public static byte[] Truncated(byte[] pdf, double fraction) => pdf.AsSpan(0, (int)(pdf.Length * fraction)).ToArray();
}
