using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration.Pages;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.ComponentTests.Administration;

public sealed class AuditLogPageTests : MudComponentTest
{
    public AuditLogPageTests() : base(configureServices: services => services.AddSingleton<AuditLogQuery>())
    {
        Database.AddEdition();
        using var db = Database.CreateDbContext();
        db.AuditLog.AddRange(
            new AuditEntry
            {
                At = new DateTimeOffset(2023, 9, 29, 17, 30, 0, TimeSpan.Zero), UserName = "lan@btc.vn", Action = "user.roles_changed",
                EntityType = "User", EntityId = "u-42", Before = "{\"Roles\":[\"Delegate\"]}", After = "{\"Roles\":[\"SessionChair\",\"Staff\"]}",
            },
            new AuditEntry { At = new DateTimeOffset(2023, 9, 28, 2, 0, 0, TimeSpan.Zero), UserName = "minh@btc.vn", Action = "booth.allocated", EntityType = "Booth", EntityId = "7" },
            new AuditEntry
            {
                At = new DateTimeOffset(2023, 9, 27, 2, 0, 0, TimeSpan.Zero), UserName = "minh@btc.vn", Action = "booth.held", EntityType = "Booth", EntityId = "9",
                Before = "{\"Status\":\"Available\",\"HeldUntil\":null}", After = "{\"Status\":\"Held\",\"HeldUntil\":\"2023-09-28T16:59:59+00:00\"}",
            },
            new AuditEntry { At = new DateTimeOffset(2023, 9, 26, 2, 0, 0, TimeSpan.Zero), UserName = "minh@btc.vn", Action = "badge.printed", EntityType = "Badge", EntityId = "B-1" });
        db.SaveChanges();
        SignInOrganiser();
    }

    [Fact]
    public void Rows_ShowWhoWhatAndWhen_InHanoiTime_WithReadableChanges()
    {
        var page = Render<AuditLog>();

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("tbody tr.mud-table-row").Count));
        var newest = page.FindAll("tbody tr.mud-table-row")[0].TextContent;
        // 17:30 UTC on the 29th is half past midnight on the 30th in Hanoi.
        Assert.Contains("30/09/2023 00:30", newest, StringComparison.Ordinal);
        Assert.Contains("lan@btc.vn", newest, StringComparison.Ordinal);
        Assert.Contains("u-42", newest, StringComparison.Ordinal);
        Assert.Contains("Tài khoản", newest, StringComparison.Ordinal);
        Assert.Contains("Đổi vai trò", newest, StringComparison.Ordinal);
        Assert.Contains("Vai trò: Delegate → SessionChair, Staff", page.Find("[data-testid='audit-changes']").TextContent.Replace("\n", "", StringComparison.Ordinal).Trim(), StringComparison.Ordinal);
        Assert.Contains("Nhật ký thay đổi", page.Find("h1").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_ReadInVietnamese_StatusesByName_InstantsInHanoiTime_UnknownCodesAsTheyAre()
    {
        var page = Render<AuditLog>();

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("tbody tr.mud-table-row").Count));
        var rows = page.FindAll("tbody tr.mud-table-row");
        var held = rows[2].TextContent.Replace("\n", "", StringComparison.Ordinal);
        Assert.Contains("Giữ gian hàng", held, StringComparison.Ordinal);
        Assert.Contains("Trạng thái: Còn trống → Đang giữ chỗ", held, StringComparison.Ordinal);
        // 16:59:59 UTC is the last second of the 28th in Hanoi.
        Assert.Contains("Giữ đến: – → 28/09/2023 23:59", held, StringComparison.Ordinal);
        Assert.Contains("badge.printed", rows[3].TextContent, StringComparison.Ordinal);
        Assert.Contains("Badge", rows[3].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonFilter_ReloadsFromTheServer_AndTheExportCarriesIt()
    {
        var page = Render<AuditLog>();
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("tbody tr.mud-table-row").Count));

        page.Find("[data-testid='audit-person'] input, input[data-testid='audit-person']").Change("minh");
        page.Find("button[data-testid='audit-apply']").Click();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tbody tr.mud-table-row").Count));
        Assert.Contains("minh@btc.vn", page.Find("tbody tr.mud-table-row").TextContent, StringComparison.Ordinal);
        Assert.Contains("person=minh", page.Find("[data-testid='audit-export']").GetAttribute("href"), StringComparison.Ordinal);
    }
}
