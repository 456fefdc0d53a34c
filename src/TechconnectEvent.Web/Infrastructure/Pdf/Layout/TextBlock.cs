namespace TechconnectEvent.Web.Infrastructure.Pdf.Layout;

/// <summary>A heading or paragraph: wrapped lines that may continue on the next page between lines.</summary>
internal sealed class TextBlock(
    string text,
    PdfTextStyle style,
    PdfAlignment alignment,
    float spaceBefore,
    float spaceAfter,
    bool keepWithNext) : IPdfBlock
{
    /// <summary>Body lines that must fit below a heading, so a heading never ends a page alone.</summary>
    private const int LinesKeptWithHeading = 3;

    public void Layout(PageFlow flow)
    {
        var lines = TextWrapper.Wrap(flow.Text, text, style, flow.Width);
        var lineHeight = flow.Text.LineHeight(style);
        var ascent = flow.Text.Ascent(style);

        flow.Gap(spaceBefore);
        if (keepWithNext)
        {
            flow.EnsureSpace(lines.Count * lineHeight + LinesKeptWithHeading * flow.Text.LineHeight(PdfTextStyle.Body));
        }

        var ink = style.Ink;
        foreach (var line in lines)
        {
            flow.EnsureSpace(lineHeight);
            var x = alignment switch
            {
                PdfAlignment.Centre => flow.Left + (flow.Width - line.Width) / 2,
                PdfAlignment.Right => flow.Right - line.Width,
                _ => flow.Left,
            };
            var baseline = flow.Y + ascent;
            flow.Draw(canvas => line.Draw(canvas, x, baseline, ink));
            flow.Advance(lineHeight);
        }
        flow.Gap(spaceAfter);
    }
}
