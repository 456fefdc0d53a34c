using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Allocation;

/// <summary>
/// MudComponentTest's setup plus the allocation services. A separate base because bUnit refuses services added
/// after the base constructor has resolved its first one (MudComponentTest does, for authorisation).
/// </summary>
public abstract class AllocationComponentTest : BunitContext
{
    protected AllocationComponentTest()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(ProductCultures.Vietnamese);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        Services.AddProductLocalization();
        Services.AddSingleton<IDbContextFactory<EventDbContext>>(Database);
        Services.AddEditions();
        var organiser = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "u1"), new Claim(ClaimTypes.Name, "organiser@test.local"), new Claim(ClaimTypes.Role, Roles.Organiser)], "test"));
        Services.AddSingleton<ICurrentActor>(new FixedActor(Actor.From(organiser)));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<AuditTrail>();
        Services.AddSingleton<BoothChangeNotifier>();
        Services.AddAllocation();
        var auth = AddAuthorization();
        auth.SetAuthorized("organiser@test.local");
        auth.SetRoles(Roles.Organiser);
        SetRendererInfo(new RendererInfo("Server", true));
    }

    protected ComponentDatabase Database { get; } = new();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }

    private sealed class FixedActor(Actor actor) : ICurrentActor
    {
        public Task<Actor> GetAsync() => Task.FromResult(actor);
    }
}
