using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.EndToEndTests.Exhibitors;

[Collection(BrowserCollection.Name)]
public sealed partial class ApplyOnlineTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task AnOrganisationApplies_SetsItsPasswordFromTheEmail_SeesItsApplication_AndAnOrganiserApprovesIt()
    {
        var page = await fixture.NewPageAsync("vi-VN", width: 412, height: 915);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = $"Công ty Cổ phần Đổi mới Sáng tạo Hạ Long {suffix}";
        var email = $"ha.long.{suffix}@test.local";
        await SetCurrentEditionAsync(EditionStatus.Open);
        try
        {
            await page.GotoAsync("/exhibit/apply");
            await page.GetByLabel("Tên tổ chức (tiếng Việt)").FillAsync(name);
            await page.GetByLabel("Loại hình tổ chức").SelectOptionAsync("Enterprise");
            await page.GetByLabel("Tỉnh/thành phố").FillAsync("Quảng Ninh");
            await page.GetByLabel("Họ và tên người liên hệ").FillAsync("Phạm Thị Thu Hương");
            await page.GetByLabel("E-mail").FillAsync(email);
            await page.GetByLabel("Điện thoại").FillAsync("0203 3835 888");
            await page.GetByLabel("Tên công nghệ").FillAsync("Hệ thống giám sát chất lượng nước vịnh Hạ Long");
            await page.GetByLabel("Tôi đồng ý cho xử lý dữ liệu cá nhân").CheckAsync();
            await BrowserAppFixture.ScreenshotAsync(page, "apply-form-phone-vi");
            await page.GetByTestId("apply-submit").ClickAsync();
            await Assertions.Expect(page.GetByTestId("apply-received")).ToBeVisibleAsync();

            var link = await InvitationLinkAsync(email);
            await page.GotoAsync(new Uri(link).PathAndQuery);
            await page.Locator("#Input\\.Password").FillAsync("một mật khẩu đủ dài");
            await page.Locator("#Input\\.ConfirmPassword").FillAsync("một mật khẩu đủ dài");
            await page.GetByTestId("set-password-submit").ClickAsync();
            await page.WaitForURLAsync(url => url.EndsWith("/exhibitor", StringComparison.Ordinal));
            await Assertions.Expect(page.GetByTestId("org-name")).ToHaveTextAsync(name);
            await Assertions.Expect(page.GetByText("Đã nộp").First).ToBeVisibleAsync();

            var organiser = await fixture.NewPageAsync("vi-VN");
            await new SignInPage(organiser).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
            await organiser.GotoAsync("/exhibition/applications");
            await BrowserAppFixture.WaitForInteractiveAsync(organiser);
            await Assertions.Expect(organiser.GetByTestId("new-applications-badge")).ToBeVisibleAsync();
            // New first: the application just sent is on the first row, marked as sent online.
            var row = organiser.Locator("tr", new() { HasText = name });
            await Assertions.Expect(row.GetByTestId("chip-online")).ToBeVisibleAsync();
            await row.GetByRole(AriaRole.Button, new() { Name = $"Xét duyệt: {name}" }).ClickAsync();
            await organiser.GetByTestId("decide-Approved").ClickAsync();
            // Decided, it leaves the top of the list (new first): the snackbar and the record say so.
            await Assertions.Expect(organiser.Locator(".mud-snackbar")).ToContainTextAsync(name);
            await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
            Assert.Equal(ApplicationStatus.Approved, await db.ExhibitorApplications.Where(a => a.ContactEmail == email).Select(a => a.Status).SingleAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            await SetCurrentEditionAsync(EditionStatus.Closed);
        }
    }

    [Fact]
    public async Task AnIncompleteApplication_OnAPhoneInEnglish_ShowsEachErrorBesideItsField_AndKeepsWhatWasTyped()
    {
        var page = await fixture.NewPageAsync("en-US", width: 390, height: 844);
        await SetCurrentEditionAsync(EditionStatus.Open);
        try
        {
            await page.GotoAsync("/exhibit/apply");
            await page.GetByLabel("Organisation name (Vietnamese)").FillAsync("Hợp tác xã Nông nghiệp Yên Tử");
            await page.GetByLabel("E-mail").FillAsync("not-an-address");

            await page.GetByTestId("apply-submit").ClickAsync();

            var summary = page.GetByTestId("apply-errors");
            await Assertions.Expect(summary).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            // The summary reads on its own: a bare "This field is required." names its field.
            await Assertions.Expect(summary).ToContainTextAsync("Contact person's full name: This field is required.");
            // Nothing typed is lost, and each message stands next to its own field.
            await Assertions.Expect(page.GetByLabel("Organisation name (Vietnamese)")).ToHaveValueAsync("Hợp tác xã Nông nghiệp Yên Tử");
            await Assertions.Expect(page.GetByLabel("E-mail")).ToHaveValueAsync("not-an-address");
            var consent = page.Locator("fieldset", new() { Has = page.GetByLabel("I agree to the processing of my personal data as described above") });
            await Assertions.Expect(consent.Locator(".validation-message")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".tc-field", new() { Has = page.GetByLabel("E-mail") }).Locator(".validation-message")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".tc-field", new() { Has = page.GetByLabel("Organisation name (Vietnamese)") }).Locator(".validation-message")).ToHaveCountAsync(0);
            await BrowserAppFixture.ScreenshotAsync(page, "apply-errors-phone-en");

            // The summary's links lead to the fields on the same page, without sending the form again.
            await summary.GetByRole(AriaRole.Link).First.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("#"));
            await Assertions.Expect(page.GetByLabel("Organisation name (Vietnamese)")).ToHaveValueAsync("Hợp tác xã Nông nghiệp Yên Tử");
            await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
            Assert.False(await db.Organizations.AnyAsync(o => o.Name.Vi == "Hợp tác xã Nông nghiệp Yên Tử", TestContext.Current.CancellationToken));
        }
        finally
        {
            await SetCurrentEditionAsync(EditionStatus.Closed);
        }
    }

    private async Task SetCurrentEditionAsync(EditionStatus status)
    {
        await using var db = await fixture.App.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        await db.Editions.Where(e => e.IsCurrent).ExecuteUpdateAsync(e => e.SetProperty(x => x.Status, status), TestContext.Current.CancellationToken);
    }

    /// <summary>The set-password link from the invitation the outbox worker wrote to the pickup folder.</summary>
    private async Task<string> InvitationLinkAsync(string email)
    {
        var message = await PickupFolder.WaitForMessageToAsync(fixture.App.MailFolder, email);
        return SetPasswordLink().Match(message.TextBody ?? "").Value;
    }

    [GeneratedRegex(@"https?://\S+/Account/SetPassword\?\S+")]
    private static partial Regex SetPasswordLink();
}
