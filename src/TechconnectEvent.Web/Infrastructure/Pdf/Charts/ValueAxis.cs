using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Charts;

/// <summary>The y axis of bar and line charts: tick labels on the left, a light gridline per tick.</summary>
internal sealed class ValueAxis
{
    private const float LabelGap = 4;

    private readonly IReadOnlyList<string> labels;

    public ValueAxis(ChartPainter painter, IEnumerable<double> values)
    {
        var list = values.ToList();
        Scale = ChartScale.For(list.Count == 0 ? 0 : list.Min(), list.Count == 0 ? 0 : list.Max());
        labels = Scale.Ticks.Select(Scale.Format).ToList();
        Width = labels.Max(label => painter.Measure(label, ChartPainter.Label)) + LabelGap;
        LabelHeight = painter.LineHeight(ChartPainter.Label);
    }

    public ChartScale Scale { get; }

    /// <summary>Room the tick labels take left of the plot.</summary>
    public float Width { get; }

    /// <summary>The top and bottom labels are centred on their gridlines, so half a line sticks out of the plot.</summary>
    public float LabelHeight { get; }

    public float Y(SKRect plot, double value) => plot.Bottom - Scale.Fraction(value) * plot.Height;

    public void Draw(ChartPainter painter, SKRect plot)
    {
        for (var index = 0; index < Scale.Ticks.Count; index++)
        {
            var y = Y(plot, Scale.Ticks[index]);
            var isZero = Scale.Ticks[index] == 0;
            painter.Line(new SKPoint(plot.Left, y), new SKPoint(plot.Right, y), isZero ? ChartPainter.Axis : ChartPainter.Grid, isZero ? 0.75f : 0.5f);
            painter.DrawText(labels[index], ChartPainter.Label, plot.Left - Width, y - LabelHeight / 2, PdfAlignment.Right, Width - LabelGap);
        }
        painter.Line(new SKPoint(plot.Left, plot.Top), new SKPoint(plot.Left, plot.Bottom), ChartPainter.Axis, 0.75f);
    }
}
