using SkiaSharp;

namespace Encaisse.Pdf.Rendering;

/// <summary>
/// The two faces invoices are drawn with (regular and bold), read once from font files on disk (Debian
/// fonts-dejavu-core by default) and reduced for embedding (<see cref="TrueTypeReducer"/>). The reduced faces
/// for the usual characters of Western European invoices are built once and shared; a document that draws a
/// character outside them gets faces of its own, so every glyph drawn is embedded.
/// </summary>
public sealed class InvoiceFonts : IDisposable
{
    /// <summary>Where Debian's fonts-dejavu-core installs DejaVu Sans.</summary>
    public static readonly IReadOnlyList<string> DefaultDirectories = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"];

    private static readonly Lock SharedLock = new();
    private static InvoiceFonts? _shared;

    private readonly TrueTypeReducer _regular;
    private readonly TrueTypeReducer _bold;
    private readonly HashSet<int> _common;

    private InvoiceFonts(byte[] regular, byte[] bold)
    {
        _regular = new TrueTypeReducer(regular);
        _bold = new TrueTypeReducer(bold);
        _common = [.. CommonCodePoints()];
        Common = new FaceSet(Create(_regular.Reduce(_common)), Create(_bold.Reduce(_common)), owned: false);
    }

    /// <summary>The shared faces for the common characters; never dispose them.</summary>
    internal FaceSet Common { get; }

    /// <summary>Fonts from DejaVuSans.ttf and DejaVuSans-Bold.ttf in the first directory that has both.</summary>
    public static InvoiceFonts Default
    {
        get
        {
            lock (SharedLock)
            {
                return _shared ??= FromDirectories(DefaultDirectories);
            }
        }
    }

    public static InvoiceFonts FromDirectories(IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var tried = new List<string>();
        foreach (var directory in directories)
        {
            var regular = Path.Combine(directory, "DejaVuSans.ttf");
            var bold = Path.Combine(directory, "DejaVuSans-Bold.ttf");
            tried.Add(directory);
            if (File.Exists(regular) && File.Exists(bold))
            {
                return FromFiles(regular, bold);
            }
        }

        throw new FileNotFoundException(
            $"DejaVu Sans was not found in {string.Join(", ", tried)}: install the Debian package fonts-dejavu-core.");
    }

    /// <summary>Fonts from two TrueType files (a regular and a bold face of one family).</summary>
    public static InvoiceFonts FromFiles(string regularPath, string boldPath) =>
        new(File.ReadAllBytes(regularPath), File.ReadAllBytes(boldPath));

    /// <summary>Faces that hold every character of <paramref name="text"/>: the shared ones when they do.</summary>
    internal FaceSet For(IEnumerable<string> text)
    {
        HashSet<int>? extra = null;
        foreach (var s in text)
        {
            for (var i = 0; i < s.Length; i++)
            {
                int cp = s[i];
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    cp = char.ConvertToUtf32(s[i], s[i + 1]);
                    i++;
                }

                if (!_common.Contains(cp) && (_regular.GlyphOf(cp) != 0 || _bold.GlyphOf(cp) != 0))
                {
                    (extra ??= []).Add(cp);
                }
            }
        }

        if (extra is null)
        {
            return Common;
        }

        extra.UnionWith(_common);
        return new FaceSet(Create(_regular.Reduce(extra)), Create(_bold.Reduce(extra)), owned: true);
    }

    public void Dispose() => Common.DisposeFaces();

    /// <summary>
    /// A font for layout and drawing: unhinted, linear metrics, so advances are the font's own widths and Skia
    /// writes each run as one PDF string instead of positioning every glyph.
    /// </summary>
    internal static SKFont NewFont(SKTypeface typeface, float size) =>
        new(typeface, size) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true, Edging = SKFontEdging.Antialias };

    private static SKTypeface Create(byte[] font)
    {
        using var data = SKData.CreateCopy(font);
        return SKTypeface.FromData(data) ?? throw new InvalidDataException("Skia could not load the reduced font.");
    }

    /// <summary>ASCII, Latin-1, œ/Œ, the usual punctuation and spaces, the euro sign and a few symbols invoices use.</summary>
    private static IEnumerable<int> CommonCodePoints()
    {
        for (var c = 0x20; c <= 0x7E; c++)
        {
            yield return c;
        }

        for (var c = 0xA0; c <= 0xFF; c++)
        {
            yield return c;
        }

        foreach (var c in new[] { 0x0152, 0x0153, 0x0178, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x202F, 0x2030, 0x20AC, 0x2122, 0x2192, 0x2212 })
        {
            yield return c;
        }
    }

    /// <summary>A regular and a bold typeface for one document.</summary>
    internal sealed class FaceSet(SKTypeface regular, SKTypeface bold, bool owned) : IDisposable
    {
        public SKTypeface Regular { get; } = regular;

        public SKTypeface Bold { get; } = bold;

        public void Dispose()
        {
            if (owned)
            {
                DisposeFaces();
            }
        }

        internal void DisposeFaces()
        {
            Regular.Dispose();
            Bold.Dispose();
        }
    }
}
