using MudBlazor;

namespace TechconnectEvent.Web.Components.Layout;

/// <summary>Colours chosen for WCAG 2 AA contrast of white text on the app bar and buttons.</summary>
public static class ProductTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0B4F8A",
            Secondary = "#A4262C",
            AppbarBackground = "#0B4F8A",
            TextSecondary = "rgba(0,0,0,0.70)",
            // Darker than MudBlazor's defaults so alert text on its tinted background reaches 4.5:1.
            Info = "#0B5CAD",
            Success = "#1B5E20",
            Warning = "#9A4A00",
            Error = "#B00020",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Noto Sans", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
