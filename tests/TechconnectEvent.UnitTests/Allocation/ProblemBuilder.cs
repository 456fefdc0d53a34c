using TechconnectEvent.Web.Features.Allocation.Auto;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Allocation;

/// <summary>Allocation problems by hand: zones, rows of 3×3 m booths and requests with sensible defaults.</summary>
internal sealed class ProblemBuilder
{
    public static readonly DateTimeOffset Monday = new(2023, 6, 5, 2, 0, 0, TimeSpan.Zero);

    private readonly List<ZoneSpot> zones = [];
    private readonly List<BoothSpot> booths = [];
    private readonly List<AllocationRequest> requests = [];

    public ProblemBuilder Zone(int id, string code, OrganizationType eligible = OrganizationType.None, int sortOrder = 0)
    {
        zones.Add(new ZoneSpot(id, code, new LocalizedText($"Khu {code}", $"{code} zone"), eligible, sortOrder));
        return this;
    }

    /// <summary>A row of touching booths <paramref name="prefix"/>-1 … at y, starting at x; ids are taken from <paramref name="firstId"/>.</summary>
    public ProblemBuilder Row(int zoneId, string prefix, int firstId, int count, double x = 0, double y = 0, BoothSize size = BoothSize.Standard)
    {
        for (var i = 0; i < count; i++)
        {
            Booth(firstId + i, $"{prefix}-{i + 1:000}", zoneId, x + (3 * i), y, size);
        }
        return this;
    }

    public ProblemBuilder Booth(int id, string code, int zoneId, double x, double y, BoothSize size = BoothSize.Standard,
        BoothStatus status = BoothStatus.Available, int? heldFor = null, int? allocatedTo = null, long version = 1)
    {
        booths.Add(new BoothSpot(id, code, zoneId, size, new BoothRect(x, y, 3, 3), status, version, heldFor, allocatedTo));
        return this;
    }

    public ProblemBuilder Request(int applicationId, SponsorTier tier = SponsorTier.None, int wanted = 1, BoothSize size = BoothSize.Standard,
        int[]? preferences = null, bool adjacent = false, OrganizationType type = OrganizationType.Enterprise, int dayOffset = 0)
    {
        requests.Add(new AllocationRequest(applicationId, 1000 + applicationId, new LocalizedText($"Đơn vị {applicationId}", $"Organisation {applicationId}"),
            type, tier, wanted, size, preferences ?? [], adjacent, Monday.AddDays(dayOffset)));
        return this;
    }

    public AllocationProblem Build() => new(1, zones.ToList(), booths.ToList(), requests.ToList());
}

internal static class ProposalExtensions
{
    public static ApplicationOutcome For(this AllocationProposal proposal, int applicationId) =>
        proposal.Outcomes.Single(o => o.ApplicationId == applicationId);

    public static IReadOnlyList<string> Codes(this ApplicationOutcome outcome) => outcome.Booths.Select(b => b.Code).ToList();

    /// <summary>A canonical text of the whole proposal, to compare two runs.</summary>
    public static string Fingerprint(this AllocationProposal proposal) =>
        string.Join(";", proposal.Outcomes.Select(o =>
            $"{o.ApplicationId}:{o.Kind}:{string.Join(",", o.Booths.Select(b => b.BoothId))}:{string.Join(",", o.Reasons.Select(r => r.Code + "(" + string.Join("|", r.Arguments) + ")"))}"));
}
