using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Charts;

/// <summary>Colour swatches with series names, in rows that wrap within the chart's width.</summary>
internal sealed class ChartLegend
{
    private const float Swatch = 8;
    private const float SwatchGap = 4;
    private const float ItemGap = 14;

    private readonly List<(string Name, SKColor Colour, float X, int Row, float Width)> items = [];
    private readonly float lineHeight;

    public ChartLegend(ChartPainter painter, IEnumerable<(string Name, SKColor Colour)> entries, float width)
    {
        lineHeight = painter.LineHeight(ChartPainter.Label);
        var x = 0f;
        var row = 0;
        foreach (var (name, colour) in entries)
        {
            var textWidth = Math.Min(painter.Measure(name, ChartPainter.Label), width - Swatch - SwatchGap);
            var itemWidth = Swatch + SwatchGap + textWidth;
            if (x > 0 && x + itemWidth > width)
            {
                row++;
                x = 0;
            }
            items.Add((name, colour, x, row, textWidth));
            x += itemWidth + ItemGap;
        }
        Rows = items.Count == 0 ? 0 : row + 1;
    }

    public int Rows { get; }

    public float Height => Rows * lineHeight;

    public void Draw(ChartPainter painter, float left, float top)
    {
        foreach (var (name, colour, x, row, width) in items)
        {
            var rowTop = top + row * lineHeight;
            var swatchTop = rowTop + (lineHeight - Swatch) / 2;
            painter.Fill(SKRect.Create(left + x, swatchTop, Swatch, Swatch), colour);
            var label = ChartText.Shorten(painter.Text, name, ChartPainter.Label, width);
            painter.DrawText(label, ChartPainter.Label, left + x + Swatch + SwatchGap, rowTop);
        }
    }
}
