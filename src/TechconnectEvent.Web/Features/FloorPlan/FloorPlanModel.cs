using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.FloorPlan;

/// <summary>Everything needed to draw one edition's hall: read-only, detached from the database.</summary>
public sealed class FloorPlanData
{
    private readonly Dictionary<int, FloorPlanZone> zonesById;
    private readonly Dictionary<int, FloorPlanBooth> boothsById;

    public FloorPlanData(int editionId, LocalizedText editionName, string timeZoneId, FloorPlanExtent extent,
        IReadOnlyList<FloorPlanZone> zones, IReadOnlyList<FloorPlanBooth> booths)
    {
        EditionId = editionId;
        EditionName = editionName;
        TimeZoneId = timeZoneId;
        Extent = extent;
        Zones = zones;
        Booths = booths;
        zonesById = zones.ToDictionary(z => z.Id);
        boothsById = booths.ToDictionary(b => b.Id);
    }

    public int EditionId { get; }
    public LocalizedText EditionName { get; }
    public string TimeZoneId { get; }
    /// <summary>The drawn area in metres: the booths' bounding box plus a margin.</summary>
    public FloorPlanExtent Extent { get; }
    public IReadOnlyList<FloorPlanZone> Zones { get; }
    public IReadOnlyList<FloorPlanBooth> Booths { get; }

    public FloorPlanZone ZoneOf(FloorPlanBooth booth) => zonesById[booth.ZoneId];

    public FloorPlanBooth? Booth(int id) => boothsById.GetValueOrDefault(id);
}

public readonly record struct FloorPlanExtent(double X, double Y, double Width, double Height)
{
    public static FloorPlanExtent Empty { get; } = new(0, 0, 40, 20);
}

public sealed record FloorPlanZone(int Id, string Code, LocalizedText Name, ZoneKind Kind, string Colour, bool IsArchived);

public sealed record FloorPlanBooth(
    int Id,
    string Code,
    int ZoneId,
    BoothSize Size,
    double X,
    double Y,
    double Width,
    double Height,
    BoothStatus Status,
    long Version,
    DateTimeOffset? HeldUntil,
    string? BlockReason,
    FloorPlanExhibitor? Exhibitor);

/// <summary>The organisation a booth is allocated to, with the technologies it shows.</summary>
public sealed record FloorPlanExhibitor(int OrganizationId, LocalizedText Name, string? ShortName, IReadOnlyList<FloorPlanTechnology> Technologies)
{
    /// <summary>
    /// A one-word short name as it is ("VNPT"); otherwise the initials (at most four) of the short name's or
    /// the name's words, so that a label fits on a 3 m booth.
    /// </summary>
    public string Initials
    {
        get
        {
            var shortName = ShortName?.Trim();
            if (!string.IsNullOrEmpty(shortName) && shortName.Length <= 8 && !shortName.Contains(' ', StringComparison.Ordinal))
            {
                return shortName;
            }
            var letters = (string.IsNullOrEmpty(shortName) ? Name.Current : shortName).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(word => char.IsLetter(word[0]))
                .Select(word => char.ToUpperInvariant(word[0]))
                .Take(4);
            return string.Concat(letters);
        }
    }
}

public sealed record FloorPlanTechnology(int Id, LocalizedText Title, TechnologyField Field, TechnologyOfferType OfferType);
