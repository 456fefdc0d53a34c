using System.Globalization;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Layout;

/// <summary>Greedy word wrap, measured with the shaped width so kerning and accents count.</summary>
internal static class TextWrapper
{
    public static List<ShapedLine> Wrap(TextShaper shaper, string text, PdfTextStyle style, float maxWidth)
    {
        var lines = new List<ShapedLine>();
        var normalized = TextShaper.Normalize(text).Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var paragraph in normalized.Split('\n'))
        {
            WrapParagraph(shaper, paragraph, style, maxWidth, lines);
        }
        return lines;
    }

    private static void WrapParagraph(
        TextShaper shaper, string paragraph, PdfTextStyle style, float maxWidth, List<ShapedLine> lines)
    {
        // Most table cells and headings fit on one line: one shaping pass and done.
        var whole = shaper.Shape(paragraph.Trim(), style);
        if (whole.Width <= maxWidth)
        {
            lines.Add(whole);
            return;
        }

        ShapedLine? current = null;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current is not null)
            {
                var candidate = shaper.Shape(current.Text + " " + word, style);
                if (candidate.Width <= maxWidth)
                {
                    current = candidate;
                    continue;
                }
                lines.Add(current);
            }
            current = shaper.Shape(word, style);
            if (current.Width > maxWidth)
            {
                current = BreakLongWord(shaper, word, style, maxWidth, lines);
            }
        }
        if (current is not null)
        {
            lines.Add(current);
        }
    }

    /// <summary>
    /// Splits a word wider than the line (a URL, a long code) between grapheme clusters so a letter never
    /// loses its accents; emits the full pieces and returns the last one for the next words to join.
    /// </summary>
    private static ShapedLine BreakLongWord(
        TextShaper shaper, string word, PdfTextStyle style, float maxWidth, List<ShapedLine> lines)
    {
        var piece = string.Empty;
        ShapedLine? fitted = null;
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var candidate = shaper.Shape(piece + element, style);
            if (candidate.Width > maxWidth && fitted is not null)
            {
                lines.Add(fitted);
                piece = element;
                fitted = shaper.Shape(piece, style);
                continue;
            }
            // A single grapheme wider than the line still goes out alone rather than looping forever.
            piece += element;
            fitted = candidate;
        }
        return fitted ?? shaper.Shape(word, style);
    }
}
