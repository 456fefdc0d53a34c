using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Forum.Scheduling;

/// <summary>
/// One edition's programme as the clash rules see it, read fresh inside the write that is about to change it, so a
/// check never judges against what someone else changed a moment ago.
/// </summary>
public sealed record ForumSnapshot(EditionDays Days, IReadOnlyList<SessionFact> Sessions, IReadOnlyDictionary<int, int> RoomSeats)
{
    public SessionFact? Find(int sessionId) => Sessions.FirstOrDefault(s => s.Id == sessionId);

    /// <summary>Seats of a session: its own capacity, else its room's; unknown without either.</summary>
    public int? SeatsOf(int? capacity, int? roomId) =>
        capacity ?? (roomId is { } room && RoomSeats.TryGetValue(room, out var seats) ? seats : null);

    public IReadOnlyList<Clash> Check(SessionFact candidate) => ClashRules.Check(Days, candidate, Sessions);

    public IReadOnlyList<Clash> CheckAll() => ClashRules.CheckAll(Days, Sessions);

    /// <summary>Every session of the edition except the cancelled ones, with chairs, speakers and expected audience.</summary>
    public static async Task<ForumSnapshot?> LoadAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var days = await db.Editions.AsNoTracking().Where(e => e.Id == editionId)
            .Select(e => new EditionDays(e.StartDate, e.EndDate, e.TimeZoneId))
            .FirstOrDefaultAsync(cancellationToken);
        if (days is null)
        {
            return null;
        }
        var live = db.ForumSessions.Where(s => s.EditionId == editionId && s.Status != SessionStatus.Cancelled);
        var sessions = await live.AsNoTracking()
            .Select(s => new { s.Id, s.Title, s.RoomId, s.Capacity, s.StartsAt, s.EndsAt })
            .ToListAsync(cancellationToken);
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EditionId == editionId)
            .ToDictionaryAsync(r => r.Id, r => r.Capacity, cancellationToken);
        var chairs = (await (from c in db.SessionChairs
                             join s in live on c.SessionId equals s.Id
                             join u in db.Users on c.UserId equals u.Id
                             select new { c.SessionId, c.UserId, Name = u.DisplayName ?? u.Email ?? u.UserName })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.SessionId, c => new ChairFact(c.UserId, c.Name ?? ""));
        var speakers = (await (from p in db.Speakers
                               join s in live on p.SessionId equals s.Id
                               select new { p.SessionId, p.Name, p.Organization, p.UserId, p.Minutes })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.SessionId, p => new SpeakerFact(p.Name, p.Organization, p.UserId, p.Minutes));
        var audience = await (from i in db.SessionInterests
                              join s in live on i.SessionId equals s.Id
                              group i by i.SessionId into g
                              select new { SessionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(a => a.SessionId, a => a.Count, cancellationToken);
        var snapshot = new ForumSnapshot(days, [], rooms);
        return snapshot with
        {
            Sessions = sessions.Select(s => new SessionFact(s.Id, s.Title, s.RoomId, snapshot.SeatsOf(s.Capacity, s.RoomId),
                    s.StartsAt, s.EndsAt, [.. chairs[s.Id]], [.. speakers[s.Id]], audience.GetValueOrDefault(s.Id)))
                .ToList(),
        };
    }

    /// <summary>Chair accounts with the names the clash messages show.</summary>
    public static async Task<IReadOnlyList<ChairFact>> ChairsAsync(EventDbContext db, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        userIds.Count == 0
            ? []
            : (await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
                .Select(u => new { u.Id, Name = u.DisplayName ?? u.Email ?? u.UserName }).ToListAsync(cancellationToken))
            .Select(u => new ChairFact(u.Id, u.Name ?? "")).ToList();
}
