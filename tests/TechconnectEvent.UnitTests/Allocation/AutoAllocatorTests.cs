using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Allocation.Auto;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.UnitTests.Allocation;

public sealed class AutoAllocatorTests
{
    [Fact]
    public void TheHigherSponsorTier_GetsTheLastBooth_EvenWhenItAppliedLater()
    {
        var problem = new ProblemBuilder().Zone(1, "AI").Row(1, "A", 1, 1)
            .Request(10, SponsorTier.None, dayOffset: 0)
            .Request(20, SponsorTier.Diamond, dayOffset: 5)
            .Build();

        var proposal = AutoAllocator.Propose(problem);

        Assert.Equal(["A-001"], proposal.For(20).Codes());
        Assert.Equal(OutcomeKind.None, proposal.For(10).Kind);
        Assert.Equal(AllocationErrors.AutoNoFreeBooth, Assert.Single(proposal.For(10).Reasons).Code);
    }

    [Fact]
    public void WithinATier_TheEarlierApplication_IsServedFirst()
    {
        var problem = new ProblemBuilder().Zone(1, "AI").Row(1, "A", 1, 1)
            .Request(10, SponsorTier.Silver, dayOffset: 3)
            .Request(20, SponsorTier.Silver, dayOffset: 1)
            .Build();

        var proposal = AutoAllocator.Propose(problem);

        Assert.Equal(["A-001"], proposal.For(20).Codes());
        Assert.Empty(proposal.For(10).Booths);
    }

    [Fact]
    public void AFullTie_IsBrokenByTheLowerApplicationId()
    {
        var problem = new ProblemBuilder().Zone(1, "AI").Row(1, "A", 1, 1)
            .Request(31, SponsorTier.Gold)
            .Request(30, SponsorTier.Gold)
            .Build();

        var proposal = AutoAllocator.Propose(problem);

        Assert.Equal(["A-001"], proposal.For(30).Codes());
        Assert.Equal([30, 31], proposal.Outcomes.Select(o => o.ApplicationId));
    }

    [Fact]
    public void WhenTheFirstPreferenceIsFull_TheSecondPreferenceIsUsed_AndTheReasonSaysSo()
    {
        var problem = new ProblemBuilder().Zone(1, "AI").Zone(2, "ROB").Zone(3, "BIO")
            .Booth(1, "A-001", 1, 0, 0, status: BoothStatus.Blocked)
            .Row(3, "B", 10, 1, y: 20)
            .Row(2, "R", 20, 1, y: 10)
            .Request(10, preferences: [1, 2, 3])
            .Build();

        var outcome = AutoAllocator.Propose(problem).For(10);

        Assert.Equal(["R-001"], outcome.Codes());
        Assert.Equal(OutcomeKind.Full, outcome.Kind);
        var reason = Assert.Single(outcome.Reasons);
        Assert.Equal(AllocationErrors.AutoPlacedInPreference, reason.Code);
        Assert.Equal(["AI zone", 2, "ROB zone"], reason.Arguments.Select(a => a is Web.Infrastructure.Localization.LocalizedText t ? t.En : a));
    }

    [Fact]
    public void WhenEveryPreferredZoneIsFull_AnyOtherEligibleZoneIsUsed_InZoneOrder()
    {
        var problem = new ProblemBuilder()
            .Zone(1, "AI", sortOrder: 1).Zone(2, "ROB", sortOrder: 3).Zone(3, "BIO", sortOrder: 2)
            .Zone(4, "UNI", OrganizationType.University, sortOrder: 0)
            .Row(2, "R", 20, 1, y: 10).Row(3, "B", 30, 1, y: 20).Row(4, "U", 40, 1, y: 30)
            .Request(10, preferences: [1])
            .Build();

        var outcome = AutoAllocator.Propose(problem).For(10);

        // UNI comes first by sort order but does not accept enterprises; BIO (2) comes before ROB (3).
        Assert.Equal(["B-001"], outcome.Codes());
        Assert.Equal(AllocationErrors.AutoPlacedOutsidePreferences, Assert.Single(outcome.Reasons).Code);
    }

    [Fact]
    public void APreferredZoneThatRefusesTheOrganisationType_IsSkipped_WithAReason()
    {
        var problem = new ProblemBuilder()
            .Zone(1, "UNI", OrganizationType.University | OrganizationType.Institute).Zone(2, "AI", OrganizationType.Enterprise)
            .Row(1, "U", 1, 2).Row(2, "A", 10, 1, y: 10)
            .Request(10, preferences: [1, 2])
            .Build();

        var outcome = AutoAllocator.Propose(problem).For(10);

        Assert.Equal(["A-001"], outcome.Codes());
        Assert.Equal(AllocationErrors.AutoZoneNotAccepting, Assert.Single(outcome.Reasons).Code);
    }

    [Fact]
    public void AnOrganisationNoZoneAccepts_GetsNothing_AndIsToldWhy()
    {
        var problem = new ProblemBuilder().Zone(1, "UNI", OrganizationType.University).Row(1, "U", 1, 3)
            .Request(10, type: OrganizationType.Cooperative)
            .Build();

        var outcome = AutoAllocator.Propose(problem).For(10);

        Assert.Equal(OutcomeKind.None, outcome.Kind);
        Assert.Equal(AllocationErrors.AutoNoEligibleZone, Assert.Single(outcome.Reasons).Code);
    }

    [Fact]
    public void MoreBoothsWantedThanFree_GivesAPartialOutcome_WithTheCount()
    {
        var problem = new ProblemBuilder().Zone(1, "AI").Row(1, "A", 1, 2)
            .Request(10, wanted: 3)
            .Build();

        var outcome = AutoAllocator.Propose(problem).For(10);

        Assert.Equal(OutcomeKind.Partial, outcome.Kind);
        Assert.Equal(["A-001", "A-002"], outcome.Codes());
        var reason = Assert.Single(outcome.Reasons);
        Assert.Equal(AllocationErrors.AutoNotEnoughBooths, reason.Code);
        Assert.Equal([2, 3, BoothSize.Standard], reason.Arguments);
    }

    [Fact]
    public void AnApplicationsBooths_StayInOneZone_WhenALaterPreferenceCanHoldThemAll()
    {
        var problem = new ProblemBuilder().Zone(1, "AI").Zone(2, "ROB")
            .Booth(1, "A-001", 1, 0, 0)
            .Booth(10, "R-001", 2, 0, 20).Booth(11, "R-002", 2, 10, 20)
            .Request(10, wanted: 2, preferences: [1, 2])
            .Build();

        var outcome = AutoAllocator.Propose(problem).For(10);

        Assert.Equal(["R-001", "R-002"], outcome.Codes());
    }

    [Fact]
    public void WhenNoZoneHoldsThemAll_BoothsAreSpreadOverZones_WithOneReasonNamingThem()
    {
        var problem = new ProblemBuilder().Zone(1, "AI", sortOrder: 1).Zone(2, "ROB", sortOrder: 2).Zone(3, "BIO", sortOrder: 3)
            .Booth(10, "R-001", 2, 0, 20).Booth(20, "B-001", 3, 0, 40)
            .Request(10, wanted: 2, preferences: [1])
            .Build();

        var outcome = AutoAllocator.Propose(problem).For(10);

        Assert.Equal(["R-001", "B-001"], outcome.Codes());
        var reason = Assert.Single(outcome.Reasons);
        Assert.Equal(AllocationErrors.AutoPlacedOutsidePreferences, reason.Code);
        Assert.Equal("ROB zone, BIO zone", Assert.IsType<Web.Infrastructure.Localization.LocalizedText>(reason.Arguments[1]).En);
    }

    [Fact]
    public void AdjacentBooths_AreTakenAsOneTouchingBlock_EvenInALaterZone()
    {
        // AI has three free booths, but with aisles between them; ROB has three in a row.
        var problem = new ProblemBuilder().Zone(1, "AI").Zone(2, "ROB")
            .Booth(1, "A-001", 1, 0, 0).Booth(2, "A-002", 1, 5, 0).Booth(3, "A-003", 1, 10, 0)
            .Row(2, "R", 10, 3, y: 20)
            .Request(10, wanted: 3, adjacent: true, preferences: [1, 2])
            .Build();

        var outcome = AutoAllocator.Propose(problem).For(10);

        Assert.Equal(OutcomeKind.Full, outcome.Kind);
        Assert.Equal(["R-001", "R-002", "R-003"], outcome.Codes().Order());
        Assert.Equal(AllocationErrors.AutoPlacedInPreference, Assert.Single(outcome.Reasons).Code);
    }

    [Fact]
    public void AdjacentBooths_ThatExistNowhere_AreNotHandedOutPiecemeal()
    {
        var problem = new ProblemBuilder().Zone(1, "AI")
            .Booth(1, "A-001", 1, 0, 0).Booth(2, "A-002", 1, 5, 0).Booth(3, "A-003", 1, 10, 0)
            .Request(10, wanted: 3, adjacent: true)
            .Build();

        var outcome = AutoAllocator.Propose(problem).For(10);

        Assert.Equal(OutcomeKind.None, outcome.Kind);
        Assert.Empty(outcome.Booths);
        var reason = Assert.Single(outcome.Reasons);
        Assert.Equal(AllocationErrors.AutoNoAdjacentBlock, reason.Code);
        Assert.Equal([3, BoothSize.Standard], reason.Arguments);
    }

    [Fact]
    public void AnApplicationThatAlreadyHasABooth_GetsTheRestNextToIt_AndKeepsIt()
    {
        // A-001 … A-005 in a row; A-004 already belongs to application 10, A-001 to application 99.
        var problem = new ProblemBuilder().Zone(1, "AI")
            .Booth(1, "A-001", 1, 0, 0, status: BoothStatus.Allocated, allocatedTo: 99)
            .Booth(2, "A-002", 1, 3, 0).Booth(3, "A-003", 1, 6, 0)
            .Booth(4, "A-004", 1, 9, 0, status: BoothStatus.Allocated, allocatedTo: 10)
            .Booth(5, "A-005", 1, 12, 0)
            .Request(10, wanted: 3, adjacent: true)
            .Build();

        var outcome = AutoAllocator.Propose(problem).For(10);

        // A-002, A-003 and the booth it has, A-004, form one row; A-001 stays with application 99.
        Assert.Equal(1, outcome.AlreadyAllocated);
        Assert.Equal(["A-002", "A-003"], outcome.Codes().Order());
        Assert.Equal(OutcomeKind.Full, outcome.Kind);
    }

    [Fact]
    public void BlockedAllocatedAndOtherApplicantsHeldBooths_AreNeverProposed()
    {
        var problem = new ProblemBuilder().Zone(1, "AI")
            .Booth(1, "A-001", 1, 0, 0, status: BoothStatus.Blocked)
            .Booth(2, "A-002", 1, 3, 0, status: BoothStatus.Allocated, allocatedTo: 99)
            .Booth(3, "A-003", 1, 6, 0, status: BoothStatus.Held, heldFor: 77)
            .Booth(4, "A-004", 1, 9, 0)
            .Request(10, wanted: 4)
            .Build();

        var outcome = AutoAllocator.Propose(problem).For(10);

        Assert.Equal(["A-004"], outcome.Codes());
        Assert.Equal(OutcomeKind.Partial, outcome.Kind);
    }

    [Fact]
    public void ABoothHeldForTheApplicant_IsGivenToItFirst()
    {
        var problem = new ProblemBuilder().Zone(1, "AI")
            .Row(1, "A", 1, 2)
            .Booth(3, "A-003", 1, 6, 0, status: BoothStatus.Held, heldFor: 10)
            .Request(10)
            .Build();

        Assert.Equal(["A-003"], AutoAllocator.Propose(problem).For(10).Codes());
    }

    [Fact]
    public void CornerBooths_GoToSponsors_AndOthersGetStandardBooths()
    {
        var problem = new ProblemBuilder().Zone(1, "AI")
            .Booth(1, "A-001", 1, 0, 0, BoothSize.Corner)
            .Booth(2, "A-002", 1, 3, 0)
            .Booth(3, "A-003", 1, 6, 0)
            .Request(10, SponsorTier.None, dayOffset: -10)
            .Request(20, SponsorTier.Gold)
            .Build();

        var proposal = AutoAllocator.Propose(problem);

        Assert.Equal(["A-001"], proposal.For(20).Codes());
        Assert.Equal(["A-002"], proposal.For(10).Codes());
    }

    [Fact]
    public void ANonSponsor_GetsACorner_OnlyWhenNoStandardBoothIsLeftInTheZone()
    {
        var alone = new ProblemBuilder().Zone(1, "AI")
            .Booth(1, "A-001", 1, 0, 0, BoothSize.Corner).Booth(2, "A-002", 1, 3, 0)
            .Request(10)
            .Build();
        var onlyCorner = new ProblemBuilder().Zone(1, "AI")
            .Booth(1, "A-001", 1, 0, 0, BoothSize.Corner)
            .Request(10)
            .Build();

        Assert.Equal(["A-002"], AutoAllocator.Propose(alone).For(10).Codes());
        Assert.Equal(["A-001"], AutoAllocator.Propose(onlyCorner).For(10).Codes());
    }

    [Fact]
    public void IslandBooths_GoOnlyToApplicationsThatAskForThem_GoldAndDiamondFirst()
    {
        var problem = new ProblemBuilder().Zone(1, "SPON")
            .Booth(1, "S-001", 1, 0, 0, BoothSize.Island)
            .Request(10, SponsorTier.Diamond, size: BoothSize.Standard)
            .Request(20, SponsorTier.Silver, size: BoothSize.Island, dayOffset: -30)
            .Request(30, SponsorTier.Gold, size: BoothSize.Island)
            .Build();

        var proposal = AutoAllocator.Propose(problem);

        Assert.Empty(proposal.For(10).Booths);
        Assert.Equal(["S-001"], proposal.For(30).Codes());
        Assert.Empty(proposal.For(20).Booths);
    }

    [Fact]
    public void DoubleBooths_AreGivenOnlyToDoubleRequests()
    {
        var problem = new ProblemBuilder().Zone(1, "AI")
            .Booth(1, "A-001", 1, 0, 0, BoothSize.Double)
            .Booth(2, "A-002", 1, 6, 0)
            .Request(10, size: BoothSize.Double)
            .Request(20, SponsorTier.Diamond)
            .Build();

        var proposal = AutoAllocator.Propose(problem);

        Assert.Equal(["A-001"], proposal.For(10).Codes());
        Assert.Equal(["A-002"], proposal.For(20).Codes());
    }

    [Fact]
    public void TheSameProblem_InAnyOrder_GivesTheSameProposal()
    {
        var problem = RandomProblem(seed: 2023);
        var shuffled = problem with
        {
            Zones = problem.Zones.Reverse().ToList(),
            Booths = Shuffle(problem.Booths, 7),
            Requests = Shuffle(problem.Requests, 11),
        };

        var first = AutoAllocator.Propose(problem).Fingerprint();
        var again = AutoAllocator.Propose(problem).Fingerprint();
        var fromShuffled = AutoAllocator.Propose(shuffled).Fingerprint();

        Assert.Equal(first, again);
        Assert.Equal(first, fromShuffled);
        Assert.Contains("Full", first);
    }

    [Fact]
    public void NoBooth_IsEverProposedTwice_AndEveryProposedBoothFitsItsApplication()
    {
        var problem = RandomProblem(seed: 42);

        var proposal = AutoAllocator.Propose(problem);

        var boothIds = proposal.Assignments.Select(a => a.Booth.BoothId).ToList();
        Assert.Equal(boothIds.Count, boothIds.Distinct().Count());
        var booths = problem.Booths.ToDictionary(b => b.Id);
        var zones = problem.Zones.ToDictionary(z => z.Id);
        var requests = problem.Requests.ToDictionary(r => r.ApplicationId);
        foreach (var (outcome, proposed) in proposal.Assignments)
        {
            var booth = booths[proposed.BoothId];
            var request = requests[outcome.ApplicationId];
            Assert.Equal(BoothStatus.Available, booth.Status);
            Assert.True(zones[booth.ZoneId].Accepts(request.OrganizationType));
            Assert.True(booth.Size == request.SizeWanted || (booth.Size == BoothSize.Corner && request.SizeWanted == BoothSize.Standard));
            Assert.True(outcome.Booths.Count <= request.BoothsWanted);
        }
    }

    private static List<T> Shuffle<T>(IEnumerable<T> items, int seed)
    {
        var random = new Random(seed);
        return items.OrderBy(_ => random.Next()).ToList();
    }

    /// <summary>Four zones of 2×5 booth grids and 30 mixed requests.</summary>
    private static AllocationProblem RandomProblem(int seed)
    {
        var random = new Random(seed);
        var types = new[] { OrganizationType.Enterprise, OrganizationType.University, OrganizationType.Institute, OrganizationType.Sponsor };
        var builder = new ProblemBuilder()
            .Zone(1, "AI", OrganizationType.Enterprise | OrganizationType.Sponsor, 1)
            .Zone(2, "UNI", OrganizationType.University | OrganizationType.Institute, 2)
            .Zone(3, "ROB", OrganizationType.None, 3)
            .Zone(4, "SPON", OrganizationType.Sponsor, 0);
        var id = 1;
        for (var zone = 1; zone <= 4; zone++)
        {
            for (var row = 0; row < 2; row++)
            {
                for (var column = 0; column < 5; column++)
                {
                    var size = column == 0 ? BoothSize.Corner : BoothSize.Standard;
                    var status = random.Next(10) == 0 ? BoothStatus.Blocked : BoothStatus.Available;
                    builder.Booth(id, $"Z{zone}-{row}{column}", zone, column * 3, (zone * 20) + (row * 3), size, status);
                    id++;
                }
            }
        }
        for (var request = 1; request <= 30; request++)
        {
            builder.Request(request, (SponsorTier)random.Next(5), random.Next(1, 4), preferences: [random.Next(1, 5), random.Next(1, 5)],
                adjacent: random.Next(2) == 0, type: types[random.Next(types.Length)], dayOffset: random.Next(5));
        }
        return builder.Build();
    }
}
