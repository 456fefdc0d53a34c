using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Home;

/// <summary>One edition's figures beside the previous edition's, for the organiser dashboard.</summary>
/// <param name="ApplicationsCutoff">
/// The day (in the previous edition's calendar) up to which its applications were counted: as many days before
/// its opening as today is before this edition's. Null when every application is counted (this edition has begun).
/// </param>
public sealed record EditionComparison(
    EditionFigureSet This,
    EditionFigureSet? Previous,
    DateOnly? ApplicationsCutoff);

public sealed record EditionFigureSet(int Year, int Booths, int Exhibitors, int Applications);

/// <summary>
/// Compares an edition with the one held the year(s) before: booths laid out, exhibitors holding booths, and
/// applications received so far — at the same distance from the opening day, so that a comparison made in June
/// does not set half a season against a whole one.
/// </summary>
public sealed class EditionComparisonQuery(IDbContextFactory<EventDbContext> dbFactory, TimeProvider time)
{
    public async Task<EditionComparison?> CompareAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == editionId, cancellationToken);
        if (edition is null)
        {
            return null;
        }
        var previous = await db.Editions.AsNoTracking()
            .Where(e => e.Year < edition.Year)
            .OrderByDescending(e => e.Year)
            .FirstOrDefaultAsync(cancellationToken);

        var today = DateOnly.FromDateTime(EditionClock.ToLocal(time.GetUtcNow(), edition.TimeZoneId).DateTime);
        var daysBeforeOpening = edition.StartDate.DayNumber - today.DayNumber;
        DateOnly? cutoff = previous is not null && daysBeforeOpening > 0 ? previous.StartDate.AddDays(-daysBeforeOpening) : null;

        var thisFigures = await FiguresAsync(db, edition, null, cancellationToken);
        var previousFigures = previous is null ? null : await FiguresAsync(db, previous, cutoff, cancellationToken);
        return new EditionComparison(thisFigures, previousFigures, cutoff);
    }

    private static async Task<EditionFigureSet> FiguresAsync(EventDbContext db, Edition edition, DateOnly? cutoff, CancellationToken cancellationToken)
    {
        var booths = await db.Booths.CountAsync(b => b.EditionId == edition.Id, cancellationToken);
        var exhibitors = await db.BoothAllocations.Where(a => a.EditionId == edition.Id)
            .Select(a => a.OrganizationId).Distinct().CountAsync(cancellationToken);
        var applications = db.ExhibitorApplications.Where(a => a.EditionId == edition.Id);
        if (cutoff is { } day)
        {
            // The end of that day in the edition's time zone, as an instant: SubmittedAt is stored in UTC.
            var zone = edition.TimeZone;
            var endOfDay = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
            var limit = new DateTimeOffset(endOfDay, zone.GetUtcOffset(endOfDay));
            applications = applications.Where(a => a.SubmittedAt < limit);
        }
        return new EditionFigureSet(edition.Year, booths, exhibitors, await applications.CountAsync(cancellationToken));
    }
}
