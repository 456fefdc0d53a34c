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
    /// <summary>How it came in and who to contact: set for online applications, empty for those organisers entered.</summary>
    public ApplicationOrigin Origin { get; init; } = ApplicationOrigin.None;

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

/// <summary>
/// Where an application came from: the public form (with the contact it named), and whether the organisation it
/// was linked to still waits for the secretariat's confirmation, with the name the applicant typed.
/// </summary>
public sealed record ApplicationOrigin(bool Online, bool OrganizationToConfirm, string? SubmittedOrganizationName, string? ContactName, string? ContactEmail, string? ContactPhone)
{
    public static ApplicationOrigin None { get; } = new(false, false, null, null, null, null);

    public static ApplicationOrigin Of(ExhibitorApplication a) =>
        new(a.SubmittedOnline, a.OrganizationToConfirm, a.SubmittedOrganizationName, a.ContactName, a.ContactEmail, a.ContactPhone);
}
