using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Admin;

/// <summary>
/// Which decisions an organiser may take on a registration in which status. Approving and rejecting answer a
/// request (Pending, or Waitlisted when a place frees up); cancelling withdraws a place already given or asked for.
/// Rejected and Cancelled are final here: the person registers again if they must.
/// </summary>
public static class RegistrationTransitions
{
    public const string NotAwaitingDecision = "Registrations.NotAwaitingDecision";
    public const string AlreadyClosed = "Registrations.AlreadyClosed";
    public const string ReasonRequired = "Registrations.ReasonRequired";
    public const string ReasonTooLong = "Registrations.ReasonTooLong";
    public const string CategoryFull = "Registrations.CategoryFull";

    public static OperationError? CheckApprove(RegistrationStatus status) =>
        status is RegistrationStatus.Pending or RegistrationStatus.Waitlisted ? null : OperationError.Of(NotAwaitingDecision, status.ToString());

    public static OperationError? CheckReject(RegistrationStatus status) => CheckApprove(status);

    public static OperationError? CheckCancel(RegistrationStatus status) =>
        status is RegistrationStatus.Pending or RegistrationStatus.Waitlisted or RegistrationStatus.Confirmed
            ? null
            : OperationError.Of(AlreadyClosed, status.ToString());

    /// <summary>A reason is told to the person, so it must say something and fit its column.</summary>
    public static OperationError? CheckReason(string? reason)
    {
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return OperationError.ForField("Reason", ReasonRequired);
        }
        return trimmed.Length > RegistrationLimits.Reason ? OperationError.ForField("Reason", ReasonTooLong, RegistrationLimits.Reason) : null;
    }

    /// <summary>
    /// Whether one more Pending or Confirmed person fits the category. Approving a Pending person takes no new
    /// place (Pending already counts); approving a Waitlisted one does.
    /// </summary>
    public static bool Fits(int? capacity, int taken, RegistrationStatus from) =>
        capacity is not { } limit || from == RegistrationStatus.Pending || taken < limit;
}
