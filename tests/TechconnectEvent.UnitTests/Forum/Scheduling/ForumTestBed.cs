using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.UnitTests.Registrations.Admin;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.UnitTests.Forum.Scheduling;

/// <summary>A migrated SQLite file with the 2023 edition (29–30 September, Ha Long), two rooms and two chair accounts.</summary>
public sealed class ForumTestBed : IDisposable
{
    public ForumTestBed()
    {
        EditionId = Database.AddEdition().Id;
        using var db = Database.CreateContext();
        var hall = new Room { EditionId = EditionId, Name = new LocalizedText("Hội trường A", "Hall A"), Capacity = 300, SortOrder = 1 };
        var small = new Room { EditionId = EditionId, Name = new LocalizedText("Phòng họp B", "Meeting room B"), Capacity = 40, SortOrder = 2 };
        db.Rooms.AddRange(hall, small);
        db.Users.AddRange(
            new ApplicationUser { Id = ChairA, UserName = "chair.a@test.local", Email = "chair.a@test.local", DisplayName = "Trần Thị Bình" },
            new ApplicationUser { Id = ChairB, UserName = "chair.b@test.local", Email = "chair.b@test.local", DisplayName = "Lê Văn Cường" });
        db.SaveChanges();
        Hall = hall.Id;
        Small = small.Id;
    }

    public const string ChairA = "chair-a";
    public const string ChairB = "chair-b";

    public TestDatabase Database { get; } = TestDatabase.Create();
    public TestClock Clock { get; } = new();
    public AuditTrail Audit => new(Clock);
    public ChangeNotifier<ForumChange> Changes { get; } = new();
    public int EditionId { get; }
    public int Hall { get; }
    public int Small { get; }

    public static FixedActor Organiser { get; } = As("organiser-1", Roles.Organiser);

    public static FixedActor As(string userId, params string[] roles) =>
        new(new Actor(userId, userId + "@test.local", new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"))));

    /// <summary>A local Ha Long time on a fair day as an instant.</summary>
    public static DateTimeOffset Local(int day, int hour, int minute = 0) =>
        new DateTimeOffset(2023, 9, day, hour, minute, 0, TimeSpan.FromHours(7)).ToUniversalTime();

    public ForumSession AddSession(string title, int? room, DateTimeOffset start, DateTimeOffset end,
        SessionStatus status = SessionStatus.Draft, string[]? chairs = null, params Speaker[] speakers)
    {
        using var db = Database.CreateContext();
        var session = new ForumSession
        {
            EditionId = EditionId,
            Title = new LocalizedText(title, title + " (en)"),
            RoomId = room,
            StartsAt = start,
            EndsAt = end,
            Status = status,
            PublishedAt = status == SessionStatus.Published ? Clock.GetUtcNow() : null,
            CreatedAt = Clock.GetUtcNow(),
            UpdatedAt = Clock.GetUtcNow(),
            Chairs = [.. (chairs ?? []).Select(c => new SessionChair { UserId = c })],
            Speakers = [.. speakers],
        };
        db.ForumSessions.Add(session);
        db.SaveChanges();
        return session;
    }

    /// <summary>Registered people who named the session among their sessions of interest.</summary>
    public void AddAudience(int sessionId, int people)
    {
        using var db = Database.CreateContext();
        var category = RegistrationCategoryDefaults.For(EditionId)[0];
        db.RegistrationCategories.Add(category);
        db.SaveChanges();
        var registrations = Enumerable.Range(1, people)
            .Select(i => RegistrationTestBed.New(EditionId, category.Id, $"Đại biểu {i}", RegistrationStatus.Confirmed, null, null, "VN",
                RegistrationSource.Online, Clock.GetUtcNow()))
            .ToList();
        db.Registrations.AddRange(registrations);
        db.SaveChanges();
        db.SessionInterests.AddRange(registrations.Select(r => new SessionInterest { RegistrationId = r.Id, SessionId = sessionId }));
        db.SaveChanges();
    }

    public async Task<ForumSession> ReloadAsync(int sessionId)
    {
        await using var db = Database.CreateContext();
        return await db.ForumSessions.AsNoTracking().Include(s => s.Speakers).Include(s => s.Chairs)
            .FirstAsync(s => s.Id == sessionId, TestContext.Current.CancellationToken);
    }

    public async Task<List<AuditEntry>> AuditAsync(string action)
    {
        await using var db = Database.CreateContext();
        return await db.AuditLog.AsNoTracking().Where(a => a.Action == action).ToListAsync(TestContext.Current.CancellationToken);
    }

    public void Dispose() => Database.Dispose();
}
