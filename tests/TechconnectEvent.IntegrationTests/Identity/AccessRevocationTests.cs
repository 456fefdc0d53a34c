using System.Net;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Components.Account;
using TechconnectEvent.Web.Components.Layout;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.IntegrationTests.Identity;

/// <summary>
/// Taking access away must reach people who are already signed in. The app checks at most once a minute: the
/// cookie tests move the app's clock past that minute instead of waiting; the open-page tests shorten the
/// interval of the circuit's timer, which runs on the machine's clock.
/// </summary>
public sealed class AccessRevocationTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private WebApplicationFactory<Program> CheckingEveryTime => factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
    {
        services.Configure<AccessRevalidationOptions>(options => options.Interval = TimeSpan.FromMilliseconds(50));
    }));

    private UserAdministrationService Admin => factory.Services.GetRequiredService<UserAdministrationService>();

    [Fact]
    public void InProduction_CookiesAndOpenPagesAreRecheckedEveryMinute()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), factory.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval);
        Assert.Equal(TimeSpan.FromMinutes(1), factory.Services.GetRequiredService<IOptions<AccessRevalidationOptions>>().Value.Interval);
    }

    [Fact]
    public async Task LockedUser_NextRequest_GoesToSignIn()
    {
        await using var app = CheckingEveryTime;
        var email = await factory.CreateUserAsync(Roles.Staff);
        var client = BrowserClient.Create(app);
        await client.SignInOrFailAsync(email, UserFactory.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Manage", TestContext.Current.CancellationToken)).StatusCode);

        await Admin.SetLockedAsync(await IdOfAsync(email), true);
        var sameMinute = await client.GetAsync("/Account/Manage", TestContext.Current.CancellationToken);
        factory.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var next = await client.GetAsync("/Account/Manage", TestContext.Current.CancellationToken);

        // Within the minute the cookie is not re-read (that is the cost of checking once a minute), past it, it is.
        Assert.Equal(HttpStatusCode.OK, sameMinute.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("Account/Login", next.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LockedOutWithoutANewStamp_IsStillRefused()
    {
        await using var app = CheckingEveryTime;
        var email = await factory.CreateUserAsync(Roles.Staff);
        var client = BrowserClient.Create(app);
        await client.SignInOrFailAsync(email, UserFactory.Password);

        // As the sign-in throttle does: lockout end set, security stamp untouched.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(email))!, DateTimeOffset.MaxValue);
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var next = await client.GetAsync("/Account/Manage", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("Account/Login", next.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemotedOrganiser_OpenPage_LosesTheOrganiserSections()
    {
        await using var app = CheckingEveryTime;
        var email = await factory.CreateUserAsync(Roles.Organiser);
        await using var circuit = app.Services.CreateAsyncScope();
        var provider = circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var signedIn = await PrincipalOfAsync(app, email);
        ((IHostEnvironmentAuthenticationStateProvider)provider).SetAuthenticationState(Task.FromResult(new AuthenticationState(signedIn)));
        var changed = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.AuthenticationStateChanged += async state => changed.TrySetResult(await state);
        Assert.Contains(NavigationCatalog.VisibleTo(signedIn), s => s.TitleKey == "Nav.Booths");

        await Admin.SetRolesAsync(await IdOfAsync(email), [Roles.Delegate]);
        var after = await changed.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.False(after.User.Identity?.IsAuthenticated);
        Assert.DoesNotContain(NavigationCatalog.VisibleTo(after.User), s => s.Roles.Contains(Roles.Organiser));
    }

    [Fact]
    public async Task UnchangedUser_OpenPage_StaysSignedIn()
    {
        await using var app = CheckingEveryTime;
        var email = await factory.CreateUserAsync(Roles.Organiser);
        await using var circuit = app.Services.CreateAsyncScope();
        var provider = circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        ((IHostEnvironmentAuthenticationStateProvider)provider).SetAuthenticationState(
            Task.FromResult(new AuthenticationState(await PrincipalOfAsync(app, email))));
        var changed = false;
        provider.AuthenticationStateChanged += _ => changed = true;

        await Task.Delay(TimeSpan.FromMilliseconds(400), TestContext.Current.CancellationToken);

        Assert.False(changed);
        Assert.True((await provider.GetAuthenticationStateAsync()).User.IsInRole(Roles.Organiser));
    }

    private async Task<string> IdOfAsync(string email) => (await Admin.ListAsync()).Single(u => u.Email == email).Id;

    private static async Task<System.Security.Claims.ClaimsPrincipal> PrincipalOfAsync(WebApplicationFactory<Program> app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        return await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByEmailAsync(email))!);
    }
}
