using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.UnitTests.Pdf;

public sealed class PageSheetTests
{
    [Theory]
    [InlineData("A6", 105, 148)]
    [InlineData("CR80", 85.6, 54)]
    [InlineData("A4", 210, 297)]
    public void PagePresets_HaveTheirPaperSizeInPoints(string preset, double widthMm, double heightMm)
    {
        var size = preset switch
        {
            "A6" => PdfPageSize.A6Portrait,
            "CR80" => PdfPageSize.Cr80Card,
            _ => PdfPageSize.A4Portrait,
        };

        // Within the half point Skia rounds a page's MediaBox to.
        Assert.Equal(widthMm * 72 / 25.4, size.Width, 0.5);
        Assert.Equal(heightMm * 72 / 25.4, size.Height, 0.5);
    }

    [Fact]
    public void A4Sheet_HasEightEqualCellsInTwoColumnsAndFourRows_OnThePage()
    {
        var sheet = PdfSheet.A4Badges8;

        Assert.Equal(8, sheet.Cells.Count);
        Assert.Equal(2, sheet.Cells.Select(c => c.Left).Distinct().Count());
        Assert.Equal(4, sheet.Cells.Select(c => c.Top).Distinct().Count());
        Assert.All(sheet.Cells, cell =>
        {
            Assert.Equal(PdfPageSize.Millimetres(90), cell.Width, 0.01);
            Assert.Equal(PdfPageSize.Millimetres(62), cell.Height, 0.01);
            Assert.True(cell.Left >= 0 && cell.Top >= 0 && cell.Right <= sheet.Page.Width && cell.Bottom <= sheet.Page.Height);
        });
        // Reading order: the second cell is right of the first, the third below it.
        Assert.True(sheet.Cells[1].Left > sheet.Cells[0].Right);
        Assert.True(sheet.Cells[2].Top > sheet.Cells[0].Bottom);
        for (var a = 0; a < 8; a++)
        {
            for (var b = a + 1; b < 8; b++)
            {
                Assert.False(SKRect.Intersect(sheet.Cells[a], sheet.Cells[b]) is { IsEmpty: false }, $"cells {a} and {b} overlap");
            }
        }
    }

    [Fact]
    public void CutMarks_StartAtEveryCornerAlongTheEdges_AndStayOutsideEveryCell()
    {
        var sheet = PdfSheet.A4Badges8;
        foreach (var cell in sheet.Cells)
        {
            var marks = sheet.CutMarks(cell);
            Assert.Equal(8, marks.Count);
            foreach (var (from, to) in marks)
            {
                // Each mark lies on the line of one of the cell's edges …
                Assert.True(from.X == to.X ? from.X == cell.Left || from.X == cell.Right : from.Y == cell.Top || from.Y == cell.Bottom);
                // … and touches no cell, this one or a neighbour.
                foreach (var other in sheet.Cells)
                {
                    Assert.False(Inside(other, from) || Inside(other, to) || Inside(other, Mid(from, to)));
                }
                Assert.InRange(from.X, 0, sheet.Page.Width);
                Assert.InRange(to.Y, 0, sheet.Page.Height);
            }
            foreach (var corner in new[] { new SKPoint(cell.Left, cell.Top), new SKPoint(cell.Right, cell.Top), new SKPoint(cell.Left, cell.Bottom), new SKPoint(cell.Right, cell.Bottom) })
            {
                Assert.Equal(2, marks.Count(m => Distance(m.From, corner) == PdfSheet.MarkOffset));
            }
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(8, 1)]
    [InlineData(9, 2)]
    [InlineData(1000, 125)]
    public void Sheet_CountsThePagesABatchNeeds(int badges, int pages) =>
        Assert.Equal(pages, PdfSheet.A4Badges8.PagesFor(badges));

    [Fact]
    public void Sheet_ThatDoesNotFitThePage_IsRefused() =>
        Assert.Throws<ArgumentException>(() => PdfSheet.Create(PdfPageSize.A6Portrait, 2, 4, new SKSize(200, 200), 30));

    private static bool Inside(SKRect cell, SKPoint point) =>
        point.X > cell.Left + 0.01f && point.X < cell.Right - 0.01f && point.Y > cell.Top + 0.01f && point.Y < cell.Bottom - 0.01f;

    private static SKPoint Mid(SKPoint a, SKPoint b) => new((a.X + b.X) / 2, (a.Y + b.Y) / 2);

    private static float Distance(SKPoint a, SKPoint b) => MathF.Round(SKPoint.Distance(a, b), 3);
}
