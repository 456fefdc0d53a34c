using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Registrations.Admin;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.UnitTests.Forum.Attendance;

/// <summary>The registration test bed (2023 edition, 29–30 September, Ha Long) with a room, sessions and the door sync.</summary>
internal sealed class AttendanceTestBed : IAsyncDisposable
{
    private AttendanceTestBed(RegistrationTestBed registrations)
    {
        Registrations = registrations;
        Sync = new SessionDoorSync(Database.Factory, new AuditTrail(Clock), ScanPointChanges);
        Audience = new SessionAudience(Database.Factory);
    }

    public RegistrationTestBed Registrations { get; }
    public TestDatabase Database => Registrations.Database;
    public TestClock Clock => Registrations.Clock;
    public int EditionId => Registrations.EditionId;
    public ChangeNotifier<ScanPointChange> ScanPointChanges { get; } = new();
    public SessionDoorSync Sync { get; }
    public SessionAudience Audience { get; }
    public int RoomId { get; private set; }

    public static async Task<AttendanceTestBed> CreateAsync()
    {
        var bed = new AttendanceTestBed(await RegistrationTestBed.CreateAsync());
        await using var db = bed.Database.CreateContext();
        var room = new Room { EditionId = bed.EditionId, Name = new LocalizedText("Hội trường A", "Hall A"), Capacity = 120 };
        db.Rooms.Add(room);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        bed.RoomId = room.Id;
        return bed;
    }

    /// <summary>A session on 29 September at <paramref name="hour"/>:00 Ha Long time, for an hour.</summary>
    public async Task<ForumSession> AddSessionAsync(string title, SessionStatus status = SessionStatus.Published, int hour = 9, int? capacity = null)
    {
        await using var db = Database.CreateContext();
        var starts = new DateTimeOffset(2023, 9, 29, hour, 0, 0, TimeSpan.FromHours(7));
        var session = new ForumSession
        {
            EditionId = EditionId,
            Title = new LocalizedText(title, title + " (en)"),
            RoomId = RoomId,
            StartsAt = starts.ToUniversalTime(),
            EndsAt = starts.AddHours(1).ToUniversalTime(),
            Status = status,
            Capacity = capacity,
            CreatedAt = Clock.GetUtcNow(),
            UpdatedAt = Clock.GetUtcNow(),
        };
        db.ForumSessions.Add(session);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return session;
    }

    public async Task ChangeSessionAsync(int id, Action<ForumSession> change)
    {
        await using var db = Database.CreateContext();
        var session = await db.ForumSessions.SingleAsync(s => s.Id == id, TestContext.Current.CancellationToken);
        change(session);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async Task<List<ScanPoint>> DoorsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.ScanPoints.AsNoTracking().Where(p => p.EditionId == EditionId && p.Kind == ScanPointKind.SessionDoor)
            .OrderBy(p => p.SessionId).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task AddInterestAsync(int registrationId, int sessionId)
    {
        await using var db = Database.CreateContext();
        db.SessionInterests.Add(new SessionInterest { RegistrationId = registrationId, SessionId = sessionId });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>An admission at a door, as the scan writer records it (scope = the door).</summary>
    public async Task AdmitAsync(int registrationId, ScanPoint door, int day = 0)
    {
        await using var db = Database.CreateContext();
        db.CheckIns.Add(new CheckIn
        {
            EditionId = EditionId, RegistrationId = registrationId, ScanPointId = door.Id, Scope = door.Id, DayIndex = day, At = Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public Task<Registration> AddPersonAsync(string name, RegistrationStatus status = RegistrationStatus.Confirmed) =>
        Registrations.AddAsync(name, status: status);

    public ValueTask DisposeAsync() => Registrations.DisposeAsync();
}
