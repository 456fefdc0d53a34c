namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

// The shapes of the JSON files under assets/demo, exactly as a person edits them. Enum-like values stay strings
// here so that the validator can name the file and entry when one is misspelt.

internal sealed record TextData
{
    public required string Vi { get; init; }
    public required string En { get; init; }
}

internal sealed record EditionData
{
    public required int Year { get; init; }
    public required TextData Name { get; init; }
    public required TextData Theme { get; init; }
    public required TextData Venue { get; init; }
    public required TextData Province { get; init; }
    /// <summary>How to reach the venue, printed on e-tickets; optional.</summary>
    public TextData? Directions { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly EndDate { get; init; }
    public required string TimeZoneId { get; init; }
    public required string Status { get; init; }
    public bool IsCurrent { get; init; }
}

internal sealed record ZonesFile
{
    public required IReadOnlyList<ZoneData> Zones { get; init; }
}

internal sealed record ZoneData
{
    public required string Code { get; init; }
    public required string Kind { get; init; }
    public required TextData Name { get; init; }
    public required string Colour { get; init; }
    /// <summary>Organisation type names, or the single value "Any" for every type.</summary>
    public required IReadOnlyList<string> EligibleTypes { get; init; }
}

internal sealed record BoothsFile
{
    public required HallData Hall { get; init; }
    public required IReadOnlyList<BoothBlockData> Blocks { get; init; }
    public IReadOnlyList<BlockedBoothData> Blocked { get; init; } = [];
}

internal sealed record HallData
{
    public required double Width { get; init; }
    public required double Height { get; init; }
}

/// <summary>
/// A rectangular block of equal booths, numbered row by row from <see cref="FirstNumber"/>. The first
/// <see cref="Allocated"/> booths by number are allocated, the rest available.
/// </summary>
internal sealed record BoothBlockData
{
    public required string Zone { get; init; }
    public required int FirstNumber { get; init; }
    public required double X { get; init; }
    public required double Y { get; init; }
    public required int Rows { get; init; }
    public required int Columns { get; init; }
    public required string Size { get; init; }
    /// <summary>Booth width when it differs from the size's default (required for islands).</summary>
    public double? Width { get; init; }
    public double? Height { get; init; }
    /// <summary>Standard blocks only: the first and last booth of each row become corner booths.</summary>
    public bool CornerEnds { get; init; }
    public int Allocated { get; init; }
}

internal sealed record BlockedBoothData
{
    public required string Code { get; init; }
    public required string Reason { get; init; }
}

internal sealed record OrganizationsFile
{
    public required IReadOnlyList<OrganizationData> Organizations { get; init; }
}

internal sealed record OrganizationData
{
    public required TextData Name { get; init; }
    public string? ShortName { get; init; }
    public required string Type { get; init; }
    public required string Country { get; init; }
    public string? Province { get; init; }
    public string? Website { get; init; }
    /// <summary>True for invented organisations; their names end in " (hư cấu)" / " (fictional)".</summary>
    public required bool Fictional { get; init; }
    /// <summary>Where a real organisation's name comes from (which seed article); required for real ones.</summary>
    public string? Source { get; init; }
    public string? Note { get; init; }
}
