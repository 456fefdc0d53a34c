using System.Security.Claims;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.Web.Features.Connections.Requests;

/// <summary>
/// Who acts for which organisation in meeting requests: an Exhibitor or Delegate whose account names an organisation
/// acts for that one only; organisers act for all; everybody else (staff, chairs, a contact without an organisation)
/// for none. Checked against the record on every call, whatever the page showed.
/// </summary>
public static class RequestAccess
{
    public static int? ContactOrganization(Actor actor) =>
        actor.IsInRole(Roles.Exhibitor) || actor.IsInRole(Roles.Delegate) ? actor.OrganizationId : null;

    /// <summary>The name the person goes by, else their sign-in name: the default for "who asks".</summary>
    public static string DisplayName(Actor actor) =>
        actor.Principal.FindFirstValue(Actor.DisplayNameClaim) is { Length: > 0 } name ? name : actor.UserName ?? "";

    /// <summary>A contact of one of the two organisations, or an organiser.</summary>
    public static bool MayRead(Actor actor, int organizationA, int organizationB) =>
        actor.IsOrganiser || ContactOrganization(actor) is { } own && (own == organizationA || own == organizationB);
}
