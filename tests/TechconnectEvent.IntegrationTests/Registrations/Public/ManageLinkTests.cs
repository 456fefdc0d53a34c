using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Web.Features.Registrations;

namespace TechconnectEvent.IntegrationTests.Registrations.Public;

public sealed class ManageLinkTests(RegisterApp app) : IClassFixture<RegisterApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Client, string Token, string Email)> RegisterAsync(string name = "Nguyễn Văn Khoa")
    {
        var client = BrowserClient.Create(app.App, "vi-VN");
        var email = $"manage-{Guid.NewGuid():N}@test.local";
        var response = await RegisterForm.PostAsync(client, RegisterForm.Valid(email, await app.CategoryIdAsync(RegistrationCategoryDefaults.Visitor), name), 0, 1);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, RegisterForm.Token(response), email);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(path, Cancel);
        var form = fields.ToList();
        form.Add(new("_handler", handler));
        form.Add(new("__RequestVerificationToken", BrowserClient.AntiforgeryToken(page)));
        return await client.PostAsync(path, new FormUrlEncodedContent(form), Cancel);
    }

    private async Task<Registration> StoredAsync(string email)
    {
        await using var db = await app.DbAsync();
        return await db.Registrations.AsNoTracking().SingleAsync(r => r.EditionId == app.EditionId && r.EmailKey == email, Cancel);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AWrongOrMalformedToken_IsAFriendly404_ForThePageAndItsFiles(string token)
    {
        var client = BrowserClient.Create(app.App, "en-US");

        var page = await client.GetAsync($"/register/manage/{token}", Cancel);
        var ticket = await client.GetAsync($"/register/manage/{token}/ticket.pdf", Cancel);
        var data = await client.GetAsync($"/register/manage/{token}/data.json", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("<h1", await page.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.NotFound, ticket.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, data.StatusCode);
    }

    [Fact]
    public async Task TheETicket_IsAPdfWithTheVietnameseNameExactly()
    {
        var (client, token, _) = await RegisterAsync("Đặng Thị Thu Hương");

        var response = await client.GetAsync($"/register/manage/{token}/ticket.pdf", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = RegisterPageTests.PdfText(await response.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Contains("Đặng Thị Thu Hương", text);
        Assert.Contains("Vé điện tử", text);
    }

    [Fact]
    public async Task CorrectingTheDetails_SavesThem_AndAnAddressOfAnotherRegistrationIsRefused()
    {
        var (client, token, email) = await RegisterAsync();
        var (_, _, otherEmail) = await RegisterAsync("Trần Thị Mai");
        var path = $"/register/manage/{token}";
        var stored = await StoredAsync(email);
        var fields = RegisterForm.Valid(email, stored.CategoryId, "Nguyễn Văn Khoa").Where(f => f.Key != "Input.Consent" && f.Key != "Input.Fax").ToList();
        fields.RemoveAll(f => f.Key == "Input.Position");
        fields.Add(new("Input.Position", "Phó Giám đốc"));
        fields.Add(new("Input.Version", stored.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        fields.Add(new("Input.Days", "1"));

        var saved = await PostAsync(client, path, "edit", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await StoredAsync(email);
        Assert.Equal("Phó Giám đốc", after.Position);
        Assert.Equal(0b10, after.DaysMask);
        Assert.Equal(stored.Version + 1, after.Version);

        fields.RemoveAll(f => f.Key is "Input.Email" or "Input.Version");
        fields.Add(new("Input.Email", otherEmail));
        fields.Add(new("Input.Version", after.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var refused = await PostAsync(client, path, "edit", fields);
        var html = await refused.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Địa chỉ này đã được dùng cho một đăng ký khác.", html);
        Assert.Equal(otherEmail, RegisterForm.ValueOf(html, "Input.Email"));
        Assert.Equal(email, (await StoredAsync(email)).Email);
        await using var db = await app.DbAsync();
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == "registration.updated" && e.EntityId == after.Id.ToString(), Cancel));
    }

    [Fact]
    public async Task Cancelling_AsksFirst_ThenShowsCancelled_AndTheTicketIsNoLongerOffered()
    {
        var (client, token, email) = await RegisterAsync();
        var path = $"/register/manage/{token}";
        var confirm = await client.GetStringAsync($"{path}/cancel", Cancel);
        Assert.Contains("data-testid=\"register-cancel-confirm\"", confirm);
        Assert.Equal(RegistrationStatus.Confirmed, (await StoredAsync(email)).Status);

        var response = await PostAsync(client, $"{path}/cancel", "cancel", [new("Action.Version", (await StoredAsync(email)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(RegistrationStatus.Cancelled, (await StoredAsync(email)).Status);
        var page = await client.GetStringAsync(path, Cancel);
        Assert.Contains("Đã hủy", page);
        Assert.DoesNotContain("ticket.pdf", page);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{path}/ticket.pdf", Cancel)).StatusCode);
        await using var db = await app.DbAsync();
        Assert.True(await db.Outbox.AnyAsync(m => m.ToAddress == email && m.Template == "RegistrationCancelledByPerson", Cancel));
    }

    [Fact]
    public async Task ThePersonalData_DownloadsAsJson_WithConsentAndNoHashes_AndErasureIsRecorded()
    {
        var (client, token, email) = await RegisterAsync("Vũ Thị Lan Anh");
        var path = $"/register/manage/{token}";

        var erase = await PostAsync(client, path, "erase", [new("Action.Version", (await StoredAsync(email)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var response = await client.GetAsync($"{path}/data.json", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, erase.StatusCode);
        var stored = await StoredAsync(email);
        Assert.Equal(app.Factory.Clock.GetUtcNow(), stored.DeletionRequestedAt);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var raw = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Vũ Thị Lan Anh", raw);
        Assert.DoesNotContain(stored.ManagementTokenHash, raw);
        Assert.DoesNotContain("SearchKey", raw);
        using var json = JsonDocument.Parse(raw);
        var root = json.RootElement;
        Assert.Equal(email, root.GetProperty("Email").GetString());
        Assert.Equal(stored.ConsentVersion, root.GetProperty("Consent").GetProperty("Version").GetString());
        Assert.Equal(stored.BadgeCode, root.GetProperty("Badge").GetProperty("Code").GetString());
        Assert.Equal(2, root.GetProperty("DaysAttending").GetArrayLength());
        Assert.NotEqual(JsonValueKind.Null, root.GetProperty("DeletionRequestedAt").ValueKind);
        await using var db = await app.DbAsync();
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == "registration.deletion_requested" && e.EntityId == stored.Id.ToString(), Cancel));
    }
}
