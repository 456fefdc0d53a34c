using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Allocation;

/// <summary>What a successful manual allocation produced; BoothVersion is the booth's new concurrency token.</summary>
public sealed record AllocationOutcome(int AllocationId, int BoothId, string BoothCode, long BoothVersion, ApplicationStatus ApplicationStatus);

/// <summary>An application that may receive a given booth, for the allocation dialog.</summary>
public sealed record AllocatableApplication(
    int ApplicationId,
    int OrganizationId,
    LocalizedText OrganizationName,
    OrganizationType OrganizationType,
    SponsorTier Tier,
    ApplicationStatus Status,
    int BoothsWanted,
    int BoothsAllocated,
    BoothSize SizeWanted)
{
    /// <summary>Another booth needs an organiser's override reason.</summary>
    public bool HasAllBooths => BoothsAllocated >= BoothsWanted;
}

/// <summary>A booth as the allocation dialog shows it.</summary>
public sealed record BoothAllocationView(
    int BoothId,
    int EditionId,
    string Code,
    LocalizedText ZoneName,
    BoothSize Size,
    BoothStatus Status,
    long Version,
    string? BlockReason,
    int? HeldForApplicationId,
    DateTimeOffset? HeldUntil,
    CurrentAllocation? Allocation);

public sealed record CurrentAllocation(int ApplicationId, LocalizedText OrganizationName, DateTimeOffset AllocatedAt, string? AllocatedBy, string? OverrideReason);
