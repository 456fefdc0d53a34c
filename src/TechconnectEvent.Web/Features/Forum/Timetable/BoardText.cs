using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Forum.Timetable;

/// <summary>How the board words times, kinds and statuses.</summary>
public static class BoardText
{
    public static string Time(DateTimeOffset instant, string timeZoneId) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Span(BoardSession session, string timeZoneId) =>
        $"{Time(session.StartsAt, timeZoneId)}–{Time(session.EndsAt, timeZoneId)}";

    /// <summary>Minutes since midnight as "HH:mm"; the end of the day reads "24:00".</summary>
    public static string Minute(int minute) => $"{minute / 60:00}:{minute % 60:00}";

    public static string Kind(this IStringLocalizer<SharedResource> l, SessionKind kind) => l[$"Forum.Board.Kind.{kind}"];

    public static string Status(this IStringLocalizer<SharedResource> l, SessionStatus status) => l[$"Forum.Board.Status.{status}"];
}
