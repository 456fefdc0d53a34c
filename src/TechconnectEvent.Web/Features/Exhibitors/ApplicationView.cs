using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>An application as pages and the API show it, with its organisation and the booths it holds.</summary>
public sealed record ApplicationView(
    int Id,
    int EditionId,
    int OrganizationId,
    LocalizedText OrganizationName,
    OrganizationType OrganizationType,
    int BoothsWanted,
    BoothSize SizeWanted,
    IReadOnlyList<ZoneChoice> ZonePreferences,
    bool WantsAdjacent,
    SponsorTier SponsorTier,
    string? Notes,
    ApplicationStatus Status,
    string? DecisionReason,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt,
    IReadOnlyList<string> AllocatedBooths,
    long Version)
{
    public bool IsEditable => Status is ApplicationStatus.Submitted or ApplicationStatus.Waitlisted;

    public ApplicationInput ToInput() => new()
    {
        BoothsWanted = BoothsWanted,
        SizeWanted = SizeWanted,
        ZonePreference1Id = ZonePreferences.ElementAtOrDefault(0)?.Id,
        ZonePreference2Id = ZonePreferences.ElementAtOrDefault(1)?.Id,
        ZonePreference3Id = ZonePreferences.ElementAtOrDefault(2)?.Id,
        WantsAdjacent = WantsAdjacent,
        SponsorTier = SponsorTier,
        Notes = Notes,
    };
}
