using System.Diagnostics;
using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Booths;

namespace TechconnectEvent.EndToEndTests.FloorPlan;

[Collection(BrowserCollection.Name)]
public sealed class LiveFloorPlanTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task BoothChangedElsewhere_ChangesOnASecondOrganisersOpenPlan_WithoutReloading()
    {
        var first = await OpenPlanAsync();
        var second = await OpenPlanAsync();
        var code = await PlanData.FirstAvailableBoothAsync(fixture.App, "AI");
        var firstBooth = first.Locator($"[data-code='{code}']");
        var secondBooth = second.Locator($"[data-code='{code}']");
        await Assertions.Expect(secondBooth).ToHaveAttributeAsync("data-status", "Available");
        // The second organiser is looking at that booth's details.
        await secondBooth.ClickAsync();
        await Assertions.Expect(second.GetByTestId("booth-details-status")).ToHaveTextAsync("Còn trống");
        await BrowserAppFixture.ScreenshotAsync(second, "floorplan-second-before");
        var secondUrl = second.Url;
        var navigations = 0;
        second.FrameNavigated += (_, _) => navigations++;

        var clock = Stopwatch.StartNew();
        await PlanData.SetStatusAndPublishAsync(fixture.App, code, BoothStatus.Blocked);

        var fast = new LocatorAssertionsToHaveAttributeOptions { Timeout = 5_000 };
        await Assertions.Expect(secondBooth).ToHaveAttributeAsync("data-status", "Blocked", fast);
        TestContext.Current.SendDiagnosticMessage($"Second plan showed the change {clock.ElapsedMilliseconds} ms after publishing.");
        await Assertions.Expect(secondBooth.Locator("path.tc-booth-cross")).ToHaveCountAsync(1);
        await Assertions.Expect(second.GetByTestId("booth-details-status")).ToHaveTextAsync("Đã khóa");
        await Assertions.Expect(firstBooth).ToHaveAttributeAsync("data-status", "Blocked", fast);
        Assert.Equal(secondUrl, second.Url);
        Assert.Equal(0, navigations);
        await BrowserAppFixture.ScreenshotAsync(first, "floorplan-first-after");
        await BrowserAppFixture.ScreenshotAsync(second, "floorplan-second-after");
    }

    [Fact]
    public async Task ZoomButtons_ChangeTheVisiblePartOfThePlan()
    {
        var page = await OpenPlanAsync();
        var svg = page.Locator("svg.tc-plan-svg");
        var whole = await svg.GetAttributeAsync("viewBox");

        await page.GetByRole(AriaRole.Button, new() { Name = "Phóng to" }).ClickAsync();
        await Assertions.Expect(svg).Not.ToHaveAttributeAsync("viewBox", whole!);

        await page.GetByRole(AriaRole.Button, new() { Name = "Xem toàn bộ hội trường" }).ClickAsync();
        await Assertions.Expect(svg).ToHaveAttributeAsync("viewBox", whole!);
    }

    [Fact]
    public async Task OnAPhone_TheSelectedBoothsDetailsOpenAsABottomSheet()
    {
        var page = await OpenPlanAsync(width: 390, height: 844);

        await page.Locator("[data-code='SP-01']").ClickAsync();

        var details = page.GetByTestId("booth-details");
        await Assertions.Expect(details).ToBeInViewportAsync();
        await Assertions.Expect(details).ToContainTextAsync("Gian SP-01");
        await BrowserAppFixture.ScreenshotAsync(page, "floorplan-phone-details");
        await page.GetByTestId("booth-details-close").ClickAsync();
        await Assertions.Expect(details).ToHaveCountAsync(0);
    }

    private async Task<IPage> OpenPlanAsync(int width = 1440, int height = 1000)
    {
        var page = await fixture.NewPageAsync("vi-VN", width: width, height: height);
        await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        await page.GotoAsync("/exhibition/plan");
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sơ đồ mặt bằng", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("g.tc-booth")).ToHaveCountAsync(228);
        // The zoom and pan handlers arrive with the plan's script module, after the circuit is up.
        await Assertions.Expect(page.Locator("[data-floorplan][data-zoom-ready='1']")).ToHaveCountAsync(1);
        return page;
    }
}
