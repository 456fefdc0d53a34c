using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Testing;

namespace TechconnectEvent.IntegrationTests.Forum.Agenda;

/// <summary>The demo programme's sessions as the tests name them, and changes written as the forum's services would.</summary>
internal static class AgendaData
{
    public const string DigitalForumVi = "Diễn đàn Chuyển đổi số và chuyển đổi xanh vì sự phát triển bền vững";
    public const string OpeningVi = "Lễ khai mạc Techconnect and Innovation Vietnam 2023";
    public const string OpeningEn = "Opening ceremony of Techconnect and Innovation Vietnam 2023";
    public const string DraftVi = "Đối thoại chính sách về chuyển giao công nghệ (minh họa, bản nháp)";
    public const int PublishedCount = 13;

    public static async Task<int> IdOfAsync(TechconnectAppFactory factory, string titleVi)
    {
        await using var db = await Db(factory);
        return await db.ForumSessions.Where(s => s.Title.Vi == titleVi).Select(s => s.Id).SingleAsync();
    }

    /// <summary>Changes a session and announces it, as a committed change of the scheduling services does.</summary>
    public static async Task ChangeAsync(TechconnectAppFactory factory, int sessionId, Action<ForumSession> change)
    {
        int editionId;
        await using (var db = await Db(factory))
        {
            var session = await db.ForumSessions.SingleAsync(s => s.Id == sessionId);
            change(session);
            session.Sequence++;
            session.ChangedAfterPublishAt = factory.Clock.GetUtcNow();
            editionId = session.EditionId;
            await db.SaveChangesAsync();
        }
        factory.Services.GetRequiredService<ChangeNotifier<ForumChange>>().Publish(new ForumChange(editionId, sessionId));
    }

    /// <summary>A chair account with a display name, assigned to the session.</summary>
    public static async Task AddChairAsync(TechconnectAppFactory factory, int sessionId, string displayName)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"chair-{Guid.NewGuid():N}@test.local";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        Assert.True((await users.CreateAsync(user, "twelve chars or more")).Succeeded);
        await using var db = await Db(factory);
        db.SessionChairs.Add(new SessionChair { SessionId = sessionId, UserId = user.Id });
        await db.SaveChangesAsync();
        factory.Services.GetRequiredService<ChangeNotifier<ForumChange>>().Publish(new ForumChange(1, sessionId));
    }

    /// <summary>Asks until <paramref name="done"/> holds: the caches are evicted by a subscriber, a moment after the change.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var value = await read();
        for (var attempt = 0; attempt < 50 && !done(value); attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            value = await read();
        }
        return value;
    }

    private static Task<EventDbContext> Db(TechconnectAppFactory factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync();
}
