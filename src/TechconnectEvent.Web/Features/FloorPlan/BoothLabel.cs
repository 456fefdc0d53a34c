using TechconnectEvent.Web.Features.Booths;

namespace TechconnectEvent.Web.Features.FloorPlan;

/// <summary>
/// Where and how big a booth's code (and, when allocated, its exhibitor's initials) are written inside its
/// rectangle, in the plan's own units: the SVG and the PDF lay out labels the same way.
/// </summary>
public readonly record struct BoothLabel(double CodeSize, double CodeY, double? InitialsSize, double InitialsY, string? Initials)
{
    /// <summary>Average glyph advance of Noto Sans as a share of the font size, a little generous.</summary>
    private const double GlyphWidth = 0.66;

    public static BoothLabel For(FloorPlanBooth booth) =>
        For(booth, booth.Status == BoothStatus.Allocated ? booth.Exhibitor?.Initials : null);

    /// <param name="initials">A second, smaller line under the code; null for none.</param>
    public static BoothLabel For(FloorPlanBooth booth, string? initials)
    {
        // 80 % of the width: neighbouring booths' codes must not run into each other.
        var width = booth.Width * 0.8;
        var code = Math.Min(width / (Math.Max(booth.Code.Length, 3) * GlyphWidth), booth.Height * 0.34);
        var centre = booth.Y + booth.Height / 2;
        if (string.IsNullOrEmpty(initials))
        {
            return new BoothLabel(code, centre + code * 0.35, null, 0, null);
        }
        var small = Math.Min(width / (Math.Max(initials.Length, 3) * GlyphWidth), code * 0.8);
        // Two lines: the code just above the centre, the initials below it.
        return new BoothLabel(code, centre - code * 0.1, small, centre + small * 1.05, initials);
    }
}
