namespace TechconnectEvent.Web.Infrastructure.Colours;

/// <summary>
/// WCAG 2 relative luminance and contrast ratio, in one place for every colour the app lets people choose or prints:
/// zone fills on the floor plan, badge bands, forum topics.
/// </summary>
public static class Wcag
{
    /// <summary>The contrast normal text needs (level AA).</summary>
    public const double MinimumTextContrast = 4.5;

    /// <summary>Relative luminance of an sRGB colour, 0 (black) to 1 (white).</summary>
    public static double Luminance(byte red, byte green, byte blue) =>
        0.2126 * Linear(red) + 0.7152 * Linear(green) + 0.0722 * Linear(blue);

    /// <summary>Contrast ratio of two luminances, 1 (none) to 21 (black on white), in either order.</summary>
    public static double Contrast(double luminanceA, double luminanceB) =>
        (Math.Max(luminanceA, luminanceB) + 0.05) / (Math.Min(luminanceA, luminanceB) + 0.05);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
