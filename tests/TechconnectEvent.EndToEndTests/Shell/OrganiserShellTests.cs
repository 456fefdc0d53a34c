using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;

namespace TechconnectEvent.EndToEndTests.Shell;

[Collection(BrowserCollection.Name)]
public sealed class OrganiserShellTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Organiser_SignsIn_SeesVietnamese_SwitchesToEnglish_AndBack()
    {
        var page = await fixture.NewPageAsync("vi-VN");

        await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        // Vietnamese by default: the edition, its theme and the organiser dashboard.
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Assertions.Expect(page.GetByTestId("home-theme")).ToContainTextAsync("Đổi mới sáng tạo – Phát triển bền vững");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bảng điều hành của Ban tổ chức" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Người dùng" }).First).ToBeVisibleAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "home-organiser-vi");
        await BrowserAppFixture.WaitForInteractiveAsync(page);

        await page.Locator("[data-culture='en-US']").ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByTestId("home-theme")).ToContainTextAsync("Innovation – Sustainable Development");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Organiser dashboard" })).ToBeVisibleAsync();
        // The bootstrap organiser goes by "Ban tổ chức"; the e-mail is on hover.
        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveTextAsync("Ban tổ chức");
        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveAttributeAsync("title", TechconnectAppFactory.AdminEmail);
        await BrowserAppFixture.ScreenshotAsync(page, "home-organiser-en");

        await page.Locator("[data-culture='vi-VN']").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Assertions.Expect(page.GetByText("Đăng xuất")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Organiser_OpensUsers_AndAddsAStaffMember()
    {
        var page = await fixture.NewPageAsync("en-US");
        await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        await page.GotoAsync("/admin/users");
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users and roles" })).ToBeVisibleAsync();
        await page.GetByTestId("add-user").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("save-user").ClickAsync();
        await Assertions.Expect(dialog.GetByText("E-mail is required.")).ToBeVisibleAsync();

        var email = $"gate-{Guid.NewGuid():N}@test.local";
        await dialog.GetByLabel("E-mail").FillAsync(email);
        await dialog.GetByLabel("Check-in staff").CheckAsync();
        await dialog.GetByTestId("save-user").ClickAsync();

        await Assertions.Expect(page.GetByTestId("generated-password")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = email, Exact = true })).ToBeVisibleAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "users-en");
    }

    [Fact]
    public async Task AnonymousVisitor_OnAPhone_SeesThePublicHomeAndNoOrganiserLinks()
    {
        var page = await fixture.NewPageAsync("vi-VN", width: 390, height: 844);

        await page.GotoAsync("/");

        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("2023"));
        await Assertions.Expect(page.GetByTestId("home-edition-name")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("booth-status")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Người dùng" })).ToHaveCountAsync(0);
        await BrowserAppFixture.ScreenshotAsync(page, "home-public-phone-vi");
    }
}
