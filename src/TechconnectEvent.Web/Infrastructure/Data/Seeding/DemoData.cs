using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>
/// The demo data after validation, as fresh entities ready to insert (ids and edition ids not yet set).
/// Every text is trimmed and in Unicode normalisation form C.
/// </summary>
internal sealed record DemoData(
    Edition Edition,
    IReadOnlyList<Zone> Zones,
    HallData Hall,
    IReadOnlyList<PlannedBooth> Booths,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<PlannedApplication> Applications,
    IReadOnlyList<PlannedAllocation> Allocations,
    IReadOnlyList<PlannedTechnology> Technologies);

/// <summary>A booth of the layout before it is tied to a zone id.</summary>
internal sealed record PlannedBooth(
    string ZoneCode, string Code, BoothSize Size, double X, double Y, double Width, double Height, BoothStatus Status, string? BlockReason = null)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;

    /// <summary>True when the two rectangles share some area; touching edges do not count.</summary>
    public bool Overlaps(PlannedBooth other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    public bool LiesWithin(HallData hall) => X >= 0 && Y >= 0 && Right <= hall.Width && Bottom <= hall.Height;

    public Booth ToBooth(int editionId, int zoneId)
    {
        var booth = new Booth { EditionId = editionId, ZoneId = zoneId, Code = Code, Size = Size, X = X, Y = Y, Width = Width, Height = Height };
        var refused = Status switch
        {
            BoothStatus.Blocked => booth.Block(BlockReason ?? ""),
            // The layout's Allocated booths are matched to applications afterwards; a new booth has no hold to honour.
            BoothStatus.Allocated => booth.Allocate(applicationId: 0, DateTimeOffset.MinValue),
            _ => null,
        };
        return refused is null ? booth : throw new InvalidOperationException($"Demo booth {Code} cannot start {Status}: {refused.Code}.");
    }
}
