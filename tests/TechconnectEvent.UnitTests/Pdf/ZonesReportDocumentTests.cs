using System.Globalization;
using SkiaSharp;
using TechconnectEvent.Web.Features.Reports;

namespace TechconnectEvent.UnitTests.Pdf;

public sealed class ZonesReportDocumentTests
{
    private static readonly ZonesReportLabels VietnameseLabels = new(
        "Mã", "Khu", "Loại", "Màu", "Gian hàng", "Còn trống", "Đã phân bổ", "Tổng cộng", "Page {0} of {1}");

    private static ZonesReportModel Model(params ZonesReportRow[] rows) => new(
        "Báo cáo khu trưng bày",
        "Techconnect và Đổi mới sáng tạo Việt Nam 2023 · 29–30/09/2023 · Hạ Long, Quảng Ninh",
        "Lập lúc 30/09/2023 14:05",
        new DateTimeOffset(2023, 9, 30, 14, 5, 0, TimeSpan.FromHours(7)),
        VietnameseLabels,
        rows);

    private static readonly ZonesReportRow[] Rows =
    [
        new("AI", "Khu công nghệ trí tuệ nhân tạo", "Khu chức năng", "#E53935", 24, 6, 18),
        new("HTX", "Hợp tác xã tỉnh Quảng Ninh", "Khu chức năng", "#43A047", 30, 0, 30),
        new("DM", "Khu trình diễn công nghệ vật liệu mới", "Khu trình diễn", "#1E88E5", 12, 12, 0),
    ];

    [Fact]
    public void Report_WithVietnameseZones_ShowsNamesHeadingsTotalsAndPageFooter()
    {
        var pdf = ZonesReportDocument.Render(Model(Rows), PdfTestSupport.Fonts, CultureInfo.GetCultureInfo("vi-VN"));

        var page = PdfTextExtraction.Read(pdf).Single();

        Assert.Contains("Báo cáo khu trưng bày", page.Lines);
        Assert.Contains("Mã | Khu | Loại | Màu | Gian hàng | Còn trống | Đã phân bổ", page.Lines);
        Assert.Contains("AI | Khu công nghệ trí tuệ nhân tạo | Khu chức năng | #E53935 | 24 | 6 | 18", page.Lines);
        Assert.Contains("HTX | Hợp tác xã tỉnh Quảng Ninh | Khu chức năng | #43A047 | 30 | 0 | 30", page.Lines);
        Assert.Contains(page.Lines, line => line.StartsWith("DM | Khu trình diễn công nghệ", StringComparison.Ordinal));
        Assert.Contains("Tổng cộng | 66 | 18 | 48", page.Lines);
        Assert.Contains("Lập lúc 30/09/2023 14:05 | Page 1 of 1", page.Lines);
    }

    [Fact]
    public void Report_DrawsEachZoneColourSwatch()
    {
        using var layout = ZonesReportDocument.Compose(Model(Rows), PdfTestSupport.Fonts).Layout();
        using var bitmap = layout.Rasterize(0, 2);

        var colours = bitmap.Pixels.ToHashSet();

        Assert.Contains(SKColor.Parse("#E53935"), colours);
        Assert.Contains(SKColor.Parse("#43A047"), colours);
        Assert.Contains(SKColor.Parse("#1E88E5"), colours);
    }

    [Fact]
    public void Report_WithManyZones_NumbersPagesOutOfTheTotal()
    {
        var rows = Enumerable.Range(1, 120)
            .Select(n => new ZonesReportRow($"Z{n}", $"Khu số {n}", "Khu chức năng", "#607D8B", 2, 1, 1))
            .ToArray();

        var pages = PdfTextExtraction.Read(ZonesReportDocument.Render(Model(rows), PdfTestSupport.Fonts));

        Assert.True(pages.Count > 1);
        Assert.All(pages, page => Assert.Contains($"Lập lúc 30/09/2023 14:05 | Page {page.Number} of {pages.Count}", page.Lines));
        Assert.Contains("Tổng cộng | 240 | 120 | 120", pages[^1].Lines);
    }
}
