using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;

namespace TechconnectEvent.IntegrationTests.Exhibitors.Apply;

public sealed partial class InvitationLinkTests(ApplyApp app) : IClassFixture<ApplyApp>
{
    private const string NewPassword = "mật khẩu đủ dài của tôi";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheLink_SetsThePasswordAndSignsIn_OnceOnly()
    {
        var (client, link) = await ApplyAndReadLinkAsync();

        var form = await client.GetStringAsync(link, Cancel);
        Assert.Contains("<label for=\"Input.Password\"", form);
        var set = await PostPasswordAsync(client, link, form);

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.EndsWith("exhibitor", set.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/exhibitor", Cancel)).StatusCode);

        var again = await BrowserClient.Create(app.App, "en-US").GetStringAsync(link, Cancel);
        Assert.Contains("data-testid=\"set-password-refused\"", again);
        Assert.Contains("already been used", again);
        Assert.DoesNotContain("<label for=\"Input.Password\"", again);
    }

    [Fact]
    public async Task TheLink_IsRefusedAfterSevenDays()
    {
        var (client, link) = await ApplyAndReadLinkAsync();
        var start = app.Clock.GetUtcNow();
        try
        {
            app.Clock.MoveTo(start.AddDays(7).AddMinutes(1));

            var page = await client.GetStringAsync(link, Cancel);

            Assert.Contains("data-testid=\"set-password-refused\"", page);
            Assert.Contains("expired", page);
        }
        finally
        {
            app.Clock.MoveTo(start);
        }
        // Still inside the 7 days it works: the refusal came from the clock, not from the link.
        Assert.Contains("<label for=\"Input.Password\"", await client.GetStringAsync(link, Cancel));
    }

    [Fact]
    public async Task ADamagedLink_IsRefusedWithAMessage_NotAnError()
    {
        var client = BrowserClient.Create(app.App, "vi-VN");

        var response = await client.GetAsync("/Account/SetPassword?userId=nobody&code=%%%", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"set-password-refused\"", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task AShortPassword_IsRefusedNextToTheField()
    {
        var (client, link) = await ApplyAndReadLinkAsync();
        var form = await client.GetStringAsync(link, Cancel);

        var response = await PostPasswordAsync(client, link, form, "too short");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at least 12 characters", await response.Content.ReadAsStringAsync(Cancel));
    }

    private async Task<(HttpClient Client, string Link)> ApplyAndReadLinkAsync()
    {
        var client = BrowserClient.Create(app.App, "en-US");
        var email = $"link-{Guid.NewGuid():N}@test.local";
        var response = await ApplyForm.PostAsync(client, ApplyForm.Valid(email, "Viện Nghiên cứu Thử nghiệm " + Guid.NewGuid().ToString("N")[..6]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await app.DbAsync();
        var body = await db.Outbox.Where(m => m.ToAddress == email).Select(m => m.TextBody).SingleAsync(Cancel);
        return (client, new Uri(SetPasswordLink().Match(body).Value).PathAndQuery);
    }

    private static Task<HttpResponseMessage> PostPasswordAsync(HttpClient client, string link, string form, string password = NewPassword) =>
        client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "set-password",
            ["__RequestVerificationToken"] = BrowserClient.AntiforgeryToken(form),
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        }), Cancel);

    [GeneratedRegex(@"https?://\S+/Account/SetPassword\?\S+")]
    private static partial Regex SetPasswordLink();
}

public sealed class ApplyRateLimitTests
{
    [Fact]
    public async Task PostsBeyondTheLimit_GetATranslated429Page_WhileTheFormStillOpens()
    {
        await using var factory = new TechconnectAppFactory { SeedDemo = false };
        await using var app = factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:Applications:PermitsPerMinute", "2"));
        var client = BrowserClient.Create(app, "vi-VN");
        // No edition is open here: the posts are refused by the form, which is enough to count them.
        var fields = new Dictionary<string, string>(ApplyForm.Valid("limit@test.local"))
        {
            ["_handler"] = "apply",
            ["__RequestVerificationToken"] = BrowserClient.AntiforgeryToken(await client.GetStringAsync("/Account/Login", TestContext.Current.CancellationToken)),
        };
        Task<HttpResponseMessage> PostAsync() => client.PostAsync(ApplyForm.Path, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await PostAsync()).StatusCode);
        }
        var refused = await PostAsync();

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[2]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"vi\"", page);
        Assert.Contains("Vui lòng đợi một chút", page);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ApplyForm.Path, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task WithoutAnOpenEdition_TheFormSaysApplicationsAreClosed()
    {
        await using var factory = new TechconnectAppFactory();
        var client = BrowserClient.Create(factory, "en-US");

        var html = await client.GetStringAsync(ApplyForm.Path, TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"apply-closed\"", html);
        Assert.DoesNotContain("data-testid=\"apply-form\"", html);
    }
}
