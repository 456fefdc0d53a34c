using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Directory;

/// <summary>
/// The public exhibitor directory: the organisations with booths in the current edition, searched by name
/// (either language, without diacritics) or technology title, zone and technology field. Reads the same data as
/// the floor plan, so the list and the highlighted booths cannot disagree; the text search runs in the database
/// against the stored folded keys.
/// </summary>
public sealed class ExhibitorDirectoryService(FloorPlanQuery floorPlans, IDbContextFactory<EventDbContext> dbFactory)
{
    /// <param name="year">An earlier (or later) edition's year; null for the current edition.</param>
    public async Task<DirectoryResult> SearchAsync(DirectorySearch search, int? year = null, CancellationToken cancellationToken = default)
    {
        var plan = await floorPlans.ForPublicAsync(year, cancellationToken);
        if (plan is null)
        {
            return new DirectoryResult(null, search, [], new HashSet<int>(), 0);
        }
        var words = TextFolding.Words(search.Query);
        IReadOnlySet<int>? named = null;
        if (words.Count > 0)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            named = (await NameMatches(db, plan.EditionId, words).ToListAsync(cancellationToken)).ToHashSet();
        }
        return Search(plan, search, named, CultureInfo.CurrentCulture);
    }

    /// <summary>
    /// Exhibitors of the edition whose names, or the title of one of whose technologies, hold every word: a LIKE on
    /// the folded keys, so nothing but the matching ids leaves the database.
    /// </summary>
    internal static IQueryable<int> NameMatches(EventDbContext db, int editionId, IReadOnlyList<string> words)
    {
        var exhibitors = db.BoothAllocations.Where(a => a.EditionId == editionId).Select(a => a.OrganizationId);
        var organizations = db.Organizations.AsNoTracking().Where(o => exhibitors.Contains(o.Id));
        var technologies = db.Technologies.AsNoTracking()
            .Where(t => (t.EditionId == null || t.EditionId == editionId) && exhibitors.Contains(t.OrganizationId));
        foreach (var pattern in words.Select(TextFolding.ContainsPattern))
        {
            organizations = organizations.Where(o => EF.Functions.Like(o.NameKey, pattern, TextFolding.LikeEscape));
            technologies = technologies.Where(t => EF.Functions.Like(t.TitleKey, pattern, TextFolding.LikeEscape));
        }
        return organizations.Select(o => o.Id).Union(technologies.Select(t => t.OrganizationId));
    }

    /// <param name="named">Organisations found by the text of the query; null when the query has no text.</param>
    public static DirectoryResult Search(FloorPlanData plan, DirectorySearch search, IReadOnlySet<int>? named, CultureInfo culture)
    {
        var all = Entries(plan, culture);
        var zone = search.ZoneCode is null
            ? null
            : plan.Zones.FirstOrDefault(z => string.Equals(z.Code, search.ZoneCode, StringComparison.OrdinalIgnoreCase));

        var found = all
            .Where(entry => named is null || named.Contains(entry.Exhibitor.OrganizationId))
            .Where(entry => search.ZoneCode is null || (zone is not null && entry.Booths.Any(b => b.ZoneId == zone.Id)))
            .Where(entry => search.Field is null || entry.Technologies.Any(t => t.Field == search.Field))
            .ToList();

        var highlight = search.IsEmpty
            ? new HashSet<int>()
            : found.SelectMany(e => e.Booths).Where(b => zone is null || b.ZoneId == zone.Id).Select(b => b.Id).ToHashSet();
        return new DirectoryResult(plan, search, found, highlight, all.Count);
    }

    private static List<DirectoryEntry> Entries(FloorPlanData plan, CultureInfo culture)
    {
        var names = StringComparer.Create(culture, ignoreCase: true);
        return plan.Booths
            .Where(b => b.Exhibitor is not null)
            .GroupBy(b => b.Exhibitor!.OrganizationId)
            .Select(g =>
            {
                var booths = g.OrderBy(b => b.Code, StringComparer.Ordinal).ToList();
                var exhibitor = booths[0].Exhibitor!;
                var zones = booths.Select(plan.ZoneOf).Distinct().ToList();
                return new DirectoryEntry(exhibitor, booths, zones, exhibitor.Technologies);
            })
            .OrderBy(e => e.Exhibitor.Name.For(culture), names)
            .ToList();
    }
}
