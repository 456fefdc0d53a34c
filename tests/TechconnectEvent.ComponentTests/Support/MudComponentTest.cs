using Bunit;
using MudBlazor.Services;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Support;

/// <summary>bUnit configured once for MudBlazor and the product's localisation.</summary>
public abstract class MudComponentTest : BunitContext
{
    protected MudComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        Services.AddProductLocalization();
    }
}
