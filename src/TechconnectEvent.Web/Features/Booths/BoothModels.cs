using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Booths;

/// <summary>
/// One row of the booth grid: the booth, its zone, its exhibitor (if allocated) and its price; while a hold runs,
/// the organisation it is held for (<paramref name="HeldFor"/>) and until when.
/// </summary>
public sealed record BoothRow(
    int Id, string Code, int ZoneId, string ZoneCode, LocalizedText ZoneName, string ZoneColour,
    BoothSize Size, double X, double Y, double Width, double Height, BoothStatus Status,
    string? BlockReason, int? HeldForApplicationId, DateTimeOffset? HeldUntil,
    int? OrganizationId, LocalizedText? Exhibitor, long? PriceVnd, long Version, LocalizedText? HeldFor = null);

/// <summary>Grid filters; null means "any". Search matches the booth code or the exhibitor's name, ignoring case and accents.</summary>
public sealed record BoothFilter(int? ZoneId = null, BoothStatus? Status = null, BoothSize? Size = null, string? Search = null)
{
    public static BoothFilter None { get; } = new();
}

/// <summary>What an organiser types into the booth dialog. Mutable so a form can bind to it.</summary>
public sealed class BoothInput
{
    public string Code { get; set; } = "";
    public int ZoneId { get; set; }
    public BoothSize Size { get; set; }
    public double X { get; set; }
    public double Y { get; set; }
    public double Width { get; set; } = 3;
    public double Height { get; set; } = 3;
    /// <summary>The version the organiser started from (0 for a new booth).</summary>
    public long Version { get; set; }

    public static BoothInput From(BoothRow row) => new()
    {
        Code = row.Code, ZoneId = row.ZoneId, Size = row.Size, X = row.X, Y = row.Y,
        Width = row.Width, Height = row.Height, Version = row.Version,
    };
}

/// <summary>A run of booths numbered from <see cref="FirstNumber"/>, laid out in a row or a grid from an origin.</summary>
public sealed class BoothBlockRequest
{
    public string Prefix { get; set; } = "";
    public int FirstNumber { get; set; } = 1;
    public int Count { get; set; } = 8;
    public BoothSize Size { get; set; }
    public int ZoneId { get; set; }
    public double OriginX { get; set; }
    public double OriginY { get; set; }
    /// <summary>Booths per row; equal to <see cref="Count"/> (or 0) places them all in one row.</summary>
    public int Columns { get; set; }
    /// <summary>Free space between neighbouring booths, in metres.</summary>
    public double Gap { get; set; }
    public double Width { get; set; } = 3;
    public double Height { get; set; } = 3;
}

/// <summary>The hall's floor, in metres.</summary>
public sealed record HallSize(double Width, double Height);

/// <summary>Configured default hall (section "Exhibition:Hall"); the plan grows to the booths' extent when they reach further.</summary>
public sealed class HallOptions
{
    public const string Section = "Exhibition:Hall";
    public double Width { get; set; } = 120;
    public double Height { get; set; } = 70;
}
