using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf.Layout;
using TechconnectEvent.Web.Infrastructure.Qr;

namespace TechconnectEvent.Web.Infrastructure.Pdf;

/// <summary>
/// Free drawing at absolute positions (points from the page's top-left corner) with the document's fonts: shaped
/// text in any script, text fitted to a box, rectangles, lines and vector QR codes. Badges, cards and signs are drawn
/// with it; the raw <see cref="Canvas"/> stays available for paths and anything else Skia draws.
/// </summary>
public sealed class PdfCanvas
{
    internal PdfCanvas(SKCanvas canvas, TextShaper text)
    {
        Canvas = canvas;
        Text = text;
    }

    public SKCanvas Canvas { get; }
    public PdfFontProvider Fonts => Text.Provider;

    internal TextShaper Text { get; }

    /// <summary>Width of the text on one line in the style, in points.</summary>
    public float Measure(string text, PdfTextStyle style) => Text.Shape(text, style).Width;

    public float LineHeight(PdfTextStyle style) => Text.LineHeight(style);

    /// <summary>One line of text whose box starts at <paramref name="top"/>; returns the width drawn.</summary>
    public float DrawText(string text, PdfTextStyle style, float x, float top, PdfAlignment alignment = PdfAlignment.Left, float? width = null)
    {
        var line = Text.Shape(text, style);
        var left = alignment switch
        {
            PdfAlignment.Centre => x + ((width ?? 0) - line.Width) / 2,
            PdfAlignment.Right => x + (width ?? 0) - line.Width,
            _ => x,
        };
        line.Draw(Canvas, left, top + Text.Ascent(style), style.Ink);
        return line.Width;
    }

    /// <summary>Lays the text out to fit <paramref name="box"/> without drawing it (see <see cref="PdfFittedText"/> for the rule).</summary>
    public PdfFittedText Fit(string text, PdfTextStyle style, SKSize box, PdfFitOptions options) =>
        PdfFittedText.Fit(Text, text, style, box, options);

    /// <summary>Fits the text to the box (shrinking it down to the minimum size) and draws it there.</summary>
    public PdfFittedText FitText(string text, PdfTextStyle style, SKRect box, PdfFitOptions options)
    {
        var fitted = Fit(text, style, box.Size, options);
        fitted.Draw(Canvas, box, options);
        return fitted;
    }

    /// <summary>Draws text already fitted with <see cref="Fit"/>, e.g. after choosing between two wordings.</summary>
    public void Draw(PdfFittedText fitted, SKRect box, PdfFitOptions options)
    {
        ArgumentNullException.ThrowIfNull(fitted);
        fitted.Draw(Canvas, box, options);
    }

    public void FillRect(SKRect rect, SKColor colour, float cornerRadius = 0)
    {
        using var paint = new SKPaint { Color = colour, Style = SKPaintStyle.Fill, IsAntialias = true };
        if (cornerRadius > 0)
        {
            Canvas.DrawRoundRect(rect, cornerRadius, cornerRadius, paint);
            return;
        }
        Canvas.DrawRect(rect, paint);
    }

    public void StrokeRect(SKRect rect, SKColor colour, float width = 0.5f, float cornerRadius = 0)
    {
        using var paint = new SKPaint { Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
        Canvas.DrawRoundRect(rect, cornerRadius, cornerRadius, paint);
    }

    public void Line(SKPoint from, SKPoint to, SKColor colour, float width = 0.5f)
    {
        using var paint = new SKPaint { Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
        Canvas.DrawLine(from, to, paint);
    }

    /// <summary>A vector QR code filling the largest square that fits in <paramref name="box"/>, centred, on white.</summary>
    public void QrCode(QrModuleMatrix matrix, SKRect box)
    {
        var side = Math.Min(box.Width, box.Height);
        var square = SKRect.Create(box.MidX - side / 2, box.MidY - side / 2, side, side);
        QrDrawing.Draw(Canvas, matrix, square, SKColors.Black, SKColors.White);
    }
}
