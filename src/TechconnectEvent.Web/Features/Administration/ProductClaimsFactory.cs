using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.Web.Features.Administration;

/// <summary>
/// Puts an Exhibitor user's organisation into the sign-in cookie, where ownership checks read it, and the name a person
/// goes by, which the app bar shows.
/// </summary>
internal sealed class ProductClaimsFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrganizationId is { } organizationId)
        {
            identity.AddClaim(new Claim(Actor.OrganizationClaim, organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(Actor.DisplayNameClaim, user.DisplayName));
        }
        return identity;
    }
}
