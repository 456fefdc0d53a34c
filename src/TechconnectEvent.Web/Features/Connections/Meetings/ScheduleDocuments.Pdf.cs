using System.Globalization;
using SkiaSharp;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.Web.Features.Connections.Meetings;

/// <summary>The schedules as A4 PDFs in the request's language, times in the edition's time zone.</summary>
public sealed partial class ScheduleDocuments
{
    private const float NumberBoxHeight = 200;
    private static readonly PdfPageSetup Page = PdfPageSetup.A4Portrait with { Margins = PdfMargins.Uniform(42.5f) };
    private static readonly SKColor Muted = new(0x54, 0x6E, 0x7A);
    private static readonly PdfTextStyle MutedStyle = PdfTextStyle.Body with { Color = Muted };
    // The number must be read from across the hall: as big as one line of the page's width allows.
    private static readonly PdfTextStyle NumberStyle = new(160, Bold: true);
    private static readonly PdfFitOptions NumberFit = new(48, MaxLines: 1, PdfAlignment.Centre) { CentreVertically = true };
    private static readonly PdfTextStyle PlaceStyle = new(26, Bold: true);
    private static readonly PdfTextStyle LinkStyle = new(14);
    private static readonly PdfTextStyle WhenStyle = PdfTextStyle.Heading3;

    /// <summary>Null when the organisation does not exist.</summary>
    public async Task<byte[]?> OrganizationPdfAsync(Edition edition, int organizationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var schedule = await LoadOrganizationAsync(edition.Id, organizationId, cancellationToken);
        return schedule is null ? null : RenderOrganization(edition, schedule, CultureInfo.CurrentCulture);
    }

    public async Task<byte[]> TablesPdfAsync(Edition edition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return RenderSigns(edition, await LoadTablesAsync(edition.Id, cancellationToken), CultureInfo.CurrentCulture);
    }

    /// <summary>Null when the table is not one of the edition's.</summary>
    public async Task<byte[]?> TablePdfAsync(Edition edition, int tableId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var sign = await LoadTableAsync(edition.Id, tableId, cancellationToken);
        return sign is null ? null : RenderSigns(edition, [sign], CultureInfo.CurrentCulture);
    }

    public byte[] RenderOrganization(Edition edition, OrganizationSchedule schedule, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(schedule);
        var title = text["Meetings.Pdf.OrganizationTitle"].Value;
        var now = time.GetUtcNow();
        var composer = new PdfComposer(fonts, Page, new PdfDocumentInfo($"{title} – {schedule.OrganizationName}", now) { Subject = Subtitle(edition, culture) })
            .Header(edition.Name.For(culture), EditionClock.FormatDateRange(edition.StartDate, edition.EndDate, culture))
            .Footer(text["ZonesReport.PageNumber"], text["ZonesReport.GeneratedAt", EditionClock.Format(now, edition.TimeZoneId, culture)])
            .Heading(title)
            .Heading(schedule.OrganizationName, 2)
            .Paragraph(Subtitle(edition, culture), MutedStyle);
        if (schedule.Scheduled.Count == 0)
        {
            composer.Paragraph(text[schedule.Unscheduled.Count == 0 ? "Meetings.Pdf.NoMeetings" : "Meetings.Pdf.NoneScheduled"]);
        }
        foreach (var meeting in schedule.Scheduled)
        {
            Scheduled(composer, edition, meeting, culture);
        }
        if (schedule.Unscheduled.Count > 0)
        {
            var columns = new PdfTableColumn[]
            {
                new(text["Meetings.Pdf.Counterpart"], PdfColumnWidth.Relative(1.2f)),
                new(text["Meetings.Pdf.Subject"], PdfColumnWidth.Relative()),
            };
            composer.Spacer(6).Heading(text["Meetings.Pdf.Unscheduled"], 2)
                .Paragraph(text["Meetings.Pdf.UnscheduledNote"], MutedStyle)
                .Table(columns, [.. schedule.Unscheduled.Select(m => new PdfTableRow(Who(m.Counterpart, m.CounterpartContact), m.Subject ?? ""))]);
        }
        return composer.Render();
    }

    /// <summary>
    /// A meeting as a few full-width lines rather than a table row, so that an online table's link prints unbroken
    /// and every meeting reads on its own: when, where, with whom, about what.
    /// </summary>
    private void Scheduled(PdfComposer composer, Edition edition, OrganizationMeeting meeting, CultureInfo culture)
    {
        var (day, hours) = Local(meeting.Slot!, edition, culture);
        composer.Rule()
            .Paragraph(text["Meetings.Pdf.When", meeting.Slot!.RoundNumber, day, hours], WhenStyle)
            .Paragraph(Where(meeting.Place!), PdfTextStyle.Body.WithBold())
            .Paragraph(text["Meetings.Pdf.With", Who(meeting.Counterpart, meeting.CounterpartContact, " – ")]);
        if (!string.IsNullOrWhiteSpace(meeting.Subject))
        {
            composer.Paragraph(text["Meetings.Pdf.About", meeting.Subject], MutedStyle);
        }
    }

    /// <summary>One A4 page per table; no header, so that the number stands alone at the top of the sheet.</summary>
    public byte[] RenderSigns(Edition edition, IReadOnlyList<TableSign> signs, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(signs);
        var title = text["Meetings.Pdf.TablesTitle"].Value;
        var now = time.GetUtcNow();
        var composer = new PdfComposer(fonts, Page, new PdfDocumentInfo(title, now) { Subject = Subtitle(edition, culture) })
            .Footer(null, $"{Subtitle(edition, culture)} · {text["ZonesReport.GeneratedAt", EditionClock.Format(now, edition.TimeZoneId, culture)]}");
        if (signs.Count == 0)
        {
            return composer.Heading(title).Paragraph(text["Meetings.Pdf.NoTables"]).Render();
        }
        foreach (var sign in signs)
        {
            Sign(composer, edition, sign, culture);
        }
        return composer.Render();
    }

    private void Sign(PdfComposer composer, Edition edition, TableSign sign, CultureInfo culture)
    {
        var number = text["Meetings.TableNumber", sign.Place.Number].Value;
        // Every sign starts a page, so the number's box is the top of the body, where the flow then resumes below it.
        composer.PageBreak()
            .Absolute(SKRect.Create(Page.Margins.Left, Page.Margins.Top, Page.ContentWidth, NumberBoxHeight),
                (canvas, box) => canvas.FitText(number, NumberStyle, box, NumberFit))
            .Spacer(NumberBoxHeight);
        if (sign.Place.IsOnline)
        {
            composer.Paragraph(text["Meetings.Online"], PlaceStyle, PdfAlignment.Centre);
            if (!string.IsNullOrWhiteSpace(sign.Place.MeetingLink))
            {
                composer.Paragraph(sign.Place.MeetingLink, LinkStyle, PdfAlignment.Centre);
            }
        }
        else if (!string.IsNullOrWhiteSpace(sign.Place.Location))
        {
            composer.Paragraph(sign.Place.Location, PlaceStyle, PdfAlignment.Centre);
        }
        composer.Paragraph(Subtitle(edition, culture), MutedStyle, PdfAlignment.Centre)
            .Rule(1.5f)
            .Heading(text["Meetings.Pdf.TableMeetings"], 2);
        if (sign.Meetings.Count == 0)
        {
            composer.Paragraph(text["Meetings.Pdf.TableEmpty"]);
            return;
        }
        var columns = new PdfTableColumn[]
        {
            new(text["Meetings.Round"], PdfColumnWidth.Fixed(48), PdfAlignment.Centre),
            new(text["Meetings.Pdf.Time"], PdfColumnWidth.Fixed(96)),
            new(text["Meetings.Parties"], PdfColumnWidth.Relative()),
            new("", PdfColumnWidth.Relative()),
        };
        // Larger than a report's table: staff and visitors read it standing in front of the table.
        var table = new PdfTable(columns, [.. sign.Meetings.Select(m => new PdfTableRow(
            m.Slot.RoundNumber.ToString(culture), Times(m.Slot, edition, culture), Who(m.OrganizationA, m.ContactA), Who(m.OrganizationB, m.ContactB)))])
        {
            BodyStyle = new PdfTextStyle(11),
            HeaderStyle = new PdfTextStyle(11, Bold: true),
        };
        composer.Table(table);
    }

    /// <summary>"Bàn 7 · Trực tuyến · https://…" or "Bàn 3 · Khu kết nối, dãy B".</summary>
    private string Where(SchedulePlace place) => string.Join(" · ",
        new[] { text["Meetings.TableNumber", place.Number].Value, place.IsOnline ? text["Meetings.Online"].Value : null, place.IsOnline ? place.MeetingLink : place.Location }
            .Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Who(string organization, string contact, string separator = "\n") =>
        string.IsNullOrWhiteSpace(contact) ? organization : organization + separator + contact;

    /// <summary>The day and the local start and end: ("29/09/2023", "09:00–09:30").</summary>
    private static (string Day, string Hours) Local(ScheduleSlot slot, Edition edition, CultureInfo culture)
    {
        var start = EditionClock.ToLocal(slot.StartsAt, edition.TimeZoneId);
        var end = EditionClock.ToLocal(slot.EndsAt, edition.TimeZoneId);
        return (start.ToString("d", culture), $"{start.ToString("t", culture)}–{end.ToString("t", culture)}");
    }

    private static string Times(ScheduleSlot slot, Edition edition, CultureInfo culture)
    {
        var (day, hours) = Local(slot, edition, culture);
        return $"{day}\n{hours}";
    }

    private static string Subtitle(Edition edition, CultureInfo culture) =>
        $"{edition.Name.For(culture)} · {EditionClock.FormatDateRange(edition.StartDate, edition.EndDate, culture)}";
}
