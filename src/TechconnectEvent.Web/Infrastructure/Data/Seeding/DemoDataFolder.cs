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

    /// <summary>Earlier editions, one folder each with the same files, under <c>editions/</c>.</summary>
    public const string EarlierEditionsFolder = "editions";

    /// <summary>The folders of earlier editions (e.g. editions/2022), in name order; none when there are none.</summary>
    public IReadOnlyList<DemoDataFolder> EarlierEditions()
    {
        var root = System.IO.Path.Combine(Path, EarlierEditionsFolder);
        return System.IO.Directory.Exists(root)
            ? System.IO.Directory.GetDirectories(root).Order(StringComparer.Ordinal).Select(d => new DemoDataFolder(d)).ToList()
            : [];
    }

    /// <summary>The copy of assets/demo that the build places beside the app.</summary>
    public static DemoDataFolder Default { get; } = new(System.IO.Path.Combine(AppContext.BaseDirectory, "assets", "demo"));
}
