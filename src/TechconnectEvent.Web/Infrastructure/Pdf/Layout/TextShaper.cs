using System.Globalization;
using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Layout;

/// <summary>
/// HarfBuzz shaping for one document. SKShaper and SKFont are mutable native objects without a thread-safety
/// promise, so each document gets its own set while the typefaces come from the shared provider. A line is cut
/// into runs of one typeface each (the shipped Noto Sans, or a system face for the scripts it lacks) and every run
/// is shaped with its own face, so a Korean name in a Vietnamese sentence keeps its glyphs.
/// </summary>
internal sealed class TextShaper : IDisposable
{
    private readonly PdfFontProvider provider;
    private readonly Dictionary<SKTypeface, SKShaper> shapers = [];
    private readonly Dictionary<(SKTypeface Typeface, float Size), SKFont> fonts = [];

    public TextShaper(PdfFontProvider fontProvider) => provider = fontProvider;

    public PdfFontProvider Provider => provider;

    public static string Normalize(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    public ShapedLine Shape(string text, PdfTextStyle style)
    {
        text = Normalize(text);
        var primary = provider.Typeface(style.Bold);
        if (text.Length == 0)
        {
            return new ShapedLine(text, [], 0);
        }
        var runs = new List<ShapedRun>(1);
        var x = 0f;
        foreach (var (start, length, typeface) in Segment(text, style.Bold, primary))
        {
            var run = ShapeRun(text.Substring(start, length), Font(typeface, style.Size), typeface, x);
            runs.Add(run);
            x += run.Width;
        }
        return new ShapedLine(text, runs, x);
    }

    public float LineHeight(PdfTextStyle style)
    {
        var metrics = Font(provider.Typeface(style.Bold), style.Size).Metrics;
        return -metrics.Ascent + metrics.Descent + metrics.Leading;
    }

    /// <summary>Distance from the top of a line box to its baseline.</summary>
    public float Ascent(PdfTextStyle style) => -Font(provider.Typeface(style.Bold), style.Size).Metrics.Ascent;

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }
        foreach (var shaper in shapers.Values)
        {
            shaper.Dispose();
        }
    }

    /// <summary>
    /// Splits the text between grapheme clusters where the face changes. A cluster the current face can draw stays
    /// in the current run (spaces and punctuation do not break a Korean name into pieces); a cluster no face has is
    /// drawn with the shipped face, whose empty box callers avoid by asking <see cref="PdfFontProvider.FindUncovered"/> first.
    /// </summary>
    private IEnumerable<(int Start, int Length, SKTypeface Typeface)> Segment(string text, bool bold, SKTypeface primary)
    {
        // Latin and Vietnamese text, nearly every line: one run without walking the clusters.
        if (primary.ContainsGlyphs(text))
        {
            yield return (0, text.Length, primary);
            yield break;
        }
        var runStart = 0;
        SKTypeface? current = null;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var cluster = elements.GetTextElement();
            var index = elements.ElementIndex;
            if (current is not null && Covers(current, cluster))
            {
                continue;
            }
            var face = provider.TypefaceFor(cluster, bold) ?? primary;
            if (current is null)
            {
                current = face;
                continue;
            }
            if (!ReferenceEquals(face, current))
            {
                yield return (runStart, index - runStart, current);
                runStart = index;
                current = face;
            }
        }
        yield return (runStart, text.Length - runStart, current ?? primary);
    }

    private static bool Covers(SKTypeface typeface, string cluster)
    {
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (!PdfFontProvider.IsInvisible(rune) && !typeface.ContainsGlyph(rune.Value))
            {
                return false;
            }
        }
        return true;
    }

    private ShapedRun ShapeRun(string text, SKFont font, SKTypeface typeface, float x)
    {
        if (!shapers.TryGetValue(typeface, out var shaper))
        {
            shaper = new SKShaper(typeface);
            shapers[typeface] = shaper;
        }
        var result = shaper.Shape(text, font);
        var glyphs = new ushort[result.Codepoints.Length];
        for (var index = 0; index < glyphs.Length; index++)
        {
            glyphs[index] = (ushort)result.Codepoints[index];
        }
        return new ShapedRun(glyphs, result.Points, result.Width, font, x);
    }

    private SKFont Font(SKTypeface typeface, float size)
    {
        var key = (typeface, size);
        if (!fonts.TryGetValue(key, out var font))
        {
            // Unhinted, subpixel-positioned outlines: widths then scale linearly with size and match the PDF.
            font = new SKFont(typeface, size)
            {
                Hinting = SKFontHinting.None,
                Subpixel = true,
                LinearMetrics = true,
                Edging = SKFontEdging.Antialias,
            };
            fonts[key] = font;
        }
        return font;
    }
}

/// <summary>Glyphs of one typeface, positioned from <see cref="X"/>, the run's start within its line.</summary>
internal sealed record ShapedRun(ushort[] Glyphs, SKPoint[] Positions, float Width, SKFont Font, float X);

/// <summary>A line of text already shaped into positioned glyphs, ready to draw at any origin.</summary>
internal sealed record ShapedLine(string Text, IReadOnlyList<ShapedRun> Runs, float Width)
{
    public void Draw(SKCanvas canvas, float x, float baseline, SKColor colour)
    {
        if (Runs.Count == 0)
        {
            return;
        }
        using var builder = new SKTextBlobBuilder();
        foreach (var shaped in Runs)
        {
            if (shaped.Glyphs.Length == 0)
            {
                continue;
            }
            var positions = shaped.X == 0 ? shaped.Positions : Shift(shaped.Positions, shaped.X);
            var run = builder.AllocatePositionedRun(shaped.Font, shaped.Glyphs.Length);
            run.SetGlyphs(shaped.Glyphs);
            run.SetPositions(positions);
        }
        using var blob = builder.Build();
        if (blob is null)
        {
            return;
        }
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        canvas.DrawText(blob, x, baseline, paint);
    }

    private static SKPoint[] Shift(SKPoint[] positions, float dx)
    {
        var shifted = new SKPoint[positions.Length];
        for (var index = 0; index < positions.Length; index++)
        {
            shifted[index] = new SKPoint(positions[index].X + dx, positions[index].Y);
        }
        return shifted;
    }
}
