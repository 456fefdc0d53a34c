using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.FloorPlan;

namespace TechconnectEvent.Web.Features.Directory;

/// <summary>What a visitor asked for; every part optional. Built from the page's query string.</summary>
public sealed record DirectorySearch(string? Query, string? ZoneCode, TechnologyField? Field)
{
    public const int MaxQueryLength = 100;

    public static DirectorySearch Everything { get; } = new(null, null, null);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Query) && string.IsNullOrWhiteSpace(ZoneCode) && Field is null;

    /// <summary>From raw query-string values: unknown fields are ignored and long text cut, never an error.</summary>
    public static DirectorySearch FromQuery(string? query, string? zone, string? field)
    {
        var text = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        if (text is { Length: > MaxQueryLength })
        {
            text = text[..MaxQueryLength];
        }
        TechnologyField? parsed = Enum.TryParse<TechnologyField>(field, ignoreCase: true, out var value)
            && Enum.IsDefined(value) && !int.TryParse(field, out _)
            ? value
            : null;
        return new DirectorySearch(text, string.IsNullOrWhiteSpace(zone) ? null : zone.Trim(), parsed);
    }
}

/// <summary>One exhibitor of the directory: its booths (in code order), their zones, its technologies.</summary>
public sealed record DirectoryEntry(
    FloorPlanExhibitor Exhibitor,
    IReadOnlyList<FloorPlanBooth> Booths,
    IReadOnlyList<FloorPlanZone> Zones,
    IReadOnlyList<FloorPlanTechnology> Technologies);

/// <param name="Plan">Null when there is no edition yet.</param>
/// <param name="Highlight">Booths of the entries found, for the plan; empty when nothing was searched for.</param>
/// <param name="TotalExhibitors">Exhibitors in the directory before filtering, to tell "none yet" from "no match".</param>
public sealed record DirectoryResult(
    FloorPlanData? Plan,
    DirectorySearch Search,
    IReadOnlyList<DirectoryEntry> Entries,
    IReadOnlySet<int> Highlight,
    int TotalExhibitors);
