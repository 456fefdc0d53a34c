using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Hosting;

namespace TechconnectEvent.Web.Components.Account;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>Endpoints the account pages post to.</summary>
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var accountGroup = endpoints.MapGroup("/Account");

        accountGroup.MapPost("/Logout", async (
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(LocalReturnUrl.OrHome(returnUrl));
        });
        return accountGroup;
    }
}
