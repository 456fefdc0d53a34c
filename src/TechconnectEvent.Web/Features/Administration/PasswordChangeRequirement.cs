using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace TechconnectEvent.Web.Features.Administration;

/// <summary>
/// A user claim saying "choose your own password before anything else", set when the password was generated
/// and written to the log (the first organiser's). A claim, not a column: the sign-in cookie carries it, so
/// every page can check it without a query.
/// </summary>
public static class PasswordChangeRequirement
{
    public const string ClaimType = "techconnect:must-change-password";

    public static bool Applies(ClaimsPrincipal user) => user.HasClaim(c => c.Type == ClaimType);

    public static Task<IdentityResult> RequireAsync(UserManager<ApplicationUser> users, ApplicationUser user) =>
        users.AddClaimAsync(user, new Claim(ClaimType, "true"));

    public static async Task<IdentityResult> ClearAsync(UserManager<ApplicationUser> users, ApplicationUser user)
    {
        var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == ClaimType).ToList();
        return claims.Count == 0 ? IdentityResult.Success : await users.RemoveClaimsAsync(user, claims);
    }
}
