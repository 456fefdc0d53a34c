using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TechconnectEvent.Web.Infrastructure.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringKey = "Default";
    public const string DataFolderName = "App_Data";
    public const string DefaultDatabaseFile = "techconnect.db";

    public static IServiceCollection AddEventData(this IServiceCollection services)
    {
        // Configuration is read when the first context is made, not at registration, so that settings added
        // after the builder was created (hosting tests, command-line overrides) are honoured.
        services.AddDbContextFactory<EventDbContext>((provider, options) => options.UseConfiguredDatabase(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContext());
        services.AddSingleton(provider => ResolveDemoDataFolder(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddScoped<Seeding.DemoSeeder>();
        services.AddHostedService<SqliteCheckpointer>();
        return services;
    }

    /// <summary>The demo data folder: <c>Seed:DemoFolder</c> when set (relative to the content root), else assets/demo beside the app.</summary>
    public static Seeding.DemoDataFolder ResolveDemoDataFolder(IConfiguration configuration, string contentRoot) =>
        configuration["Seed:DemoFolder"] is { Length: > 0 } folder
            ? new Seeding.DemoDataFolder(Path.GetFullPath(folder, contentRoot))
            : Seeding.DemoDataFolder.Default;

    /// <summary>
    /// The configured connection string, or a SQLite file in the data folder beside the app. The folder of a
    /// SQLite file is created when missing.
    /// </summary>
    public static string ResolveConnectionString(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringKey);
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(DataFolderName, DefaultDatabaseFile)}"
            : configured);
        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.StartsWith(':'))
        {
            var path = Path.IsPathRooted(builder.DataSource)
                ? builder.DataSource
                : Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        builder.Pooling = true;
        return builder.ToString();
    }
}
