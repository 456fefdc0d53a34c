using System.Globalization;
using TechconnectEvent.Web.Infrastructure.Pdf.Layout;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Charts;

/// <summary>Labels that must stay inside their slot: wrapped to a few lines, the last one cut with "…".</summary>
internal static class ChartText
{
    public const string Ellipsis = "…";

    public static IReadOnlyList<ShapedLine> Wrap(TextShaper shaper, string text, PdfTextStyle style, float width, int maxLines)
    {
        var lines = TextWrapper.Wrap(shaper, text, style, Math.Max(width, 1));
        if (lines.Count <= maxLines)
        {
            return lines;
        }
        var kept = lines.Take(maxLines - 1).ToList();
        var rest = string.Join(" ", lines.Skip(maxLines - 1).Select(line => line.Text));
        kept.Add(Shorten(shaper, rest + Ellipsis, style, width));
        return kept;
    }

    /// <summary>The text itself when it fits, else as many whole graphemes as fit followed by "…".</summary>
    public static ShapedLine Shorten(TextShaper shaper, string text, PdfTextStyle style, float width)
    {
        var whole = shaper.Shape(text, style);
        if (whole.Width <= width)
        {
            return whole;
        }
        var normalized = TextShaper.Normalize(text);
        var elements = StringInfo.ParseCombiningCharacters(normalized);
        for (var count = elements.Length - 1; count > 0; count--)
        {
            var head = normalized[..elements[count]].TrimEnd(' ', '…');
            var candidate = shaper.Shape(head + Ellipsis, style);
            if (candidate.Width <= width)
            {
                return candidate;
            }
        }
        return shaper.Shape(Ellipsis, style);
    }

    /// <summary>Whole numbers without decimals (N0), others with up to two, in the current culture.</summary>
    public static string Number(double value) =>
        Math.Abs(value - Math.Round(value)) < 1e-9
            ? value.ToString("N0", CultureInfo.CurrentCulture)
            : value.ToString("#,##0.##", CultureInfo.CurrentCulture);
}
