using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;

namespace TechconnectEvent.EndToEndTests.FloorPlan;

[Collection(BrowserCollection.Name)]
public sealed class AllocateOnPlanTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task OrganiserAllocatesABoothOnThePlan_ASecondOrganiserSeesItChangeWithoutReloading()
    {
        var (code, organization) = await PlanData.AllocatableBoothAsync(fixture.App);
        var first = await OpenPlanAsync();
        var second = await OpenPlanAsync();
        var secondBooth = second.Locator($"g.tc-booth[data-code='{code}']");
        await Assertions.Expect(secondBooth).ToHaveAttributeAsync("data-status", "Available");
        var navigations = 0;
        second.FrameNavigated += (_, _) => navigations++;

        await first.Locator($"g.tc-booth[data-code='{code}']").ClickAsync();
        await first.GetByTestId("booth-allocate").ClickAsync();
        var dialog = first.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByTestId("booth-code")).ToHaveTextAsync(code);
        await dialog.GetByTestId("application-select").ClickAsync();
        await first.Locator(".mud-popover-open .mud-list-item", new() { HasText = organization }).First.ClickAsync();
        await BrowserAppFixture.ScreenshotAsync(first, "plan-allocate-dialog-vi");
        await dialog.GetByTestId("allocate-booth").ClickAsync();

        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        var inTime = new LocatorAssertionsToHaveAttributeOptions { Timeout = 5_000 };
        await Assertions.Expect(secondBooth).ToHaveAttributeAsync("data-status", "Allocated", inTime);
        await Assertions.Expect(first.Locator($"g.tc-booth[data-code='{code}']")).ToHaveAttributeAsync("data-status", "Allocated", inTime);
        Assert.Equal(0, navigations);
        await secondBooth.ClickAsync();
        await Assertions.Expect(second.GetByTestId("booth-details")).ToContainTextAsync(organization);
        await BrowserAppFixture.ScreenshotAsync(second, "plan-second-organiser-after-allocation");
    }

    private async Task<IPage> OpenPlanAsync()
    {
        var page = await fixture.NewPageAsync("vi-VN", width: 1440, height: 1000);
        await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        await page.GotoAsync("/exhibition/plan");
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("g.tc-booth").First).ToBeVisibleAsync();
        return page;
    }
}
