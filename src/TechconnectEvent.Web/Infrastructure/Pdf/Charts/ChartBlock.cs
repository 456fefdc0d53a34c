using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf.Layout;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Charts;

/// <summary>
/// A chart spanning the content width: an optional title, then the chart's own drawing. Never split: when it does
/// not fit in what is left of the page it moves whole to the next one.
/// </summary>
internal abstract class ChartBlock(float height, string? title, string noDataCaption) : IPdfBlock
{
    private const float SpaceAfter = 8;
    private const float TitleGap = 4;

    public void Layout(PageFlow flow)
    {
        var painter = new ChartPainter(flow.Text);
        var titleLines = title is null ? [] : TextWrapper.Wrap(flow.Text, title, ChartPainter.Title, flow.Width);
        var titleHeight = titleLines.Count == 0 ? 0 : titleLines.Count * flow.Text.LineHeight(ChartPainter.Title) + TitleGap;
        var wanted = Math.Max(height, titleHeight + MinimumBodyHeight(painter, flow.Width));
        var boxHeight = Math.Min(wanted, flow.PageBodyHeight);
        flow.EnsureSpace(boxHeight);

        var top = flow.Y;
        foreach (var line in titleLines)
        {
            painter.DrawText(line, ChartPainter.Title, flow.Left, top);
            top += flow.Text.LineHeight(ChartPainter.Title);
        }
        var body = new SKRect(flow.Left, flow.Y + titleHeight, flow.Right, flow.Y + boxHeight);
        if (IsEmpty)
        {
            DrawNoData(painter, body);
        }
        else
        {
            Compose(painter, body);
        }
        flow.Draw(painter.Build());
        flow.Advance(boxHeight);
        flow.Gap(SpaceAfter);
    }

    protected abstract bool IsEmpty { get; }

    /// <summary>Draws the chart inside <paramref name="body"/>, the box below the title.</summary>
    protected abstract void Compose(ChartPainter painter, SKRect body);

    /// <summary>Height the body cannot do without (a long legend); the block grows past its set height for it.</summary>
    protected virtual float MinimumBodyHeight(ChartPainter painter, float width) => 0;

    private void DrawNoData(ChartPainter painter, SKRect body)
    {
        painter.Stroke(body, ChartPainter.Axis);
        var lines = ChartText.Wrap(painter.Text, noDataCaption, ChartPainter.Label, body.Width - 16, maxLines: 3);
        var lineHeight = painter.LineHeight(ChartPainter.Label);
        var top = body.MidY - lines.Count * lineHeight / 2;
        foreach (var line in lines)
        {
            painter.DrawText(line, ChartPainter.Label, body.Left, top, PdfAlignment.Centre, body.Width);
            top += lineHeight;
        }
    }
}
