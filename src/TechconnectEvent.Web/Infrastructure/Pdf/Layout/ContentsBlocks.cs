using System.Globalization;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Layout;

internal sealed record ContentsEntry(string Text, int Level);

/// <summary>Notes the page a heading ended up on; placed right after the heading's text.</summary>
internal sealed class HeadingMarkBlock : IPdfBlock
{
    public void Layout(PageFlow flow) => flow.HeadingPages.Add(flow.PageNumber);
}

/// <summary>
/// The headings with their page numbers, right-aligned in a column wide enough for any number, so an entry is
/// as tall on the first pass (numbers unknown) as on the second.
/// </summary>
internal sealed class TableOfContentsBlock(string title, IReadOnlyList<ContentsEntry> headings, int maxLevel) : IPdfBlock
{
    private const float IndentPerLevel = 14;
    private const float NumberGap = 12;

    public void Layout(PageFlow flow)
    {
        new TextBlock(title, PdfTextStyle.Heading1, PdfAlignment.Left, 0, PdfTextStyle.Heading1.Size * 0.5f, keepWithNext: true).Layout(flow);
        var numberWidth = flow.Text.Shape("0000", PdfTextStyle.Body).Width;
        for (var index = 0; index < headings.Count; index++)
        {
            var entry = headings[index];
            if (entry.Level > maxLevel)
            {
                continue;
            }
            var style = entry.Level <= 1 ? PdfTextStyle.Body.WithBold() : PdfTextStyle.Body;
            var indent = (Math.Max(entry.Level, 1) - 1) * IndentPerLevel;
            var lines = TextWrapper.Wrap(flow.Text, entry.Text, style, flow.Width - indent - numberWidth - NumberGap);
            var lineHeight = flow.Text.LineHeight(style);
            flow.EnsureSpace(lines.Count * lineHeight);
            var pageNumber = flow.KnownHeadingPages is { } known && index < known.Count
                ? flow.Text.Shape(known[index].ToString(CultureInfo.InvariantCulture), style)
                : null;
            var baseline = flow.Y + flow.Text.Ascent(style);
            var left = flow.Left + indent;
            var right = flow.Right;
            var ink = style.Ink;
            flow.Draw(canvas =>
            {
                for (var line = 0; line < lines.Count; line++)
                {
                    lines[line].Draw(canvas, left, baseline + line * lineHeight, ink);
                }
                pageNumber?.Draw(canvas, right - pageNumber.Width, baseline + (lines.Count - 1) * lineHeight, ink);
            });
            flow.Advance(lines.Count * lineHeight);
        }
        flow.Gap(PdfTextStyle.Body.Size);
    }
}
