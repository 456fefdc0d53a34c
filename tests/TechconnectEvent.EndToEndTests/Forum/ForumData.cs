using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.EndToEndTests.Forum;

/// <summary>
/// The demo 2023 programme as the forum tests use it: sessions found by their Vietnamese title, a chair account
/// assigned to one, and a session put back exactly as it was so that later tests read the seeded programme.
/// </summary>
public static class ForumData
{
    public const string ChairPassword = "twelve chars or more";

    /// <summary>Before the fair (Ha Long, 9 a.m. on 20 September 2023): the programme is still being arranged.</summary>
    public static readonly DateTimeOffset BeforeTheFair = new(2023, 9, 20, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IDbContextFactory<EventDbContext> Factory(TechconnectAppFactory app) =>
        app.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();

    public static async Task<int> SessionIdAsync(TechconnectAppFactory app, string titleVi)
    {
        await using var db = await Factory(app).CreateDbContextAsync(Ct);
        var ids = await db.ForumSessions.Where(s => s.Title.Vi == titleVi).Select(s => s.Id).ToListAsync(Ct);
        return Assert.Single(ids);
    }

    public static async Task<int> RoomIdAsync(TechconnectAppFactory app, string nameVi)
    {
        await using var db = await Factory(app).CreateDbContextAsync(Ct);
        var ids = await db.Rooms.Where(r => r.Name.Vi == nameVi && !r.IsArchived).Select(r => r.Id).ToListAsync(Ct);
        return Assert.Single(ids);
    }

    public static async Task<ForumSession> LoadAsync(TechconnectAppFactory app, int sessionId)
    {
        await using var db = await Factory(app).CreateDbContextAsync(Ct);
        return await db.ForumSessions.AsNoTracking().Include(s => s.Chairs).Include(s => s.Speakers).SingleAsync(s => s.Id == sessionId, Ct);
    }

    /// <summary>A new SessionChair account (its own, so no other test's chair sees it), assigned to the session.</summary>
    public static async Task<string> AddChairAsync(TechconnectAppFactory app, int sessionId, string displayName)
    {
        var email = $"chu-toa-{Guid.NewGuid().ToString("N")[..8]}@test.local";
        var created = await app.Services.GetRequiredService<UserAdministrationService>().CreateAsync(email, displayName, [Roles.SessionChair], ChairPassword);
        Assert.True(created.Succeeded, string.Join(", ", created.ErrorCodes));
        await using var db = await Factory(app).CreateDbContextAsync(Ct);
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct);
        var session = await db.ForumSessions.Include(s => s.Chairs).SingleAsync(s => s.Id == sessionId, Ct);
        session.Chairs.Add(new SessionChair { UserId = userId });
        await db.SaveChangesAsync(Ct);
        return email;
    }

    /// <summary>
    /// Puts back what the tests change in a session: its room and times, chairs, speakers, the calendar SEQUENCE and the
    /// public "updated" mark.
    /// </summary>
    public static async Task RestoreAsync(TechconnectAppFactory app, ForumSession original)
    {
        await using var db = await Factory(app).CreateDbContextAsync(CancellationToken.None);
        var session = await db.ForumSessions.Include(s => s.Chairs).Include(s => s.Speakers).SingleAsync(s => s.Id == original.Id);
        session.RoomId = original.RoomId;
        session.StartsAt = original.StartsAt;
        session.EndsAt = original.EndsAt;
        session.Sequence = original.Sequence;
        session.ChangedAfterPublishAt = original.ChangedAfterPublishAt;
        session.UpdatedAt = original.UpdatedAt;
        session.Chairs.RemoveAll(c => original.Chairs.All(o => o.UserId != c.UserId));
        session.Speakers.Clear();
        session.Speakers.AddRange(original.Speakers.Select(p => new Speaker
        {
            Name = p.Name, Title = p.Title, Organization = p.Organization, TalkTitle = p.TalkTitle,
            SortOrder = p.SortOrder, Minutes = p.Minutes, UserId = p.UserId,
        }));
        await db.SaveChangesAsync();
    }
}
