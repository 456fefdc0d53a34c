using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Reports.PostEvent;

/// <summary>
/// The post-event figures from grouped, provider-neutral queries. Fair-gate admissions are read once as
/// (person, day, instant) and grouped here: local hours and half hours depend on the edition's time zone, which the
/// database cannot apply portably, and an edition has at most a few tens of thousands of admissions.
/// </summary>
public sealed partial class PostEventFigureQuery(
    IDbContextFactory<EventDbContext> dbFactory, ZoneBoothCounts zoneCounts, ISessionAudience audience, TimeProvider time) : IPostEventFigures
{
    public async Task<PostEventFigures?> ComputeAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == editionId, cancellationToken);
        if (edition is null)
        {
            return null;
        }
        var now = time.GetUtcNow();
        var sections = await SectionsAsync(db, edition, cancellationToken);
        var previousEdition = await db.Editions.AsNoTracking()
            .Where(e => e.StartDate < edition.StartDate)
            .OrderByDescending(e => e.StartDate).ThenByDescending(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        PreviousEditionFigures? previous = null;
        if (previousEdition is not null)
        {
            var earlier = await SectionsAsync(db, previousEdition, cancellationToken);
            previous = new PreviousEditionFigures(previousEdition.Id, previousEdition.Year, previousEdition.Name, earlier.Headlines);
        }
        var reportEdition = new ReportEdition(edition.Id, edition.Year, edition.Name, edition.Theme, edition.Venue, edition.Province,
            edition.StartDate, edition.EndDate, edition.TimeZoneId);
        return new PostEventFigures(reportEdition, now, sections.Attendance, sections.Exhibition, sections.Forum, sections.Connections,
            sections.Headlines, previous);
    }

    private sealed record Sections(
        AttendanceFigures Attendance, ExhibitionFigures Exhibition, ForumFigures Forum, ConnectionFigures Connections)
    {
        public HeadlineFigures Headlines => new(
            Attendance.Registered, Attendance.CheckedIn, Exhibition.Booths, Exhibition.AllocatedBooths, Exhibition.Exhibitors,
            Exhibition.Technologies, Forum.SessionsHeld, Forum.Attendance, Connections.Held, Connections.MousSigned);
    }

    private async Task<Sections> SectionsAsync(EventDbContext db, Edition edition, CancellationToken cancellationToken) => new(
        await AttendanceAsync(db, edition, cancellationToken),
        await ExhibitionAsync(db, edition.Id, cancellationToken),
        await ForumAsync(db, edition.Id, cancellationToken),
        await ConnectionsAsync(db, edition.Id, cancellationToken));

    private static async Task<AttendanceFigures> AttendanceAsync(EventDbContext db, Edition edition, CancellationToken cancellationToken)
    {
        var editionId = edition.Id;
        var categories = await db.RegistrationCategories.AsNoTracking().Where(c => c.EditionId == editionId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        var confirmed = db.Registrations.AsNoTracking()
            .Where(r => r.EditionId == editionId && r.Status == RegistrationStatus.Confirmed);
        var registeredByCategory = await confirmed.GroupBy(r => r.CategoryId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var registeredByMask = await confirmed.GroupBy(r => r.DaysMask)
            .Select(g => new { Mask = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        // As the check-in dashboard counts them: every fair-gate admission, whatever the registration's status since.
        var admissions = await (
                from c in db.CheckIns.AsNoTracking()
                where c.EditionId == editionId && c.Scope == CheckIn.FairEntry
                join r in db.Registrations.AsNoTracking() on c.RegistrationId equals r.Id
                select new Admission(c.RegistrationId, r.CategoryId, c.DayIndex, c.At))
            .ToListAsync(cancellationToken);

        var checkedInByCategory = admissions.GroupBy(a => a.CategoryId)
            .ToDictionary(g => g.Key, g => g.Select(a => a.RegistrationId).Distinct().Count());
        var byCategory = categories.Select(c => new CategoryAttendance(c.Id, c.Code, c.Name, c.Colour,
                c.Code == RegistrationCategoryDefaults.Visitor,
                registeredByCategory.GetValueOrDefault(c.Id), checkedInByCategory.GetValueOrDefault(c.Id)))
            .ToList();
        var days = Math.Max(0, edition.EndDate.DayNumber - edition.StartDate.DayNumber + 1);
        var byDay = Enumerable.Range(0, days).Select(day => new DayAttendance(day, edition.StartDate.AddDays(day),
                // No days recorded means every day is allowed at the gate (CheckInRules), so such a person is expected every day.
                registeredByMask.Where(m => m.Mask == 0 || (m.Mask & (1 << day)) != 0).Sum(m => m.Count),
                admissions.Where(a => a.DayIndex == day).Select(a => a.RegistrationId).Distinct().Count()))
            .ToList();
        var local = admissions.Select(a => EditionClock.ToLocal(a.At, edition.TimeZoneId)).ToList();
        return new AttendanceFigures(
            registeredByCategory.Values.Sum(),
            admissions.Select(a => a.RegistrationId).Distinct().Count(),
            admissions.Count,
            byCategory,
            byDay,
            Hours(local),
            Peak(local));
    }

    private sealed record Admission(int RegistrationId, int CategoryId, int DayIndex, DateTimeOffset At);

    /// <summary>Every hour from each day's first to its last admission, quiet hours as zeros so a line chart reads true.</summary>
    internal static IReadOnlyList<HourlyAdmissions> Hours(IReadOnlyCollection<DateTimeOffset> local)
    {
        var result = new List<HourlyAdmissions>();
        foreach (var day in local.GroupBy(t => DateOnly.FromDateTime(t.DateTime)).OrderBy(g => g.Key))
        {
            var counts = day.GroupBy(t => t.Hour).ToDictionary(g => g.Key, g => g.Count());
            for (var hour = counts.Keys.Min(); hour <= counts.Keys.Max(); hour++)
            {
                result.Add(new HourlyAdmissions(day.Key, hour, counts.GetValueOrDefault(hour)));
            }
        }
        return result;
    }

    /// <summary>The busiest half hour; on a tie the earliest, so the answer does not depend on grouping order.</summary>
    internal static PeakSlot? Peak(IReadOnlyCollection<DateTimeOffset> local) =>
        local.GroupBy(t => (Date: DateOnly.FromDateTime(t.DateTime), Start: new TimeOnly(t.Hour, t.Minute < 30 ? 0 : 30)))
            .Select(g => new PeakSlot(g.Key.Date, g.Key.Start, g.Count()))
            .OrderByDescending(s => s.Admissions).ThenBy(s => s.Date).ThenBy(s => s.Start)
            .FirstOrDefault();
}
