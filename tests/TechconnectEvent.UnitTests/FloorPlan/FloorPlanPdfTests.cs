using TechconnectEvent.UnitTests.Pdf;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Features.Reports;

namespace TechconnectEvent.UnitTests.FloorPlan;

public sealed class FloorPlanPdfTests
{
    private static readonly DateTimeOffset Now = new(2023, 9, 29, 8, 0, 0, TimeSpan.FromHours(7));

    private static readonly FloorPlanExhibitor Vast = PlanBuilder.Exhibitor(1, "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Vietnam Academy of Science and Technology", "VAST");

    /// <summary>A hall as large as the demo's: 120 × 70 m, booths in rows of 3 m.</summary>
    private static FloorPlanData LargePlan()
    {
        var booths = new List<FloorPlanBooth>();
        var id = 0;
        for (var row = 0; row < 10; row++)
        {
            for (var column = 0; column < 38; column++)
            {
                id++;
                var zone = row % 2 == 0 ? PlanBuilder.Ai : PlanBuilder.Localities;
                var status = (BoothStatus)(id % 4);
                booths.Add(PlanBuilder.Booth(id, $"{zone.Code}-{id:000}", zone, 2 + column * 3, status, status == BoothStatus.Allocated ? Vast : null)
                    with { Y = 2 + row * 6.5 });
            }
        }
        return PlanBuilder.Plan([.. booths]);
    }

    private static FloorPlanReportModel Model(FloorPlanData plan) => new(
        "Sơ đồ mặt bằng triển lãm", "Techconnect và Đổi mới sáng tạo Việt Nam 2023 · Hạ Long, Quảng Ninh", "Lập lúc 29/09/2023 08:00", Now,
        "Trang {0}/{1}", "Phân khu", "Tình trạng gian hàng",
        [new("AI", "Khu công nghệ trí tuệ nhân tạo", "#4A148C"), new("DP", "Các địa phương", "#BF360C")],
        new Dictionary<BoothStatus, string> { [BoothStatus.Available] = "Còn trống", [BoothStatus.Held] = "Đang giữ chỗ", [BoothStatus.Allocated] = "Đã phân bổ", [BoothStatus.Blocked] = "Bị khóa" },
        plan.Booths.Where(b => b.Exhibitor is not null).ToDictionary(b => b.Id, b => b.Exhibitor!.Initials),
        plan);

    [Fact]
    public void FloorPlan_OfADemoSizedHall_FitsOneA3LandscapePageWithCodesLegendAndFooter()
    {
        var pdf = FloorPlanReportDocument.Render(Model(LargePlan()), PdfTestSupport.Fonts);

        var page = Assert.Single(PdfTextExtraction.Read(pdf));
        Assert.True(page.Width > 1100, "A3 landscape is 1191 points wide.");
        Assert.Contains("Sơ đồ mặt bằng triển lãm", page.Text);
        Assert.Contains("AI-001", page.Text);
        Assert.Contains("DP-380", page.Text);
        Assert.Contains("VAST", page.Text);
        Assert.Contains("AI · Khu công nghệ trí tuệ nhân tạo", page.Text);
        Assert.Contains("Đang giữ chỗ", page.Text);
        Assert.Contains("Lập lúc 29/09/2023 08:00", page.Text);
        Assert.Contains("Trang 1/1", page.Text);
    }

    [Fact]
    public void BoothList_LongZone_RepeatsTheHeaderRowOnEveryPage()
    {
        var rows = Enumerable.Range(1, 120).Select(n => new BoothListRow($"AI-{n:000}", "Tiêu chuẩn, 3 × 3 m", "Đã phân bổ", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam")).ToList();
        var model = new BoothListModel("Danh sách gian hàng theo phân khu", "Techconnect 2023", "Lập lúc 29/09/2023 08:00", Now,
            new BoothListLabels("Mã gian", "Loại gian", "Tình trạng", "Đơn vị trưng bày", "Trang {0}/{1}", "Chưa có gian hàng"),
            [new BoothListZone("AI · Khu công nghệ trí tuệ nhân tạo (120 gian)", "#4A148C", rows), new BoothListZone("DP · Các địa phương (0 gian)", "#BF360C", [])]);

        var pages = PdfTextExtraction.Read(BoothListDocument.Render(model, PdfTestSupport.Fonts));

        Assert.True(pages.Count >= 3);
        Assert.All(pages, page => Assert.Contains(page.Lines, line => line.StartsWith("Mã gian | Loại gian | Tình trạng | Đơn vị trưng bày", StringComparison.Ordinal)));
        Assert.Contains("AI · Khu công nghệ trí tuệ nhân tạo (120 gian)", pages[0].Text);
        Assert.Contains(pages[^1].Lines, line => line.StartsWith("AI-120 | Tiêu chuẩn, 3 × 3 m | Đã phân bổ", StringComparison.Ordinal));
        Assert.Contains($"Trang {pages.Count}/{pages.Count}", pages[^1].Text);
    }
}
