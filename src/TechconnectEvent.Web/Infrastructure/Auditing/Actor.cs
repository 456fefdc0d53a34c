using System.Security.Claims;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.Web.Infrastructure.Auditing;

/// <summary>Who is acting: the signed-in user (or the system, for start-up and operator commands).</summary>
public sealed record Actor(string? UserId, string? UserName, ClaimsPrincipal Principal)
{
    public const string OrganizationClaim = "techconnect:organization";
    /// <summary>The name a person goes by ("PGS.TS. Trịnh Thu Hà"), shown in the app bar instead of the e-mail.</summary>
    public const string DisplayNameClaim = "techconnect:display-name";

    public static Actor System { get; } = new(null, "system", new ClaimsPrincipal(new ClaimsIdentity()));

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;
    public bool IsOrganiser => Principal.IsInRole(Roles.Organiser);
    public bool IsInRole(string role) => Principal.IsInRole(role);

    /// <summary>The organisation an Exhibitor user acts for, from the sign-in cookie.</summary>
    public int? OrganizationId =>
        int.TryParse(Principal.FindFirstValue(OrganizationClaim), out var id) ? id : null;

    public static Actor From(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true
            ? new Actor(principal.FindFirstValue(ClaimTypes.NameIdentifier), principal.Identity.Name, principal)
            : new Actor(null, null, principal);
}
