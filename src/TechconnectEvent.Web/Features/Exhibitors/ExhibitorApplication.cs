using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>
/// An organisation's request for booths in one edition. Its status changes only through <see cref="MoveTo"/>
/// (people's decisions and withdrawal) and <see cref="BoothsChanged"/> (the system's moves as booths come and go),
/// both driven by <see cref="ApplicationTransitions"/>.
/// </summary>
public sealed class ExhibitorApplication : IVersioned, IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public const int MaxReasonLength = 500;

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
    /// <summary>The organisation the applicant would like to sit next to, as typed.</summary>
    public string? NeighbourWish { get; set; }
    /// <summary>The applicant's contact person, as given in the application.</summary>
    public string? ContactName { get; set; }
    public string? ContactPosition { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    /// <summary>Sent through the public form rather than entered by an organiser.</summary>
    public bool SubmittedOnline { get; set; }
    /// <summary>
    /// The online applicant was linked to an existing organisation (same tax code, or same name and province): the
    /// secretariat confirms the link. The organisation name the applicant typed is kept beside it.
    /// </summary>
    public bool OrganizationToConfirm { get; set; }
    public string? SubmittedOrganizationName { get; set; }
    /// <summary>Which consent text the applicant agreed to, and when; null for applications entered by organisers.</summary>
    public string? ConsentVersion { get; set; }
    public DateTimeOffset? ConsentGivenAt { get; set; }
    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Submitted;
    public string? DecisionReason { get; private set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    /// <summary>Concurrency token, bumped on every change — its booths' too, so a withdrawal cannot race an allocation.</summary>
    public long Version { get; set; }

    public IEnumerable<int> ZonePreferences() =>
        new[] { ZonePreference1Id, ZonePreference2Id, ZonePreference3Id }.Where(z => z is not null).Select(z => z!.Value);

    /// <summary>A person's move: a decision or a withdrawal. Refuses what the table does not allow people to do.</summary>
    public OperationResult MoveTo(ApplicationStatus target, string? reason, DateTimeOffset now)
    {
        if (!ApplicationTransitions.AllowsPerson(Status, target))
        {
            return OperationResult.Fail(OperationError.Of(ApplicationTransitions.IllegalTransition, Status.ToString(), target.ToString()));
        }
        var cleanReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (target == ApplicationStatus.Rejected && cleanReason is null)
        {
            return OperationResult.Fail(OperationError.ForField("Reason", "Application.ReasonRequired"));
        }
        if (cleanReason is { Length: > MaxReasonLength })
        {
            return OperationResult.Fail(OperationError.ForField("Reason", "Validation.TooLong", MaxReasonLength));
        }
        Status = target;
        DecisionReason = cleanReason;
        DecidedAt = now;
        this.Touch();
        return OperationResult.Ok();
    }

    /// <summary>
    /// Its booths changed and it now holds <paramref name="boothsHeld"/>: the version moves in every case, and the
    /// system moves Approved → Allocated once it holds what it wanted, Allocated → Approved when it falls short
    /// again (so it can be allocated anew).
    /// </summary>
    public void BoothsChanged(int boothsHeld)
    {
        var target = Status switch
        {
            ApplicationStatus.Approved when boothsHeld >= BoothsWanted => ApplicationStatus.Allocated,
            ApplicationStatus.Allocated when boothsHeld < BoothsWanted => ApplicationStatus.Approved,
            _ => Status,
        };
        if (target != Status && ApplicationTransitions.AllowsSystem(Status, target))
        {
            Status = target;
        }
        this.Touch();
    }

    /// <summary>Brings an application imported with its history (demo data) to its status, through the same moves.</summary>
    internal OperationResult Restore(ApplicationStatus status, string? reason, DateTimeOffset decidedAt)
    {
        if (status == ApplicationStatus.Submitted)
        {
            return OperationResult.Ok();
        }
        var decided = MoveTo(status == ApplicationStatus.Allocated ? ApplicationStatus.Approved : status, reason, decidedAt);
        if (decided.Succeeded && status == ApplicationStatus.Allocated)
        {
            BoothsChanged(BoothsWanted);
        }
        return decided;
    }
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
