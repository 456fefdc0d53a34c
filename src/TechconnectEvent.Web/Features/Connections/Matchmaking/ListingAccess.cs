using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.Web.Features.Connections.Matchmaking;

/// <summary>
/// Who may act for an organisation's offers and needs: organisers for all; an Exhibitor or Delegate only for the
/// organisation in their sign-in claim. Checked on every read and write, whatever the page showed.
/// </summary>
public static class ListingAccess
{
    public static bool IsContact(Actor actor) =>
        !actor.IsOrganiser && (actor.IsInRole(Roles.Exhibitor) || actor.IsInRole(Roles.Delegate)) && actor.OrganizationId is not null;

    public static bool CanActFor(Actor actor, int organizationId) =>
        actor.IsOrganiser || (IsContact(actor) && actor.OrganizationId == organizationId);
}
