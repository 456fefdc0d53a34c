using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Forum.Attendance;

/// <summary>One session's attendance: <see cref="Seats"/> is its own capacity, else its room's, else unknown.</summary>
public sealed record SessionAttendanceRow(
    int SessionId, LocalizedText Title, SessionStatus Status, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    LocalizedText? Room, int? Seats, int Expected, int Attended)
{
    /// <summary>Share of the seats taken, 0–100 (more people than seats shows full).</summary>
    public double PercentOfSeats => Seats is > 0 and var seats ? Math.Min(100, 100.0 * Attended / seats) : 0;

    public bool OverCapacity => Seats is { } seats && Attended > seats;
}

/// <summary>The attendance page's view: the working edition and the sessions the person may see.</summary>
public sealed record AttendanceView(int EditionId, string TimeZoneId, bool AllSessions, IReadOnlyList<SessionAttendanceRow> Sessions);

/// <summary>
/// Attendance per session of the working edition. Organisers see every session; a session chair sees only the
/// sessions they chair, decided here for every call rather than by the page.
/// </summary>
public sealed class AttendanceBoard(
    IDbContextFactory<EventDbContext> dbFactory, EditionService editions, ICurrentActor currentActor, ISessionAudience audience)
{
    /// <summary>Null when the person may see no attendance or there is no working edition.</summary>
    public async Task<AttendanceView?> LoadAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        var all = actor.IsOrganiser;
        if (!all && (!actor.IsInRole(Roles.SessionChair) || actor.UserId is null))
        {
            return null;
        }
        if (await editions.GetWorkingAsync(cancellationToken) is not { } edition)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sessions = db.ForumSessions.AsNoTracking().Where(s => s.EditionId == edition.Id && s.Status != SessionStatus.Draft);
        if (!all)
        {
            var userId = actor.UserId;
            sessions = sessions.Where(s => s.Chairs.Any(c => c.UserId == userId));
        }
        var rows = await (
                from session in sessions
                join room in db.Rooms on session.RoomId equals room.Id into rooms
                from room in rooms.DefaultIfEmpty()
                select new
                {
                    session.Id, session.Title.Vi, session.Title.En, session.Status, session.StartsAt, session.EndsAt, session.Capacity,
                    RoomVi = room == null ? null : room.Name.Vi,
                    RoomEn = room == null ? null : room.Name.En,
                    RoomCapacity = room == null ? (int?)null : room.Capacity,
                })
            .ToListAsync(cancellationToken);
        var counts = await audience.CountAsync(edition.Id, rows.Select(r => r.Id).ToList(), cancellationToken);
        var list = rows
            .OrderBy(r => r.StartsAt).ThenBy(r => r.Id)
            .Select(r =>
            {
                var count = counts.GetValueOrDefault(r.Id) ?? SessionAudienceCount.None;
                return new SessionAttendanceRow(r.Id, new LocalizedText(r.Vi, r.En), r.Status, r.StartsAt, r.EndsAt,
                    r.RoomVi is null ? null : new LocalizedText(r.RoomVi, r.RoomEn ?? r.RoomVi), r.Capacity ?? r.RoomCapacity,
                    count.Expected, count.Attended);
            })
            .ToList();
        return new AttendanceView(edition.Id, edition.TimeZoneId, all, list);
    }
}
