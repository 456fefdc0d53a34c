using System.Globalization;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Support;

/// <summary>bUnit configured once for MudBlazor, the product's localisation and a real database.</summary>
public abstract class MudComponentTest : BunitContext
{
    protected MudComponentTest(string culture = ProductCultures.Vietnamese, bool interactive = true)
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
        Services.AddEditions();
        // Authorization is registered up front: bUnit refuses new services once the renderer is configured.
        Auth = AddAuthorization();
        SetRendererInfo(new RendererInfo(interactive ? "Server" : "Static", interactive));
    }

    /// <summary>Anonymous until a test calls SetAuthorized / SetRoles.</summary>
    protected BunitAuthorizationContext Auth { get; }

    protected ComponentDatabase Database { get; } = new();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}
