using System.Globalization;
using SkiaSharp;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.Web.Features.Forum.Agenda;

/// <summary>Every text of the programme PDF that is not data, in the request's language.</summary>
public sealed record AgendaDocumentLabels(
    string Title,
    string Time,
    string Session,
    string Speakers,
    string NoRoom,
    string Empty,
    string PageNumberFormat,
    string GeneratedAt,
    string CancelledFormat,
    string UpdatedFormat,
    Func<SessionKind, string> Kind);

/// <summary>The programme PDF (A4 portrait): the public agenda day by day, then room by room, in time order.</summary>
public static class AgendaDocument
{
    private static readonly SKColor Muted = new(0x54, 0x6E, 0x7A);
    private static readonly SKColor CancelledBackground = new(0xF5, 0xF5, 0xF5);

    public static byte[] Render(AgendaModel agenda, AgendaDocumentLabels labels, PdfFontProvider fonts, DateTimeOffset now, CultureInfo culture) =>
        Compose(agenda, labels, fonts, now, culture).Render();

    internal static PdfComposer Compose(AgendaModel agenda, AgendaDocumentLabels labels, PdfFontProvider fonts, DateTimeOffset now, CultureInfo culture)
    {
        var edition = agenda.Edition;
        var dates = EditionClock.FormatDateRange(edition.StartDate, edition.EndDate, culture);
        var subtitle = $"{edition.Name} · {dates}";
        var composer = new PdfComposer(fonts, PdfPageSetup.A4Portrait, new PdfDocumentInfo(labels.Title, now) { Subject = subtitle })
            .Header(edition.Name, dates)
            .Footer(labels.PageNumberFormat, labels.GeneratedAt)
            .Heading(labels.Title)
            .Paragraph(string.Join(" · ", new[] { subtitle, edition.Venue }.Where(p => !string.IsNullOrWhiteSpace(p))),
                PdfTextStyle.Body with { Color = Muted });
        if (agenda.Sessions.Count == 0)
        {
            return composer.Paragraph(labels.Empty);
        }
        foreach (var day in agenda.Days)
        {
            composer.Spacer(6).Heading(AgendaText.Day(day, culture), 2);
            foreach (var room in Rooms(agenda, day))
            {
                var heading = room is null ? labels.NoRoom
                    : string.IsNullOrWhiteSpace(room.LocationNote) ? room.Name : $"{room.Name} ({room.LocationNote})";
                composer.Heading(heading, 3).Table(Table(agenda.Sessions.Where(s => s.Day == day && s.Room?.Id == room?.Id), labels, culture));
            }
        }
        return composer;
    }

    /// <summary>The day's rooms in the agenda's order, with "no room yet" last when a session has none.</summary>
    private static IEnumerable<AgendaRoom?> Rooms(AgendaModel agenda, DateOnly day)
    {
        var used = agenda.Sessions.Where(s => s.Day == day).ToList();
        foreach (var room in agenda.Rooms.Where(r => used.Any(s => s.Room?.Id == r.Id)))
        {
            yield return room;
        }
        if (used.Any(s => s.Room is null))
        {
            yield return null;
        }
    }

    private static PdfTable Table(IEnumerable<AgendaSession> sessions, AgendaDocumentLabels labels, CultureInfo culture)
    {
        var columns = new PdfTableColumn[]
        {
            // Wide enough for "10:00 AM – 11:30 AM" on one line at 9 pt.
            new(labels.Time, PdfColumnWidth.Fixed(92)),
            new(labels.Session, PdfColumnWidth.Relative(1.4f)),
            new(labels.Speakers, PdfColumnWidth.Relative(1)),
        };
        var rows = sessions.Select(session => new PdfTableRow(
                AgendaText.Times(session, culture),
                SessionCell(session, labels, culture),
                string.Join("\n", session.Speakers.Select(AgendaText.Speaker)))
            {
                Background = session.IsCancelled ? CancelledBackground : null,
            })
            .ToList();
        return new PdfTable(columns, rows);
    }

    private static string SessionCell(AgendaSession session, AgendaDocumentLabels labels, CultureInfo culture)
    {
        var lines = new List<string>(4)
        {
            session.IsCancelled ? string.Format(culture, labels.CancelledFormat, session.Title) : session.Title,
            session.Topic is null ? labels.Kind(session.Kind) : $"{labels.Kind(session.Kind)} · {session.Topic.Name}",
        };
        if (session.IsCancelled && !string.IsNullOrWhiteSpace(session.CancellationReason))
        {
            lines.Add(session.CancellationReason);
        }
        else if (session.UpdatedAt is { } updated)
        {
            lines.Add(string.Format(culture, labels.UpdatedFormat, updated.ToString("g", culture)));
        }
        return string.Join("\n", lines);
    }
}
