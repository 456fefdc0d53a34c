using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Allocation.Auto;

/// <summary>
/// Everything the automatic allocator looks at, as plain values: no database, so the same problem always gives
/// the same proposal and tests can build problems by hand.
/// </summary>
/// <param name="Booths">Every booth of the edition, whatever its status: blocked and allocated ones are kept as
/// they are, and an application's allocated booths anchor its adjacent ones.</param>
public sealed record AllocationProblem(
    int EditionId,
    IReadOnlyList<ZoneSpot> Zones,
    IReadOnlyList<BoothSpot> Booths,
    IReadOnlyList<AllocationRequest> Requests);

public sealed record ZoneSpot(int Id, string Code, LocalizedText Name, OrganizationType EligibleTypes, int SortOrder)
{
    public bool Accepts(OrganizationType type) =>
        EligibleTypes == OrganizationType.None || (EligibleTypes & type) == type;
}

/// <param name="HeldForApplicationId">Set for a booth held (hold not expired) for one application: only that one may get it.</param>
/// <param name="AllocatedToApplicationId">Set for an allocated booth.</param>
public sealed record BoothSpot(
    int Id,
    string Code,
    int ZoneId,
    BoothSize Size,
    BoothRect Rect,
    BoothStatus Status,
    long Version,
    int? HeldForApplicationId = null,
    int? AllocatedToApplicationId = null);

/// <summary>An approved application that still lacks booths.</summary>
public sealed record AllocationRequest(
    int ApplicationId,
    int OrganizationId,
    LocalizedText OrganizationName,
    OrganizationType OrganizationType,
    SponsorTier Tier,
    int BoothsWanted,
    BoothSize SizeWanted,
    IReadOnlyList<int> ZonePreferences,
    bool WantsAdjacent,
    DateTimeOffset SubmittedAt);
