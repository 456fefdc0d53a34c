using TechconnectEvent.Web.Features.Booths;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>An organisation's request for booths in one edition.</summary>
public sealed class ExhibitorApplication
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public int OrganizationId { get; set; }
    public int BoothsWanted { get; set; } = 1;
    public BoothSize SizeWanted { get; set; } = BoothSize.Standard;
    /// <summary>Zone preferences in order; the 2nd and 3rd are optional.</summary>
    public int? ZonePreference1Id { get; set; }
    public int? ZonePreference2Id { get; set; }
    public int? ZonePreference3Id { get; set; }
    /// <summary>Booths must touch each other (side by side) when more than one is wanted.</summary>
    public bool WantsAdjacent { get; set; }
    public SponsorTier SponsorTier { get; set; }
    public string? Notes { get; set; }
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Submitted;
    public string? DecisionReason { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    /// <summary>Concurrency token, bumped on every change.</summary>
    public long Version { get; set; }

    public IEnumerable<int> ZonePreferences() =>
        new[] { ZonePreference1Id, ZonePreference2Id, ZonePreference3Id }.Where(z => z is not null).Select(z => z!.Value);
}

public enum ApplicationStatus
{
    Submitted = 0,
    Approved = 1,
    Rejected = 2,
    Waitlisted = 3,
    Allocated = 4,
    Withdrawn = 5,
}

/// <summary>Sponsor tiers, in increasing order of priority for allocation.</summary>
public enum SponsorTier
{
    None = 0,
    Bronze = 1,
    Silver = 2,
    Gold = 3,
    Diamond = 4,
}
