using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.Web.Features.Registrations.Admin;

/// <summary>The registration rights of <see cref="Policies"/>, for services that check the acting person.</summary>
public static class RegistrationRights
{
    public static bool MayView(Actor actor) => Policies.RolesOf(Policies.RegistrationDesk).Any(actor.IsInRole);

    public static bool MayEditDetails(Actor actor) => MayView(actor);

    public static bool MayDecide(Actor actor) => Policies.RolesOf(Policies.RegistrationDecisions).Any(actor.IsInRole);
}
