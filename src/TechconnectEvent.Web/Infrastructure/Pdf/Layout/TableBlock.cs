namespace TechconnectEvent.Web.Infrastructure.Pdf.Layout;

/// <summary>
/// A table that continues across pages: the header row is repeated on each page, and a row moves to the
/// next page whole unless it is taller than a page by itself, in which case it is sliced between lines.
/// </summary>
internal sealed class TableBlock(PdfTable table) : IPdfBlock
{
    private const float SpaceAfter = 8;

    public void Layout(PageFlow flow)
    {
        var widths = ColumnWidths(table.Columns, flow.Width);
        var headerCells = table.Columns.Select(column => new PdfTableCell(column.Header)).ToArray();
        var header = TableRowLayout.Create(flow.Text, headerCells, table.Columns, flow.Left, widths,
            table.HeaderStyle, table.HeaderBackground, table.GridColour);

        var started = false;
        foreach (var source in table.Rows)
        {
            var row = TableRowLayout.Create(flow.Text, source.Cells, table.Columns, flow.Left, widths,
                source.Bold ? table.BodyStyle.WithBold() : table.BodyStyle, source.Background, table.GridColour);
            if (!started)
            {
                // A header alone at the foot of a page says nothing; keep the first row with it.
                flow.EnsureSpace(header.Height + Math.Min(row.Height, flow.PageBodyHeight - header.Height));
                PlaceHeader(flow, header);
                started = true;
            }
            PlaceRow(flow, row, header);
        }
        if (!started)
        {
            flow.EnsureSpace(header.Height);
            PlaceHeader(flow, header);
        }
        flow.Gap(SpaceAfter);
    }

    internal static float[] ColumnWidths(IReadOnlyList<PdfTableColumn> columns, float available)
    {
        var fixedTotal = columns.Where(column => column.Width.IsFixed).Sum(column => column.Width.Value);
        var weightTotal = columns.Where(column => !column.Width.IsFixed).Sum(column => column.Width.Value);
        // Fixed columns wider than the page are squeezed proportionally instead of overflowing the margin.
        var fixedScale = fixedTotal > available ? available / fixedTotal : 1;
        var left = Math.Max(0, available - fixedTotal * fixedScale);
        return columns
            .Select(column => column.Width.IsFixed
                ? column.Width.Value * fixedScale
                : weightTotal > 0 ? left * column.Width.Value / weightTotal : 0)
            .ToArray();
    }

    private static void PlaceHeader(PageFlow flow, TableRowLayout header)
    {
        flow.Draw(header.Slice(0, header.LineCount, flow.Y));
        flow.Advance(header.Height);
    }

    private static void PlaceRow(PageFlow flow, TableRowLayout row, TableRowLayout header)
    {
        var firstLine = 0;
        var freshPage = false;
        while (firstLine < row.LineCount)
        {
            var lines = row.LineCount - firstLine;
            if (flow.Fits(row.HeightOf(lines)))
            {
                Place(flow, row, firstLine, lines);
                return;
            }
            var fitsOnEmptyPage = row.HeightOf(lines) <= flow.PageBodyHeight - header.Height;
            var fitting = row.LinesFitting(flow.Remaining);
            if (fitsOnEmptyPage || (fitting == 0 && !freshPage))
            {
                ContinueOnNewPage(flow, header);
                freshPage = true;
                continue;
            }
            // Taller than a page: fill this one, at least one line even on a tiny page, then go on.
            fitting = Math.Max(1, fitting);
            Place(flow, row, firstLine, fitting);
            firstLine += fitting;
            ContinueOnNewPage(flow, header);
            freshPage = true;
        }
    }

    private static void Place(PageFlow flow, TableRowLayout row, int firstLine, int lines)
    {
        flow.Draw(row.Slice(firstLine, lines, flow.Y));
        flow.Advance(row.HeightOf(lines));
    }

    private static void ContinueOnNewPage(PageFlow flow, TableRowLayout header)
    {
        flow.NewPage();
        PlaceHeader(flow, header);
    }
}
