using TechconnectEvent.UnitTests.Pdf;
using TechconnectEvent.Web.Features.Reports.PostEvent;
using TechconnectEvent.Web.Infrastructure.Localization;
using UglyToad.PdfPig;
using static TechconnectEvent.UnitTests.Reports.PostEventTestSupport;

namespace TechconnectEvent.UnitTests.Reports;

public sealed class PostEventReportDocumentTests
{
    private static (byte[] Pdf, string Text) Render(PostEventFigures figures, string culture) => InCulture(culture, c =>
    {
        var pdf = PostEventReportDocument.Render(figures, Localizer, c, PdfTestSupport.Fonts);
        // Paragraphs wrap at spaces, so the lines joined by spaces give back the sentences as written.
        return (pdf, string.Join(" ", PdfTextExtraction.Read(pdf).SelectMany(p => p.Lines)));
    });

    [Fact]
    public void Vietnamese_PrintsTheNarrativeAndEveryFigureAsFormatted()
    {
        var (_, text) = Render(Fair(), "vi-VN");

        Assert.Contains("Báo cáo tổng kết sau sự kiện", text);
        Assert.Contains(InCulture("vi-VN", c => new PostEventNarrative(Localizer, c).Attendance(Fair().Attendance, 2)), text);
        Assert.Contains("Đại biểu cơ quan nhà nước", text);
        Assert.Contains("Khu công nghệ trí tuệ nhân tạo", text);
        Assert.Contains("91,2%", text);
        Assert.Contains("1.234", text);
        Assert.Contains("4.321 / 500", text);
        Assert.Contains("Nguyễn Văn Chủ Trì", text);
        // The parties cell wraps inside its column, so each party is looked for on its own.
        // Wrapped cells of one row come back interleaved line by line, so the parties are found by their own words.
        Assert.Contains("Công ty Năng lượng", text);
        Assert.Contains("Vật liệu", text);
        Assert.Contains("Tiếp tục trao đổi", text);
        Assert.Contains("Chưa có kỳ trước để so sánh.", text);
        Assert.Contains("Trang 1/", text);
        Assert.Contains("Lập lúc", text);
    }

    [Fact]
    public void Charts_AreVectorsWithoutImages()
    {
        var (pdf, _) = Render(Fair(), "en-US");

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 4, document.NumberOfPages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(document.GetPages(), page => Assert.Empty(page.GetImages()));
    }

    [Fact]
    public void Comparison_AppearsOnlyWithAPreviousEdition()
    {
        var previous = new PreviousEditionFigures(7, 2022, new LocalizedText("Techconnect 2022", "Techconnect 2022"), Headlines(checkedIn: 5000));

        var (_, without) = Render(Fair(), "en-US");
        var (_, with) = Render(Fair(previous), "en-US");

        Assert.Contains("There is no earlier edition to compare with.", without);
        Assert.DoesNotContain("Change", without);
        Assert.Contains("Compared with Techconnect 2022", with);
        Assert.Contains("Change", with);
        Assert.Contains("5,000", with);
        Assert.Contains("up 24.3%", with);
    }

    [Fact]
    public void EmptyEdition_IsAValidPdfWhoseChaptersSayThereIsNothingYet()
    {
        var (pdf, text) = Render(Empty(), "vi-VN");

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Contains("Chưa có đăng ký hay lượt check-in nào", text);
        Assert.Contains("Chưa có gian hàng nào được bố trí", text);
        Assert.Contains("Chưa có phiên hội thảo nào được công bố", text);
        Assert.Contains("Chưa ghi nhận cuộc gặp cung – cầu", text);
    }
}
