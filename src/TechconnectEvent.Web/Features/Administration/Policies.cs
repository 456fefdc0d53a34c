using Microsoft.AspNetCore.Authorization;

namespace TechconnectEvent.Web.Features.Administration;

/// <summary>
/// Who may open what, by name. Pages say <c>[Authorize(Policy = Policies.Organisers)]</c> and endpoints
/// <c>RequireAuthorization(Policies.Organisers)</c>, so a rule changes in one place, not in every role string.
/// </summary>
public static class Policies
{
    /// <summary>The secretariat: set-up, allocation, administration, reports.</summary>
    public const string Organisers = nameof(Organisers);

    /// <summary>Exhibitors only: the drawer's entry to their own exhibition.</summary>
    public const string Exhibitors = nameof(Exhibitors);

    /// <summary>An exhibitor's own records, which organisers may also open.</summary>
    public const string ExhibitorsAndOrganisers = nameof(ExhibitorsAndOrganisers);

    /// <summary>Check-in and badge staff, and organisers.</summary>
    public const string StaffAndOrganisers = nameof(StaffAndOrganisers);

    /// <summary>Session chairs only: the drawer's entry to the sessions they chair.</summary>
    public const string SessionChairs = nameof(SessionChairs);

    /// <summary>Session chairs, and organisers.</summary>
    public const string SessionChairsAndOrganisers = nameof(SessionChairsAndOrganisers);

    /// <summary>An organisation's signed-in contacts (exhibitors, and delegates linked to an organisation): offers, needs, meeting requests.</summary>
    public const string ConnectionContacts = nameof(ConnectionContacts);

    /// <summary>Organisation contacts (their own records), and organisers (everyone's).</summary>
    public const string ConnectionContactsAndOrganisers = nameof(ConnectionContactsAndOrganisers);

    /// <summary>
    /// Registrations: desk staff may view, search and correct a person's details (the person stands in front of them);
    /// approving, rejecting, cancelling, importing and exporting decide who attends, so they stay with organisers.
    /// </summary>
    public const string RegistrationDesk = StaffAndOrganisers;
    public const string RegistrationDecisions = Organisers;

    /// <summary>Each policy and the roles that satisfy it (any one of them); the navigation drawer reads the same table.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> RolesByPolicy = new Dictionary<string, IReadOnlyList<string>>
    {
        [Organisers] = [Roles.Organiser],
        [Exhibitors] = [Roles.Exhibitor],
        [ExhibitorsAndOrganisers] = [Roles.Exhibitor, Roles.Organiser],
        [StaffAndOrganisers] = [Roles.Staff, Roles.Organiser],
        [SessionChairs] = [Roles.SessionChair],
        [SessionChairsAndOrganisers] = [Roles.SessionChair, Roles.Organiser],
        [ConnectionContacts] = [Roles.Exhibitor, Roles.Delegate],
        [ConnectionContactsAndOrganisers] = [Roles.Exhibitor, Roles.Delegate, Roles.Organiser],
    };

    public static IReadOnlyList<string> RolesOf(string policy) => RolesByPolicy[policy];

    public static void Configure(AuthorizationOptions options)
    {
        foreach (var (name, roles) in RolesByPolicy)
        {
            options.AddPolicy(name, policy => policy.RequireRole(roles));
        }
    }
}
