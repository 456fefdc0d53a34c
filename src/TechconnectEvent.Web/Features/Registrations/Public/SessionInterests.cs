using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Public;

/// <summary>A session the public may say they are interested in, with its room when it has one.</summary>
public sealed record SessionChoice(int Id, LocalizedText Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, LocalizedText? Room);

/// <summary>
/// "Sessions of interest" in the registration form: the edition's public sessions to choose from, and the check that
/// every chosen id is one of them. The interests are the chairs' expected audience.
/// </summary>
public static class SessionInterests
{
    public const string Field = nameof(RegistrationInput.Sessions);
    public const string UnknownError = "Registration.Interest.Unknown";

    /// <summary>Published (so neither draft nor cancelled) sessions of the edition, in time order.</summary>
    public static async Task<IReadOnlyList<SessionChoice>> ChoicesAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var rows = await (
                from session in db.ForumSessions.AsNoTracking()
                where session.EditionId == editionId && session.Status == SessionStatus.Published
                join room in db.Rooms on session.RoomId equals room.Id into rooms
                from room in rooms.DefaultIfEmpty()
                select new
                {
                    session.Id, session.Title.Vi, session.Title.En, session.StartsAt, session.EndsAt,
                    RoomVi = room == null ? null : room.Name.Vi,
                    RoomEn = room == null ? null : room.Name.En,
                })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.StartsAt).ThenBy(r => r.Id)
            .Select(r => new SessionChoice(r.Id, new LocalizedText(r.Vi, r.En), r.StartsAt, r.EndsAt,
                r.RoomVi is null ? null : new LocalizedText(r.RoomVi, r.RoomEn ?? r.RoomVi)))
            .ToList();
    }

    /// <summary>The error for the field when an id is not a public session of the edition; null when all are.</summary>
    public static async Task<OperationError?> CheckAsync(EventDbContext db, int editionId, IReadOnlyCollection<int> sessionIds,
        CancellationToken cancellationToken)
    {
        if (sessionIds.Count == 0)
        {
            return null;
        }
        var found = await db.ForumSessions.AsNoTracking()
            .CountAsync(s => s.EditionId == editionId && s.Status == SessionStatus.Published && sessionIds.Contains(s.Id), cancellationToken);
        return found == sessionIds.Count ? null : OperationError.ForField(Field, UnknownError);
    }

    /// <summary>The sessions grouped by their day in the edition's time zone, days in order.</summary>
    public static IEnumerable<IGrouping<DateOnly, SessionChoice>> ByDay(IEnumerable<SessionChoice> sessions, string timeZoneId) =>
        sessions.GroupBy(s => DateOnly.FromDateTime(EditionClock.ToLocal(s.StartsAt, timeZoneId).DateTime)).OrderBy(g => g.Key);
}
