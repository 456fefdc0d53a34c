using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Allocation.Auto;

/// <summary>The allocator's answer: one outcome per request, in the order the allocator served them.</summary>
public sealed record AllocationProposal(int EditionId, IReadOnlyList<ApplicationOutcome> Outcomes)
{
    public IEnumerable<(ApplicationOutcome Outcome, ProposedBooth Booth)> Assignments =>
        Outcomes.SelectMany(o => o.Booths.Select(b => (o, b)));

    public int Count(OutcomeKind kind) => Outcomes.Count(o => o.Kind == kind);

    public bool HasAssignments => Outcomes.Any(o => o.Booths.Count > 0);
}

/// <summary>A booth the allocator proposes, with the version it saw, so the commit can tell whether it changed since.</summary>
public sealed record ProposedBooth(int BoothId, string Code, int ZoneId, LocalizedText ZoneName, BoothSize Size, long ExpectedVersion);

public enum OutcomeKind
{
    /// <summary>Every booth wanted is allocated or proposed.</summary>
    Full = 0,
    Partial = 1,
    None = 2,
}

/// <param name="AlreadyAllocated">Booths the application held before this proposal; they are kept.</param>
/// <param name="Reasons">Why a wish was not met, as coded, translatable messages.</param>
public sealed record ApplicationOutcome(
    int ApplicationId,
    int OrganizationId,
    LocalizedText OrganizationName,
    SponsorTier Tier,
    int BoothsWanted,
    BoothSize SizeWanted,
    int AlreadyAllocated,
    IReadOnlyList<ProposedBooth> Booths,
    OutcomeKind Kind,
    IReadOnlyList<OperationError> Reasons);
