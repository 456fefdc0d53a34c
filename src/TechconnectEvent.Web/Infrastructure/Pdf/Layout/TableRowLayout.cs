using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Layout;

/// <summary>
/// One table row measured for given column widths: its cells' wrapped lines. A row taller than a page is
/// drawn in slices of whole lines, so <see cref="Slice"/> takes the first line and the line count.
/// </summary>
internal sealed class TableRowLayout
{
    public const float Padding = 4;
    private const float GridWidth = 0.5f;
    private const float SwatchGap = 4;

    private readonly Cell[] cells;
    private readonly PdfTextStyle style;
    private readonly float lineHeight;
    private readonly float ascent;
    private readonly SKColor grid;

    private TableRowLayout(Cell[] cells, PdfTextStyle style, float lineHeight, float ascent, SKColor grid)
    {
        this.cells = cells;
        this.style = style;
        this.lineHeight = lineHeight;
        this.ascent = ascent;
        this.grid = grid;
        LineCount = Math.Max(1, cells.Max(cell => cell.Lines.Count));
    }

    public int LineCount { get; }
    public float Height => HeightOf(LineCount);

    public float HeightOf(int lines) => lines * lineHeight + 2 * Padding;

    /// <summary>Whole lines that fit in the given height (may be 0).</summary>
    public int LinesFitting(float height) => Math.Max(0, (int)((height - 2 * Padding) / lineHeight));

    public static TableRowLayout Create(
        TextShaper text,
        IReadOnlyList<PdfTableCell> source,
        IReadOnlyList<PdfTableColumn> columns,
        float left,
        float[] widths,
        PdfTextStyle style,
        SKColor? rowBackground,
        SKColor grid)
    {
        var lineHeight = text.LineHeight(style);
        var swatchSize = SwatchSize(lineHeight);
        var cells = new Cell[source.Count];
        var x = left;
        for (var index = 0; index < source.Count; index++)
        {
            var cell = source[index];
            var indent = cell.Swatch is null ? 0 : swatchSize + (cell.Text.Length == 0 ? 0 : SwatchGap);
            var textWidth = Math.Max(1, widths[index] - 2 * Padding - indent);
            IReadOnlyList<ShapedLine> lines = cell.Text.Length == 0 ? [] : TextWrapper.Wrap(text, cell.Text, style, textWidth);
            cells[index] = new Cell(x, widths[index], indent, lines, columns[index].Alignment,
                cell.Background ?? rowBackground, cell.Swatch);
            x += widths[index];
        }
        return new TableRowLayout(cells, style, lineHeight, text.Ascent(style), grid);
    }

    public PageDrawing Slice(int firstLine, int lineCount, float top)
    {
        var height = HeightOf(lineCount);
        return canvas =>
        {
            using var fill = new SKPaint { Style = SKPaintStyle.Fill };
            using var stroke = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = GridWidth, Color = grid };
            foreach (var cell in cells)
            {
                var box = SKRect.Create(cell.X, top, cell.Width, height);
                if (cell.Background is { } background)
                {
                    fill.Color = background;
                    canvas.DrawRect(box, fill);
                }
                if (cell.Swatch is { } swatch && firstLine == 0)
                {
                    DrawSwatch(canvas, cell, top, swatch, fill, stroke);
                }
                var last = Math.Min(cell.Lines.Count, firstLine + lineCount);
                for (var line = firstLine; line < last; line++)
                {
                    var shaped = cell.Lines[line];
                    var baseline = top + Padding + (line - firstLine) * lineHeight + ascent;
                    shaped.Draw(canvas, TextX(cell, shaped.Width), baseline, style.Ink);
                }
                canvas.DrawRect(box, stroke);
            }
        };
    }

    private static float SwatchSize(float lineHeight) => Math.Min(10, lineHeight * 0.75f);

    private void DrawSwatch(SKCanvas canvas, Cell cell, float top, SKColor colour, SKPaint fill, SKPaint stroke)
    {
        var size = SwatchSize(lineHeight);
        var square = SKRect.Create(cell.X + Padding, top + Padding + (lineHeight - size) / 2, size, size);
        fill.Color = colour;
        canvas.DrawRect(square, fill);
        // The outline keeps white and pale zone colours visible against the page.
        canvas.DrawRect(square, stroke);
    }

    private static float TextX(Cell cell, float width) => cell.Alignment switch
    {
        PdfAlignment.Right => cell.X + cell.Width - Padding - width,
        PdfAlignment.Centre => cell.X + cell.Indent + (cell.Width - cell.Indent - width) / 2,
        _ => cell.X + Padding + cell.Indent,
    };

    private sealed record Cell(
        float X,
        float Width,
        float Indent,
        IReadOnlyList<ShapedLine> Lines,
        PdfAlignment Alignment,
        SKColor? Background,
        SKColor? Swatch);
}
