using TechconnectEvent.Web.Features.Booths;

namespace TechconnectEvent.Web.Features.Allocation.Auto;

/// <summary>Which booths touch: the allocator's notion of "adjacent booths".</summary>
public static class BoothEdges
{
    /// <summary>Plans are drawn in metres, often from spreadsheets; a centimetre of slack absorbs rounding.</summary>
    public const double Tolerance = 0.01;

    /// <summary>
    /// True when the two rectangles share a stretch of edge (side by side, or back to back). Touching only at a
    /// corner point is not adjacency: visitors cannot walk from one booth into the other there.
    /// </summary>
    public static bool SharesEdge(BoothRect a, BoothRect b)
    {
        var verticalTouch = Near(a.Right, b.X) || Near(b.Right, a.X);
        if (verticalTouch && Overlap(a.Y, a.Bottom, b.Y, b.Bottom) > Tolerance)
        {
            return true;
        }
        var horizontalTouch = Near(a.Bottom, b.Y) || Near(b.Bottom, a.Y);
        return horizontalTouch && Overlap(a.X, a.Right, b.X, b.Right) > Tolerance;
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) <= Tolerance;

    private static double Overlap(double start1, double end1, double start2, double end2) =>
        Math.Min(end1, end2) - Math.Max(start1, start2);
}
