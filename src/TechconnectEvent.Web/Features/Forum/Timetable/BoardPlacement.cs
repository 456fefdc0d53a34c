using TechconnectEvent.Web.Features.Forum.Scheduling;

namespace TechconnectEvent.Web.Features.Forum.Timetable;

/// <summary>Where the quick-edit dialog puts a session: a room, a day of the edition and start/end minutes of that day.</summary>
public sealed class BoardPlacement
{
    public int RoomId { get; set; }
    public DateOnly Day { get; set; }
    public int StartMinute { get; set; }
    /// <summary>Up to 24 × 60: a session may end at midnight.</summary>
    public int EndMinute { get; set; }

    /// <summary>The session where it is now (or in the first room when it has none), on the day shown.</summary>
    public static BoardPlacement Of(BoardSession session, DateOnly day, int fallbackRoomId, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(session);
        var start = MinuteOf(session.StartsAt, day, timeZoneId);
        return new BoardPlacement
        {
            RoomId = session.RoomId ?? fallbackRoomId,
            Day = day,
            StartMinute = start,
            EndMinute = Math.Min(24 * 60, start + (int)session.Length.TotalMinutes),
        };
    }

    public SessionPlacement For(BoardSession session, string timeZoneId, bool acceptWarnings = false) =>
        new(session.Id, session.Version, RoomId, Instant(Day, StartMinute, timeZoneId), Instant(Day, EndMinute, timeZoneId), acceptWarnings);

    /// <summary>The instant a local day and minute stand for in the edition's time zone.</summary>
    public static DateTimeOffset Instant(DateOnly day, int minute, string timeZoneId)
    {
        var local = day.ToDateTime(TimeOnly.MinValue).AddMinutes(minute);
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId).GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Minutes since the day's local midnight, rounded down to the board's 15-minute grid and kept within the day.</summary>
    public static int MinuteOf(DateTimeOffset instant, DateOnly day, string timeZoneId) =>
        Math.Min(LocalMinute(instant, day, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)) / ForumLimits.SlotMinutes * ForumLimits.SlotMinutes,
            24 * 60 - ForumLimits.SlotMinutes);

    /// <summary>Minutes since the day's local midnight, clamped to the day (a session may run into the next or come from the previous).</summary>
    public static int LocalMinute(DateTimeOffset instant, DateOnly day, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        return Math.Clamp((int)(local - day.ToDateTime(TimeOnly.MinValue)).TotalMinutes, 0, 24 * 60);
    }
}
