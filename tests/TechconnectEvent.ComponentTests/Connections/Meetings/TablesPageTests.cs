using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Meetings;
using TechconnectEvent.Web.Features.Connections.Meetings.Pages;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.ComponentTests.Connections.Meetings;

public sealed class TablesPageTests : MudComponentTest
{
    private readonly int meetingId;

    public TablesPageTests() : base(configureServices: services =>
    {
        services.AddScoped<MeetingWrites>();
        services.AddScoped<ScheduleAdminService>();
        services.AddScoped<TableMeetingsService>();
    })
    {
        var editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        var institute = new Organization { Name = new("Viện Khoa học Vật liệu", "Institute of Materials Science"), Type = OrganizationType.Institute };
        var firm = new Organization { Name = new("Công ty Cổ phần Đá Hạ Long", "Ha Long Stone JSC"), Type = OrganizationType.Enterprise };
        var coop = new Organization { Name = new("Hợp tác xã Yên Hưng", "Yen Hung Cooperative"), Type = OrganizationType.Enterprise };
        db.Organizations.AddRange(institute, firm, coop);
        // The clock stands before the fair, so the page opens on the first round.
        var first = new MeetingRound { EditionId = editionId, Number = 1, StartsAt = new DateTimeOffset(2023, 9, 29, 2, 0, 0, TimeSpan.Zero), Minutes = 30 };
        var second = new MeetingRound { EditionId = editionId, Number = 2, StartsAt = new DateTimeOffset(2023, 9, 29, 3, 0, 0, TimeSpan.Zero), Minutes = 30 };
        var three = new MeetingTable { EditionId = editionId, Number = 3, Location = "Khu kết nối" };
        var four = new MeetingTable { EditionId = editionId, Number = 4, Location = "Khu kết nối" };
        db.AddRange(first, second, three, four);
        db.SaveChanges();
        var meeting = new Meeting
        {
            EditionId = editionId, OrganizationAId = firm.Id, OrganizationBId = institute.Id, ContactA = "Trần Thị Bình", ContactB = "Nguyễn Văn An",
            RoundId = first.Id, TableId = three.Id, CreatedAt = Clock.GetUtcNow(),
        };
        var later = new Meeting
        {
            EditionId = editionId, OrganizationAId = coop.Id, OrganizationBId = institute.Id, ContactA = "Lê Văn Cường", ContactB = "Nguyễn Văn An",
            RoundId = second.Id, TableId = four.Id, CreatedAt = Clock.GetUtcNow(),
        };
        db.Meetings.AddRange(meeting, later);
        db.SaveChanges();
        meetingId = meeting.Id;
        SignInOrganiser();
    }

    [Fact]
    public void TheSelectedRound_ShowsItsMeetingAtItsTable_AndNoOtherRounds()
    {
        var host = RenderPage();

        var card = Assert.Single(host.FindAll("[data-testid=table-meeting]"));
        Assert.Contains("Bàn 3", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Công ty Cổ phần Đá Hạ Long", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Viện Khoa học Vật liệu", card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Hợp tác xã Yên Hưng", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Held_MarksTheMeetingHeld_ThenMouPlanned_DraftsTheMou_AndLinksToIt()
    {
        var host = RenderPage();

        host.Find("[data-testid=mark-held]").Click();

        host.WaitForElement("[data-testid=outcome-choice]");
        using (var db = Database.CreateDbContext())
        {
            Assert.Equal(MeetingStatus.Held, db.Meetings.Single(m => m.Id == meetingId).Status);
        }
        var radios = host.FindAll("[data-testid=outcome-choice] input[type=radio]");
        Assert.Equal(5, radios.Count);
        radios[^1].Click();
        host.WaitForAssertion(() => Assert.False(host.Find("[data-testid=outcome-save]").HasAttribute("disabled")));
        host.Find("[data-testid=outcome-save]").Click();

        var link = host.WaitForElement("[data-testid=mou-link]");
        using var check = Database.CreateDbContext();
        var meeting = check.Meetings.Single(m => m.Id == meetingId);
        var mou = check.Mous.Single();
        Assert.Equal((MeetingOutcome.MouPlanned, mou.Id, meetingId), (meeting.Outcome, meeting.MouId, mou.MeetingId));
        Assert.Equal($"/connections/mous/{mou.Id}", link.GetAttribute("href"));
    }

    private IRenderedComponent<IComponent> RenderPage()
    {
        var host = RenderWithProviders<TablesPage>();
        host.WaitForElement("[data-testid=table-meeting]");
        return host;
    }
}
