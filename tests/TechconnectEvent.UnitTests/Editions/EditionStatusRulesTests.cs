using TechconnectEvent.Web.Features.Editions;

namespace TechconnectEvent.UnitTests.Editions;

public sealed class EditionStatusRulesTests
{
    // The allowed moves, written out: forward one step, or back one step (Archived → Closed unarchives).
    private static readonly HashSet<(EditionStatus, EditionStatus)> Allowed =
    [
        (EditionStatus.Draft, EditionStatus.Open),
        (EditionStatus.Open, EditionStatus.Running),
        (EditionStatus.Running, EditionStatus.Closed),
        (EditionStatus.Closed, EditionStatus.Archived),
        (EditionStatus.Open, EditionStatus.Draft),
        (EditionStatus.Running, EditionStatus.Open),
        (EditionStatus.Closed, EditionStatus.Running),
        (EditionStatus.Archived, EditionStatus.Closed),
    ];

    public static TheoryData<EditionStatus, EditionStatus> EveryPair()
    {
        var pairs = new TheoryData<EditionStatus, EditionStatus>();
        foreach (var from in Enum.GetValues<EditionStatus>())
        {
            foreach (var to in Enum.GetValues<EditionStatus>())
            {
                pairs.Add(from, to);
            }
        }
        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void CanMove_AllowsExactlyOneStepForwardOrBack(EditionStatus from, EditionStatus to) =>
        Assert.Equal(Allowed.Contains((from, to)), EditionStatusRules.CanMove(from, to));

    [Fact]
    public void Ends_HaveNoStepBeyondThem()
    {
        Assert.Null(EditionStatusRules.Previous(EditionStatus.Draft));
        Assert.Null(EditionStatusRules.Next(EditionStatus.Archived));
    }

    [Theory]
    [InlineData(EditionStatus.Draft, false)]
    [InlineData(EditionStatus.Open, true)]
    [InlineData(EditionStatus.Running, true)]
    [InlineData(EditionStatus.Closed, true)]
    [InlineData(EditionStatus.Archived, true)]
    public void CanBeCurrent_RefusesOnlyDrafts(EditionStatus status, bool expected) =>
        Assert.Equal(expected, EditionStatusRules.CanBeCurrent(status));
}
