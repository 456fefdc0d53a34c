using System.Globalization;
using TechconnectEvent.Web.Features.FloorPlan;

namespace TechconnectEvent.Web.Features.ExhibitorDirectory;

/// <summary>
/// The public exhibitor directory: the organisations with booths in the current edition, searched by name
/// (either language, without diacritics), zone and technology field. Reads the same data as the floor plan,
/// so the list and the highlighted booths cannot disagree.
/// </summary>
public sealed class ExhibitorDirectoryService(FloorPlanQuery floorPlans)
{
    public async Task<DirectoryResult> SearchAsync(DirectorySearch search, CancellationToken cancellationToken = default)
    {
        var plan = await floorPlans.ForCurrentEditionAsync(cancellationToken);
        return plan is null
            ? new DirectoryResult(null, search, [], new HashSet<int>(), 0)
            : Search(plan, search, CultureInfo.CurrentCulture);
    }

    public static DirectoryResult Search(FloorPlanData plan, DirectorySearch search, CultureInfo culture)
    {
        var all = Entries(plan, culture);
        var words = TextFolding.Fold(search.Query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var zone = search.ZoneCode is null
            ? null
            : plan.Zones.FirstOrDefault(z => string.Equals(z.Code, search.ZoneCode, StringComparison.OrdinalIgnoreCase));

        var found = all
            .Where(entry => words.Length == 0 || MatchesName(entry.Exhibitor, words))
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

    /// <summary>Every word of the query appears in the Vietnamese name, the English name or the short name.</summary>
    private static bool MatchesName(FloorPlanExhibitor exhibitor, string[] words)
    {
        var haystack = string.Join(" | ", TextFolding.Fold(exhibitor.Name.Vi), TextFolding.Fold(exhibitor.Name.En), TextFolding.Fold(exhibitor.ShortName));
        return words.All(word => haystack.Contains(word, StringComparison.Ordinal));
    }
}
