using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.UnitTests.Pdf;

public sealed class WrappingTests
{
    private const string Sentence =
        "Techconnect và Đổi mới sáng tạo Việt Nam là hoạt động thường niên kết nối cung cầu công nghệ, " +
        "giới thiệu kết quả nghiên cứu của viện, trường và doanh nghiệp đổi mới sáng tạo. ";

    [Fact]
    public void LongParagraph_WrapsWithinTheMargins_KeepingEveryWord()
    {
        var text = string.Concat(Enumerable.Repeat(Sentence, 6)).Trim();
        var setup = new PdfPageSetup(PdfPageSize.A4Portrait, new PdfMargins(72, 60, 100, 60));

        var page = PdfTextExtraction.Read(PdfTestSupport.Composer(setup).Paragraph(text).Render()).Single();

        Assert.True(page.Lines.Count >= 8, $"expected wrapped lines, got {page.Lines.Count}");
        var rightEdge = page.Width - setup.Margins.Right;
        Assert.All(page.Letters, letter => Assert.InRange(letter.Left, setup.Margins.Left - 0.5, rightEdge));
        Assert.All(page.Letters, letter => Assert.InRange(letter.Right, setup.Margins.Left, rightEdge + 0.5));
        // Lines are filled: all but the last reach close to the right edge.
        var lineEnds = page.Letters.Where(letter => letter.Value != " ")
            .GroupBy(letter => Math.Round(letter.Baseline)).Select(line => line.Max(letter => letter.Right)).ToList();
        Assert.True(lineEnds.Count(end => end > rightEdge - 60) >= page.Lines.Count - 1);
        Assert.Equal(text, string.Join(" ", page.Lines.Select(line => line.Trim())));
    }

    [Fact]
    public void WordLongerThanTheLine_IsBrokenToFit()
    {
        var word = string.Concat(Enumerable.Repeat("Nghiêncứuứngdụng", 12));
        var setup = PdfPageSetup.A4Portrait;

        var page = PdfTextExtraction.Read(PdfTestSupport.Composer().Paragraph("Liên kết: " + word).Render()).Single();

        Assert.True(page.Lines.Count >= 3);
        Assert.All(page.Letters, letter => Assert.True(letter.Right <= page.Width - setup.Margins.Right + 0.5));
        Assert.Equal("Liên kết: " + word, string.Join(" ", page.Lines.Take(1)) + " " + string.Concat(page.Lines.Skip(1)));
    }

    [Fact]
    public void TableCellText_WrapsInsideItsColumn()
    {
        var columns = new[]
        {
            new PdfTableColumn("A", PdfColumnWidth.Fixed(100)),
            new PdfTableColumn("B", PdfColumnWidth.Relative()),
        };
        var setup = PdfPageSetup.A4Portrait;

        var page = PdfTextExtraction.Read(PdfTestSupport.Composer()
            .Table(columns, [new PdfTableRow(Sentence, "phải")]).Render()).Single();

        var firstColumnRight = setup.Margins.Left + 100;
        var sentenceLetters = page.Letters.Where(letter => letter.Left < firstColumnRight).ToList();
        Assert.True(sentenceLetters.Select(letter => Math.Round(letter.Baseline)).Distinct().Count() >= 5);
        Assert.All(sentenceLetters, letter => Assert.True(letter.Right <= firstColumnRight - 3.5, letter.Value));
    }
}
