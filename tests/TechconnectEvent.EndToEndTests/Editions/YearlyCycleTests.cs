using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.EndToEndTests.Editions;

[Collection(BrowserCollection.Name)]
public sealed class YearlyCycleTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Organiser_ComparesWithLastYear_ListsTheEditions_AndWorksOnTheArchived2022ReadOnly()
    {
        var page = await fixture.NewPageAsync("vi-VN");
        await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        try
        {
            // The dashboard sets 2023 beside 2022: 228 booths against the smaller 2022 hall.
            await BrowserAppFixture.WaitForInteractiveAsync(page);
            var comparison = page.GetByTestId("edition-comparison");
            await Assertions.Expect(comparison.GetByRole(AriaRole.Columnheader, new() { Name = "2022" })).ToBeVisibleAsync();
            await Assertions.Expect(comparison.GetByTestId("compare-booths")).ToContainTextAsync("228");
            await Assertions.Expect(comparison.GetByTestId("compare-booths")).ToContainTextAsync("128");
            await BrowserAppFixture.ScreenshotAsync(page, "dashboard-comparison-vi");

            await page.GotoAsync("/admin/editions");
            await BrowserAppFixture.WaitForInteractiveAsync(page);
            await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("Các kỳ hội chợ"));
            var row2023 = page.Locator("tr", new() { Has = page.GetByTestId("edition-year").GetByText("2023") });
            var row2022 = page.Locator("tr", new() { Has = page.GetByTestId("edition-year").GetByText("2022") });
            await Assertions.Expect(row2023.GetByTestId("edition-current")).ToBeVisibleAsync();
            await Assertions.Expect(row2023.GetByTestId("edition-status")).ToHaveTextAsync("Đã kết thúc");
            await Assertions.Expect(row2022.GetByTestId("edition-status")).ToHaveTextAsync("Đã lưu trữ");
            await Assertions.Expect(row2022).ToContainTextAsync("Thừa Thiên Huế");
            await BrowserAppFixture.ScreenshotAsync(page, "editions-vi");

            // Working on 2022: the app bar says so, every page follows, and the archive is read-only.
            await page.GetByTestId("edition-switcher").ClickAsync();
            await page.GetByTestId("edition-choice-2022").ClickAsync();
            await Assertions.Expect(page.GetByTestId("edition-read-only")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("edition-switcher")).ToContainTextAsync("2022");
            await page.GotoAsync("/exhibition/zones");
            await BrowserAppFixture.WaitForInteractiveAsync(page);
            await Assertions.Expect(page.GetByTestId("edition-read-only")).ToContainTextAsync("2022");
            // Nine zones in 2022; the 2023 sponsors' zone (SP) was not there.
            await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "HT", Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "SP", Exact = true })).ToHaveCountAsync(0);
            // The page shows what exists but offers no change: the buttons are there, disabled, and the banner says why.
            await Assertions.Expect(page.GetByTestId("add-zone")).ToBeDisabledAsync();
            await BrowserAppFixture.ScreenshotAsync(page, "edition-archived-zones-vi");
        }
        finally
        {
            // The other browser tests sign in as the same organiser: give them 2023 back.
            await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync();
            await db.Users.Where(u => u.Email == TechconnectAppFactory.AdminEmail)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.WorkingEditionId, (int?)null));
        }
    }

    [Fact]
    public async Task Organiser_SeesAMessageInTheOutbox_AndReadsIt()
    {
        var subject = $"Thư mời đặt mật khẩu {Guid.NewGuid():N}"[..40];
        await using (var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync())
        {
            var now = fixture.Clock.GetUtcNow();
            db.Outbox.Add(new OutboxMessage
            {
                Template = "ExhibitorInvitation", ToAddress = "huong.pham@test.local", ToName = "Phạm Thị Thu Hương", Culture = "vi-VN",
                Subject = subject, HtmlBody = "<p>Kính gửi chị Hương</p>", TextBody = "Kính gửi chị Hương,\n\nxin mời đặt mật khẩu.",
                CreatedAt = now, NextAttemptAt = now,
            });
            await db.SaveChangesAsync();
        }
        var page = await fixture.NewPageAsync("vi-VN");
        await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        await page.GotoAsync("/admin/outbox");
        await BrowserAppFixture.WaitForInteractiveAsync(page);

        var row = page.Locator("tr", new() { HasText = subject });
        await Assertions.Expect(row).ToContainTextAsync("huong.pham@test.local");
        await row.GetByTestId("outbox-details").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("xin mời đặt mật khẩu");
        await page.Keyboard.PressAsync("Escape");
        // The worker in the test host delivers it to the pickup folder within seconds; the page shows it once reloaded.
        var delivered = await PickupFolder.WaitForMessageToAsync(fixture.App.MailFolder, "huong.pham@test.local");
        Assert.Equal(subject, delivered.Subject);
        await page.ReloadAsync();
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("tr", new() { HasText = subject }).GetByTestId("outbox-row-status")).ToHaveTextAsync("Đã gửi");
        await BrowserAppFixture.ScreenshotAsync(page, "outbox-vi");
    }
}
