using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Sessions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.IntegrationTests.Forum.Sessions;

/// <summary>Two chairs of the demo programme: each may change only the session they chair, in the page and in the service.</summary>
public sealed class ChairAccessTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<(string Email, string UserId, int SessionId)> ChairOfADemoSessionAsync(int skip)
    {
        var email = await factory.CreateUserAsync(Roles.SessionChair);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Token);
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Token);
        var sessionId = await db.ForumSessions.Where(s => !s.Chairs.Any()).OrderBy(s => s.Id).Skip(skip).Select(s => s.Id).FirstAsync(Token);
        db.SessionChairs.Add(new SessionChair { SessionId = sessionId, UserId = userId });
        await db.SaveChangesAsync(Token);
        return (email, userId, sessionId);
    }

    private ForumSessionService ServiceAs(string userId) =>
        new(factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>(),
            new FixedActor(new Actor(userId, userId, new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Role, Roles.SessionChair)], "test")))),
            factory.Services.GetRequiredService<AuditTrail>(), factory.Clock, factory.Services.GetRequiredService<ChangeNotifier<ForumChange>>());

    [Fact]
    public async Task Chair_A_is_refused_chair_Bs_session_by_the_service_and_by_its_edit_page()
    {
        var a = await ChairOfADemoSessionAsync(0);
        var b = await ChairOfADemoSessionAsync(1);
        var own = await ServiceAs(a.UserId).GetEditorAsync(a.SessionId, Token);
        var form = own.Value!.Form;

        var refused = await ServiceAs(a.UserId).SaveAsync(b.SessionId, form, cancellationToken: Token);

        Assert.Equal(CommonErrors.Codes.Forbidden, Assert.Single(refused.Errors).Code);
        var client = BrowserClient.Create(factory, "en-US");
        await client.SignInOrFailAsync(a.Email, UserFactory.Password);
        var theirs = await client.GetAsync($"/forum/sessions/{b.SessionId}", Token);
        var mine = await client.GetAsync($"/forum/sessions/{a.SessionId}", Token);
        var theirsHtml = await theirs.Content.ReadAsStringAsync(Token);
        var mineHtml = await mine.Content.ReadAsStringAsync(Token);
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("data-testid=\"session-refused\"", theirsHtml);
        Assert.DoesNotContain("data-testid=\"session-form\"", theirsHtml);
        Assert.Contains("data-testid=\"session-form\"", mineHtml);
        Assert.DoesNotContain("data-testid=\"session-room\"", mineHtml);
    }

    [Fact]
    public async Task A_chair_cannot_open_the_organisers_session_list()
    {
        var a = await ChairOfADemoSessionAsync(2);
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(a.Email, UserFactory.Password);

        var response = await client.GetAsync("/forum/sessions", Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
