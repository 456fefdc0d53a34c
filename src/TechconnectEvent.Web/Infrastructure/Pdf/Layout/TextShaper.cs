using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Layout;

/// <summary>
/// HarfBuzz shaping for one document. SKShaper and SKFont are mutable native objects without a thread-safety
/// promise, so each document gets its own set while the typefaces come from the shared provider.
/// </summary>
internal sealed class TextShaper : IDisposable
{
    private readonly SKShaper regular;
    private readonly SKShaper bold;
    private readonly Dictionary<(bool Bold, float Size), SKFont> fonts = [];

    public TextShaper(PdfFontProvider fontProvider)
    {
        regular = new SKShaper(fontProvider.Regular);
        bold = new SKShaper(fontProvider.Bold);
    }

    public static string Normalize(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    public ShapedLine Shape(string text, PdfTextStyle style)
    {
        text = Normalize(text);
        var font = Font(style);
        if (text.Length == 0)
        {
            return new ShapedLine(text, [], [], 0, font);
        }
        var result = (style.Bold ? bold : regular).Shape(text, font);
        var glyphs = new ushort[result.Codepoints.Length];
        for (var index = 0; index < glyphs.Length; index++)
        {
            glyphs[index] = (ushort)result.Codepoints[index];
        }
        return new ShapedLine(text, glyphs, result.Points, result.Width, font);
    }

    public float LineHeight(PdfTextStyle style)
    {
        var metrics = Font(style).Metrics;
        return -metrics.Ascent + metrics.Descent + metrics.Leading;
    }

    /// <summary>Distance from the top of a line box to its baseline.</summary>
    public float Ascent(PdfTextStyle style) => -Font(style).Metrics.Ascent;

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }
        regular.Dispose();
        bold.Dispose();
    }

    private SKFont Font(PdfTextStyle style)
    {
        var key = (style.Bold, style.Size);
        if (!fonts.TryGetValue(key, out var font))
        {
            // Unhinted, subpixel-positioned outlines: widths then scale linearly with size and match the PDF.
            font = new SKFont((style.Bold ? bold : regular).Typeface, style.Size)
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

/// <summary>A line of text already shaped into positioned glyphs, ready to draw at any origin.</summary>
internal sealed record ShapedLine(string Text, ushort[] Glyphs, SKPoint[] Positions, float Width, SKFont Font)
{
    public void Draw(SKCanvas canvas, float x, float baseline, SKColor colour)
    {
        if (Glyphs.Length == 0)
        {
            return;
        }
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedRun(Font, Glyphs.Length);
        run.SetGlyphs(Glyphs);
        run.SetPositions(Positions);
        using var blob = builder.Build();
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        canvas.DrawText(blob, x, baseline, paint);
    }
}
