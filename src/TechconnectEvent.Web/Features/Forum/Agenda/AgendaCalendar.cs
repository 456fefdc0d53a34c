using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Calendar = Ical.Net.Calendar;

namespace TechconnectEvent.Web.Features.Forum.Agenda;

/// <summary>Labels the calendar text needs, already in the request's language.</summary>
public sealed record AgendaCalendarLabels(string Speakers, string Chairs, string CancelledFormat, Func<SessionKind, string> Kind);

/// <summary>
/// The agenda as an RFC 5545 calendar: one VEVENT per public session, in the edition's time zone (with its
/// VTIMEZONE), so a phone shows the fair's local times wherever the visitor comes from.
/// </summary>
public static class AgendaCalendar
{
    /// <summary>
    /// UIDs are made from the session id and this fixed name, never from the host that answered or the time, so
    /// a calendar that subscribed updates the same event when the session changes instead of adding another.
    /// </summary>
    public const string UidDomain = "agenda.techconnectevent.vn";

    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Uid(int sessionId) => $"forum-session-{sessionId.ToString(CultureInfo.InvariantCulture)}@{UidDomain}";

    public static string Write(AgendaModel agenda, IEnumerable<AgendaSession> sessions, AgendaCalendarLabels labels, DateTimeOffset now)
    {
        var calendar = new Calendar
        {
            ProductId = "-//TechconnectEvent//Agenda//" + CultureInfo.CurrentUICulture.TwoLetterISOLanguageName.ToUpperInvariant(),
            Method = "PUBLISH",
        };
        calendar.AddProperty("X-WR-CALNAME", agenda.Edition.Name);
        calendar.AddProperty("X-WR-TIMEZONE", agenda.Edition.TimeZoneId);
        var first = agenda.Edition.StartDate.ToDateTime(TimeOnly.MinValue);
        calendar.AddTimeZone(agenda.Edition.TimeZoneId, first, includeHistoricalData: false);
        var stamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId);
        foreach (var session in sessions)
        {
            calendar.Events.Add(Event(agenda, session, labels, stamp));
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(AgendaModel agenda, AgendaSession session, AgendaCalendarLabels labels, CalDateTime stamp)
    {
        var zone = agenda.Edition.TimeZoneId;
        var summary = session.Title;
        if (session.IsCancelled)
        {
            summary = string.Format(CultureInfo.CurrentCulture, labels.CancelledFormat, summary);
        }
        return new CalendarEvent
        {
            Uid = Uid(session.Id),
            Sequence = session.Sequence,
            DtStamp = stamp,
            DtStart = new CalDateTime(session.StartsAt.DateTime, zone),
            DtEnd = new CalDateTime(session.EndsAt.DateTime, zone),
            Summary = summary,
            Description = Description(session, labels),
            Location = Location(agenda, session),
            Status = session.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Categories = session.Topic is null ? [labels.Kind(session.Kind)] : [labels.Kind(session.Kind), session.Topic.Name],
        };
    }

    private static string Description(AgendaSession session, AgendaCalendarLabels labels)
    {
        var text = new StringBuilder();
        if (session.IsCancelled && !string.IsNullOrWhiteSpace(session.CancellationReason))
        {
            text.AppendLine(session.CancellationReason);
            text.AppendLine();
        }
        if (!string.IsNullOrWhiteSpace(session.Description))
        {
            text.AppendLine(session.Description);
        }
        if (session.Chairs.Count > 0)
        {
            text.AppendLine().Append(labels.Chairs).Append(": ").AppendLine(string.Join(", ", session.Chairs));
        }
        if (session.Speakers.Count > 0)
        {
            text.AppendLine().Append(labels.Speakers).AppendLine(":");
            foreach (var speaker in session.Speakers)
            {
                text.Append("- ").AppendLine(AgendaText.Speaker(speaker));
            }
        }
        return text.ToString().TrimEnd();
    }

    private static string Location(AgendaModel agenda, AgendaSession session) =>
        string.Join(", ", new[] { session.Room?.Name, session.Room?.LocationNote, agenda.Edition.Venue }
            .Where(part => !string.IsNullOrWhiteSpace(part)));
}
