using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>
/// The life of an application. Kept beside the (frozen) entity as extension methods so every caller — pages,
/// API, allocation engine — goes through the same table.
/// </summary>
public static class ApplicationTransitions
{
    private static readonly Dictionary<ApplicationStatus, ApplicationStatus[]> Allowed = new()
    {
        [ApplicationStatus.Submitted] = [ApplicationStatus.Approved, ApplicationStatus.Rejected, ApplicationStatus.Waitlisted, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Waitlisted] = [ApplicationStatus.Approved, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn],
        // Approved → Allocated belongs to the allocation engine, which owns booths; it is listed so the table is whole.
        [ApplicationStatus.Approved] = [ApplicationStatus.Allocated, ApplicationStatus.Withdrawn],
        [ApplicationStatus.Allocated] = [ApplicationStatus.Withdrawn],
        [ApplicationStatus.Rejected] = [],
        [ApplicationStatus.Withdrawn] = [],
    };

    /// <summary>The decisions an organiser takes on this page (not Allocated, which comes from allocation).</summary>
    public static readonly IReadOnlyList<ApplicationStatus> Decisions = [ApplicationStatus.Approved, ApplicationStatus.Rejected, ApplicationStatus.Waitlisted];

    public static bool Allows(ApplicationStatus from, ApplicationStatus to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>An applicant may still change what they asked for.</summary>
    public static bool IsEditable(this ExhibitorApplication application) =>
        application.Status is ApplicationStatus.Submitted or ApplicationStatus.Waitlisted;

    /// <summary>Moves the application to a decision or to Withdrawn; refuses what the table does not allow.</summary>
    public static OperationResult MoveTo(this ExhibitorApplication application, ApplicationStatus target, string? reason, DateTimeOffset now)
    {
        if (!Allows(application.Status, target))
        {
            return OperationResult.Fail(OperationError.Of("Application.IllegalTransition", application.Status.ToString(), target.ToString()));
        }
        var cleanReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (target == ApplicationStatus.Rejected && cleanReason is null)
        {
            return OperationResult.Fail(OperationError.ForField("Reason", "Application.ReasonRequired"));
        }
        if (cleanReason is { Length: > 500 })
        {
            return OperationResult.Fail(OperationError.ForField("Reason", "Validation.TooLong", 500));
        }
        application.Status = target;
        application.DecisionReason = cleanReason;
        application.DecidedAt = now;
        application.Version++;
        return OperationResult.Ok();
    }
}
