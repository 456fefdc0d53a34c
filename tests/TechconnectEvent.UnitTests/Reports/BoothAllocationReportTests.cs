using System.Globalization;
using TechconnectEvent.UnitTests.Pdf;
using TechconnectEvent.Web.Features.Reports.Further;

namespace TechconnectEvent.UnitTests.Reports;

public sealed class BoothAllocationReportTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly BoothAllocationLabels Labels = new(
        "Mã gian", "Kích thước", "Đơn vị trưng bày", "Trạng thái", "Phân khu", "Gian hàng", "Đã phân bổ", "Tỷ lệ",
        "Tổng hợp các phân khu", "Tổng cộng", "Đã phân bổ {0}/{1} gian ({2})", "Chưa có gian hàng.");

    private static readonly ReportFrame Frame = new("Phân bổ gian hàng theo phân khu", "Kỳ 2023 · Hạ Long, Quảng Ninh", "Lập lúc 30/09/2023 14:05",
        new DateTimeOffset(2023, 9, 30, 14, 5, 0, TimeSpan.FromHours(7)), "Trang {0}/{1}", null);

    [Fact]
    public void EachZone_HasItsSubtotal_AndTheSummaryAddsUpToTheBooths()
    {
        var ai = new BoothAllocationZone("AI", "Khu công nghệ trí tuệ nhân tạo", "#E53935",
            [.. Enumerable.Range(1, 40).Select(n => Row($"AI-{n:00}", allocated: n <= 30))]);
        var htx = new BoothAllocationZone("HTX", "Hợp tác xã tỉnh Quảng Ninh", "#43A047",
            [Row("HTX-01", allocated: true, exhibitor: "Hợp tác xã Nông nghiệp Đầm Hà"), Row("HTX-02", allocated: false)]);
        var model = new BoothAllocationModel(Frame, Labels, [ai, htx]);
        using var output = new MemoryStream();
        var progress = new List<int>();

        BoothAllocationReport.Render(model, PdfTestSupport.Fonts, Vietnamese, output, (done, _) => progress.Add(done));

        var pages = PdfTextExtraction.Read(output.ToArray());
        var all = string.Join("\n", pages.Select(p => p.Text));
        Assert.Contains("Đã phân bổ 30/40 gian (75%)", all.Replace(" %", "%", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Đã phân bổ 1/2 gian (50%)", all.Replace(" %", "%", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("HTX-01 | Tiêu chuẩn 3 × 3 m | Hợp tác xã Nông nghiệp Đầm Hà | Đã phân bổ", all, StringComparison.Ordinal);
        Assert.Contains(pages.Last().Lines, line => line.Replace(" %", "%", StringComparison.Ordinal) == "Tổng cộng | 42 | 31 | 74%");
        // The AI zone's 40 rows cross a page: its header row is repeated at the top of the next page.
        Assert.Contains("Mã gian | Kích thước | Đơn vị trưng bày | Trạng thái", pages[1].Lines);
        Assert.Contains("Trang 2/", all, StringComparison.Ordinal);
        Assert.Equal(progress.Max(), progress[^1]);
    }

    [Fact]
    public void Subtotal_WithNoBooths_SaysNoRateRatherThanZero() =>
        Assert.Equal("Đã phân bổ 0/0 gian (—)", BoothAllocationReport.Subtotal(Labels.SubtotalFormat, 0, 0, Vietnamese));

    private static BoothAllocationRow Row(string code, bool allocated, string exhibitor = "Công ty Cổ phần Công nghệ Việt") =>
        new(code, "Tiêu chuẩn 3 × 3 m", allocated ? exhibitor : "", allocated ? "Đã phân bổ" : "Còn trống", allocated);
}
