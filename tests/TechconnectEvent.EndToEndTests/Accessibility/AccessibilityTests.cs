using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;

namespace TechconnectEvent.EndToEndTests.Accessibility;

/// <summary>axe-core's WCAG 2 A and AA rules on every page a user reaches today, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserAppFixture fixture)
{
    private static readonly AxeRunOptions Wcag2AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("vi-VN", "/")]
    [InlineData("vi-VN", "/Account/Login")]
    [InlineData("en-US", "/Account/Login")]
    [InlineData("vi-VN", "/not-a-page")]
    [InlineData("vi-VN", "/exhibitors")]
    [InlineData("en-US", "/exhibitors?q=vien&zone=VT")]
    [InlineData("vi-VN", "/connect")]
    [InlineData("en-US", "/connect?q=water&kind=Need")]
    public async Task PublicPages_HaveNoWcagViolations(string locale, string path)
    {
        var page = await fixture.NewPageAsync(locale);

        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("vi-VN", "/")]
    [InlineData("en-US", "/")]
    [InlineData("vi-VN", "/admin/users")]
    [InlineData("vi-VN", "/reports")]
    [InlineData("en-US", "/Account/Manage")]
    [InlineData("vi-VN", "/exhibition/zones")]
    [InlineData("vi-VN", "/exhibition/booths")]
    [InlineData("vi-VN", "/exhibition/plan")]
    [InlineData("vi-VN", "/exhibition/allocation")]
    [InlineData("vi-VN", "/exhibition/organizations")]
    [InlineData("vi-VN", "/exhibition/applications")]
    [InlineData("en-US", "/exhibitor")]
    [InlineData("vi-VN", "/connections/offers")]
    [InlineData("vi-VN", "/connections/requests")]
    [InlineData("vi-VN", "/connections/schedule")]
    [InlineData("vi-VN", "/connections/tables")]
    [InlineData("vi-VN", "/connections/mous")]
    [InlineData("en-US", "/connections/mous/1")]
    public async Task OrganiserPages_HaveNoWcagViolations(string locale, string path)
    {
        var page = await fixture.NewPageAsync(locale);
        await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await AssertNoViolationsAsync(page);
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        // An interactive page swaps its prerendered head when the circuit starts; judge the settled page.
        await page.WaitForFunctionAsync("() => document.title.length > 0");
        var result = await page.RunAxe(Wcag2AA);
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }
}
