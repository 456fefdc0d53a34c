using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Booths;

namespace TechconnectEvent.UnitTests.Booths;

/// <summary>The booth's own rules: which moves each status allows, and a hold that ran out counting as free.</summary>
public sealed class BoothStatusTests
{
    private static readonly DateTimeOffset Now = new(2023, 9, 1, 3, 0, 0, TimeSpan.Zero);
    private const int Applicant = 7;
    private const int Other = 8;

    private static Booth New() => new() { Code = "AI-01" };

    private static Booth InState(string state) => state switch
    {
        "Available" => New(),
        "Blocked" => New().Blocked(),
        "Allocated" => New().Allocated(Applicant),
        "HeldForApplicant" => New().HeldFor(Applicant, Now.AddDays(1)),
        "HeldForOther" => New().HeldFor(Other, Now.AddDays(1)),
        "HoldRunOut" => New().HeldFor(Other, Now.AddMinutes(-1)),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    [Theory]
    [InlineData("Available", null)]
    [InlineData("HeldForApplicant", null)]
    [InlineData("HoldRunOut", null)]
    [InlineData("HeldForOther", BoothErrors.Held)]
    [InlineData("Blocked", BoothErrors.Blocked)]
    [InlineData("Allocated", BoothErrors.AlreadyAllocated)]
    public void Allocate_TakesAFreeBoothOrOneHeldForTheSameApplicant(string state, string? refusal)
    {
        var booth = InState(state);
        var (status, version) = (booth.Status, booth.Version);

        var error = booth.Allocate(Applicant, Now);

        Assert.Equal(refusal, error?.Code);
        Assert.Equal(refusal is null ? (BoothStatus.Allocated, version + 1) : (status, version), (booth.Status, booth.Version));
        if (refusal is null)
        {
            Assert.Equal((null, null), (booth.HeldForApplicationId, booth.HeldUntil));
        }
    }

    [Theory]
    [InlineData("Available", null)]
    [InlineData("HoldRunOut", null)]
    [InlineData("HeldForApplicant", BoothErrors.AlreadyHeld)]
    [InlineData("HeldForOther", BoothErrors.Held)]
    [InlineData("Blocked", BoothErrors.Blocked)]
    [InlineData("Allocated", BoothErrors.AlreadyAllocated)]
    public void Hold_ReservesAFreeBooth_AndAHoldThatRanOutCountsAsFree(string state, string? refusal)
    {
        var booth = InState(state);
        var version = booth.Version;
        var until = Now.AddDays(3).ToOffset(TimeSpan.FromHours(7));

        var error = booth.Hold(Applicant, until, Now);

        Assert.Equal(refusal, error?.Code);
        if (refusal is null)
        {
            Assert.Equal((BoothStatus.Held, Applicant, until, version + 1), (booth.Status, booth.HeldForApplicationId, booth.HeldUntil, booth.Version));
            Assert.Equal(TimeSpan.Zero, booth.HeldUntil!.Value.Offset);
        }
        else
        {
            Assert.Equal(version, booth.Version);
        }
    }

    [Fact]
    public void Hold_EndingNowOrEarlier_IsRefused()
    {
        var booth = New();

        Assert.Equal(BoothErrors.HoldUntilPast, booth.Hold(Applicant, Now, Now)?.Code);
        Assert.Equal(BoothStatus.Available, booth.Status);
    }

    [Theory]
    [InlineData("HeldForOther", null)]
    [InlineData("HoldRunOut", null)]
    [InlineData("Available", BoothErrors.NotHeld)]
    [InlineData("Allocated", BoothErrors.NotHeld)]
    public void LiftHold_FreesOnlyAHeldBooth(string state, string? refusal) =>
        AssertFreed(InState(state), b => b.LiftHold(), refusal);

    [Theory]
    [InlineData("Allocated", null)]
    [InlineData("Available", BoothErrors.NotAllocated)]
    [InlineData("HeldForOther", BoothErrors.NotAllocated)]
    public void Release_FreesOnlyAnAllocatedBooth(string state, string? refusal) =>
        AssertFreed(InState(state), b => b.Release(), refusal);

    [Theory]
    [InlineData("Blocked", null)]
    [InlineData("Available", BoothErrors.NotBlocked)]
    public void Unblock_FreesOnlyABlockedBooth(string state, string? refusal) =>
        AssertFreed(InState(state), b => b.Unblock(), refusal);

    [Theory]
    [InlineData("Available", null)]
    [InlineData("HeldForOther", BoothErrors.BlockNotAvailable)]
    [InlineData("Allocated", BoothErrors.BlockNotAvailable)]
    [InlineData("Blocked", BoothErrors.BlockNotAvailable)]
    public void Block_TakesOnlyAnAvailableBooth_WithItsTrimmedReason(string state, string? refusal)
    {
        var booth = InState(state);
        var status = booth.Status;

        var error = booth.Block("  Lối thoát hiểm ");

        Assert.Equal(refusal, error?.Code);
        Assert.Equal(refusal is null ? (BoothStatus.Blocked, "Lối thoát hiểm") : (status, status == BoothStatus.Blocked ? "Cột chịu lực" : null),
            (booth.Status, booth.BlockReason));
    }

    [Fact]
    public void IsFreeAt_CountsAHoldThatRanOutAsFree_AndALiveHoldOrABlockAsTaken()
    {
        var runOut = InState("HoldRunOut");
        var live = InState("HeldForOther");

        Assert.True(runOut.IsFreeAt(Now));
        Assert.False(live.IsFreeAt(Now));
        Assert.True(live.IsFreeAt(Now.AddDays(2)));
        Assert.False(InState("Blocked").IsFreeAt(Now));
    }

    private static void AssertFreed(Booth booth, Func<Booth, Web.Infrastructure.Operations.OperationError?> move, string? refusal)
    {
        var (status, version) = (booth.Status, booth.Version);

        var error = move(booth);

        Assert.Equal(refusal, error?.Code);
        Assert.Equal(refusal is null ? (BoothStatus.Available, version + 1) : (status, version), (booth.Status, booth.Version));
        if (refusal is null)
        {
            Assert.Equal((null, null, null), (booth.BlockReason, booth.HeldForApplicationId, booth.HeldUntil));
        }
    }
}
