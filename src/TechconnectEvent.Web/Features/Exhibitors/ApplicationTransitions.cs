namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>
/// The life of an application, in one table. People (organisers deciding, applicants withdrawing) make some moves;
/// the system makes the others as booths are allocated and released. <see cref="ExhibitorApplication"/> refuses
/// anything else.
/// </summary>
public static class ApplicationTransitions
{
    public const string IllegalTransition = "Application.IllegalTransition";

    private enum Mover
    {
        Person,
        System,
    }

    private static readonly Dictionary<ApplicationStatus, (ApplicationStatus To, Mover By)[]> Allowed = new()
    {
        [ApplicationStatus.Submitted] =
            [(ApplicationStatus.Approved, Mover.Person), (ApplicationStatus.Rejected, Mover.Person), (ApplicationStatus.Waitlisted, Mover.Person), (ApplicationStatus.Withdrawn, Mover.Person)],
        [ApplicationStatus.Waitlisted] = [(ApplicationStatus.Approved, Mover.Person), (ApplicationStatus.Rejected, Mover.Person), (ApplicationStatus.Withdrawn, Mover.Person)],
        // Allocated once it holds the booths it wanted.
        [ApplicationStatus.Approved] = [(ApplicationStatus.Allocated, Mover.System), (ApplicationStatus.Withdrawn, Mover.Person)],
        // Back to Approved when a release leaves it short, so that it can be allocated again.
        [ApplicationStatus.Allocated] = [(ApplicationStatus.Approved, Mover.System), (ApplicationStatus.Withdrawn, Mover.Person)],
        [ApplicationStatus.Rejected] = [],
        [ApplicationStatus.Withdrawn] = [],
    };

    /// <summary>The decisions an organiser takes on this page (not Allocated, which comes from allocation).</summary>
    public static readonly IReadOnlyList<ApplicationStatus> Decisions = [ApplicationStatus.Approved, ApplicationStatus.Rejected, ApplicationStatus.Waitlisted];

    /// <summary>The table has the move, whoever makes it.</summary>
    public static bool Allows(ApplicationStatus from, ApplicationStatus to) => Find(from, to) is not null;

    public static bool AllowsPerson(ApplicationStatus from, ApplicationStatus to) => Find(from, to) == Mover.Person;

    public static bool AllowsSystem(ApplicationStatus from, ApplicationStatus to) => Find(from, to) == Mover.System;

    /// <summary>An applicant may still change what they asked for.</summary>
    public static bool IsEditable(this ExhibitorApplication application) =>
        application.Status is ApplicationStatus.Submitted or ApplicationStatus.Waitlisted;

    private static Mover? Find(ApplicationStatus from, ApplicationStatus to)
    {
        foreach (var (target, by) in Allowed.GetValueOrDefault(from, []))
        {
            if (target == to)
            {
                return by;
            }
        }
        return null;
    }
}
