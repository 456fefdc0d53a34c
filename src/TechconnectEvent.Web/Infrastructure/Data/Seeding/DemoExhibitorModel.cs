namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

// applications.json and technologies.json, exactly as a person edits them. Organisations are named by their
// Vietnamese name as written in organizations.json.

internal sealed record ApplicationsFile
{
    public required IReadOnlyList<ApplicationData> Applications { get; init; }
}

internal sealed record ApplicationData
{
    public required string Organization { get; init; }
    public required string Status { get; init; }
    public required int BoothsWanted { get; init; }
    public required string Size { get; init; }
    /// <summary>Zone codes in order of preference, at most three.</summary>
    public required IReadOnlyList<string> Zones { get; init; }
    public bool WantsAdjacent { get; init; }
    public string SponsorTier { get; init; } = "None";
    public required DateOnly Submitted { get; init; }
    public string? Notes { get; init; }
    /// <summary>The organisers' reason: required for Rejected, kept for Waitlisted.</summary>
    public string? Reason { get; init; }
}

internal sealed record TechnologiesFile
{
    public required IReadOnlyList<TechnologyData> Technologies { get; init; }
}

internal sealed record TechnologyData
{
    public required string Organization { get; init; }
    public required TextData Title { get; init; }
    public required string Field { get; init; }
    public required int ReadinessLevel { get; init; }
    public required string OfferType { get; init; }
    public required string Description { get; init; }
}
