using System.Globalization;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.FloorPlan;

/// <summary>
/// Like <see cref="MudComponentTest"/>, plus the floor plan's services and the booth notifier. Its own base
/// because MudComponentTest configures the renderer in its constructor, after which bUnit accepts no new services.
/// </summary>
public abstract class FloorPlanPageContext : BunitContext
{
    protected FloorPlanPageContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(ProductCultures.Vietnamese);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        Services.AddProductLocalization();
        Services.AddSingleton<IDbContextFactory<EventDbContext>>(Database);
        Services.AddEditions();
        Services.AddSingleton(Notifier);
        Services.AddSingleton(TimeProvider.System);
        Services.AddFloorPlan();
        Auth = AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", true));
    }

    protected BunitAuthorizationContext Auth { get; }

    protected ComponentDatabase Database { get; } = new();

    protected BoothChangeNotifier Notifier { get; } = new();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}
