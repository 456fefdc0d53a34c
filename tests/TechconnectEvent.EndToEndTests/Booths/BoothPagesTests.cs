using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;

namespace TechconnectEvent.EndToEndTests.Booths;

[Collection(BrowserCollection.Name)]
public sealed class BoothPagesTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Organiser_SeesZonesWithColoursAndVietnameseNames()
    {
        var page = await fixture.NewPageAsync("vi-VN");
        await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        await page.GotoAsync("/exhibition/zones");
        await BrowserAppFixture.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Phân khu" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Khu công nghệ trí tuệ nhân tạo")).ToBeVisibleAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "zones-vi");

        await page.GetByTestId("add-zone").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("save-zone").ClickAsync();
        await Assertions.Expect(dialog.GetByText("Vui lòng nhập tên tiếng Việt.")).ToBeVisibleAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "zone-dialog-vi");
    }

    [Fact]
    public async Task Organiser_FiltersTheBoothGrid_OnDesktopAndPhone()
    {
        var page = await fixture.NewPageAsync("vi-VN");
        await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        await page.GotoAsync("/exhibition/booths");
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gian hàng" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "AI-01", Exact = true })).ToBeVisibleAsync();
        await BrowserAppFixture.ScreenshotAsync(page, "booths-vi");

        await page.GetByLabel("Tìm mã gian hoặc đơn vị").FillAsync("VT-1");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "AI-01", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "VT-10", Exact = true })).ToBeVisibleAsync();

        var phone = await fixture.NewPageAsync("vi-VN", width: 390, height: 844);
        await new SignInPage(phone).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        await phone.GotoAsync("/exhibition/booths");
        await BrowserAppFixture.WaitForInteractiveAsync(phone);
        await Assertions.Expect(phone.GetByText("AI-01", new() { Exact = true }).First).ToBeVisibleAsync();
        // The first screen a phone shows (a full-page shot of 50 stacked rows is too tall to read).
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserAppFixture.ScreenshotFolder, "booths-phone-vi.png") });
    }
}
