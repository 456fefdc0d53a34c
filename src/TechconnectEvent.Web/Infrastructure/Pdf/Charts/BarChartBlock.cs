using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Charts;

internal sealed class BarChartBlock(PdfBarChart chart) : ChartBlock(chart.Height, chart.Title, chart.NoDataCaption)
{
    private const int MaxLabelLines = 2;
    private const float LabelGap = 3;
    private const float SlotPadding = 2;

    /// <summary>Share of a category's slot the bars take; the rest separates neighbouring groups.</summary>
    private const float GroupShare = 0.7f;

    /// <summary>A lone category would otherwise get one bar as wide as the page, which reads as a box, not a bar.</summary>
    private const float MaxBarWidth = 48;

    protected override bool IsEmpty => chart.Categories.Count == 0 || chart.Series.Count == 0;

    protected override void Compose(ChartPainter painter, SKRect body)
    {
        var lineHeight = painter.LineHeight(ChartPainter.Label);
        var axis = new ValueAxis(painter, chart.Series.SelectMany(series => series.Values));
        var legend = chart.Series.Count > 1
            ? new ChartLegend(painter, chart.Series.Select((series, index) => (series.Name, Colour(index))), body.Width)
            : null;
        var legendHeight = legend is null ? 0 : legend.Height + LabelGap * 2;

        var slotWidth = (body.Width - axis.Width) / chart.Categories.Count;
        var labels = chart.Categories
            .Select(category => ChartText.Wrap(painter.Text, category, ChartPainter.Label, slotWidth - SlotPadding * 2, MaxLabelLines))
            .ToList();
        var labelHeight = labels.Max(lines => lines.Count) * lineHeight + LabelGap;
        var valueHeight = chart.ShowValues ? lineHeight : 0;
        var plot = new SKRect(
            body.Left + axis.Width,
            body.Top + axis.LabelHeight / 2 + valueHeight,
            body.Right,
            body.Bottom - legendHeight - labelHeight);

        axis.Draw(painter, plot);
        var barWidth = Math.Min(slotWidth * GroupShare / chart.Series.Count, MaxBarWidth);
        var groupWidth = barWidth * chart.Series.Count;
        for (var category = 0; category < chart.Categories.Count; category++)
        {
            var slotLeft = plot.Left + category * slotWidth;
            var groupLeft = slotLeft + (slotWidth - groupWidth) / 2;
            for (var series = 0; series < chart.Series.Count; series++)
            {
                var value = chart.Series[series].Values[category];
                var bar = new SKRect(groupLeft + series * barWidth, axis.Y(plot, value), groupLeft + (series + 1) * barWidth, axis.Y(plot, 0));
                painter.Fill(bar, Colour(series));
                if (chart.ShowValues)
                {
                    DrawValue(painter, value, bar, lineHeight);
                }
            }
            var top = plot.Bottom + LabelGap;
            foreach (var line in labels[category])
            {
                painter.DrawText(line, ChartPainter.Label, slotLeft, top, PdfAlignment.Centre, slotWidth);
                top += lineHeight;
            }
        }
        legend?.Draw(painter, body.Left + axis.Width, body.Bottom - legend.Height);
    }

    private static void DrawValue(ChartPainter painter, double value, SKRect bar, float lineHeight)
    {
        var label = painter.Text.Shape(ChartText.Number(value), ChartPainter.Label);
        // A label wider than its bar would run into the next bar's label; the value axis still tells it.
        if (label.Width <= bar.Width + 4)
        {
            painter.DrawText(label, ChartPainter.Label, bar.Left, bar.Top - lineHeight, PdfAlignment.Centre, bar.Width);
        }
    }

    private SKColor Colour(int series) => chart.Series[series].Color ?? PdfChartPalette.At(series);
}
