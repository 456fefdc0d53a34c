using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.Web.Components.Account;

/// <summary>How often an open interactive page re-checks that its user may still act as signed in.</summary>
public sealed class AccessRevalidationOptions
{
    /// <summary>A lock or a removed role takes effect in open pages within this time.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Re-checks the user of each interactive circuit every <see cref="AccessRevalidationOptions.Interval"/>: a
/// deleted or locked-out account, or a changed security stamp (roles, organisation, password), turns the page
/// anonymous, so organiser sections disappear and protected pages send the person to sign in.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<AccessRevalidationOptions> revalidation)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => revalidation.Value.Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // A new scope: the circuit's own would keep returning the user as it was first loaded.
        await using var scope = scopeFactory.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        return await AccessCheck.FindCurrentUserAsync(signIn, authenticationState.User) is not null;
    }
}
