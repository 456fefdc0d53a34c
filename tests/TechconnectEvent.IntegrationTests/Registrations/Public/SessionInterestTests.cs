using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Registrations;

namespace TechconnectEvent.IntegrationTests.Registrations.Public;

/// <summary>"Sessions of interest" in the public form, on the demo edition's 2023 programme (13 published sessions, 1 draft).</summary>
public sealed class SessionInterestTests(RegisterApp app) : IClassFixture<RegisterApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheForm_OffersEveryPublishedSession_GroupedByDay_AndNotTheDraft()
    {
        var client = BrowserClient.Create(app.App, "vi-VN");
        var (published, draft) = await SessionsAsync();

        var html = await client.GetStringAsync(RegisterForm.Path, Cancel);

        Assert.Contains("Các phiên quan tâm (không bắt buộc)", html);
        foreach (var id in published)
        {
            Assert.Contains($"name=\"Input.Sessions\" value=\"{id}\"", html);
        }
        Assert.DoesNotContain($"name=\"Input.Sessions\" value=\"{draft}\"", html);
        Assert.Contains("for=\"Input.Sessions\"", html);
        // The demo programme runs over both days of the edition: one group each.
        Assert.Contains("29/09/2023</legend>", html);
        Assert.Contains("30/09/2023</legend>", html);
    }

    [Fact]
    public async Task ChosenSessions_AreSavedWithTheRegistration_AndTheConfirmationStillShows()
    {
        var client = BrowserClient.Create(app.App, "vi-VN");
        var (published, _) = await SessionsAsync();
        var email = $"interest-{Guid.NewGuid():N}@test.local";
        var chosen = new[] { published[0], published[3], published[3] };

        var response = await RegisterForm.PostAsync(client, await FieldsAsync(email, chosen), 0, 1);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await app.DbAsync();
        var registration = await db.Registrations.SingleAsync(r => r.EmailKey == email, Cancel);
        var interests = await db.SessionInterests.Where(i => i.RegistrationId == registration.Id).Select(i => i.SessionId).ToListAsync(Cancel);
        Assert.Equal(new[] { published[0], published[3] }.Order(), interests.Order());
        var page = await client.GetAsync(response.Headers.Location, Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Nguyễn Thị Hằng", await page.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task NoSessionChosen_IsFine()
    {
        var client = BrowserClient.Create(app.App, "vi-VN");
        var email = $"interest-{Guid.NewGuid():N}@test.local";

        var response = await RegisterForm.PostAsync(client, await FieldsAsync(email, []), 0);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await app.DbAsync();
        var registration = await db.Registrations.SingleAsync(r => r.EmailKey == email, Cancel);
        Assert.False(await db.SessionInterests.AnyAsync(i => i.RegistrationId == registration.Id, Cancel));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ASessionThatIsNotPublic_IsRefusedNextToTheField_AndNothingIsWritten(bool draft)
    {
        var client = BrowserClient.Create(app.App, "en-US");
        var (published, draftId) = await SessionsAsync();
        var email = $"interest-{Guid.NewGuid():N}@test.local";

        var response = await RegisterForm.PostAsync(client, await FieldsAsync(email, [published[1], draft ? draftId : 999_999]), 0);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("One of the chosen sessions is not open for registration", html);
        Assert.Contains("href=\"register#Input.Sessions\"", html);
        await using var db = await app.DbAsync();
        Assert.False(await db.Registrations.AnyAsync(r => r.EmailKey == email, Cancel));
    }

    private async Task<IEnumerable<KeyValuePair<string, string>>> FieldsAsync(string email, int[] sessions)
    {
        var category = await app.CategoryIdAsync(RegistrationCategoryDefaults.Visitor);
        return RegisterForm.Valid(email, category)
            .Concat(sessions.Select(id => new KeyValuePair<string, string>("Input.Sessions", id.ToString(CultureInfo.InvariantCulture))));
    }

    private async Task<(List<int> Published, int Draft)> SessionsAsync()
    {
        await using var db = await app.DbAsync();
        var sessions = await db.ForumSessions.Where(s => s.EditionId == app.EditionId).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Status }).ToListAsync(Cancel);
        return (sessions.Where(s => s.Status == SessionStatus.Published).Select(s => s.Id).ToList(),
            sessions.First(s => s.Status == SessionStatus.Draft).Id);
    }
}
