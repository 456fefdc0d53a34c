using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.Web.Features.Organizations;

/// <summary>
/// Who may touch an organisation's records: organisers all of them; an Exhibitor only those of the organisation
/// in their sign-in claim; everyone else none. Every service checks this per record, whatever the page showed.
/// </summary>
public static class OrganizationAccess
{
    public static bool CanAccess(Actor actor, int organizationId) =>
        actor.IsOrganiser || (actor.IsInRole(Roles.Exhibitor) && actor.OrganizationId == organizationId);

    /// <summary>The organisation an Exhibitor acts for; null for organisers and other roles.</summary>
    public static int? OwnOrganization(Actor actor) =>
        !actor.IsOrganiser && actor.IsInRole(Roles.Exhibitor) ? actor.OrganizationId : null;
}

/// <summary>Error codes shared by the organisation and exhibitor services (resource keys "Error.&lt;code&gt;").</summary>
public static class RecordErrors
{
    public const string NotFound = "NotFound";
    public const string Forbidden = "Forbidden";
    public const string Concurrency = "Concurrency";
}
