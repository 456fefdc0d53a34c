using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf;

/// <summary>
/// Several equal pieces (badges, cards, labels) on one sheet: a grid of cells centred on the page with gutters
/// between them, and cut marks at every cell corner. The marks lie outside every cell, along the cut lines, so
/// trimming a sheet with a guillotine or a cutter never leaves a mark on a badge.
/// </summary>
public sealed class PdfSheet
{
    /// <summary>Distance between a cell's corner and the start of its cut mark.</summary>
    public const float MarkOffset = 2.8f;

    /// <summary>Length of a cut mark, in points (≈ 3 mm).</summary>
    public const float MarkLength = 8.5f;

    private PdfSheet(PdfPageSize page, int columns, int rows, SKSize cell, float gutter)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(gutter);
        var width = columns * cell.Width + (columns - 1) * gutter;
        var height = rows * cell.Height + (rows - 1) * gutter;
        if (width > page.Width || height > page.Height)
        {
            throw new ArgumentException("The cells do not fit on the page.", nameof(cell));
        }
        if (gutter > 0 && gutter < 2 * (MarkOffset + MarkLength))
        {
            throw new ArgumentException("The gutter is too narrow for the cut marks of both neighbours.", nameof(gutter));
        }
        Page = page;
        Columns = columns;
        Rows = rows;
        var left = (page.Width - width) / 2;
        var top = (page.Height - height) / 2;
        var cells = new SKRect[columns * rows];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                cells[row * columns + column] = SKRect.Create(
                    left + column * (cell.Width + gutter), top + row * (cell.Height + gutter), cell.Width, cell.Height);
            }
        }
        Cells = cells;
    }

    /// <summary>
    /// A4 portrait with 8 badges of 90 × 62 mm (2 columns, 4 rows) and 8 mm gutters: the size of the common
    /// clip-on badge holders, with ≥ 7 mm left at the page edge where office printers cannot print.
    /// </summary>
    public static PdfSheet A4Badges8 { get; } = Create(
        PdfPageSize.A4Portrait, 2, 4,
        new SKSize(PdfPageSize.Millimetres(90), PdfPageSize.Millimetres(62)), PdfPageSize.Millimetres(8));

    public static PdfSheet Create(PdfPageSize page, int columns, int rows, SKSize cell, float gutter) =>
        new(page, columns, rows, cell, gutter);

    public PdfPageSize Page { get; }
    public int Columns { get; }
    public int Rows { get; }
    public int PerPage => Columns * Rows;

    /// <summary>Cells in reading order: left to right, then top to bottom.</summary>
    public IReadOnlyList<SKRect> Cells { get; }

    public int PagesFor(int items) => items <= 0 ? 0 : (items + PerPage - 1) / PerPage;

    /// <summary>Two strokes per corner, each continuing one of the cell's edges outwards.</summary>
    public IReadOnlyList<(SKPoint From, SKPoint To)> CutMarks(SKRect cell)
    {
        var marks = new List<(SKPoint, SKPoint)>(8);
        foreach (var (x, y, dx, dy) in new[]
                 {
                     (cell.Left, cell.Top, -1f, -1f), (cell.Right, cell.Top, 1f, -1f),
                     (cell.Left, cell.Bottom, -1f, 1f), (cell.Right, cell.Bottom, 1f, 1f),
                 })
        {
            marks.Add((new SKPoint(x + dx * MarkOffset, y), new SKPoint(x + dx * (MarkOffset + MarkLength), y)));
            marks.Add((new SKPoint(x, y + dy * MarkOffset), new SKPoint(x, y + dy * (MarkOffset + MarkLength))));
        }
        return marks;
    }

    /// <summary>Draws the cut marks of the first <paramref name="used"/> cells (an unused cell needs no cutting).</summary>
    public void DrawCutMarks(SKCanvas canvas, int used)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        using var paint = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.4f, Style = SKPaintStyle.Stroke, IsAntialias = true };
        foreach (var cell in Cells.Take(used))
        {
            foreach (var (from, to) in CutMarks(cell))
            {
                canvas.DrawLine(from, to, paint);
            }
        }
    }
}
