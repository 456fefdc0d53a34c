using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Charts;

internal sealed class LineChartBlock(PdfLineChart chart) : ChartBlock(chart.Height, chart.Title, chart.NoDataCaption)
{
    private const float LabelGap = 3;
    private const float MinimumLabelSpacing = 6;
    private const float MarkerRadius = 2.2f;

    protected override bool IsEmpty => chart.Categories.Count == 0 || chart.Series.Count == 0;

    protected override void Compose(ChartPainter painter, SKRect body)
    {
        var lineHeight = painter.LineHeight(ChartPainter.Label);
        var axis = new ValueAxis(painter, chart.Series.SelectMany(series => series.Values));
        var legend = new ChartLegend(painter, chart.Series.Select((series, index) => (series.Name, Colour(index))), body.Width);
        var legendHeight = legend.Height + LabelGap * 2;
        var plot = new SKRect(
            body.Left + axis.Width,
            body.Top + axis.LabelHeight / 2,
            body.Right,
            body.Bottom - legendHeight - lineHeight - LabelGap);
        var slotWidth = plot.Width / chart.Categories.Count;

        axis.Draw(painter, plot);
        DrawCategoryLabels(painter, plot, slotWidth);
        for (var series = 0; series < chart.Series.Count; series++)
        {
            var values = chart.Series[series].Values;
            var points = values.Select((value, index) => new SKPoint(plot.Left + slotWidth * (index + 0.5f), axis.Y(plot, value))).ToList();
            if (points.Count > 1)
            {
                painter.Polyline(points, Colour(series), 1.5f);
            }
            foreach (var point in points)
            {
                painter.Dot(point, MarkerRadius, Colour(series));
            }
        }
        legend.Draw(painter, plot.Left, body.Bottom - legend.Height);
    }

    /// <summary>
    /// One label per point when they fit side by side; otherwise every second, third … point is labelled, so hours
    /// across a long day never print on top of each other.
    /// </summary>
    private void DrawCategoryLabels(ChartPainter painter, SKRect plot, float slotWidth)
    {
        var widest = chart.Categories.Max(category => painter.Measure(category, ChartPainter.Label));
        var every = Math.Max(1, (int)Math.Ceiling((widest + MinimumLabelSpacing) / slotWidth));
        var room = slotWidth * every - MinimumLabelSpacing;
        for (var index = 0; index < chart.Categories.Count; index += every)
        {
            var label = ChartText.Shorten(painter.Text, chart.Categories[index], ChartPainter.Label, room);
            var centre = plot.Left + slotWidth * (index + 0.5f);
            var left = Math.Clamp(centre - label.Width / 2, plot.Left - painter.Measure("0", ChartPainter.Label), plot.Right - label.Width);
            painter.Line(new SKPoint(centre, plot.Bottom), new SKPoint(centre, plot.Bottom + 2), ChartPainter.Axis);
            painter.DrawText(label, ChartPainter.Label, left, plot.Bottom + LabelGap);
        }
    }

    private SKColor Colour(int series) => chart.Series[series].Color ?? PdfChartPalette.At(series);
}
