using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.CheckIns.Dashboard;

/// <summary>
/// The dashboard's figures, counted by the database: every query groups on the server and returns a handful of rows,
/// whatever the number of registrations and check-ins. Only entry through the gates counts (session doors do not).
/// </summary>
public sealed class CheckInCounts(IDbContextFactory<EventDbContext> dbFactory, TimeProvider time) : ICheckInCounts
{
    private static readonly long QuarterHour = TimeSpan.FromMinutes(15).Ticks;

    /// <returns>The snapshot, or null when the edition does not exist.</returns>
    public async Task<CheckInSnapshot?> SnapshotAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await db.Editions.AsNoTracking().Where(e => e.Id == editionId)
            .Select(e => new CheckInRules.ScanEdition(e.Id, e.StartDate, e.EndDate, e.TimeZoneId))
            .FirstOrDefaultAsync(cancellationToken);
        if (edition is null)
        {
            return null;
        }
        var now = time.GetUtcNow();
        var day = CheckInRules.DayIndex(edition, now);
        // -1 matches no day, so the "today" columns of the grouped queries stay zero outside the edition's days.
        var dayIndex = day ?? -1;
        var dayBit = day is { } d ? 1 << d : 0;

        var categories = await db.RegistrationCategories.AsNoTracking().Where(c => c.EditionId == editionId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        var registered = await db.Registrations.AsNoTracking()
            .Where(r => r.EditionId == editionId && r.Status == RegistrationStatus.Confirmed)
            .GroupBy(r => r.CategoryId)
            .Select(g => new
            {
                g.Key,
                All = g.Count(),
                // No days recorded means no day is refused at the gate (CheckInRules), so such a person is expected every day.
                Today = g.Count(r => r.DaysMask == 0 || (r.DaysMask & dayBit) != 0),
            })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var admitted = await (
                from c in db.CheckIns.AsNoTracking()
                where c.EditionId == editionId && c.Scope == CheckIn.FairEntry
                join r in db.Registrations.AsNoTracking() on c.RegistrationId equals r.Id
                group new { c.RegistrationId, c.DayIndex } by r.CategoryId into g
                select new
                {
                    g.Key,
                    People = g.Select(x => x.RegistrationId).Distinct().Count(),
                    Admissions = g.Count(),
                    Today = g.Count(x => x.DayIndex == dayIndex),
                })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var gates = await (
                from c in db.CheckIns.AsNoTracking()
                where c.EditionId == editionId && c.Scope == CheckIn.FairEntry
                group c by c.ScanPointId into g
                select new { g.Key, All = g.Count(), Today = g.Count(c => c.DayIndex == dayIndex) })
            .ToListAsync(cancellationToken);
        var gateIds = gates.Select(g => g.Key).ToList();
        var gateNames = await db.ScanPoints.AsNoTracking().Where(p => p.EditionId == editionId && (p.Kind == ScanPointKind.Gate || gateIds.Contains(p.Id)))
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Code).Select(p => new { p.Id, p.Code, p.Name }).ToListAsync(cancellationToken);
        var hours = await HoursAsync(db, editionId, edition.TimeZoneId, cancellationToken);
        var todayDate = day is { } index ? edition.StartDate.AddDays(index) : (DateOnly?)null;
        var refusals = await RefusalsAsync(db, editionId, edition.TimeZoneId, todayDate, cancellationToken);

        CheckInView View(bool today)
        {
            var byCategory = categories.Select(c =>
            {
                var a = admitted.GetValueOrDefault(c.Id);
                var r = registered.GetValueOrDefault(c.Id);
                return new CategoryCount(c.Id, c.Code, c.Name, c.Colour,
                    today ? a?.Today ?? 0 : a?.People ?? 0,
                    today ? r?.Today ?? 0 : r?.All ?? 0);
            }).ToList();
            var byGate = gateNames.Select(p =>
            {
                var g = gates.FirstOrDefault(x => x.Key == p.Id);
                return new GateCount(p.Id, p.Code, p.Name, today ? g?.Today ?? 0 : g?.All ?? 0);
            }).ToList();
            var byHour = today ? FillGaps(hours.Where(h => h.Date == todayDate)) : FillGaps(hours);
            var admissions = today ? admitted.Values.Sum(a => a.Today) : admitted.Values.Sum(a => a.Admissions);
            var refused = refusals.Where(r => !today || r.Today > 0)
                .Select(r => new RefusalCount(r.Reason, today ? r.Today : r.All)).OrderByDescending(r => r.Count).ToList();
            return new CheckInView(byCategory.Sum(c => c.CheckedIn), admissions, byCategory.Sum(c => c.Registered),
                byCategory, byHour, byGate, refused);
        }

        return new CheckInSnapshot(editionId, edition.TimeZoneId, now, day, todayDate, day is null ? null : View(today: true), View(today: false));
    }

    /// <summary>
    /// Admissions per hour of the edition's time zone. SQLite stores instants as UTC ticks, so the database groups by
    /// UTC quarter hour (every time zone's offset is a whole number of quarter hours) and the few buckets are folded
    /// into local hours here, daylight saving included.
    /// </summary>
    private static async Task<List<HourCount>> HoursAsync(EventDbContext db, int editionId, string timeZoneId, CancellationToken cancellationToken)
    {
        var buckets = await db.Database.SqlQuery<TickBucket>(
                $"""
                 SELECT "At" / {QuarterHour} AS "Bucket", COUNT(*) AS "Count" FROM "CheckIns"
                 WHERE "EditionId" = {editionId} AND "Scope" = {CheckIn.FairEntry}
                 GROUP BY "Bucket"
                 """)
            .ToListAsync(cancellationToken);
        return buckets
            .Select(b => (Local: EditionClock.ToLocal(new DateTimeOffset(b.Bucket * QuarterHour, TimeSpan.Zero), timeZoneId), b.Count))
            .GroupBy(b => (Date: DateOnly.FromDateTime(b.Local.DateTime), b.Local.Hour))
            .Select(g => new HourCount(g.Key.Date, g.Key.Hour, g.Sum(b => b.Count)))
            .OrderBy(h => h.Date).ThenBy(h => h.Hour)
            .ToList();
    }

    /// <summary>Refused scans (invalid or not allowed) by reason, in all and on the given day of the edition's time zone.</summary>
    private static async Task<List<RefusalRow>> RefusalsAsync(EventDbContext db, int editionId, string timeZoneId, DateOnly? today, CancellationToken cancellationToken)
    {
        // Outside the edition's days an empty window keeps the "today" column at zero.
        var (from, until) = today is { } date ? EditionDay.Bounds(date, timeZoneId) : (DateTimeOffset.MaxValue, DateTimeOffset.MaxValue);
        var rows = await db.ScanLog.AsNoTracking()
            .Where(s => s.EditionId == editionId && (s.Status == ScanStatus.Invalid || s.Status == ScanStatus.NotAllowed))
            .GroupBy(s => s.Reason)
            .Select(g => new { g.Key, All = g.Count(), Today = g.Count(s => s.At >= from && s.At < until) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new RefusalRow(r.Key, r.All, r.Today)).ToList();
    }

    /// <summary>Hours without admissions between the first and the last of each day, so the bars read as a timeline.</summary>
    private static List<HourCount> FillGaps(IEnumerable<HourCount> hours) =>
        hours.GroupBy(h => h.Date).OrderBy(g => g.Key).SelectMany(day =>
        {
            var byHour = day.ToDictionary(h => h.Hour, h => h.CheckIns);
            var first = byHour.Keys.Min();
            var last = byHour.Keys.Max();
            return Enumerable.Range(first, last - first + 1).Select(hour => new HourCount(day.Key, hour, byHour.GetValueOrDefault(hour)));
        }).ToList();

    private sealed record RefusalRow(ScanReason Reason, int All, int Today);

    /// <summary>One row of the raw hour query.</summary>
    internal sealed record TickBucket(long Bucket, int Count);
}
