using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Forum.Scheduling;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Forum.Timetable;

/// <summary>How the board words times, kinds, statuses and clashes.</summary>
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

    /// <summary>One sentence naming the session, and the other one or the person when the clash has them.</summary>
    public static string Clash(this IStringLocalizer<SharedResource> l, Clash clash)
    {
        ArgumentNullException.ThrowIfNull(clash);
        return l[$"Forum.Board.Clash.{clash.Kind}", clash.SessionTitle.Current, clash.OtherTitle?.Current ?? "", clash.Person ?? "",
            clash.Planned ?? 0, clash.Available ?? 0];
    }
}
