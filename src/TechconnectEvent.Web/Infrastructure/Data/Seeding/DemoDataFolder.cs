namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>Where the demo data files are read from.</summary>
public sealed record DemoDataFolder(string Path)
{
    public const string EditionFile = "edition.json";
    public const string ZonesFile = "zones.json";
    public const string BoothsFile = "booths.json";
    public const string OrganizationsFile = "organizations.json";
    public const string ApplicationsFile = "applications.json";
    public const string TechnologiesFile = "technologies.json";

    /// <summary>The copy of assets/demo that the build places beside the app.</summary>
    public static DemoDataFolder Default { get; } = new(System.IO.Path.Combine(AppContext.BaseDirectory, "assets", "demo"));
}
