using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Infrastructure.Pdf.Charts;

namespace TechconnectEvent.UnitTests.Pdf;

public sealed class KeepTogetherTests
{
    private static void Group(PdfComposer group, int paragraphs)
    {
        for (var n = 1; n <= paragraphs; n++)
        {
            group.Paragraph($"Đoạn nhóm {n}");
        }
    }

    private static PdfComposer AfterIntro(float space) => PdfTestSupport.Composer().Paragraph("Mở đầu").Spacer(space);

    [Fact]
    public void Group_ThatDoesNotFitTheRestOfThePage_MovesWholeToTheNextPage()
    {
        var pages = PdfTextExtraction.Read(AfterIntro(600).KeepTogether(group => Group(group, 12)).Render());

        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain("Đoạn nhóm", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Đoạn nhóm 1", pages[1].Text, StringComparison.Ordinal);
        Assert.Contains("Đoạn nhóm 12", pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SameBlocks_WithoutAGroup_SplitAcrossThePages()
    {
        var composer = AfterIntro(600);
        Group(composer, 12);

        var pages = PdfTextExtraction.Read(composer.Render());

        Assert.Equal(2, pages.Count);
        Assert.Contains("Đoạn nhóm 1", pages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_ThatFits_StaysWhereTheFlowIs()
    {
        var pages = PdfTextExtraction.Read(AfterIntro(100).KeepTogether(group => Group(group, 12)).Render());

        Assert.Contains("Đoạn nhóm 12", Assert.Single(pages).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_TallerThanAPage_FlowsOnFromWhereItStands()
    {
        var pages = PdfTextExtraction.Read(AfterIntro(600).KeepTogether(group => Group(group, 120)).Render());

        Assert.Contains("Đoạn nhóm 1", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Đoạn nhóm 120", pages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_OfAHeadingAndAChart_MovesTheHeadingWithTheChart()
    {
        var pages = PdfTextExtraction.Read(AfterIntro(520)
            .KeepTogether(group => group
                .Heading("Khách theo ngày", 2)
                .BarChart(new PdfBarChart(["29/09", "30/09"], [new PdfChartSeries("Khách", [3100, 3114])], "Không có dữ liệu")))
            .Render());

        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain("Khách theo ngày", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Khách theo ngày", pages[1].Text, StringComparison.Ordinal);
        Assert.Contains("29/09", pages[1].Text, StringComparison.Ordinal);
    }
}
