using System.Globalization;
using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf.Layout;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Charts;

/// <summary>The pie on the left, a legend table on the right: swatch, label, value, share.</summary>
internal sealed class PieChartBlock(PdfPieChart chart) : ChartBlock(chart.Height, chart.Title, chart.NoDataCaption)
{
    private const float Swatch = 8;
    private const float ColumnGap = 8;
    private const float RowGap = 3;
    private const float PieGap = 20;

    /// <summary>Largest share of the width the pie may take, so the legend keeps room for its labels.</summary>
    private const float PieShare = 0.4f;

    /// <summary>Past this a pie only pushes its legend away from it.</summary>
    private const float MaxDiameter = 160;

    protected override bool IsEmpty => chart.Slices.All(slice => slice.Value == 0);

    protected override float MinimumBodyHeight(ChartPainter painter, float width) =>
        IsEmpty ? 0 : Legend(painter, width, out _).Sum(row => row.Height);

    protected override void Compose(ChartPainter painter, SKRect body)
    {
        var rows = Legend(painter, body.Width, out var columns);
        var diameter = Diameter(body.Width, body.Height);
        var centre = new SKPoint(body.Left + diameter / 2, body.MidY);
        var total = chart.Slices.Sum(slice => slice.Value);
        var start = -90f;
        for (var index = 0; index < chart.Slices.Count; index++)
        {
            var sweep = (float)(chart.Slices[index].Value / total * 360);
            if (sweep > 0)
            {
                painter.Slice(centre, diameter / 2, start, sweep, Colour(index));
            }
            start += sweep;
        }

        var left = body.Left + diameter + PieGap;
        var top = body.MidY - rows.Sum(row => row.Height) / 2;
        var lineHeight = painter.LineHeight(ChartPainter.Label);
        foreach (var row in rows)
        {
            painter.Fill(SKRect.Create(left, top + (lineHeight - Swatch) / 2, Swatch, Swatch), row.Colour);
            var lineTop = top;
            foreach (var line in row.Label)
            {
                painter.DrawText(line, ChartPainter.Label, left + Swatch + ColumnGap, lineTop);
                lineTop += lineHeight;
            }
            var valueLeft = left + Swatch + ColumnGap + columns.Label + ColumnGap;
            painter.DrawText(row.Value, ChartPainter.Label, valueLeft, top, PdfAlignment.Right, columns.Value);
            painter.DrawText(row.Share, ChartPainter.Label, valueLeft + columns.Value + ColumnGap, top, PdfAlignment.Right, columns.Share);
            top += row.Height;
        }
    }

    private static float Diameter(float width, float height) => Math.Min(MaxDiameter, Math.Min(height, width * PieShare));

    private List<LegendRow> Legend(ChartPainter painter, float width, out (float Label, float Value, float Share) columns)
    {
        var shares = PieShares.Tenths(chart.Slices.Select(slice => slice.Value).ToList());
        var values = chart.Slices.Select(slice => ChartText.Number(slice.Value)).ToList();
        var percents = shares.Select(tenths => ((double)tenths / PieShares.Whole).ToString("P1", CultureInfo.CurrentCulture)).ToList();
        var valueWidth = values.Select(value => painter.Measure(value, ChartPainter.Label)).DefaultIfEmpty(0).Max();
        var shareWidth = percents.Select(share => painter.Measure(share, ChartPainter.Label)).DefaultIfEmpty(0).Max();
        // The pie's size depends on the height the legend needs; width alone bounds it, which is enough here.
        var legendWidth = width - width * PieShare - PieGap;
        var room = Math.Max(legendWidth - Swatch - valueWidth - shareWidth - ColumnGap * 3, 20);
        // Values sit right after the longest label, not at the far edge where the eye loses the row.
        var widestLabel = chart.Slices.Select(slice => painter.Measure(slice.Label, ChartPainter.Label)).DefaultIfEmpty(0).Max();
        var labelWidth = Math.Min(room, widestLabel);
        columns = (labelWidth, valueWidth, shareWidth);
        var lineHeight = painter.LineHeight(ChartPainter.Label);
        var rows = new List<LegendRow>(chart.Slices.Count);
        for (var index = 0; index < chart.Slices.Count; index++)
        {
            var label = TextWrapper.Wrap(painter.Text, chart.Slices[index].Label, ChartPainter.Label, labelWidth);
            rows.Add(new LegendRow(label, values[index], percents[index], Colour(index), Math.Max(label.Count, 1) * lineHeight + RowGap));
        }
        return rows;
    }

    private SKColor Colour(int index) => chart.Slices[index].Color ?? PdfChartPalette.At(index);

    private sealed record LegendRow(IReadOnlyList<ShapedLine> Label, string Value, string Share, SKColor Colour, float Height);
}
