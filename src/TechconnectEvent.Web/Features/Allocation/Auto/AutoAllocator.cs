using System.Globalization;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Allocation.Auto;

/// <summary>
/// "Allocate the rest": a greedy, deterministic proposal. Pure: no database, no clock, no randomness, and every
/// collection it walks is sorted first, so the same problem gives the same proposal whatever the input order.
/// </summary>
/// <remarks>
/// Policy, decided for the fair and tested in AutoAllocatorTests:
/// <list type="bullet">
/// <item>Requests are served by sponsor tier (Diamond first), then submission time, then application id.
/// Serving higher tiers first is what gives them corners and their preferred zones.</item>
/// <item>Zones are tried in the application's preference order (1st, 2nd, 3rd), then every other zone that
/// accepts the organisation's type, by zone sort order and code. A preferred zone that does not accept the type is
/// skipped with a reason.</item>
/// <item>Sizes: Double, Corner and Island requests get exactly that size. A Standard request may get a Corner
/// booth (same 3×3 footprint): sponsors (Bronze and up) take corners first, others take a corner only when no
/// Standard booth is left in the zone being tried. Island booths go only to applications that ask for Island;
/// Gold and Diamond sponsors are served before anyone else, so they get islands first.</item>
/// <item>Only Available booths, or booths held for that very application, are proposed; blocked, allocated and
/// other applicants' held booths are never touched, and existing allocations stay.</item>
/// <item>Booths of one application stay in one zone when any eligible zone (in the order above) can hold all it
/// still needs; otherwise they are taken from each zone in turn.</item>
/// <item>Adjacent requests get all their missing booths as one edge-connected block inside one zone, grown next to
/// booths they already have when possible; if no zone has such a block, nothing is proposed for them (adjacency is
/// a hard constraint; the organiser can still allocate by hand).</item>
/// </list>
/// </remarks>
public static class AutoAllocator
{
    public static AllocationProposal Propose(AllocationProblem problem)
    {
        var state = new AllocatorState(problem);
        var outcomes = problem.Requests
            .OrderByDescending(r => r.Tier)
            .ThenBy(r => r.SubmittedAt)
            .ThenBy(r => r.ApplicationId)
            .Select(state.Serve)
            .ToList();
        return new AllocationProposal(problem.EditionId, outcomes);
    }

    private sealed class AllocatorState
    {
        private readonly List<ZoneSpot> zones;
        private readonly Dictionary<int, ZoneSpot> zoneById;
        private readonly Dictionary<int, List<BoothSpot>> boothsByZone;
        private readonly Dictionary<int, List<BoothSpot>> allocatedByApplication;
        private readonly Dictionary<int, List<int>> neighbours;
        private readonly HashSet<int> proposed = [];

        public AllocatorState(AllocationProblem problem)
        {
            zones = problem.Zones.OrderBy(z => z.SortOrder).ThenBy(z => z.Code, StringComparer.Ordinal).ThenBy(z => z.Id).ToList();
            zoneById = zones.ToDictionary(z => z.Id);
            var booths = problem.Booths.OrderBy(b => b.Code, StringComparer.Ordinal).ThenBy(b => b.Id).ToList();
            boothsByZone = booths.GroupBy(b => b.ZoneId).ToDictionary(g => g.Key, g => g.ToList());
            allocatedByApplication = booths
                .Where(b => b.Status == BoothStatus.Allocated && b.AllocatedToApplicationId is not null)
                .GroupBy(b => b.AllocatedToApplicationId!.Value)
                .ToDictionary(g => g.Key, g => g.ToList());
            neighbours = BoothAdjacency.Build(booths);
        }

        public ApplicationOutcome Serve(AllocationRequest request)
        {
            var mine = allocatedByApplication.GetValueOrDefault(request.ApplicationId) ?? [];
            var needed = request.BoothsWanted - mine.Count;
            var reasons = new List<OperationError>();
            if (needed <= 0)
            {
                return Outcome(request, mine.Count, [], OutcomeKind.Full, reasons);
            }

            var route = Route(request, reasons);
            if (route.Count == 0)
            {
                reasons.Add(OperationError.Of(AllocationErrors.AutoNoEligibleZone));
                return Outcome(request, mine.Count, [], OutcomeKind.None, reasons);
            }

            var placed = request.WantsAdjacent && request.BoothsWanted > 1
                ? PlaceBlock(request, route, mine, needed)
                : PlaceAnywhere(request, route, needed);

            foreach (var booth in placed)
            {
                proposed.Add(booth.Booth.Id);
            }
            AddPlacementReasons(route, placed, reasons);

            var kind = placed.Count == needed ? OutcomeKind.Full : placed.Count > 0 ? OutcomeKind.Partial : OutcomeKind.None;
            if (kind == OutcomeKind.Partial)
            {
                reasons.Add(OperationError.Of(AllocationErrors.AutoNotEnoughBooths, mine.Count + placed.Count, request.BoothsWanted, request.SizeWanted));
            }
            else if (kind == OutcomeKind.None)
            {
                reasons.Add(request.WantsAdjacent && request.BoothsWanted > 1
                    ? OperationError.Of(AllocationErrors.AutoNoAdjacentBlock, needed, request.SizeWanted)
                    : OperationError.Of(AllocationErrors.AutoNoFreeBooth, request.SizeWanted));
            }
            var booths = placed.Select(p => new ProposedBooth(p.Booth.Id, p.Booth.Code, p.Zone.Id, p.Zone.Name, p.Booth.Size, p.Booth.Version)).ToList();
            return Outcome(request, mine.Count, booths, kind, reasons);
        }

        /// <summary>The zones to try, in order, each with its preference number (0 = not among the preferences).</summary>
        private List<(ZoneSpot Zone, int Preference)> Route(AllocationRequest request, List<OperationError> reasons)
        {
            var route = new List<(ZoneSpot, int)>();
            var seen = new HashSet<int>();
            var preference = 0;
            foreach (var zoneId in request.ZonePreferences)
            {
                preference++;
                if (!zoneById.TryGetValue(zoneId, out var zone) || !seen.Add(zoneId))
                {
                    continue;
                }
                if (!zone.Accepts(request.OrganizationType))
                {
                    reasons.Add(OperationError.Of(AllocationErrors.AutoZoneNotAccepting, zone.Name));
                    continue;
                }
                route.Add((zone, preference));
            }
            route.AddRange(zones.Where(z => !seen.Contains(z.Id) && z.Accepts(request.OrganizationType)).Select(z => (z, 0)));
            return route;
        }

        /// <summary>
        /// All missing booths in the first zone (in route order) that can hold them all, so an exhibitor's booths stay
        /// together; when no zone can, as many as possible from each zone in route order.
        /// </summary>
        private List<Placement> PlaceAnywhere(AllocationRequest request, List<(ZoneSpot Zone, int Preference)> route, int needed)
        {
            foreach (var (zone, preference) in route)
            {
                var candidates = Candidates(request, zone.Id);
                if (candidates.Count >= needed)
                {
                    return candidates.Take(needed).Select(b => new Placement(b, zone, preference)).ToList();
                }
            }
            var placed = new List<Placement>();
            foreach (var (zone, preference) in route)
            {
                foreach (var booth in Candidates(request, zone.Id).Take(needed - placed.Count))
                {
                    placed.Add(new Placement(booth, zone, preference));
                }
                if (placed.Count == needed)
                {
                    break;
                }
            }
            return placed;
        }

        private List<Placement> PlaceBlock(AllocationRequest request, List<(ZoneSpot Zone, int Preference)> route, List<BoothSpot> mine, int needed)
        {
            foreach (var (zone, preference) in route)
            {
                var anchors = mine.Where(b => b.ZoneId == zone.Id).Select(b => b.Id).ToList();
                var block = BoothAdjacency.FindBlock(Candidates(request, zone.Id), anchors, needed, neighbours);
                if (block is not null)
                {
                    return block.Select(b => new Placement(b, zone, preference)).ToList();
                }
            }
            return [];
        }

        /// <summary>Free booths of the zone this request may take, best first.</summary>
        private List<BoothSpot> Candidates(AllocationRequest request, int zoneId) =>
            (boothsByZone.GetValueOrDefault(zoneId) ?? [])
                .Where(b => !proposed.Contains(b.Id) && IsFreeFor(b, request) && SizeFits(b.Size, request.SizeWanted))
                .OrderBy(b => Rank(b, request))
                .ToList();

        private static bool IsFreeFor(BoothSpot booth, AllocationRequest request) =>
            booth.Status == BoothStatus.Available
            || (booth.Status == BoothStatus.Held && booth.HeldForApplicationId == request.ApplicationId);

        private static bool SizeFits(BoothSize booth, BoothSize wanted) =>
            booth == wanted || (wanted == BoothSize.Standard && booth == BoothSize.Corner);

        /// <summary>Booths held for the applicant come first; then corners first for sponsors, last for everyone else.</summary>
        private static int Rank(BoothSpot booth, AllocationRequest request)
        {
            if (booth.Status == BoothStatus.Held)
            {
                return 0;
            }
            var corner = booth.Size == BoothSize.Corner && request.SizeWanted == BoothSize.Standard;
            return request.Tier >= SponsorTier.Bronze ? (corner ? 1 : 2) : (corner ? 2 : 1);
        }

        /// <summary>One reason naming the zones used instead of the first preference; the best preference used is the one quoted.</summary>
        private static void AddPlacementReasons(List<(ZoneSpot Zone, int Preference)> route, List<Placement> placed, List<OperationError> reasons)
        {
            var first = route.FirstOrDefault(r => r.Preference > 0).Zone;
            if (first is null)
            {
                return;
            }
            var elsewhere = placed.DistinctBy(p => p.Zone.Id).Where(p => p.Zone.Id != first.Id).ToList();
            if (elsewhere.Count == 0)
            {
                return;
            }
            var zones = new LocalizedText(
                string.Join(", ", elsewhere.Select(p => p.Zone.Name.Vi)),
                string.Join(", ", elsewhere.Select(p => p.Zone.Name.For(English))));
            var preferred = elsewhere.Where(p => p.Preference > 0).Select(p => p.Preference).DefaultIfEmpty(0).Min();
            reasons.Add(preferred > 0 && elsewhere.All(p => p.Preference > 0)
                ? OperationError.Of(AllocationErrors.AutoPlacedInPreference, first.Name, preferred, zones)
                : OperationError.Of(AllocationErrors.AutoPlacedOutsidePreferences, first.Name, zones));
        }

        private static ApplicationOutcome Outcome(AllocationRequest request, int already, IReadOnlyList<ProposedBooth> booths, OutcomeKind kind, List<OperationError> reasons) =>
            new(request.ApplicationId, request.OrganizationId, request.OrganizationName, request.Tier, request.BoothsWanted,
                request.SizeWanted, already, booths, kind, reasons);
    }

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private sealed record Placement(BoothSpot Booth, ZoneSpot Zone, int Preference);
}
