using System.Globalization;
using TechconnectEvent.Web.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace TechconnectEvent.UnitTests.Pdf;

public sealed class PaginationTests
{
    private static readonly PdfTableColumn[] Columns =
    [
        new("Mã gian", PdfColumnWidth.Fixed(70)),
        new("Đơn vị trưng bày", PdfColumnWidth.Relative(3)),
        new("Số gian", PdfColumnWidth.Fixed(60), PdfAlignment.Right),
    ];

    [Fact]
    public void TableWith200Rows_RepeatsHeaderAndNumbersEveryPage_WithoutLosingRows()
    {
        var rows = Enumerable.Range(1, 200)
            .Select(n => new PdfTableRow($"G{n:000}", $"Hợp tác xã số {n} tỉnh Quảng Ninh", n.ToString(CultureInfo.InvariantCulture)))
            .ToList();

        var pdf = PdfTestSupport.Composer()
            .Header("Techconnect 2023")
            .Footer("Page {0} of {1}", "Lập ngày 30/09/2023")
            .Heading("Danh sách gian hàng")
            .Table(Columns, rows)
            .Render();
        var pages = PdfTextExtraction.Read(pdf);

        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        foreach (var page in pages)
        {
            Assert.Contains("Mã gian | Đơn vị trưng bày | Số gian", page.Lines);
            Assert.Contains($"Lập ngày 30/09/2023 | Page {page.Number} of {pages.Count}", page.Lines);
        }
        var rowLines = pages.SelectMany(page => page.Lines).Where(line => line.StartsWith('G')).ToList();
        var expected = Enumerable.Range(1, 200).Select(n => $"G{n:000} | Hợp tác xã số {n} tỉnh Quảng Ninh | {n}");
        Assert.Equal(expected, rowLines);
    }

    [Fact]
    public void RowsThatWrap_AreNeverSplitAcrossPages()
    {
        // Each row wraps its four words onto four lines in the narrow column.
        var rows = Enumerable.Range(1, 90)
            .Select(n => new PdfTableRow($"R{n:000}", $"R{n:000}a R{n:000}b R{n:000}c R{n:000}d", "1"))
            .ToList();
        var narrow = new[] { Columns[0], new PdfTableColumn("Ghi chú", PdfColumnWidth.Fixed(45)), Columns[2] };

        var pdf = PdfTestSupport.Composer().Table(narrow, rows).Render();
        var pages = PdfTextExtraction.Read(pdf);

        Assert.True(pages.Count > 1);
        for (var n = 1; n <= 90; n++)
        {
            var tokens = new[] { "a", "b", "c", "d" }.Select(suffix => $"R{n:000}{suffix}").ToArray();
            var holders = pages.Where(page => tokens.Any(token => page.Text.Contains(token, StringComparison.Ordinal))).ToList();
            var holder = Assert.Single(holders);
            Assert.All(tokens, token => Assert.Contains(token, holder.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void RowTallerThanAPage_IsSlicedBetweenLines_WithHeaderOnEachPage()
    {
        var words = Enumerable.Range(1, 150).Select(n => $"W{n:000}").ToArray();
        var table = new PdfTable(
            [new PdfTableColumn("Nội", PdfColumnWidth.Fixed(40)), new PdfTableColumn("Cột 2", PdfColumnWidth.Relative())],
            [new PdfTableRow(string.Join(' ', words), "x"), new PdfTableRow("sau", "y")]);

        var pdf = PdfTestSupport.Composer().Footer("Page {0} of {1}").Table(table).Render();
        var pages = PdfTextExtraction.Read(pdf);

        Assert.True(pages.Count >= 3, $"150 lines at 9 pt need three A4 pages, got {pages.Count}");
        Assert.All(pages, page => Assert.Contains("Nội | Cột 2", page.Lines));
        var found = pages.SelectMany(page => page.Lines).SelectMany(line => line.Split(PdfTextExtraction.CellSeparator))
            .Where(cell => cell.StartsWith('W')).ToList();
        Assert.Equal(words, found);
        Assert.Contains("sau | y", pages[^1].Lines);
    }

    [Fact]
    public void PageBreaks_StartNewPages_ButNeverBlankOnes()
    {
        var pdf = PdfTestSupport.Composer()
            .PageBreak()
            .Paragraph("một")
            .PageBreak()
            .PageBreak()
            .Paragraph("hai")
            .Render();

        var pages = PdfTextExtraction.Read(pdf);

        Assert.Equal(["một", "hai"], pages.Select(page => page.Text));
    }

    [Theory]
    [InlineData("A4Portrait", 595, 842)]
    [InlineData("A4Landscape", 842, 595)]
    [InlineData("A3Landscape", 1191, 842)]
    public void PageSetup_GivesPageSizeInPoints(string name, double width, double height)
    {
        var setup = name switch
        {
            "A4Portrait" => PdfPageSetup.A4Portrait,
            "A4Landscape" => PdfPageSetup.A4Landscape,
            _ => PdfPageSetup.A3Landscape,
        };

        using var document = PdfDocument.Open(PdfTestSupport.Composer(setup).Paragraph("x").Render());
        var page = document.GetPage(1);

        Assert.Equal(width, page.Width, 0.01);
        Assert.Equal(height, page.Height, 0.01);
    }
}
