using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Editions;

/// <summary>The current edition at a glance, for the home page and the app bar.</summary>
public sealed record EditionOverview(
    int Id,
    int Year,
    LocalizedText Name,
    LocalizedText Theme,
    LocalizedText Venue,
    LocalizedText Province,
    DateOnly StartDate,
    DateOnly EndDate,
    string TimeZoneId,
    EditionStatus Status,
    int ZoneCount,
    int DemonstrationAreaCount,
    int BoothCount,
    int OrganizationCount,
    IReadOnlyList<BoothStatusCount> BoothsByStatus);

public sealed record BoothStatusCount(Booths.BoothStatus Status, int Count);
