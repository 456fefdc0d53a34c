using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Meetings;
using TechconnectEvent.Web.Features.Connections.Meetings.Pages;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.ComponentTests.Connections.Meetings;

public sealed class SchedulePageMailTests : MudComponentTest
{
    public SchedulePageMailTests() : base(configureServices: services =>
    {
        services.AddTestMail();
        services.AddScoped<MeetingWrites>();
        services.AddScoped<ScheduleAdminService>();
        services.AddScoped<MeetingPlacementService>();
        services.AddScoped<ScheduleMails>();
    })
    {
        var editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        var institute = new Organization { Name = new("Viện Khoa học Vật liệu", "Institute of Materials Science"), Email = "vien@test.local" };
        var firm = new Organization { Name = new("Công ty Cổ phần Đá Hạ Long", "Ha Long Stone JSC"), Email = "da@test.local" };
        var coop = new Organization { Name = new("Hợp tác xã Yên Hưng", "Yen Hung Cooperative") };
        db.Organizations.AddRange(institute, firm, coop);
        var round = new MeetingRound { EditionId = editionId, Number = 1, StartsAt = new DateTimeOffset(2023, 9, 29, 2, 0, 0, TimeSpan.Zero), Minutes = 30 };
        var (one, two) = (new MeetingTable { EditionId = editionId, Number = 1 }, new MeetingTable { EditionId = editionId, Number = 2 });
        db.AddRange(round, one, two);
        db.SaveChanges();
        db.Meetings.AddRange(
            new Meeting { EditionId = editionId, OrganizationAId = firm.Id, OrganizationBId = institute.Id, ContactA = "Trần Thị Bình", ContactB = "Nguyễn Văn An", RoundId = round.Id, TableId = one.Id, CreatedAt = Clock.GetUtcNow() },
            new Meeting { EditionId = editionId, OrganizationAId = coop.Id, OrganizationBId = firm.Id, ContactA = "Lê Văn Cường", ContactB = "Trần Thị Bình", RoundId = round.Id, TableId = two.Id, CreatedAt = Clock.GetUtcNow() });
        db.SaveChanges();
        SignInOrganiser();
    }

    [Fact]
    public void SendSchedules_AsksWithTheCountAndWhoHasNoAddress_ThenReportsWhatWasSent()
    {
        var host = RenderPage();
        Assert.Contains("Chưa gửi lịch gặp lần nào", host.Find("[data-testid=schedules-last-sent]").TextContent, StringComparison.Ordinal);

        host.Find("[data-testid=send-schedules]").Click();

        var dialog = host.WaitForElement(".mud-dialog");
        Assert.Contains("2 tổ chức sẽ nhận lịch gặp", dialog.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hợp tác xã Yên Hưng", dialog.TextContent, StringComparison.Ordinal);
        dialog.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Gửi").Click();

        var result = host.WaitForElement("[data-testid=send-result]");
        Assert.Contains("Đã gửi lịch gặp cho 2 tổ chức", result.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hợp tác xã Yên Hưng", result.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lần gửi lịch gặp gần nhất", host.Find("[data-testid=schedules-last-sent]").TextContent, StringComparison.Ordinal);
        using var db = Database.CreateDbContext();
        Assert.Equal(["da@test.local", "vien@test.local"], db.Outbox.Select(m => m.ToAddress).OrderBy(a => a).ToList());
    }

    [Fact]
    public void SendSchedules_Cancelled_SendsNothing()
    {
        var host = RenderPage();

        host.Find("[data-testid=send-schedules]").Click();
        host.WaitForElement(".mud-dialog").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Hủy").Click();

        host.WaitForAssertion(() => Assert.Empty(host.FindAll(".mud-dialog")));
        Assert.Empty(host.FindAll("[data-testid=send-result]"));
        using var db = Database.CreateDbContext();
        Assert.Empty(db.Outbox.ToList());
    }

    private IRenderedComponent<IComponent> RenderPage()
    {
        var host = RenderWithProviders<SchedulePage>();
        host.WaitForElement("[data-testid=send-schedules]");
        return host;
    }
}
