namespace Encaisse.Pdf.Syntax;

/// <summary>PNG and TIFF-free predictors of FlateDecode (§7.4.4.4), which xref streams use.</summary>
internal static class Predictors
{
    public static byte[] Apply(byte[] data, PdfDictionary? parms, PdfFile file)
    {
        var predictor = parms is null ? 1 : file.IntegerOf(parms["Predictor"]) ?? 1;
        if (predictor < 10)
        {
            return predictor == 1 ? data : throw new PdfFormatException($"Predictor {predictor} is not supported.");
        }

        var colors = (int)Math.Clamp(file.IntegerOf(parms!["Colors"]) ?? 1, 1, 32);
        var bits = (int)Math.Clamp(file.IntegerOf(parms["BitsPerComponent"]) ?? 8, 1, 16);
        var columns = (int)Math.Clamp(file.IntegerOf(parms["Columns"]) ?? 1, 1, 1 << 20);
        var bpp = Math.Max(1, (colors * bits + 7) / 8);
        var rowLength = (columns * colors * bits + 7) / 8;
        var rows = data.Length / (rowLength + 1);
        var output = new byte[rows * rowLength];
        var previous = new byte[rowLength];
        for (var r = 0; r < rows; r++)
        {
            var input = data.AsSpan(r * (rowLength + 1), rowLength + 1);
            var type = input[0];
            var row = output.AsSpan(r * rowLength, rowLength);
            for (var i = 0; i < rowLength; i++)
            {
                var raw = input[i + 1];
                var left = i >= bpp ? row[i - bpp] : 0;
                var up = previous[i];
                var upLeft = i >= bpp ? previous[i - bpp] : 0;
                row[i] = type switch
                {
                    0 => raw,
                    1 => (byte)(raw + left),
                    2 => (byte)(raw + up),
                    3 => (byte)(raw + ((left + up) >> 1)),
                    4 => (byte)(raw + Paeth(left, up, upLeft)),
                    _ => throw new PdfFormatException($"Unknown PNG filter type {type} in a predicted stream."),
                };
            }

            row.CopyTo(previous);
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
