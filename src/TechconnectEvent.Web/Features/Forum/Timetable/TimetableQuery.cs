using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.CheckIns.Dashboard;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Forum.Timetable;

/// <summary>A column of the board.</summary>
public sealed record BoardRoom(int Id, LocalizedText Name, int Capacity);

/// <summary>A session as the board draws it; <see cref="Colour"/> is its topic's, or the neutral dark one.</summary>
public sealed record BoardSession(
    int Id, long Version, LocalizedText Title, SessionKind Kind, SessionStatus Status, int? RoomId,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, LocalizedText? TopicName, string Colour)
{
    public TimeSpan Length => EndsAt - StartsAt;
}

/// <summary>One day of an edition's timetable: its rooms, the sessions placed in them, and those waiting for a room.</summary>
public sealed record TimetableView(
    int EditionId, string TimeZoneId, IReadOnlyList<DateOnly> Days, DateOnly Day, IReadOnlyList<BoardRoom> Rooms,
    IReadOnlyList<BoardSession> Placed, IReadOnlyList<BoardSession> Unplaced);

/// <summary>Reads what the timetable board shows, one edition and one day (in the edition's time zone) at a time.</summary>
public sealed class TimetableQuery(IDbContextFactory<EventDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Drawn for a session without a topic: dark enough for white text (11:1).</summary>
    public const string NeutralColour = "#37474F";

    /// <returns>Null when the edition does not exist.</returns>
    public async Task<TimetableView?> LoadAsync(int editionId, DateOnly? day, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await db.Editions.AsNoTracking().Where(e => e.Id == editionId)
            .Select(e => new { e.StartDate, e.EndDate, e.TimeZoneId }).FirstOrDefaultAsync(cancellationToken);
        if (edition is null)
        {
            return null;
        }
        var days = Enumerable.Range(0, Math.Max(0, edition.EndDate.DayNumber - edition.StartDate.DayNumber) + 1)
            .Select(edition.StartDate.AddDays).ToList();
        var chosen = PickDay(days, day, EditionDay.DateOf(time.GetUtcNow(), edition.TimeZoneId));
        var (from, until) = EditionDay.Bounds(chosen, edition.TimeZoneId);

        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EditionId == editionId && !r.IsArchived)
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Id).Select(r => new BoardRoom(r.Id, r.Name, r.Capacity)).ToListAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().Where(t => t.EditionId == editionId).ToDictionaryAsync(t => t.Id, cancellationToken);
        // Overlapping the day, not just starting in it, so that a session running past midnight shows on both days.
        var sessions = await db.ForumSessions.AsNoTracking()
            .Where(s => s.EditionId == editionId && s.StartsAt < until && s.EndsAt > from)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);

        var columns = rooms.Select(r => r.Id).ToHashSet();
        var drawn = sessions.Select(s =>
        {
            var topic = s.TopicId is { } topicId ? topics.GetValueOrDefault(topicId) : null;
            return new BoardSession(s.Id, s.Version, s.Title, s.Kind, s.Status, s.RoomId, s.StartsAt, s.EndsAt, topic?.Name, topic?.Colour ?? NeutralColour);
        }).ToList();
        // A session in an archived room has no column left: it waits in the tray with those not placed yet.
        return new TimetableView(editionId, edition.TimeZoneId, days, chosen, rooms,
            [.. drawn.Where(s => s.RoomId is { } room && columns.Contains(room))],
            [.. drawn.Where(s => s.RoomId is not { } room || !columns.Contains(room))]);
    }

    /// <summary>The asked day when it is one of the edition's, else today when the fair is on, else its first day.</summary>
    public static DateOnly PickDay(IReadOnlyList<DateOnly> days, DateOnly? asked, DateOnly today) =>
        asked is { } wanted && days.Contains(wanted) ? wanted
        : days.Contains(today) ? today
        : days.Count > 0 ? days[0] : today;
}
