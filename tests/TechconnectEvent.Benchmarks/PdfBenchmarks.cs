using System.Globalization;
using BenchmarkDotNet.Attributes;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.Benchmarks;

/// <summary>
/// The two heavy PDF shapes of the fair: a long booth/delegate list and a batch of QR badges.
/// Fonts are loaded once, as the singleton provider does in the app.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private static readonly DateTimeOffset CreatedAt = new(2023, 9, 29, 8, 0, 0, TimeSpan.FromHours(7));

    private PdfFontProvider fonts = null!;
    private List<PdfTableRow> rows = null!;

    [GlobalSetup]
    public void Setup()
    {
        fonts = new PdfFontProvider();
        rows = Enumerable.Range(1, 1000)
            .Select(n => new PdfTableRow(
                $"G{n:0000}",
                $"Hợp tác xã đổi mới sáng tạo số {n} tỉnh Quảng Ninh",
                n % 3 == 0 ? "Khu công nghệ trí tuệ nhân tạo" : "Khu doanh nghiệp công nghệ cao",
                (n % 7 + 1).ToString(CultureInfo.InvariantCulture)))
            .ToList();
    }

    [GlobalCleanup]
    public void Cleanup() => fonts.Dispose();

    [Benchmark]
    public int Table1000Rows()
    {
        var columns = new[]
        {
            new PdfTableColumn("Mã", PdfColumnWidth.Fixed(50)),
            new PdfTableColumn("Đơn vị", PdfColumnWidth.Relative(3)),
            new PdfTableColumn("Khu", PdfColumnWidth.Relative(2)),
            new PdfTableColumn("Số gian", PdfColumnWidth.Fixed(50), PdfAlignment.Right),
        };
        return new PdfComposer(fonts, PdfPageSetup.A4Portrait, new PdfDocumentInfo("Danh sách gian hàng", CreatedAt))
            .Header("Techconnect và Đổi mới sáng tạo Việt Nam 2023")
            .Footer("Trang {0}/{1}")
            .Heading("Danh sách gian hàng")
            .Table(columns, rows)
            .Render()
            .Length;
    }

    [Benchmark]
    public int QrPages250()
    {
        var composer = new PdfComposer(fonts, PdfPageSetup.A4Portrait, new PdfDocumentInfo("Thẻ đại biểu", CreatedAt))
            .Footer("Trang {0}/{1}");
        for (var n = 1; n <= 250; n++)
        {
            composer
                .Heading($"Đại biểu số {n}")
                .Paragraph("Nguyễn Thị Hồng Nhung – Hợp tác xã tỉnh Quảng Ninh")
                .QrCode($"TC2023-{n:00000}-7F3K9Q", 200, PdfAlignment.Centre)
                .PageBreak();
        }
        return composer.Render().Length;
    }
}
