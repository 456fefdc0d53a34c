using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Admin;

namespace TechconnectEvent.UnitTests.Registrations.Admin;

public sealed class RegistrationTransitionsTests
{
    [Theory]
    [InlineData(RegistrationStatus.Pending, true)]
    [InlineData(RegistrationStatus.Waitlisted, true)]
    [InlineData(RegistrationStatus.Confirmed, false)]
    [InlineData(RegistrationStatus.Rejected, false)]
    [InlineData(RegistrationStatus.Cancelled, false)]
    public void ApproveAndReject_OnlyAnswerARequest(RegistrationStatus status, bool allowed)
    {
        Assert.Equal(allowed, RegistrationTransitions.CheckApprove(status) is null);
        Assert.Equal(allowed, RegistrationTransitions.CheckReject(status) is null);
    }

    [Theory]
    [InlineData(RegistrationStatus.Pending, true)]
    [InlineData(RegistrationStatus.Waitlisted, true)]
    [InlineData(RegistrationStatus.Confirmed, true)]
    [InlineData(RegistrationStatus.Rejected, false)]
    [InlineData(RegistrationStatus.Cancelled, false)]
    public void Cancel_WithdrawsAnOpenRegistrationOnly(RegistrationStatus status, bool allowed) =>
        Assert.Equal(allowed, RegistrationTransitions.CheckCancel(status) is null);

    [Theory]
    [InlineData(null, RegistrationTransitions.ReasonRequired)]
    [InlineData("   ", RegistrationTransitions.ReasonRequired)]
    [InlineData("Hết chỗ dành cho khách mời", null)]
    public void Reason_MustSaySomething(string? reason, string? expected) =>
        Assert.Equal(expected, RegistrationTransitions.CheckReason(reason)?.Code);

    [Fact]
    public void Reason_LongerThanItsColumn_IsRefused() =>
        Assert.Equal(RegistrationTransitions.ReasonTooLong, RegistrationTransitions.CheckReason(new string('x', RegistrationLimits.Reason + 1))?.Code);

    [Theory]
    [InlineData(null, 1000, RegistrationStatus.Waitlisted, true)]
    [InlineData(10, 9, RegistrationStatus.Waitlisted, true)]
    [InlineData(10, 10, RegistrationStatus.Waitlisted, false)]
    // A Pending person already holds a place in the count, so approving them never overfills.
    [InlineData(10, 10, RegistrationStatus.Pending, true)]
    public void Fits_CountsPendingAsTaken(int? capacity, int taken, RegistrationStatus from, bool fits) =>
        Assert.Equal(fits, RegistrationTransitions.Fits(capacity, taken, from));
}
