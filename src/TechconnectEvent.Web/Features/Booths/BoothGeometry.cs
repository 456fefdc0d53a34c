using System.Globalization;
using System.Text.RegularExpressions;

namespace TechconnectEvent.Web.Features.Booths;

/// <summary>A booth's rectangle on the plan, in metres from the hall's top-left corner.</summary>
public readonly record struct BoothRect(double X, double Y, double Width, double Height)
{
    // Floor plans are drawn to the centimetre; touching edges are neighbours, not an overlap.
    private const double Tolerance = 0.001;

    public double Right => X + Width;
    public double Bottom => Y + Height;

    public bool Overlaps(BoothRect other) =>
        X < other.Right - Tolerance && other.X < Right - Tolerance
        && Y < other.Bottom - Tolerance && other.Y < Bottom - Tolerance;

    public bool LiesWithin(HallSize hall) =>
        X >= 0 && Y >= 0 && Right <= hall.Width + Tolerance && Bottom <= hall.Height + Tolerance;
}

public static partial class BoothGeometry
{
    public const int MaxCodeLength = 16;
    public const int MaxBlockCount = 200;

    /// <summary>The usual floor space of each size; an island may also be 9×9 m.</summary>
    public static (double Width, double Height) DefaultDimensions(BoothSize size) => size switch
    {
        BoothSize.Double => (6, 3),
        BoothSize.Island => (6, 6),
        _ => (3, 3),
    };

    public static string NormaliseCode(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static bool IsValidCode(string code) => CodePattern().IsMatch(code);

    /// <summary>
    /// The hall an edition's booths must fit in: the configured default, grown to the booths' extent when an
    /// imported layout reaches further (the hall is not stored per edition yet).
    /// </summary>
    public static HallSize HallFor(HallOptions options, IEnumerable<BoothRect> booths)
    {
        double width = options.Width, height = options.Height;
        foreach (var booth in booths)
        {
            width = Math.Max(width, booth.Right);
            height = Math.Max(height, booth.Bottom);
        }
        return new HallSize(width, height);
    }

    /// <summary>Codes and rectangles of a block, numbered left to right, row by row.</summary>
    public static IReadOnlyList<(string Code, BoothRect Rect)> LayOut(BoothBlockRequest request)
    {
        var prefix = NormaliseCode(request.Prefix);
        var columns = request.Columns <= 0 ? request.Count : Math.Min(request.Columns, request.Count);
        var lastNumber = request.FirstNumber + request.Count - 1;
        var digits = Math.Max(2, lastNumber.ToString(CultureInfo.InvariantCulture).Length);
        var booths = new List<(string, BoothRect)>(request.Count);
        for (var i = 0; i < request.Count; i++)
        {
            var (row, column) = Math.DivRem(i, columns);
            var number = (request.FirstNumber + i).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
            booths.Add((prefix + number, new BoothRect(
                request.OriginX + column * (request.Width + request.Gap),
                request.OriginY + row * (request.Height + request.Gap),
                request.Width, request.Height)));
        }
        return booths;
    }

    public static string Metres(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    // Letters, digits and dashes: codes are printed on the plan and typed by exhibitors.
    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,15}$")]
    private static partial Regex CodePattern();
}
