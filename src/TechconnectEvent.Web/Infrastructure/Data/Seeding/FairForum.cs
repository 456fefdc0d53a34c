using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>
/// Tops the forum up to the target of published sessions: focus panels in the free 90-minute slots of the
/// edition's rooms (a room is added when they run out), one topic each, a chair who is in no other session at that
/// time (made-up SessionChair accounts without a password when the present chairs are busy), two speakers, and
/// the door every published session has.
/// </summary>
internal static class FairForum
{
    private static readonly TimeSpan[] SlotStarts = [new(8, 30, 0), new(10, 15, 0), new(13, 30, 0), new(15, 15, 0)];
    private static readonly TimeSpan SlotLength = TimeSpan.FromMinutes(90);
    private const int AddedRoomCapacity = 120;

    private static readonly (string Vi, string En)[] Angles =
        [("Từ nghiên cứu đến thị trường", "From research to market"), ("Chính sách và cơ chế hỗ trợ", "Policy and support schemes"),
         ("Kết nối doanh nghiệp và viện, trường", "Linking firms with institutes and universities"), ("Chuyển đổi số và chuyển đổi xanh", "Digital and green transformation"),
         ("Kinh nghiệm quốc tế", "International experience"), ("Đầu tư cho đổi mới sáng tạo", "Investing in innovation")];

    public static async Task<string> AddAsync(EventDbContext db, FairRun run, CancellationToken cancellationToken)
    {
        var editionId = run.Edition.Id;
        var sessions = await db.ForumSessions.Include(s => s.Chairs).Where(s => s.EditionId == editionId && s.Status != SessionStatus.Cancelled)
            .OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var missing = run.Options.Sessions - sessions.Count(s => s.Status == SessionStatus.Published);
        var random = run.Random(2, sessions.Count);
        var added = 0;
        if (missing > 0)
        {
            added = await AddSessionsAsync(db, run, sessions, missing, random, cancellationToken);
        }
        var doors = await AddMissingDoorsAsync(db, run, cancellationToken);
        return $"{added} sessions added ({sessions.Count(s => s.Status == SessionStatus.Published)} published), {doors} session doors opened";
    }

    private static async Task<int> AddSessionsAsync(EventDbContext db, FairRun run, List<ForumSession> sessions, int missing, Random random,
        CancellationToken cancellationToken)
    {
        var editionId = run.Edition.Id;
        var rooms = await db.Rooms.Where(r => r.EditionId == editionId && !r.IsArchived).OrderBy(r => r.SortOrder).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var topics = await db.Topics.Where(t => t.EditionId == editionId).OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        if (topics.Count == 0)
        {
            topics = [.. TopicDefaults.For(editionId)];
            db.Topics.AddRange(topics);
        }
        var slots = FreeSlots(run, rooms, sessions);
        while (slots.Count < missing)
        {
            var room = new Room
            {
                EditionId = editionId,
                Name = new LocalizedText($"Phòng chuyên đề {rooms.Count + 1}", $"Focus room {rooms.Count + 1}"),
                Capacity = AddedRoomCapacity,
                SortOrder = rooms.Count + 1,
            };
            rooms.Add(room);
            db.Rooms.Add(room);
            slots.AddRange(FreeSlots(run, [room], []));
        }
        await db.SaveChangesAsync(cancellationToken);

        var chairs = await ChairsAsync(db, sessions, cancellationToken);
        var writtenAt = run.At(0, TimeSpan.Zero).AddDays(-30);
        foreach (var (room, startsAt) in slots.OrderBy(s => s.StartsAt).ThenBy(s => s.Room.SortOrder).Take(missing))
        {
            var topic = FairGeneratorNames.Pick(topics, random);
            var angle = FairGeneratorNames.Pick(Angles, random);
            var session = new ForumSession
            {
                EditionId = editionId,
                Title = new LocalizedText($"{topic.Name.Vi}: {angle.Vi}", $"{topic.Name.En}: {angle.En}"),
                Kind = SessionKind.FocusPanel,
                TopicId = topic.Id,
                RoomId = room.Id,
                StartsAt = startsAt,
                EndsAt = startsAt + SlotLength,
                Status = SessionStatus.Published,
                CreatedAt = writtenAt,
                UpdatedAt = writtenAt,
                PublishedAt = writtenAt,
                Description = new LocalizedText($"Phiên chuyên đề (hư cấu) về {topic.Name.Vi.ToLowerInvariant()}.", $"A focus panel (fictional) on {topic.Name.En.ToLowerInvariant()}."),
                Speakers = [.. Enumerable.Range(1, 2).Select(order => new Speaker
                {
                    Name = FairGeneratorNames.VietnamesePerson(random),
                    Title = FairGeneratorNames.Pick(FairGeneratorNames.SignatoryPositions, random),
                    Minutes = 25,
                    SortOrder = order,
                })],
            };
            session.Chairs.Add(new SessionChair { UserId = chairs.FreeAt(session, db, random) });
            sessions.Add(session);
            db.ForumSessions.Add(session);
        }
        await db.SaveChangesAsync(cancellationToken);
        return missing;
    }

    private static List<(Room Room, DateTimeOffset StartsAt)> FreeSlots(FairRun run, IEnumerable<Room> rooms, List<ForumSession> sessions)
    {
        var free = new List<(Room, DateTimeOffset)>();
        foreach (var room in rooms)
        {
            for (var day = 0; day < run.Days; day++)
            {
                foreach (var start in SlotStarts)
                {
                    var from = run.At(day, start);
                    var to = from + SlotLength;
                    if (!sessions.Any(s => s.RoomId == room.Id && s.StartsAt < to && from < s.EndsAt))
                    {
                        free.Add((room, from));
                    }
                }
            }
        }
        return free;
    }

    /// <summary>Opens a door for every published session of the edition that has none yet, as the door sync would.</summary>
    private static async Task<int> AddMissingDoorsAsync(EventDbContext db, FairRun run, CancellationToken cancellationToken)
    {
        var editionId = run.Edition.Id;
        var withDoor = db.ScanPoints.Where(p => p.EditionId == editionId && p.Kind == ScanPointKind.SessionDoor && p.SessionId != null).Select(p => p.SessionId);
        var open = await db.ForumSessions.AsNoTracking()
            .Where(s => s.EditionId == editionId && s.Status == SessionStatus.Published && !withDoor.Contains(s.Id))
            .OrderBy(s => s.Id).ToListAsync(cancellationToken);
        foreach (var session in open)
        {
            var door = new ScanPoint { EditionId = editionId };
            SessionDoors.Apply(door, session, run.Edition.TimeZoneId);
            db.ScanPoints.Add(door);
        }
        await db.SaveChangesAsync(cancellationToken);
        return open.Count;
    }

    private static async Task<ChairPool> ChairsAsync(EventDbContext db, List<ForumSession> sessions, CancellationToken cancellationToken)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == Roles.SessionChair, cancellationToken);
        if (role is null)
        {
            role = new IdentityRole(Roles.SessionChair) { NormalizedName = Roles.SessionChair.ToUpperInvariant() };
            db.Roles.Add(role);
        }
        var chairIds = await db.UserRoles.Where(r => r.RoleId == role.Id).Select(r => r.UserId).OrderBy(id => id).ToListAsync(cancellationToken);
        var generated = await db.Users.CountAsync(u => u.UserName!.StartsWith(ChairPool.UserNamePrefix), cancellationToken);
        return new ChairPool(role.Id, chairIds, sessions, generated);
    }

    /// <summary>The SessionChair accounts and the times they are taken.</summary>
    private sealed class ChairPool(string roleId, List<string> chairIds, List<ForumSession> sessions, int generated)
    {
        public const string UserNamePrefix = "chair.demo.";

        public string FreeAt(ForumSession session, EventDbContext db, Random random)
        {
            var start = random.Next(Math.Max(1, chairIds.Count));
            for (var i = 0; i < chairIds.Count; i++)
            {
                var id = chairIds[(start + i) % chairIds.Count];
                if (!sessions.Any(s => s.StartsAt < session.EndsAt && session.StartsAt < s.EndsAt && s.Chairs.Any(c => c.UserId == id)))
                {
                    return id;
                }
            }
            var number = ++generated;
            var email = $"{UserNamePrefix}{number:000}@example.vn";
            var user = new ApplicationUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = FairGeneratorNames.VietnamesePerson(random),
                PreferredCulture = "vi-VN",
                SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
            chairIds.Add(user.Id);
            return user.Id;
        }
    }
}
