namespace TechconnectEvent.UnitTests.Pdf;

public sealed class TableOfContentsTests
{
    [Fact]
    public void Contents_ListsLaterHeadingsWithThePagesTheyStartOn()
    {
        var pdf = PdfTestSupport.Composer()
            .TableOfContents("Mục lục")
            .Heading("Tổng quan").Paragraph("Số liệu chính.")
            .PageBreak().Heading("Đại biểu và khách").Heading("Theo ngày", 2).Heading("Chi tiết ẩn", 3)
            .PageBreak().KeepTogether(group => group.Heading("Biên bản ghi nhớ").Paragraph("20 biên bản."))
            .Render();

        var lines = PdfTextExtraction.Read(pdf)[0].Lines;

        Assert.Contains("Tổng quan | 1", lines);
        Assert.Contains("Đại biểu và khách | 2", lines);
        Assert.Contains("Theo ngày | 2", lines);
        Assert.Contains("Biên bản ghi nhớ | 3", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("Chi tiết ẩn", StringComparison.Ordinal));
    }

    [Fact]
    public void Contents_LongerThanAPage_CountsItsOwnPages()
    {
        var composer = PdfTestSupport.Composer().TableOfContents("Mục lục");
        for (var chapter = 1; chapter <= 70; chapter++)
        {
            composer.PageBreak().Heading($"Chương {chapter}");
        }

        var pages = PdfTextExtraction.Read(composer.Render());

        var contents = pages[0].Lines.Concat(pages[1].Lines).ToList();
        Assert.Contains("Chương 1 | 3", contents);
        Assert.Contains("Chương 70 | 72", contents);
        Assert.Contains("Chương 1", pages[2].Text, StringComparison.Ordinal);
        Assert.Equal(72, pages.Count);
    }
}
