using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.EndToEndTests.Registrations;

[Collection(BrowserCollection.Name)]
public sealed partial class RegistrationAndBadgesTests(BrowserAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AVisitorRegistersOnAPhone_OpensTheETicket_AndComesBackThroughThePrivateLinkFromTheEmail()
    {
        var page = await fixture.NewPageAsync("vi-VN", width: 412, height: 915);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = "Nguyễn Thị Phương Thảo";
        var email = $"phuong.thao.{suffix}@test.local";
        await SetCurrentEditionAsync(EditionStatus.Open);
        try
        {
            await page.GotoAsync("/register");
            await page.GetByLabel("Họ và tên").FillAsync(name);
            await page.GetByLabel("Cơ quan, tổ chức").FillAsync("Trường Đại học Hạ Long");
            await page.GetByLabel("Chức vụ").FillAsync("Giảng viên");
            await page.GetByLabel("Đối tượng tham dự").SelectOptionAsync(new SelectOptionValue { Label = "Khách tham quan" });
            await page.GetByLabel("Thư điện tử").FillAsync(email);
            await page.GetByLabel("Số điện thoại").FillAsync("0912 345 678");
            await page.GetByLabel("Tôi đồng ý cho xử lý dữ liệu cá nhân").CheckAsync();
            await BrowserAppFixture.ScreenshotAsync(page, "register-form-phone-vi");
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();

            // The confirmation: the name exactly as typed, the QR, the e-ticket and the private link.
            await Assertions.Expect(page.GetByTestId("register-name")).ToHaveTextAsync(name);
            await Assertions.Expect(page.GetByTestId("register-qr")).ToBeVisibleAsync();
            await BrowserAppFixture.ScreenshotAsync(page, "register-confirmation-phone-vi");
            var ticketHref = await page.GetByTestId("register-ticket").GetAttributeAsync("href");
            var ticket = await page.APIRequest.GetAsync(ticketHref!);
            Assert.Equal(200, ticket.Status);
            Assert.Equal("application/pdf", ticket.Headers["content-type"]);
            Assert.Equal("%PDF"u8.ToArray(), (await ticket.BodyAsync())[..4]);
            // Kept beside the screenshots, for a person to look at.
            await File.WriteAllBytesAsync(Path.Combine(BrowserAppFixture.ScreenshotFolder, "e-ticket-vi.pdf"), await ticket.BodyAsync(), Ct);

            // The e-mail carries the same private link; opened on its own, it shows the registration.
            var message = await PickupFolder.WaitForMessageToAsync(fixture.App.MailFolder, email);
            Assert.Contains(message.Attachments, a => a.ContentType.MimeType == "application/pdf");
            var link = ManageLink().Match(message.TextBody ?? "").Value;
            Assert.NotEmpty(link);
            var visitor = await fixture.NewPageAsync("vi-VN", width: 412, height: 915);
            await visitor.GotoAsync(new Uri(link).PathAndQuery);
            await Assertions.Expect(visitor.GetByTestId("register-name")).ToHaveTextAsync(name);
            await Assertions.Expect(visitor.GetByTestId("register-status")).ToContainTextAsync("Đã xác nhận");
            await Assertions.Expect(visitor.GetByTestId("register-ticket")).ToBeVisibleAsync();
        }
        finally
        {
            await SetCurrentEditionAsync(EditionStatus.Closed);
        }
    }

    [Fact]
    public async Task AnOrganiserApprovesAVipGuest_ThenPrintsTheirCategoryAsABatchOfBadgesWithProgress()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var vip = $"Phạm Văn Đồng Khánh {suffix}";
        var id = await AddPendingVipAsync(vip, $"vip.{suffix}@test.local");

        var organiser = await fixture.NewPageAsync("vi-VN");
        await new SignInPage(organiser).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        await organiser.GotoAsync("/registrations");
        await BrowserAppFixture.WaitForInteractiveAsync(organiser);
        // Found without typing the diacritics.
        await organiser.GetByLabel("Tìm theo tên, đơn vị, e-mail, điện thoại").FillAsync($"pham van dong khanh {suffix}");
        // The search has run when the VIP is the only row left.
        await Assertions.Expect(organiser.Locator(".mud-table-body tr")).ToHaveCountAsync(1);
        var row = organiser.Locator("tr", new() { HasText = vip });
        await Assertions.Expect(row.GetByTestId("registration-status")).ToHaveTextAsync("Chờ duyệt");
        await BrowserAppFixture.ScreenshotAsync(organiser, "registrations-grid-vi");
        await row.GetByTestId("approve").ClickAsync();
        await organiser.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Duyệt" }).ClickAsync();
        await Assertions.Expect(row.GetByTestId("registration-status")).ToHaveTextAsync("Đã xác nhận");

        await organiser.GotoAsync("/badges");
        await BrowserAppFixture.WaitForInteractiveAsync(organiser);
        await organiser.GetByLabel("Tổ chức có chứa").FillAsync(suffix);
        await Assertions.Expect(organiser.GetByTestId("badges-count")).ToContainTextAsync("1");
        await organiser.GetByTestId("badges-start").ClickAsync();
        await Assertions.Expect(organiser.GetByTestId("job-progress")).ToBeVisibleAsync();
        var download = organiser.GetByTestId("job-download");
        await Assertions.Expect(download).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await BrowserAppFixture.ScreenshotAsync(organiser, "badges-batch-done-vi");
        var pdf = await organiser.APIRequest.GetAsync((await download.GetAttributeAsync("href"))!);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.BodyAsync())[..4]);
        await File.WriteAllBytesAsync(Path.Combine(BrowserAppFixture.ScreenshotFolder, "badges-a4x8-vi.pdf"), await pdf.BodyAsync(), Ct);

        // Printing the batch is recorded against the badge.
        await using var db = await Factory().CreateDbContextAsync(Ct);
        var printed = await db.Registrations.SingleAsync(r => r.Id == id, Ct);
        Assert.Equal((RegistrationStatus.Confirmed, 1), (printed.Status, printed.PrintCount));
    }

    private IDbContextFactory<EventDbContext> Factory() =>
        fixture.App.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();

    private async Task<int> AddPendingVipAsync(string name, string email)
    {
        await using var db = await Factory().CreateDbContextAsync(Ct);
        var edition = await db.Editions.SingleAsync(e => e.IsCurrent, Ct);
        var category = await db.RegistrationCategories.SingleAsync(c => c.EditionId == edition.Id && c.Code == RegistrationCategoryDefaults.Government, Ct);
        var registration = new Registration
        {
            EditionId = edition.Id,
            CategoryId = category.Id,
            Honorific = Honorific.Mr,
            FullName = name,
            OrganizationName = $"Ủy ban nhân dân tỉnh Quảng Ninh {name[^6..]}",
            Position = "Phó Chủ tịch",
            Email = email,
            EmailKey = Registration.KeyOfEmail(email),
            DaysMask = 0b11,
            Status = RegistrationStatus.Pending,
            RegisteredAt = fixture.Clock.GetUtcNow(),
            BadgeCode = BadgeCodes.New(),
            BadgeIssuedAt = fixture.Clock.GetUtcNow(),
            ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()),
        };
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(Ct);
        return registration.Id;
    }

    private async Task SetCurrentEditionAsync(EditionStatus status)
    {
        await using var db = await Factory().CreateDbContextAsync(Ct);
        await db.Editions.Where(e => e.IsCurrent).ExecuteUpdateAsync(e => e.SetProperty(x => x.Status, status), Ct);
    }

    [GeneratedRegex(@"https?://\S+/register/manage/[A-Za-z0-9_-]{43}")]
    private static partial Regex ManageLink();
}
