using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.FloorPlan.Pages;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Features.Allocation;

namespace TechconnectEvent.ComponentTests.FloorPlan;

public sealed class FloorPlanPageTests : FloorPlanPageContext
{
    private readonly int editionId;

    public FloorPlanPageTests()
    {
        Auth.SetAuthorized("organiser@test");
        Auth.SetRoles(Roles.Organiser);

        editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        var zone = new Zone { EditionId = editionId, Code = "AI", Name = new LocalizedText("Khu công nghệ trí tuệ nhân tạo", "AI zone"), Colour = "#4A148C" };
        db.Zones.Add(zone);
        db.SaveChanges();
        var booths = Enumerable.Range(1, 3)
            .Select(n => new Booth { EditionId = editionId, ZoneId = zone.Id, Code = $"AI-0{n}", X = n * 3, Y = 4 })
            .ToList();
        db.Booths.AddRange(booths);
        var organization = new Organization { Name = new LocalizedText("Tập đoàn Bưu chính Viễn thông Việt Nam", "VNPT"), ShortName = "VNPT" };
        db.Organizations.Add(organization);
        db.SaveChanges();
        var application = new ExhibitorApplication { EditionId = editionId, OrganizationId = organization.Id };
        application.Restore(ApplicationStatus.Allocated, null, DateTimeOffset.UnixEpoch);
        db.ExhibitorApplications.Add(application);
        db.SaveChanges();
        booths[0].Allocate(application.Id, DateTimeOffset.UnixEpoch);
        db.BoothAllocations.Add(new BoothAllocation { EditionId = editionId, BoothId = booths[0].Id, ApplicationId = application.Id, OrganizationId = organization.Id });
        var until = new DateTimeOffset(2023, 9, 20, 10, 0, 0, TimeSpan.Zero);
        booths[2].Hold(application.Id, until, until.AddDays(-1));
        db.SaveChanges();
        // The morning before that hold ends, wherever the suite's clock was set: after it, AI-03 is free.
        Clock.MoveTo(new DateTimeOffset(2023, 9, 20, 2, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void PublishedBoothChange_RedrawsTheChangedBoothWithoutReload()
    {
        var page = Render<FloorPlanPage>();
        page.WaitForAssertion(() => Assert.Equal("Available", page.Find("[data-code='AI-02']").GetAttribute("data-status")));

        var boothId = ChangeStatus("AI-02", BoothStatus.Blocked);
        Notifier.Publish(new BoothChange(editionId, [boothId]));

        page.WaitForAssertion(() => Assert.Equal("Blocked", page.Find("[data-code='AI-02']").GetAttribute("data-status")));
        Assert.NotNull(page.Find("[data-code='AI-02'] path.tc-booth-cross"));
        Assert.Contains("Đã cập nhật lúc", page.Find("[data-testid='plan-updated']").TextContent);
    }

    [Fact]
    public async Task ChangePublishedFromAnEnglishSession_RedrawsThisPageInItsOwnLanguage()
    {
        var page = Render<FloorPlanPage>();
        page.WaitForAssertion(() => page.Find("[data-code='AI-02']"));
        page.Find("[data-code='AI-02']").Click();

        var boothId = ChangeStatus("AI-02", BoothStatus.Blocked);
        await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            Notifier.Publish(new BoothChange(editionId, [boothId]));
        }, Xunit.TestContext.Current.CancellationToken);

        page.WaitForAssertion(() => Assert.Equal("Đã khóa", page.Find("[data-testid='booth-details-status']").TextContent.Trim()));
        Assert.Contains("AI-02, Khu công nghệ trí tuệ nhân tạo, Đã khóa", page.Find("[data-code='AI-02']").GetAttribute("aria-label"));
    }

    [Fact]
    public void ChangeInAnotherEdition_DoesNotReload()
    {
        var page = Render<FloorPlanPage>();
        page.WaitForAssertion(() => page.Find("[data-code='AI-02']"));

        ChangeStatus("AI-02", BoothStatus.Blocked);
        Notifier.Publish(new BoothChange(editionId + 1, [1]));

        Assert.Equal("0", page.Find("[data-testid='plan-updated']").GetAttribute("data-version"));
        Assert.Equal("Available", page.Find("[data-code='AI-02']").GetAttribute("data-status"));
    }

    [Fact]
    public async Task ClosedPage_StopsListening()
    {
        var page = Render<FloorPlanPage>();
        page.WaitForAssertion(() => page.Find("[data-code='AI-02']"));
        var renders = page.RenderCount;

        await DisposeComponentsAsync();
        ChangeStatus("AI-02", BoothStatus.Blocked);
        Notifier.Publish(new BoothChange(editionId, [1]));

        Assert.Equal(renders, page.RenderCount);
        Assert.Equal(0, Notifier.SubscriberCount);
    }

    [Fact]
    public void SelectingABooth_ShowsItsDetailsAndTheActionsSlot()
    {
        var page = Render<FloorPlanPage>();
        page.WaitForAssertion(() => page.Find("[data-code='AI-01']"));
        Assert.NotNull(page.Find("[data-testid='booth-details-hint']"));

        page.Find("[data-code='AI-01']").Click();

        var details = page.Find("[data-testid='booth-details']");
        Assert.Contains("Gian AI-01", details.TextContent);
        Assert.Equal("Đã phân bổ", page.Find("[data-testid='booth-details-status']").TextContent.Trim());
        Assert.Equal("Tập đoàn Bưu chính Viễn thông Việt Nam", page.Find("[data-testid='booth-details-exhibitor']").TextContent.Trim());
        Assert.Contains("exhibition/booths?search=AI-01", page.Find("[data-testid='booth-open-grid']").GetAttribute("href"));
        Assert.Contains("tc-booth--selected", page.Find("[data-code='AI-01']").ClassName);
    }

    [Fact]
    public void HeldBooth_ShowsItsExpiryInTheEditionsTimeZone()
    {
        var page = Render<FloorPlanPage>();
        page.WaitForAssertion(() => page.Find("[data-code='AI-03']"));

        page.Find("[data-code='AI-03']").Click();

        // 10:00 UTC is 17:00 in Hà Nội.
        Assert.Contains("20/09/2023 17:00", page.Find("[data-testid='booth-details']").TextContent);
    }

    [Fact]
    public void EditionWithoutBooths_SaysWhatToDo()
    {
        using (var db = Database.CreateDbContext())
        {
            db.BoothAllocations.ExecuteDelete();
            db.Booths.ExecuteDelete();
        }

        var page = Render<FloorPlanPage>();

        page.WaitForAssertion(() => Assert.Contains("chưa có gian hàng", page.Find("[data-testid='plan-empty']").TextContent));
    }

    private int ChangeStatus(string code, BoothStatus status)
    {
        using var db = Database.CreateDbContext();
        var booth = db.Booths.Single(b => b.Code == code);
        Assert.Equal(BoothStatus.Blocked, status);
        Assert.Null(booth.Block("Cột chịu lực"));
        db.SaveChanges();
        return booth.Id;
    }
}
