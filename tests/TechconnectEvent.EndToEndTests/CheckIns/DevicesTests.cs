using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.EndToEndTests.CheckIns;

[Collection(BrowserCollection.Name)]
public sealed class DevicesTests(BrowserAppFixture fixture)
{
    /// <summary>08:30 in Ha Long on the first morning of the demo fair.</summary>
    private static readonly DateTimeOffset FirstMorning = new(2023, 9, 29, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task AnOrganiserAddsAScanner_ItsKeyChecksPeopleIn_AndOnceRevokedTheKeyIsRefused()
    {
        var started = fixture.Clock.GetUtcNow();
        fixture.Clock.MoveTo(FirstMorning);
        try
        {
            var name = $"Máy quét cổng A {Guid.NewGuid().ToString("N")[..4]}";
            var page = await fixture.NewPageAsync("vi-VN");
            await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
            await page.GotoAsync("/checkin/gates");
            await BrowserAppFixture.WaitForInteractiveAsync(page);
            await Assertions.Expect(page.GetByText("Cổng A – Sảnh triển lãm")).ToBeVisibleAsync();
            await BrowserAppFixture.ScreenshotAsync(page, "checkin-gates-vi");

            await page.GotoAsync("/checkin/devices");
            await BrowserAppFixture.WaitForInteractiveAsync(page);
            await page.GetByTestId("device-add").ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("Tên", new() { Exact = true }).FillAsync(name);
            await dialog.GetByTestId("device-save").ClickAsync();

            // The key, once, with how to use it.
            var keyField = page.GetByTestId("device-key");
            await Assertions.Expect(keyField).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^[A-Za-z0-9_-]{43}$"));
            var key = await keyField.InputValueAsync();
            await BrowserAppFixture.ScreenshotAsync(page, "checkin-device-key-vi");
            await page.GetByTestId("device-key-done").ClickAsync();
            var row = page.Locator("tr", new() { HasText = name });
            await Assertions.Expect(row).ToBeVisibleAsync();
            // The dialog fades out after "done": wait until it has left the page before reading the page for the key.
            await Assertions.Expect(keyField).ToHaveCountAsync(0);
            Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);

            // The scanner uses it.
            var code = await AddVisitorAsync();
            var answer = await ScanAsync(page, key, code);
            Assert.Equal(200, answer.Status);
            Assert.Equal("CheckedIn", JsonDocument.Parse(await answer.TextAsync()).RootElement.GetProperty("status").GetString());

            // Revoked, after a confirmation naming the device: the same key is refused at once.
            await row.GetByTestId("device-revoke").ClickAsync();
            var confirm = page.GetByRole(AriaRole.Dialog);
            await Assertions.Expect(confirm).ToContainTextAsync(name);
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Thu hồi" }).ClickAsync();
            await Assertions.Expect(row.GetByTestId("device-revoked")).ToBeVisibleAsync();
            await BrowserAppFixture.ScreenshotAsync(page, "checkin-devices-vi");
            var status = 200;
            for (var attempt = 0; attempt < 50 && status != 401; attempt++)
            {
                status = (await ScanAsync(page, key, code)).Status;
                if (status != 401)
                {
                    await Task.Delay(20, TestContext.Current.CancellationToken);
                }
            }
            Assert.Equal(401, status);
        }
        finally
        {
            fixture.Clock.MoveTo(started);
        }
    }

    private static Task<IAPIResponse> ScanAsync(IPage page, string key, string code) =>
        page.APIRequest.PostAsync("/api/checkin", new()
        {
            Headers = new Dictionary<string, string> { ["X-Device-Key"] = key },
            DataObject = new { code, gate = "main", nonce = Guid.NewGuid().ToString("N") },
        });

    private async Task<string> AddVisitorAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(cancel);
        var edition = await db.Editions.SingleAsync(e => e.IsCurrent, cancel);
        var category = await db.RegistrationCategories.SingleAsync(c => c.EditionId == edition.Id && c.Code == RegistrationCategoryDefaults.Visitor, cancel);
        var registration = new Registration
        {
            EditionId = edition.Id,
            CategoryId = category.Id,
            FullName = "Lê Thị Bích Ngọc",
            Status = RegistrationStatus.Confirmed,
            DaysMask = 3,
            RegisteredAt = FirstMorning.AddDays(-3),
            BadgeCode = BadgeCodes.New(),
            ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()),
        };
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(cancel);
        return registration.BadgeCode;
    }
}
