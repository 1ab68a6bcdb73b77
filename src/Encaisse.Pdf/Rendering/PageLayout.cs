using SkiaSharp;

namespace Encaisse.Pdf.Rendering;

/// <summary>Which face a text run uses; the typeface itself is chosen when the pages are drawn.</summary>
internal enum Face
{
    Regular,
    Bold,
}

/// <summary>One drawing operation on a page, recorded during layout and replayed into the PDF.</summary>
internal abstract record DrawOp;

internal sealed record TextOp(string Text, float X, float Y, Face Face, float Size, SKColor Color, SKTextAlign Align) : DrawOp;

internal sealed record RectOp(SKRect Rect, SKColor Color) : DrawOp;

internal sealed record LineOp(float X1, float Y1, float X2, float Y2, SKColor Color, float Width) : DrawOp;

internal sealed record ImageOp(SKImage Image, SKRect Destination) : DrawOp;

/// <summary>Filled rectangles under one transform (the QR code: one rectangle per run of dark modules).</summary>
internal sealed record RectsOp(IReadOnlyList<SKRect> Rects, SKMatrix Transform, SKColor Color) : DrawOp;

/// <summary>
/// Lays out pages top to bottom: measures text with the (shared) faces, wraps it, and records drawing operations
/// per page, so that the page count is known before anything is drawn (for "1/3" footers) and so that a document
/// needing extra glyphs can be drawn with other faces of identical metrics.
/// </summary>
internal sealed class PageLayout : IDisposable
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;
    public const float Left = 40f;
    public const float Right = Width - 40f;
    public const float Top = 40f;
    public const float Bottom = Height - 62f;

    private readonly Dictionary<(Face, float), SKFont> _fonts = [];
    private readonly InvoiceFonts.FaceSet _faces;
    private readonly Action<PageLayout> _continuationHeader;

    public PageLayout(InvoiceFonts.FaceSet faces, Action<PageLayout> continuationHeader)
    {
        _faces = faces;
        _continuationHeader = continuationHeader;
        Pages.Add([]);
    }

    public List<List<DrawOp>> Pages { get; } = [];

    /// <summary>Every string drawn, to choose the faces that hold all their glyphs.</summary>
    public List<string> Strings { get; } = [];

    public float Y { get; set; } = Top;

    public List<DrawOp> Current => Pages[^1];

    public SKFont Font(Face face, float size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
        {
            font = InvoiceFonts.NewFont(face == Face.Bold ? _faces.Bold : _faces.Regular, size);
            _fonts[(face, size)] = font;
        }

        return font;
    }

    public float Measure(string text, Face face, float size) => Font(face, size).MeasureText(text);

    public void Text(string text, float x, float y, Face face, float size, SKColor color, SKTextAlign align = SKTextAlign.Left)
    {
        if (text.Length == 0)
        {
            return;
        }

        Strings.Add(text);
        Current.Add(new TextOp(text, x, y, face, size, color, align));
    }

    public void Rect(SKRect rect, SKColor color) => Current.Add(new RectOp(rect, color));

    public void Line(float x1, float y1, float x2, float y2, SKColor color, float width = 0.5f) => Current.Add(new LineOp(x1, y1, x2, y2, color, width));

    /// <summary>Starts a new page when <paramref name="height"/> does not fit below <see cref="Y"/>.</summary>
    public bool EnsureSpace(float height)
    {
        if (Y + height <= Bottom)
        {
            return false;
        }

        NewPage();
        return true;
    }

    public void NewPage()
    {
        Pages.Add([]);
        Y = Top;
        _continuationHeader(this);
    }

    /// <summary>Greedy word wrap; a word longer than the width is cut.</summary>
    public List<string> Wrap(string text, Face face, float size, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, face, size) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (Measure(line, face, size) > width && line.Length > 1)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && Measure(line[..fit], face, size) > width)
                    {
                        fit--;
                    }

                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }
}
