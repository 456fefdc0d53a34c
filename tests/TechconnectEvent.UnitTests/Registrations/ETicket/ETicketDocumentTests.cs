using TechconnectEvent.UnitTests.Pdf;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.ETicket;

namespace TechconnectEvent.UnitTests.Registrations.ETicket;

public sealed class ETicketDocumentTests
{
    private static ETicketModel Model(string name) => new(
        "Vé điện tử",
        "Kết nối công nghệ và Đổi mới sáng tạo Việt Nam 2023",
        "Khách tham quan",
        "#558B2F",
        "PGS.TS.",
        name,
        "Giám đốc, Viện Công nghệ Môi trường",
        "0123456789ABCDEFGHJKMNPQRS",
        [("Ngày tham dự", "Thứ Sáu 29/09/2023"), ("Địa điểm", "Thành phố Hạ Long, Quảng Ninh"), ("Cách đến địa điểm", "Xe buýt số 03 từ Bãi Cháy")],
        "Xuất trình mã QR tại cửa vào.",
        TestClock.Instant);

    [Fact]
    public void TheTicket_IsOneA4Page_WithTheVietnameseNameExactly_TheBadgeCodeAndTheDirections()
    {
        var pdf = ETicketDocument.Render(Model("Nguyễn Thị Hằng"), PdfTestSupport.Fonts);

        var page = Assert.Single(PdfTextExtraction.Read(pdf));
        Assert.Equal(595, page.Width);
        Assert.Contains("Nguyễn Thị Hằng", page.Lines);
        Assert.Contains("PGS.TS.", page.Lines);
        Assert.Contains("0123456789ABCDEFGHJKMNPQRS", page.Lines);
        Assert.Contains("Khách tham quan", page.Text);
        Assert.Contains("Xe buýt số 03 từ Bãi Cháy", page.Lines);
        Assert.Contains("Thành phố Hạ Long, Quảng Ninh", page.Lines);
    }

    [Fact]
    public void AnUnreadableCategoryColour_StillGivesATicket()
    {
        var pdf = ETicketDocument.Render(Model("Trần Văn Bình") with { CategoryColour = "red" }, PdfTestSupport.Fonts);

        Assert.Contains("Trần Văn Bình", Assert.Single(PdfTextExtraction.Read(pdf)).Lines);
    }

    [Fact]
    public void BadgeCodes_AreWellFormed_SoTheQrCarriesOnlyThem()
    {
        Assert.True(BadgeCodes.IsWellFormed(Model("x").BadgeCode));
    }
}
