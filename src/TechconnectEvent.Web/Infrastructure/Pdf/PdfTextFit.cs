using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf.Layout;

namespace TechconnectEvent.Web.Infrastructure.Pdf;

/// <summary>How text is fitted into a box by <see cref="PdfCanvas.FitText"/>.</summary>
/// <param name="MinSize">The smallest font size allowed, in points.</param>
/// <param name="MaxLines">How many lines the text may wrap onto while it still counts as fitting.</param>
public sealed record PdfFitOptions(float MinSize, int MaxLines = 2, PdfAlignment Alignment = PdfAlignment.Left)
{
    /// <summary>Sizes are tried in steps of this many points: finer steps are not visible on paper.</summary>
    public const float Step = 0.25f;

    /// <summary>Centre the lines vertically in the box instead of starting at its top.</summary>
    public bool CentreVertically { get; init; }
}

/// <summary>
/// The outcome of fitting text into a box. The rule: the largest size from the style's size down to
/// <see cref="PdfFitOptions.MinSize"/> at which the text wraps (between words, or between letters for a word
/// wider than the box) onto at most <see cref="PdfFitOptions.MaxLines"/> lines that together fit the box's height.
/// When even the minimum size does not fit, the text is never cut and never gets an ellipsis (a name must print
/// whole): it is set at the minimum size on as many lines as it needs and <see cref="Fits"/> is false, so the caller
/// can report it. No line is ever wider than the box (but for a single letter wider than the box itself).
/// </summary>
public sealed class PdfFittedText
{
    internal PdfFittedText(IReadOnlyList<ShapedLine> lines, PdfTextStyle style, float lineHeight, float ascent, bool fits)
    {
        ShapedLines = lines;
        Style = style;
        LineHeight = lineHeight;
        Ascent = ascent;
        Fits = fits;
    }

    /// <summary>The style actually used: the requested one at the chosen size.</summary>
    public PdfTextStyle Style { get; }
    public float Size => Style.Size;
    public float LineHeight { get; }
    public bool Fits { get; }
    public IReadOnlyList<string> Lines => ShapedLines.Select(line => line.Text).ToList();
    public int LineCount => ShapedLines.Count;
    public float Height => ShapedLines.Count * LineHeight;
    public float Width => ShapedLines.Count == 0 ? 0 : ShapedLines.Max(line => line.Width);

    internal IReadOnlyList<ShapedLine> ShapedLines { get; }
    internal float Ascent { get; }

    internal static PdfFittedText Fit(TextShaper shaper, string text, PdfTextStyle style, SKSize box, PdfFitOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MinSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxLines);
        var largest = Math.Max(style.Size, options.MinSize);
        var steps = (int)Math.Floor((largest - options.MinSize) / PdfFitOptions.Step);

        // Fitting is monotone in the size (smaller text never needs more lines), so a binary search over the
        // steps finds the largest size that fits in a handful of shapings.
        var best = Attempt(shaper, text, style with { Size = largest }, box, options);
        if (best.Fits)
        {
            return best;
        }
        PdfFittedText? found = null;
        int low = 1, high = steps;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var attempt = Attempt(shaper, text, style with { Size = largest - middle * PdfFitOptions.Step }, box, options);
            if (attempt.Fits)
            {
                found = attempt;
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }
        if (found is not null)
        {
            return found;
        }
        var minimum = Attempt(shaper, text, style with { Size = options.MinSize }, box, options);
        return minimum.Fits ? minimum : new PdfFittedText(minimum.ShapedLines, minimum.Style, minimum.LineHeight, minimum.Ascent, fits: false);
    }

    internal void Draw(SKCanvas canvas, SKRect box, PdfFitOptions options)
    {
        var y = box.Top + (options.CentreVertically ? Math.Max(0, (box.Height - Height) / 2) : 0);
        foreach (var line in ShapedLines)
        {
            var x = options.Alignment switch
            {
                PdfAlignment.Centre => box.Left + (box.Width - line.Width) / 2,
                PdfAlignment.Right => box.Right - line.Width,
                _ => box.Left,
            };
            line.Draw(canvas, x, y + Ascent, Style.Ink);
            y += LineHeight;
        }
    }

    private static PdfFittedText Attempt(TextShaper shaper, string text, PdfTextStyle style, SKSize box, PdfFitOptions options)
    {
        var lines = TextWrapper.Wrap(shaper, text, style, box.Width);
        var lineHeight = shaper.LineHeight(style);
        var fits = lines.Count <= options.MaxLines && lines.Count * lineHeight <= box.Height + 0.01f;
        return new PdfFittedText(lines, style, lineHeight, shaper.Ascent(style), fits);
    }
}
