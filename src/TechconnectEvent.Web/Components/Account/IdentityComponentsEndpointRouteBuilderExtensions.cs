using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
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

        // The form is read by hand: a refused antiforgery check (or a form that cannot be read) is a 400 for the
        // browser, where form binding would throw and answer 500.
        accountGroup.MapPost("/Logout", async (HttpContext context, SignInManager<ApplicationUser> signInManager) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } refused)
            {
                return Results.Problem(refused.Error?.Message, statusCode: StatusCodes.Status400BadRequest);
            }
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            await signInManager.SignOutAsync();
            return Results.LocalRedirect(LocalReturnUrl.OrHome(form["returnUrl"]));
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return accountGroup;
    }
}
