using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Infrastructure.Pdf.Charts;

namespace TechconnectEvent.UnitTests.Pdf;

/// <summary>A page of each chart kind with post-event figures, for looking at the result by eye.</summary>
internal static class ChartSample
{
    public static byte[] Render(PdfComposer composer)
    {
        string[] fields = ["Nông nghiệp", "Y tế", "Công nghệ thông tin", "Năng lượng tái tạo và môi trường", "Giáo dục"];
        var hours = Enumerable.Range(8, 10).Select(hour => $"{hour:00}:00").ToList();
        return composer
            .Header("Báo cáo sau sự kiện", "Techconnect 2026")
            .Footer("Trang {0}/{1}")
            .TableOfContents("Mục lục")
            .PageBreak()
            .Heading("Biểu đồ")
            .Heading("Đại biểu", 2)
            .BarChart(new PdfBarChart(
                fields,
                [new PdfChartSeries("Đăng ký", [6214, 3120, 4870, 1240, 990]), new PdfChartSeries("Đã check-in", [5120, 2800, 4010, 1100, 640])],
                "Không có dữ liệu") { Title = "Đại biểu theo lĩnh vực", ShowValues = true })
            .PieChart(new PdfPieChart(
                [new("Doanh nghiệp", 412), new("Viện, trường", 198), new("Cơ quan nhà nước", 87), new("Tổ chức khác", 33)],
                "Không có dữ liệu") { Title = "Đơn vị trưng bày theo loại" })
            .LineChart(new PdfLineChart(
                hours,
                [new PdfChartSeries("Ngày 29/09", [120, 1450, 980, 400, 300, 650, 700, 500, 200, 90]),
                 new PdfChartSeries("Ngày 30/09", [80, 900, 1100, 300, 250, 500, 400, 300, 100, 40])],
                "Không có dữ liệu") { Title = "Lượt check-in theo giờ" })
            .BarChart(new PdfBarChart(["Khu A"], [new PdfChartSeries("Gian hàng", [7])], "Không có dữ liệu") { Title = "Một cột" })
            .PieChart(new PdfPieChart([], "Chưa có biên bản ghi nhớ nào được ký") { Title = "Không có số liệu", Height = 80 })
            .Render();
    }
}
