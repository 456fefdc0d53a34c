using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.IntegrationTests.Registrations.Public;

public sealed class RegisterPageTests(RegisterApp app) : IClassFixture<RegisterApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string NewEmail() => $"reg-{Guid.NewGuid():N}@test.local";

    [Fact]
    public async Task TheForm_IsStatic_HasALabelOnEveryField_TheCategorySelect_AndAnUntickedConsent()
    {
        var client = BrowserClient.Create(app.App, "vi-VN");

        var html = await client.GetStringAsync(RegisterForm.Path, Cancel);

        Assert.Contains("<title>Đăng ký tham dự", html);
        foreach (var field in new[] { "Honorific", "FullName", "OrganizationName", "Position", "CategoryId", "Email", "Phone", "Nationality", "Days", "Consent" })
        {
            Assert.Contains($"<label for=\"Input.{field}\"", html);
            Assert.Contains($"id=\"Input.{field}\"", html);
        }
        Assert.Matches("<select[^>]*name=\"Input.CategoryId\"", html);
        Assert.Contains(">Khách tham quan</option>", html);
        // Every default category is open to the public; they come in the organisers' order.
        Assert.True(html.IndexOf("Khách mời chính phủ / VIP", StringComparison.Ordinal) < html.IndexOf("Khách tham quan", StringComparison.Ordinal));
        Assert.Matches("<option value=\"VN\"[^>]* selected>Việt Nam</option>", html);
        Assert.Contains(">Đăng ký</button>", html);
        Assert.DoesNotContain("checked", RegisterForm.InputTag(html, "Input.Consent")!);
        Assert.Matches("<div class=\"tc-register-trap\"[^>]*aria-hidden=\"true\"", html);
        Assert.DoesNotContain("\"type\":\"server\"", html);
    }

    [Theory]
    [InlineData("vi-VN", "Trường này là bắt buộc.", "Hãy đánh dấu ô đồng ý", "Hãy chọn ít nhất một ngày.")]
    [InlineData("en-US", "This field is required.", "Tick the box to agree", "Tick at least one day.")]
    public async Task ErrorsAreShownNextToTheirFields_InThePagesLanguage_AndNothingTypedIsLost(string culture, string required, string consent, string days)
    {
        var client = BrowserClient.Create(app.App, culture);
        var email = NewEmail();
        var fields = RegisterForm.Valid(email, await app.CategoryIdAsync(RegistrationCategoryDefaults.Visitor), "Lê Văn Đức");
        fields["Input.Position"] = "";
        fields["Input.FullName"] = "";
        fields["Input.Consent"] = "false";
        fields["Input.OrganizationName"] = "Đại học Bách khoa Hà Nội";

        var response = await RegisterForm.PostAsync(client, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("data-testid=\"register-errors\"", html);
        Assert.Contains(required, html);
        Assert.Contains(consent, html);
        Assert.Contains(days, html);
        Assert.Contains("href=\"register#Input.FullName\"", html);
        Assert.Equal(email, RegisterForm.ValueOf(html, "Input.Email"));
        Assert.Equal("Đại học Bách khoa Hà Nội", RegisterForm.ValueOf(html, "Input.OrganizationName"));
        await using var db = await app.DbAsync();
        Assert.False(await db.Registrations.AnyAsync(r => r.EmailKey == email, Cancel));
    }

    [Fact]
    public async Task AValidRegistration_IsConfirmed_ShowsTheQrAndTicket_AndMailsTheTicket()
    {
        var client = BrowserClient.Create(app.App, "vi-VN");
        var email = NewEmail();
        var name = "Phạm Thị Ngọc Ánh";

        var response = await RegisterForm.PostAsync(client, RegisterForm.Valid(email, await app.CategoryIdAsync(RegistrationCategoryDefaults.Visitor), name), 1);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var token = RegisterForm.Token(response);
        await using var db = await app.DbAsync();
        var registration = await db.Registrations.SingleAsync(r => r.EditionId == app.EditionId && r.EmailKey == email, Cancel);
        Assert.Equal(name, registration.FullName);
        Assert.Equal(RegistrationStatus.Confirmed, registration.Status);
        Assert.Equal(0b10, registration.DaysMask);
        Assert.Equal(Honorific.Dr, registration.Honorific);
        Assert.Equal(ManagementTokens.Hash(token), registration.ManagementTokenHash);
        Assert.Equal(app.Factory.Clock.GetUtcNow(), registration.ConsentGivenAt);
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == "registration.created" && e.EntityId == registration.Id.ToString(), Cancel));

        var page = await client.GetStringAsync(response.Headers.Location, Cancel);
        Assert.Contains(name, page);
        Assert.Contains("data-testid=\"register-qr\"", page);
        Assert.Contains($"/register/manage/{token}/ticket.pdf", page);
        Assert.Contains($"/register/manage/{token}", page);

        var mail = await db.Outbox.Include(m => m.Attachments).SingleAsync(m => m.ToAddress == email, Cancel);
        Assert.Equal("RegistrationConfirmed", mail.Template);
        Assert.Contains($"/register/manage/{token}", mail.TextBody);
        // The e-ticket is drawn when the letter leaves: the sent message carries it, with the name exactly.
        Assert.Equal($"eticket:{registration.Id}", Assert.Single(mail.Attachments).Source);
        await app.App.Services.GetRequiredService<OutboxSender>().RunOnceAsync(Cancel);
        var sent = await SentMessageToAsync(email);
        var attachment = Assert.IsType<MimePart>(Assert.Single(sent.Attachments));
        Assert.Equal("application/pdf", attachment.ContentType.MimeType);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content, Cancel);
        Assert.Contains(name, PdfText(content.ToArray()));
    }

    /// <summary>
    /// The message as it left. The app's own mail worker may have claimed it a moment before the test's run of the
    /// sender did, and still be writing it: so the pickup folder is watched for a while rather than read once.
    /// </summary>
    private async Task<MimeMessage> SentMessageToAsync(string address)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var files = Directory.Exists(app.Factory.MailFolder) ? Directory.GetFiles(app.Factory.MailFolder, "*.eml") : [];
            foreach (var file in files)
            {
                var message = await MimeMessage.LoadAsync(file, Cancel);
                if (message.To.Mailboxes.Any(m => m.Address == address))
                {
                    return message;
                }
            }
            await Task.Delay(100, Cancel);
        }
        throw new Xunit.Sdk.XunitException($"No message to {address} was sent.");
    }

    [Fact]
    public async Task ACategoryNeedingApproval_IsPending_AndGetsNoTicket()
    {
        var client = BrowserClient.Create(app.App, "en-US");
        var email = NewEmail();

        var response = await RegisterForm.PostAsync(client, RegisterForm.Valid(email, await app.CategoryIdAsync(RegistrationCategoryDefaults.Press)), 0);

        var page = await client.GetStringAsync(response.Headers.Location, Cancel);
        Assert.Contains("waiting for the organisers", page);
        Assert.DoesNotContain("ticket.pdf", page);
        var ticket = await client.GetAsync($"/register/manage/{RegisterForm.Token(response)}/ticket.pdf", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, ticket.StatusCode);
        await using var db = await app.DbAsync();
        var mail = await db.Outbox.Include(m => m.Attachments).SingleAsync(m => m.ToAddress == email, Cancel);
        Assert.Equal("RegistrationPending", mail.Template);
        Assert.Empty(mail.Attachments);
    }

    [Fact]
    public async Task TheSameAddressTwice_CreatesNoSecondRecord_AndRevealsNothing()
    {
        var client = BrowserClient.Create(app.App, "en-US");
        var email = NewEmail();
        var category = await app.CategoryIdAsync(RegistrationCategoryDefaults.Visitor);
        await RegisterForm.PostAsync(client, RegisterForm.Valid(email, category, "Hoàng Minh Châu"), 0);

        var again = RegisterForm.Valid(email.ToUpperInvariant(), category, "Someone Else");
        var response = await RegisterForm.PostAsync(client, again, 0);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("This address is already registered — use the link in your confirmation e-mail.", html);
        Assert.DoesNotContain("Hoàng Minh Châu", html);
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.Registrations.CountAsync(r => r.EditionId == app.EditionId && r.EmailKey == email, Cancel));
    }

    [Fact]
    public async Task AFullCategory_RefusesWithAMessageNextToIt()
    {
        var client = BrowserClient.Create(app.App, "en-US");
        var category = await app.CategoryIdAsync(RegistrationCategoryDefaults.Speaker);
        await using (var db = await app.DbAsync())
        {
            await db.RegistrationCategories.Where(c => c.Id == category).ExecuteUpdateAsync(c => c.SetProperty(x => x.Capacity, 0), Cancel);
        }
        var email = NewEmail();

        var response = await RegisterForm.PostAsync(client, RegisterForm.Valid(email, category), 0);

        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("This category is full.", html);
        Assert.Contains("href=\"register#Input.CategoryId\"", html);
        await using var check = await app.DbAsync();
        Assert.False(await check.Registrations.AnyAsync(r => r.EmailKey == email, Cancel));
    }

    [Fact]
    public async Task AFilledHoneypot_PretendsSuccess_AndWritesNothing()
    {
        var client = BrowserClient.Create(app.App, "vi-VN");
        var email = NewEmail();
        var fields = RegisterForm.Valid(email, await app.CategoryIdAsync(RegistrationCategoryDefaults.Visitor));
        fields["Input.Fax"] = "+84 24 0000 0000";

        var response = await RegisterForm.PostAsync(client, fields, 0);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/register/received", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = await app.DbAsync();
        Assert.False(await db.Registrations.AnyAsync(r => r.EmailKey == email, Cancel));
        Assert.False(await db.Outbox.AnyAsync(m => m.ToAddress == email, Cancel));
    }

    internal static string PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text)).Normalize(System.Text.NormalizationForm.FormC);
    }
}
