using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;

namespace TechconnectEvent.EndToEndTests.FloorPlan;

[Collection(BrowserCollection.Name)]
public sealed class PublicDirectoryTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task AnonymousVisitor_OnAPhone_SearchesWithoutDiacritics_AndSeesTheBoothOnThePlan()
    {
        await PlanData.AllocateAsync(fixture.App, "VT-03");
        var page = await fixture.NewPageAsync("vi-VN", width: 390, height: 844);

        await page.GotoAsync("/exhibitors");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Danh bạ đơn vị trưng bày", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Tên đơn vị").FillAsync("vien han lam");
        await page.GetByLabel("Phân khu").SelectOptionAsync("VT");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("q=vien+han+lam", StringComparison.Ordinal));
        var entry = page.GetByTestId("directory-entry");
        await Assertions.Expect(entry).ToHaveCountAsync(1);
        await Assertions.Expect(entry).ToContainTextAsync(PlanData.OrganizationVi);
        await Assertions.Expect(entry.GetByTestId("directory-booth")).ToContainTextAsync(["VT-03"]);
        // The plan is fetched from its own cached page when the visitor scrolls to it.
        await page.GetByTestId("plan-slot").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(page.Locator("[data-code='VT-03']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("tc-booth--hit"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a 390 px phone.");
        // No circuit on the public page.
        await Assertions.Expect(page.Locator("#main-content")).ToHaveAttributeAsync("data-interactive", "false");
        await BrowserAppFixture.ScreenshotAsync(page, "directory-phone-search-vi");

        // The zoom script runs on the static page too: its toolbar appears and zooms.
        var svg = page.Locator("svg.tc-plan-svg");
        var whole = await svg.GetAttributeAsync("viewBox");
        await page.GetByRole(AriaRole.Button, new() { Name = "Phóng to" }).ClickAsync();
        await Assertions.Expect(svg).Not.ToHaveAttributeAsync("viewBox", whole!);
    }

    [Fact]
    public async Task SearchThatFindsNobody_ShowsTheEmptyState()
    {
        await PlanData.AllocateAsync(fixture.App, "VT-03");
        var page = await fixture.NewPageAsync("en-US", width: 390, height: 844);

        await page.GotoAsync("/exhibitors?q=nobody-at-all");

        await Assertions.Expect(page.GetByTestId("directory-no-match")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("directory-count")).ToHaveTextAsync("0 exhibitor(s)");
    }

    [Fact]
    public async Task WithoutJavaScript_SearchWorks_AndThePlanIsALinkAway()
    {
        await PlanData.AllocateAsync(fixture.App, "VT-03");
        var page = await fixture.NewPageAsync("vi-VN", width: 390, height: 844, javaScript: false);

        await page.GotoAsync("/exhibitors");
        await page.GetByLabel("Tên đơn vị").FillAsync("vien han lam");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=vien+han+lam", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("directory-entry")).ToHaveCountAsync(1);

        await page.GetByTestId("plan-link").ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/exhibitors/plan?q=vien", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-code='VT-03']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("tc-booth--hit"));
        await BrowserAppFixture.ScreenshotAsync(page, "directory-plan-no-js-vi");
    }
}
