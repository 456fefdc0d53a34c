namespace TechconnectEvent.Web.Features.Booths;

/// <summary>A booth on the hall floor plan. Coordinates and sizes are metres from the hall's top-left corner.</summary>
public sealed class Booth
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public int ZoneId { get; set; }
    public required string Code { get; set; }
    public BoothSize Size { get; set; }
    public double X { get; set; }
    public double Y { get; set; }
    public double Width { get; set; } = 3;
    public double Height { get; set; } = 3;
    public BoothStatus Status { get; set; }
    /// <summary>Why the booth is blocked (a pillar, an emergency exit …); set only while Blocked.</summary>
    public string? BlockReason { get; set; }
    /// <summary>The application a Held booth is reserved for, until <see cref="HeldUntil"/>.</summary>
    public int? HeldForApplicationId { get; set; }
    public DateTimeOffset? HeldUntil { get; set; }
    /// <summary>Concurrency token: every change bumps it, so two organisers cannot overwrite each other.</summary>
    public long Version { get; set; }

    public void Touch() => Version++;
}

public enum BoothSize
{
    Standard = 0,
    Double = 1,
    Corner = 2,
    Island = 3,
}

public enum BoothStatus
{
    Available = 0,
    Held = 1,
    Allocated = 2,
    Blocked = 3,
}
