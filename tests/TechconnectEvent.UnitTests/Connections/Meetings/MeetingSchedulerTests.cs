using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Meetings;

namespace TechconnectEvent.UnitTests.Connections.Meetings;

public sealed class MeetingSchedulerTests
{
    private static readonly DateTimeOffset Start = new(2023, 9, 29, 2, 0, 0, TimeSpan.Zero);

    private static SlotRound Round(int id) => new(id, id, Start.AddMinutes(30 * id));

    private static SlotTable Onsite(int id, bool closed = false) => new(id, id, false, closed);

    private static SlotTable Online(int id) => new(id, id, true, false);

    private static SlotMeeting Meeting(int id, int a, int b, string? personA = null, string? personB = null, bool mutual = false,
        int minute = 0, int? round = null, int? table = null) =>
        new(id, a, b, personA, personB, mutual, Start.AddDays(-10).AddMinutes(minute == 0 ? id : minute), round, table);

    private static SchedulerInput Input(IEnumerable<SlotRound> rounds, IEnumerable<SlotTable> tables, IEnumerable<SlotMeeting> meetings,
        IEnumerable<int>? online = null, Dictionary<int, IReadOnlySet<int>>? away = null) =>
        new([.. rounds], [.. tables], [.. meetings], (online ?? []).ToHashSet(), away ?? []);

    [Fact]
    public void Run_WithoutRounds_LeavesEveryMeetingWithNoRounds()
    {
        var result = MeetingScheduler.Run(Input([], [Onsite(1)], [Meeting(1, 10, 20)]));

        Assert.Empty(result.Placed);
        Assert.Equal(new NotPlaced(1, UnplacedReason.NoRounds), Assert.Single(result.NotPlaced));
    }

    [Fact]
    public void Run_OnlinePartyWithoutOnlineTable_SaysNoOnlineTable()
    {
        var result = MeetingScheduler.Run(Input([Round(1)], [Onsite(1)], [Meeting(1, 10, 20)], online: [20]));

        Assert.Equal(UnplacedReason.NoOnlineTable, Assert.Single(result.NotPlaced).Reason);
    }

    [Fact]
    public void Run_OnsitePartiesWithOnlyOnlineOrClosedTables_SayNoOnsiteTable()
    {
        var result = MeetingScheduler.Run(Input([Round(1)], [Online(1), Onsite(2, closed: true)], [Meeting(1, 10, 20)]));

        Assert.Equal(UnplacedReason.NoOnsiteTable, Assert.Single(result.NotPlaced).Reason);
    }

    [Fact]
    public void Run_OrganisationAwayInEveryRound_SaysNoCommonFreeRound()
    {
        var away = new Dictionary<int, IReadOnlySet<int>> { [10] = new HashSet<int> { 1 }, [20] = new HashSet<int> { 2 } };

        var result = MeetingScheduler.Run(Input([Round(1), Round(2)], [Onsite(1)], [Meeting(1, 10, 20)], away: away));

        Assert.Equal(UnplacedReason.NoCommonFreeRound, Assert.Single(result.NotPlaced).Reason);
    }

    [Fact]
    public void Run_FreeRoundButEveryTableTaken_SaysNoFreeTable()
    {
        var result = MeetingScheduler.Run(Input([Round(1)], [Onsite(1)], [Meeting(1, 10, 20), Meeting(2, 30, 40)]));

        Assert.Equal(new Placement(1, 1, 1), Assert.Single(result.Placed));
        Assert.Equal(new NotPlaced(2, UnplacedReason.NoFreeTable), Assert.Single(result.NotPlaced));
    }

    [Fact]
    public void Run_SamePersonForTwoOrganisations_IsNeverInTwoMeetingsOfOneRound()
    {
        var mai = SlotMeeting.PersonKey(null, "TS. Lê Thị Mai");
        var maiAgain = SlotMeeting.PersonKey(null, "ts. le thi mai");
        var result = MeetingScheduler.Run(Input([Round(1), Round(2)], [Onsite(1), Onsite(2)],
            [Meeting(1, 10, 20, personA: mai), Meeting(2, 30, 40, personB: maiAgain)]));

        Assert.Equal(mai, maiAgain);
        Assert.Equal([new Placement(1, 1, 1), new Placement(2, 2, 1)], result.Placed);
    }

    [Fact]
    public void Run_SameOrganisation_IsNeverInTwoMeetingsOfOneRound()
    {
        var result = MeetingScheduler.Run(Input([Round(1), Round(2)], [Onsite(1), Onsite(2)], [Meeting(1, 10, 20), Meeting(2, 20, 30)]));

        Assert.Equal([1, 2], result.Placed.Select(p => p.RoundId));
    }

    [Fact]
    public void Run_OrganisationAwayInFirstRound_GetsTheNextRound()
    {
        var away = new Dictionary<int, IReadOnlySet<int>> { [20] = new HashSet<int> { 1 } };

        var result = MeetingScheduler.Run(Input([Round(1), Round(2)], [Onsite(1)], [Meeting(1, 10, 20)], away: away));

        Assert.Equal(new Placement(1, 2, 1), Assert.Single(result.Placed));
    }

    [Fact]
    public void Run_OnlineAndOnsiteMeetings_GoToTheirKindOfTable()
    {
        var result = MeetingScheduler.Run(Input([Round(1)], [Onsite(1), Online(2)], [Meeting(1, 10, 20), Meeting(2, 30, 40)], online: [30]));

        Assert.Equal([new Placement(1, 1, 1), new Placement(2, 1, 2)], result.Placed);
    }

    [Fact]
    public void Run_MutualMeetingsArePlacedFirst_ThenOlderRequests()
    {
        var result = MeetingScheduler.Run(Input([Round(1)], [Onsite(1), Onsite(2)],
            [Meeting(1, 10, 20, minute: 5), Meeting(2, 30, 40, minute: 1), Meeting(3, 50, 60, mutual: true, minute: 9)]));

        Assert.Equal([3, 2], result.Placed.Select(p => p.MeetingId));
        Assert.Equal(1, Assert.Single(result.NotPlaced).MeetingId);
    }

    [Fact]
    public void Run_ExistingPlacementsAreKept_AndTheirSlotsAvoided()
    {
        var result = MeetingScheduler.Run(Input([Round(1), Round(2)], [Onsite(1)],
            [Meeting(1, 10, 20, round: 1, table: 1), Meeting(2, 30, 40)]));

        Assert.Equal(new Placement(2, 2, 1), Assert.Single(result.Placed));
    }

    [Fact]
    public void Run_SameInputTwiceOrShuffled_GivesIdenticalOutput()
    {
        var meetings = Enumerable.Range(1, 60).Select(i => Meeting(i, i % 9, 100 + i % 7, mutual: i % 5 == 0, minute: i % 4 + 1)).ToList();
        var rounds = Enumerable.Range(1, 4).Select(Round).ToList();
        var tables = Enumerable.Range(1, 6).Select(i => i == 6 ? Online(i) : Onsite(i)).ToList();
        var first = MeetingScheduler.Run(Input(rounds, tables, meetings, online: [3]));

        var again = MeetingScheduler.Run(Input(rounds, tables, meetings, online: [3]));
        var random = new Random(7);
        var shuffled = MeetingScheduler.Run(Input(rounds.OrderBy(_ => random.Next()), tables.OrderBy(_ => random.Next()),
            meetings.OrderBy(_ => random.Next()), online: [3]));

        Assert.NotEmpty(first.Placed);
        Assert.NotEmpty(first.NotPlaced);
        Assert.Equal(first.Placed, again.Placed);
        Assert.Equal(first.NotPlaced, again.NotPlaced);
        Assert.Equal(first.Placed, shuffled.Placed);
        Assert.Equal(first.NotPlaced, shuffled.NotPlaced);
    }

    [Fact]
    public void Check_TakenTable_NamesTheMeetingThere()
    {
        var input = Input([Round(1)], [Onsite(1), Onsite(2)], [Meeting(1, 10, 20, round: 1, table: 1), Meeting(2, 30, 40)]);

        var clash = MeetingScheduler.Check(input, input.Meetings[1], 1, 1);

        Assert.Equal(new SlotClash(SlotClashKind.TableTaken, 1, null), clash);
        Assert.Null(MeetingScheduler.Check(input, input.Meetings[1], 1, 2));
    }

    [Fact]
    public void Check_PersonBusyElsewhere_NamesThatMeeting()
    {
        var input = Input([Round(1)], [Onsite(1), Onsite(2)],
            [Meeting(1, 10, 20, personA: "user:u9", round: 1, table: 1), Meeting(2, 30, 40, personB: "user:u9")]);

        Assert.Equal(new SlotClash(SlotClashKind.PersonBusy, 1, null), MeetingScheduler.Check(input, input.Meetings[1], 1, 2));
    }

    [Fact]
    public void Check_OwnPlacementDoesNotCount_ButAwayRoundAndWrongKindOfTableDo()
    {
        var away = new Dictionary<int, IReadOnlySet<int>> { [20] = new HashSet<int> { 2 } };
        var input = Input([Round(1), Round(2)], [Onsite(1), Online(2)], [Meeting(1, 10, 20, round: 1, table: 1)], away: away);
        var meeting = input.Meetings[0];

        Assert.Null(MeetingScheduler.Check(input, meeting, 1, 1));
        Assert.Equal(new SlotClash(SlotClashKind.OrganizationUnavailable, null, 20), MeetingScheduler.Check(input, meeting, 2, 1));
        Assert.Equal(SlotClashKind.NeedsOnsiteTable, MeetingScheduler.Check(input, meeting, 1, 2)?.Kind);
    }
}
