using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Exhibitors;

namespace TechconnectEvent.UnitTests.Exhibitors;

public sealed class ApplicationTransitionsTests
{
    private static readonly HashSet<(ApplicationStatus, ApplicationStatus)> Legal =
    [
        (ApplicationStatus.Submitted, ApplicationStatus.Approved),
        (ApplicationStatus.Submitted, ApplicationStatus.Rejected),
        (ApplicationStatus.Submitted, ApplicationStatus.Waitlisted),
        (ApplicationStatus.Submitted, ApplicationStatus.Withdrawn),
        (ApplicationStatus.Waitlisted, ApplicationStatus.Approved),
        (ApplicationStatus.Waitlisted, ApplicationStatus.Rejected),
        (ApplicationStatus.Waitlisted, ApplicationStatus.Withdrawn),
        (ApplicationStatus.Approved, ApplicationStatus.Withdrawn),
        (ApplicationStatus.Allocated, ApplicationStatus.Withdrawn),
    ];

    /// <summary>Moves only allocation makes, as booths come and go.</summary>
    private static readonly HashSet<(ApplicationStatus, ApplicationStatus)> BySystem =
    [
        (ApplicationStatus.Approved, ApplicationStatus.Allocated),
        (ApplicationStatus.Allocated, ApplicationStatus.Approved),
    ];

    public static TheoryData<ApplicationStatus, ApplicationStatus> EveryPair()
    {
        var data = new TheoryData<ApplicationStatus, ApplicationStatus>();
        foreach (var from in Enum.GetValues<ApplicationStatus>())
        {
            foreach (var to in Enum.GetValues<ApplicationStatus>())
            {
                data.Add(from, to);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void MoveTo_EveryPairOfStatuses_SucceedsExactlyForTheLegalOnes(ApplicationStatus from, ApplicationStatus to)
    {
        var application = new ExhibitorApplication().InStatus(from);
        var version = application.Version;
        var now = new DateTimeOffset(2023, 7, 1, 0, 0, 0, TimeSpan.Zero);

        var result = application.MoveTo(to, "lý do", now);

        if (Legal.Contains((from, to)))
        {
            Assert.True(result.Succeeded);
            Assert.Equal((to, version + 1, now), (application.Status, application.Version, application.DecidedAt!.Value));
        }
        else
        {
            Assert.Equal("Application.IllegalTransition", Assert.Single(result.Errors).Code);
            Assert.Equal((from, version), (application.Status, application.Version));
        }
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void TheTable_HoldsExactlyThePeoplesAndTheSystemsMoves(ApplicationStatus from, ApplicationStatus to)
    {
        Assert.Equal(Legal.Contains((from, to)) || BySystem.Contains((from, to)), ApplicationTransitions.Allows(from, to));
        Assert.Equal(BySystem.Contains((from, to)), ApplicationTransitions.AllowsSystem(from, to));
    }

    [Theory]
    [InlineData(ApplicationStatus.Approved, 1, ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Approved, 2, ApplicationStatus.Allocated)]
    [InlineData(ApplicationStatus.Allocated, 2, ApplicationStatus.Allocated)]
    [InlineData(ApplicationStatus.Allocated, 1, ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Allocated, 0, ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Withdrawn, 2, ApplicationStatus.Withdrawn)]
    [InlineData(ApplicationStatus.Submitted, 2, ApplicationStatus.Submitted)]
    public void BoothsChanged_MovesBetweenApprovedAndAllocatedByTheBoothsHeld_AndAlwaysBumpsTheVersion(
        ApplicationStatus from, int boothsHeld, ApplicationStatus expected)
    {
        var application = new ExhibitorApplication { BoothsWanted = 2 }.InStatus(from);
        var version = application.Version;

        application.BoothsChanged(boothsHeld);

        Assert.Equal((expected, version + 1), (application.Status, application.Version));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void MoveTo_RejectWithoutReason_FailsAtTheReasonField(string? reason)
    {
        var application = new ExhibitorApplication();

        var result = application.MoveTo(ApplicationStatus.Rejected, reason, TestClock.Instant);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Application.ReasonRequired", "Reason"), (error.Code, error.Field));
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void MoveTo_RejectWithReason_KeepsTheTrimmedReason()
    {
        var application = new ExhibitorApplication().InStatus(ApplicationStatus.Waitlisted);

        Assert.True(application.MoveTo(ApplicationStatus.Rejected, "  Không có công nghệ trình diễn ", TestClock.Instant).Succeeded);

        Assert.Equal("Không có công nghệ trình diễn", application.DecisionReason);
    }

    [Fact]
    public void MoveTo_ReasonLongerThan500_IsRefused()
    {
        var application = new ExhibitorApplication();

        var result = application.MoveTo(ApplicationStatus.Waitlisted, new string('x', 501), TestClock.Instant);

        Assert.Equal("Validation.TooLong", Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted, true)]
    [InlineData(ApplicationStatus.Waitlisted, true)]
    [InlineData(ApplicationStatus.Approved, false)]
    [InlineData(ApplicationStatus.Allocated, false)]
    [InlineData(ApplicationStatus.Rejected, false)]
    [InlineData(ApplicationStatus.Withdrawn, false)]
    public void IsEditable_OnlyWhileSubmittedOrWaitlisted(ApplicationStatus status, bool editable) =>
        Assert.Equal(editable, new ExhibitorApplication().InStatus(status).IsEditable());
}
