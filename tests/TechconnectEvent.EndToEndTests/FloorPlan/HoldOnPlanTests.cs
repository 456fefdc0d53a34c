using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;

namespace TechconnectEvent.EndToEndTests.FloorPlan;

[Collection(BrowserCollection.Name)]
public sealed class HoldOnPlanTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task OrganiserHoldsABoothForAnApplicationUntilADay_SeesForWhom_AndLiftsTheHold()
    {
        var (code, organization) = await PlanData.AllocatableBoothAsync(fixture.App);
        var page = await fixture.NewPageAsync("vi-VN", width: 1440, height: 1000);
        await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        await page.GotoAsync("/exhibition/plan");
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        var booth = page.Locator($"g.tc-booth[data-code='{code}']");

        await booth.ClickAsync();
        await page.GetByTestId("booth-allocate").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("application-select").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = organization }).First.ClickAsync();
        await dialog.GetByTestId("hold-booth").ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Hãy chọn ngày cuối cùng giữ chỗ.");
        await dialog.Locator(".mud-picker input").ClickAsync();
        // The calendar opens on today's month in the edition's time zone (the app's clock, not the machine's): pick
        // the last day it enables.
        await page.Locator(".mud-picker-calendar-day:not(.mud-hidden):not([disabled])").Last.ClickAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "plan-hold-dialog-vi");
        await dialog.GetByTestId("hold-booth").ClickAsync();

        var inTime = new LocatorAssertionsToHaveAttributeOptions { Timeout = 5_000 };
        await Assertions.Expect(booth).ToHaveAttributeAsync("data-status", "Held", inTime);
        await booth.ClickAsync();
        await page.GetByTestId("booth-allocate").ClickAsync();
        await Assertions.Expect(dialog.GetByTestId("held-for")).ToContainTextAsync($"Đang giữ cho {organization} đến");
        await BrowserAppFixture.ScreenshotAsync(page, "plan-held-dialog-vi");
        await dialog.GetByTestId("lift-hold").ClickAsync();
        // The confirmation is a second dialog; wait for it rather than racing its opening.
        var confirmation = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = $"Bỏ giữ chỗ gian {code}" });
        await confirmation.GetByRole(AriaRole.Button, new() { Name = "Bỏ giữ chỗ", Exact = true }).ClickAsync();

        await Assertions.Expect(booth).ToHaveAttributeAsync("data-status", "Available", inTime);
    }
}
