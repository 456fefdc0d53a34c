using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Registrations;

namespace TechconnectEvent.UnitTests.CheckIns.Scanning;

public sealed class CheckInRulesTests
{
    private static readonly CheckInRules.ScanEdition Edition = new(7, new DateOnly(2023, 9, 29), new DateOnly(2023, 9, 30), "Asia/Ho_Chi_Minh");
    private static readonly CheckInRules.ScanPointFacts Gate = new(3, ScanPointKind.Gate, IsClosed: false);
    private static readonly DateTimeOffset FirstMorning = new(2023, 9, 29, 1, 0, 0, TimeSpan.Zero);
    private const string Code = "0123456789ABCDEFGHJKMNPQRS";

    private static CheckInRules.Decision Decide(CheckInRules.BadgeFacts? badge, bool retired = false, string? code = Code,
        CheckInRules.ScanPointFacts? point = null, DateTimeOffset? at = null) =>
        CheckInRules.Decide(new CheckInRules.Facts(code, badge, retired, Edition, point ?? Gate, at ?? FirstMorning));

    private static CheckInRules.BadgeFacts Badge(RegistrationStatus status = RegistrationStatus.Confirmed, int days = 3, int edition = 7) =>
        new(42, edition, status, days);

    [Fact]
    public void AConfirmedBadgeOnItsDay_IsAdmittedToTheFairForThatDay()
    {
        var decision = Decide(Badge());

        Assert.Equal(ScanStatus.CheckedIn, decision.Status);
        Assert.True(decision.Admits);
        Assert.Equal(CheckIn.FairEntry, decision.Scope);
        Assert.Equal(0, decision.DayIndex);
    }

    [Fact]
    public void ASessionDoor_AdmitsOncePerSession_NotToTheFair()
    {
        var door = new CheckInRules.ScanPointFacts(55, ScanPointKind.SessionDoor, IsClosed: false);

        var decision = Decide(Badge(), point: door);

        Assert.True(decision.Admits);
        Assert.Equal(55, decision.Scope);
    }

    [Fact]
    public void WhatIsNotABadgeCode_IsInvalid()
    {
        var decision = Decide(badge: null, code: null);

        Assert.Equal((ScanStatus.Invalid, ScanReason.MalformedCode), (decision.Status, decision.Reason));
        Assert.False(decision.Admits);
    }

    [Theory]
    [InlineData(false, ScanReason.UnknownCode)]
    [InlineData(true, ScanReason.Reissued)]
    public void ACodeNoBadgeHas_IsInvalid_SayingWhenItWasReissued(bool retired, ScanReason reason)
    {
        var decision = Decide(badge: null, retired: retired);

        Assert.Equal((ScanStatus.Invalid, reason), (decision.Status, decision.Reason));
    }

    [Fact]
    public void ABadgeOfAnotherEdition_IsInvalid()
    {
        Assert.Equal((ScanStatus.Invalid, ScanReason.OtherEdition), Pair(Decide(Badge(edition: 6))));
    }

    [Theory]
    [InlineData(RegistrationStatus.Cancelled, ScanReason.Cancelled)]
    [InlineData(RegistrationStatus.Rejected, ScanReason.Rejected)]
    [InlineData(RegistrationStatus.Pending, ScanReason.PendingApproval)]
    [InlineData(RegistrationStatus.Waitlisted, ScanReason.Waitlisted)]
    public void ARegistrationThatIsNotConfirmed_IsNotAllowed_WithItsStatusAsTheReason(RegistrationStatus status, ScanReason reason)
    {
        Assert.Equal((ScanStatus.NotAllowed, reason), Pair(Decide(Badge(status))));
    }

    [Fact]
    public void AClosedGate_TakesNoScans()
    {
        var closed = Gate with { IsClosed = true };

        Assert.Equal((ScanStatus.NotAllowed, ScanReason.ScanPointClosed), Pair(Decide(Badge(), point: closed)));
    }

    [Fact]
    public void ABadgeForTheSecondDayOnly_IsNotForToday_OnTheFirst_AndAdmittedOnTheSecond()
    {
        Assert.Equal((ScanStatus.NotAllowed, ScanReason.NotToday), Pair(Decide(Badge(days: 0b10))));

        var secondDay = Decide(Badge(days: 0b10), at: FirstMorning.AddDays(1));
        Assert.True(secondDay.Admits);
        Assert.Equal(1, secondDay.DayIndex);
    }

    [Theory]
    [InlineData("2023-09-28T16:59:59Z")] // 23:59:59 the evening before, in Ha Long
    [InlineData("2023-09-30T17:00:00Z")] // midnight after the last day
    public void BeforeTheFirstDayOrAfterTheLast_IsOutsideTheFair(string instant)
    {
        var decision = Decide(Badge(), at: DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((ScanStatus.NotAllowed, ScanReason.OutsideEditionDays), Pair(decision));
    }

    [Theory]
    [InlineData("2023-09-28T17:00:00Z", 0)] // 00:00 on 29 September in Ha Long, still the 28th in UTC
    [InlineData("2023-09-29T16:59:59Z", 0)] // 23:59:59 on the first day
    [InlineData("2023-09-29T17:00:00Z", 1)] // midnight: the second day begins
    public void TheDayIsCountedInTheEditionsTimeZone(string instant, int day)
    {
        Assert.Equal(day, CheckInRules.DayIndex(Edition, DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void EveryReason_HasTheApiNameInKebabCase()
    {
        Assert.Null(CheckInRules.ApiReason(ScanReason.None));
        Assert.Equal("pending-approval", CheckInRules.ApiReason(ScanReason.PendingApproval));
        var names = Enum.GetValues<ScanReason>().Where(r => r != ScanReason.None).Select(CheckInRules.ApiReason).ToList();
        Assert.All(names, n => Assert.Matches("^[a-z]+(-[a-z]+)*$", n));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    private static (ScanStatus, ScanReason) Pair(CheckInRules.Decision decision) => (decision.Status, decision.Reason);
}
