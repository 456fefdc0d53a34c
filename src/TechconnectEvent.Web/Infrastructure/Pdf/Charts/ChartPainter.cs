using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf.Layout;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Charts;

/// <summary>
/// Records a chart's shapes and shaped text while it is laid out, and replays them when the page is painted.
/// Only paths, rectangles and glyph runs are drawn, so the chart stays vector in the PDF and its text extractable.
/// </summary>
internal sealed class ChartPainter(TextShaper text)
{
    public static readonly PdfTextStyle Label = new(8, Color: new SKColor(0x42, 0x42, 0x42));
    public static readonly PdfTextStyle Title = new(10, Bold: true);
    public static readonly SKColor Grid = new(0xE0, 0xE0, 0xE0);
    public static readonly SKColor Axis = new(0x75, 0x75, 0x75);

    private readonly List<PageDrawing> drawings = [];

    public TextShaper Text => text;

    public float LineHeight(PdfTextStyle style) => text.LineHeight(style);

    public float Measure(string value, PdfTextStyle style) => text.Shape(value, style).Width;

    /// <summary>One line inside a slot [x, x + width], aligned there; returns the width drawn.</summary>
    public float DrawText(ShapedLine line, PdfTextStyle style, float x, float top, PdfAlignment alignment = PdfAlignment.Left, float width = 0)
    {
        var left = alignment switch
        {
            PdfAlignment.Centre => x + (width - line.Width) / 2,
            PdfAlignment.Right => x + width - line.Width,
            _ => x,
        };
        var baseline = top + text.Ascent(style);
        var ink = style.Ink;
        drawings.Add(canvas => line.Draw(canvas, left, baseline, ink));
        return line.Width;
    }

    public float DrawText(string value, PdfTextStyle style, float x, float top, PdfAlignment alignment = PdfAlignment.Left, float width = 0) =>
        DrawText(text.Shape(value, style), style, x, top, alignment, width);

    public void Fill(SKRect rect, SKColor colour) => drawings.Add(canvas =>
    {
        using var paint = new SKPaint { Color = colour, Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawRect(rect, paint);
    });

    public void Stroke(SKRect rect, SKColor colour, float width = 0.5f) => drawings.Add(canvas =>
    {
        using var paint = new SKPaint { Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
        canvas.DrawRect(rect, paint);
    });

    public void Line(SKPoint from, SKPoint to, SKColor colour, float width = 0.5f) => drawings.Add(canvas =>
    {
        using var paint = new SKPaint { Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
        canvas.DrawLine(from, to, paint);
    });

    public void Polyline(IReadOnlyList<SKPoint> points, SKColor colour, float width) => drawings.Add(canvas =>
    {
        using var path = new SKPath();
        path.AddPoly(points.ToArray(), close: false);
        using var paint = new SKPaint
        {
            Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true,
            StrokeJoin = SKStrokeJoin.Round, StrokeCap = SKStrokeCap.Round,
        };
        canvas.DrawPath(path, paint);
    });

    public void Dot(SKPoint centre, float radius, SKColor colour) => drawings.Add(canvas =>
    {
        using var paint = new SKPaint { Color = colour, Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawCircle(centre, radius, paint);
    });

    /// <summary>A pie slice from <paramref name="startDegrees"/> (0 = three o'clock, clockwise), edged in white.</summary>
    public void Slice(SKPoint centre, float radius, float startDegrees, float sweepDegrees, SKColor colour) => drawings.Add(canvas =>
    {
        var oval = new SKRect(centre.X - radius, centre.Y - radius, centre.X + radius, centre.Y + radius);
        using var path = new SKPath();
        if (sweepDegrees >= 359.99f)
        {
            path.AddOval(oval);
        }
        else
        {
            path.MoveTo(centre);
            path.ArcTo(oval, startDegrees, sweepDegrees, forceMoveTo: false);
            path.Close();
        }
        using var fill = new SKPaint { Color = colour, Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawPath(path, fill);
        using var edge = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = 1, IsAntialias = true };
        canvas.DrawPath(path, edge);
    });

    public PageDrawing Build()
    {
        var recorded = drawings.ToArray();
        return canvas =>
        {
            foreach (var drawing in recorded)
            {
                drawing(canvas);
            }
        };
    }
}
