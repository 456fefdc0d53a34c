using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.Web.Components.Account;

/// <summary>The one rule both the sign-in cookie and open circuits apply: same stamp, not locked out.</summary>
internal static class AccessCheck
{
    public static async Task<ApplicationUser?> FindCurrentUserAsync(SignInManager<ApplicationUser> signIn, ClaimsPrincipal principal)
    {
        var user = await signIn.ValidateSecurityStampAsync(principal);
        return user is not null && await signIn.UserManager.IsLockedOutAsync(user) ? null : user;
    }
}

/// <summary>The cookie's periodic check, refusing locked-out users as well as stale stamps.</summary>
internal sealed class LockoutAwareSecurityStampValidator(
        IOptions<SecurityStampValidatorOptions> options,
        SignInManager<ApplicationUser> signInManager,
        ILoggerFactory logger)
    : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    protected override Task<ApplicationUser?> VerifySecurityStamp(ClaimsPrincipal? principal) =>
        principal is null ? Task.FromResult<ApplicationUser?>(null) : AccessCheck.FindCurrentUserAsync(SignInManager, principal);
}

public static class AccessRevalidation
{
    /// <summary>
    /// Both checks at most a minute apart: the cookie on each request after the interval, and every open
    /// circuit on its own timer. Call after Identity is registered.
    /// </summary>
    public static IServiceCollection AddAccessRevalidation(this IServiceCollection services)
    {
        services.AddOptions<AccessRevalidationOptions>();
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, LockoutAwareSecurityStampValidator>());
        return services;
    }
}
