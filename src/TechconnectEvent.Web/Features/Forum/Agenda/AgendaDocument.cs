using System.Globalization;
using SkiaSharp;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.Web.Features.Forum.Agenda;

/// <summary>Every text of the programme PDF that is not data, in the request's language.</summary>
public sealed record AgendaDocumentLabels(
    string Title,
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
    private static readonly PdfTextStyle TitleStyle = PdfTextStyle.Body.WithBold();
    private static readonly PdfTextStyle DetailStyle = new(9, Color: Muted);
    private static readonly PdfTextStyle SpeakerStyle = new(9);

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
                composer.Heading(heading, 3);
                foreach (var session in agenda.Sessions.Where(s => s.Day == day && s.Room?.Id == room?.Id))
                {
                    Session(composer, session, labels, culture);
                }
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

    /// <summary>
    /// A session as flowing paragraphs rather than a table row: its title gets the full width (long Vietnamese
    /// forum titles stay on one line) and the text reads, and extracts, in order.
    /// </summary>
    private static void Session(PdfComposer composer, AgendaSession session, AgendaDocumentLabels labels, CultureInfo culture)
    {
        var title = session.IsCancelled ? string.Format(culture, labels.CancelledFormat, session.Title) : session.Title;
        composer.Paragraph($"{AgendaText.Times(session, culture)}   {title}", TitleStyle);
        foreach (var line in Details(session, labels, culture))
        {
            composer.Paragraph(line, DetailStyle);
        }
        foreach (var speaker in session.Speakers)
        {
            composer.Paragraph("• " + AgendaText.Speaker(speaker), SpeakerStyle);
        }
        composer.Spacer(4);
    }

    private static List<string> Details(AgendaSession session, AgendaDocumentLabels labels, CultureInfo culture)
    {
        var lines = new List<string>(2)
        {
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
        return lines;
    }
}
