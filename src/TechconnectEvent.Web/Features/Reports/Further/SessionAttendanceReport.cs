using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SkiaSharp;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Reports.Further;

/// <summary>One published session with its audience; <see cref="Capacity"/> is the session's seats, else its room's.</summary>
public sealed record SessionAttendanceRow(
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Title, string Topic, string Room, string Chairs, int Expected, int Attended, int Capacity);

public sealed record SessionAttendanceDay(DateOnly Date, IReadOnlyList<SessionAttendanceRow> Sessions)
{
    public int Expected => Sessions.Sum(s => s.Expected);
    public int Attended => Sessions.Sum(s => s.Attended);
    public int Capacity => Sessions.Sum(s => s.Capacity);
}

/// <summary>Published sessions by day and start time, in a fixed number of queries whatever the number of sessions.</summary>
public sealed class SessionAttendanceQuery(IDbContextFactory<EventDbContext> dbFactory, ISessionAudience audience)
{
    public async Task<IReadOnlyList<SessionAttendanceDay>> ForEditionAsync(Edition edition, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Drafts never ran and cancelled sessions did not take place: a post-event sheet lists what was held.
        var sessions = await db.ForumSessions.AsNoTracking()
            .Where(s => s.EditionId == edition.Id && s.Status == SessionStatus.Published)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Title, s.TopicId, s.RoomId, s.StartsAt, s.EndsAt, s.Capacity })
            .ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var chairs = (await (
                from c in db.SessionChairs
                where ids.Contains(c.SessionId)
                join u in db.Users on c.UserId equals u.Id
                select new { c.SessionId, Name = u.DisplayName ?? u.Email ?? u.UserName })
            .ToListAsync(cancellationToken))
            .ToLookup(c => c.SessionId, c => c.Name ?? "");
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EditionId == edition.Id).ToDictionaryAsync(r => r.Id, cancellationToken);
        var topics = await db.Topics.AsNoTracking().Where(t => t.EditionId == edition.Id).ToDictionaryAsync(t => t.Id, cancellationToken);
        var counts = await audience.CountAsync(edition.Id, ids, cancellationToken);

        return sessions
            .Select(s =>
            {
                var room = s.RoomId is { } roomId ? rooms.GetValueOrDefault(roomId) : null;
                var topic = s.TopicId is { } topicId ? topics.GetValueOrDefault(topicId) : null;
                var count = counts.GetValueOrDefault(s.Id, SessionAudienceCount.None);
                return new SessionAttendanceRow(
                    s.StartsAt, s.EndsAt, s.Title.For(culture), topic?.Name.For(culture) ?? "", room?.Name.For(culture) ?? "",
                    string.Join(", ", chairs[s.Id].Order(StringComparer.Create(culture, false))),
                    count.Expected, count.Attended, s.Capacity ?? room?.Capacity ?? 0);
            })
            .GroupBy(r => DateOnly.FromDateTime(EditionClock.ToLocal(r.StartsAt, edition.TimeZoneId).Date))
            .Select(g => new SessionAttendanceDay(g.Key, g.ToList()))
            .ToList();
    }
}

public static class SessionAttendanceReport
{
    private static readonly SKColor TotalsBackground = new(0xF5, 0xF5, 0xF5);

    public static void Render(
        IReadOnlyList<SessionAttendanceDay> days, ReportFrame frame, string timeZoneId, IStringLocalizer<SharedResource> localizer,
        PdfFontProvider fonts, CultureInfo culture, Stream output, Action<int, int>? report = null)
    {
        var total = days.Count + 2;
        report?.Invoke(0, total);
        var composer = frame.Start(fonts, PdfPageSize.A4Landscape);
        if (days.Count == 0)
        {
            composer.Paragraph(localizer["Reports.SessionAttendance.Empty"]);
        }
        var columns = new PdfTableColumn[]
        {
            new(localizer["Reports.SessionAttendance.Time"], PdfColumnWidth.Fixed(62)),
            new(localizer["Reports.SessionAttendance.Session"], PdfColumnWidth.Relative(2.2f)),
            new(localizer["Reports.SessionAttendance.Topic"], PdfColumnWidth.Relative(1)),
            new(localizer["Reports.SessionAttendance.Room"], PdfColumnWidth.Relative(0.9f)),
            new(localizer["Reports.SessionAttendance.Chairs"], PdfColumnWidth.Relative(1.1f)),
            new(localizer["Reports.SessionAttendance.Expected"], PdfColumnWidth.Fixed(52), PdfAlignment.Right),
            new(localizer["Reports.SessionAttendance.Attended"], PdfColumnWidth.Fixed(52), PdfAlignment.Right),
            new(localizer["Reports.SessionAttendance.Capacity"], PdfColumnWidth.Fixed(52), PdfAlignment.Right),
            new(localizer["Reports.Rate"], PdfColumnWidth.Fixed(52), PdfAlignment.Right),
        };
        var done = 0;
        foreach (var day in days)
        {
            var rows = day.Sessions.Select(s => new PdfTableRow(
                    $"{Time(s.StartsAt, timeZoneId, culture)}–{Time(s.EndsAt, timeZoneId, culture)}", s.Title, s.Topic, s.Room, s.Chairs,
                    Count(s.Expected), Count(s.Attended), Count(s.Capacity), ReportNumbers.Rate(s.Attended, s.Capacity, culture)))
                .ToList();
            rows.Add(Totals(localizer["Reports.SessionAttendance.DayTotal"], day.Expected, day.Attended, day.Capacity, culture));
            composer.Heading(localizer["Reports.SessionAttendance.Day", day.Date.ToString("D", culture)], 2).Table(columns, rows).Spacer(6);
            report?.Invoke(++done, total);
        }
        if (days.Count > 0)
        {
            var overall = Totals(localizer["ZonesReport.Total"], days.Sum(d => d.Expected), days.Sum(d => d.Attended), days.Sum(d => d.Capacity), culture);
            composer.Table(columns, [overall]);
        }
        using (var layout = composer.Layout())
        {
            report?.Invoke(total - 1, total);
            layout.WritePdf(output);
        }
        report?.Invoke(total, total);

        string Count(int value) => ReportNumbers.Count(value, culture);
    }

    private static PdfTableRow Totals(string label, int expected, int attended, int capacity, CultureInfo culture) =>
        new(label, "", "", "", "", ReportNumbers.Count(expected, culture), ReportNumbers.Count(attended, culture), ReportNumbers.Count(capacity, culture),
            ReportNumbers.Rate(attended, capacity, culture))
        { Bold = true, Background = TotalsBackground };

    private static string Time(DateTimeOffset instant, string timeZoneId, CultureInfo culture) =>
        EditionClock.ToLocal(instant, timeZoneId).ToString("HH:mm", culture);
}
