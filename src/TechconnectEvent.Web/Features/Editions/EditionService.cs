using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Editions;

public sealed partial class EditionService(IDbContextFactory<EventDbContext> dbFactory, TimeProvider time, ICurrentActor actors)
{
    /// <summary>
    /// The edition the signed-in person is working on (chosen in the app bar), else the current one. Organiser and
    /// staff pages, exports and PDFs use this; public pages use <see cref="GetCurrentAsync"/>.
    /// </summary>
    public async Task<Edition?> GetWorkingAsync(CancellationToken cancellationToken = default)
    {
        var actor = await actors.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (actor.UserId is { } userId)
        {
            var working = await db.Users.Where(u => u.Id == userId)
                .Join(db.Editions, u => u.WorkingEditionId, e => (int?)e.Id, (_, e) => e)
                .AsNoTracking()
                .FirstOrDefaultAsync(cancellationToken);
            if (working is not null)
            {
                return working;
            }
        }
        return await CurrentQuery(db).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The edition marked current, else the latest by year; null when there is none yet.</summary>
    public async Task<Edition?> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await CurrentQuery(db).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// What the public site shows: the current edition, or with <paramref name="year"/> that year's edition — never
    /// a draft, which has nothing to show yet. Null when there is no such edition.
    /// </summary>
    public async Task<Edition?> GetPublicAsync(int? year, CancellationToken cancellationToken = default)
    {
        if (year is null)
        {
            return await GetCurrentAsync(cancellationToken);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Editions.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Year == year && e.Status != EditionStatus.Draft, cancellationToken);
    }

    /// <summary>Years the public may browse (every edition but drafts), newest first.</summary>
    public async Task<IReadOnlyList<int>> ListPublicYearsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Editions.AsNoTracking().Where(e => e.Status != EditionStatus.Draft)
            .OrderByDescending(e => e.Year).Select(e => e.Year).ToListAsync(cancellationToken);
    }

    /// <summary>The public current edition at a glance (the home page).</summary>
    public async Task<EditionOverview?> GetCurrentOverviewAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await CurrentQuery(db).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return edition is null ? null : await OverviewAsync(db, edition, cancellationToken);
    }

    /// <summary>The edition the organiser works on at a glance (the dashboard).</summary>
    public async Task<EditionOverview?> GetWorkingOverviewAsync(CancellationToken cancellationToken = default)
    {
        var edition = await GetWorkingAsync(cancellationToken);
        if (edition is null)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await OverviewAsync(db, edition, cancellationToken);
    }

    private async Task<EditionOverview> OverviewAsync(EventDbContext db, Edition edition, CancellationToken cancellationToken)
    {
        var zoneKinds = await db.Zones.Where(z => z.EditionId == edition.Id && !z.IsArchived)
            .GroupBy(z => z.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var boothStatuses = await db.Booths.Where(b => b.EditionId == edition.Id)
            .GroupBy(BoothHoldExpiry.Status(time.GetUtcNow()))
            .Select(g => new BoothStatusCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        // Organisations are shared by every year: count those that applied to this edition.
        var organizations = await db.ExhibitorApplications.Where(a => a.EditionId == edition.Id)
            .Select(a => a.OrganizationId).Distinct().CountAsync(cancellationToken);

        return new EditionOverview(
            edition.Id, edition.Year, edition.Name, edition.Theme, edition.Venue, edition.Province,
            edition.StartDate, edition.EndDate, edition.TimeZoneId, edition.Status,
            ZoneCount: zoneKinds.Where(k => k.Kind == ZoneKind.FunctionalZone).Sum(k => k.Count),
            DemonstrationAreaCount: zoneKinds.Where(k => k.Kind == ZoneKind.DemonstrationArea).Sum(k => k.Count),
            BoothCount: boothStatuses.Sum(s => s.Count),
            OrganizationCount: organizations,
            BoothsByStatus: boothStatuses.OrderBy(s => s.Status).ToList());
    }

    /// <summary>The current edition first, else the latest by year.</summary>
    internal static IQueryable<Edition> CurrentQuery(EventDbContext db) =>
        db.Editions.OrderByDescending(e => e.IsCurrent).ThenByDescending(e => e.Year);
}
