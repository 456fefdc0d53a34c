using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.ComponentTests.Support;

/// <summary>
/// bUnit configured once for MudBlazor, the product's localisation, a real database, the audit trail and the
/// booth notifier. A feature's tests add their own services through the constructor's configureServices: bUnit
/// accepts no new service once the renderer is configured at the end of this constructor.
/// </summary>
public abstract class MudComponentTest : BunitContext
{
    protected MudComponentTest(string culture = ProductCultures.Vietnamese, bool interactive = true, Action<IServiceCollection>? configureServices = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        Services.AddProductLocalization();
        Services.AddSingleton<IDbContextFactory<EventDbContext>>(Database);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<AuditTrail>();
        Services.AddLiveUpdates();
        Services.AddSingleton(Notifier);
        Services.AddSingleton<ICurrentActor>(new FixedActor(() => Actor));
        Services.AddEditions();
        // The drawer counts new applications for organisers, so every layout test needs it.
        Services.AddScoped<ExhibitorApplicationService>();
        configureServices?.Invoke(Services);
        Auth = AddAuthorization();
        SetRendererInfo(new RendererInfo(interactive ? "Server" : "Static", interactive));
    }

    /// <summary>Anonymous until a test calls SetAuthorized / SetRoles.</summary>
    protected BunitAuthorizationContext Auth { get; }

    protected TestDatabase Database { get; } = TestDatabase.Create();

    protected ChangeNotifier<BoothChange> Notifier { get; } = new();

    /// <summary>The components' and services' clock: still at <see cref="TestClock.Instant"/> until a test moves it.</summary>
    protected TestClock Clock { get; } = new();

    /// <summary>Who the feature services see acting; anonymous unless a test signs someone in.</summary>
    protected Actor Actor { get; set; } = Actor.System;

    /// <summary>Signs an organiser in, for the components (authorisation state) and the services (actor) alike.</summary>
    protected void SignInOrganiser(string email = "organiser@test.local")
    {
        Auth.SetAuthorized(email);
        Auth.SetRoles(Roles.Organiser);
        // The same user id as the actor, so that what a page starts as this person (a job) is theirs to see.
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "u1"));
        Actor = Actor.From(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "u1"), new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, Roles.Organiser)], "test")));
    }

    /// <summary>A page with the popover and dialog providers its MudBlazor menus and dialogs render into.</summary>
    protected IRenderedComponent<IComponent> RenderWithProviders<TComponent>() where TComponent : IComponent =>
        Render(builder =>
        {
            builder.OpenComponent<MudBlazor.MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudBlazor.MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<TComponent>(2);
            builder.CloseComponent();
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }

    private sealed class FixedActor(Func<Actor> actor) : ICurrentActor
    {
        public Task<Actor> GetAsync() => Task.FromResult(actor());
    }
}
