using Microsoft.EntityFrameworkCore;

namespace TechconnectEvent.Web.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The one place that turns <c>Database:Provider</c> into a database: everything else asks the context, never the
/// setting. A provider that is recognised but not built yet fails the start with a message that says so.
/// </summary>
public static class DatabaseProviders
{
    public const string ConfigurationKey = "Database:Provider";

    public static DatabaseProvider Resolve(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey]?.Trim();
        if (string.IsNullOrEmpty(configured) || string.Equals(configured, nameof(DatabaseProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }
        if (string.Equals(configured, nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase)
            || string.Equals(configured, "PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{ConfigurationKey} is '{configured}': PostgreSQL is recognised but not supported yet. Remove the setting or set it to Sqlite.");
        }
        throw new InvalidOperationException(
            $"{ConfigurationKey} is '{configured}', which is not a known database provider. Use Sqlite (the default); Postgres is planned.");
    }

    /// <summary>What is wrong with <c>Database:Provider</c>, as one line for the operator, or null when it is usable.</summary>
    public static string? Problem(IConfiguration configuration)
    {
        try
        {
            Resolve(configuration);
            return null;
        }
        catch (InvalidOperationException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>Points the options at the configured database, with the pragmas and migrations of this app.</summary>
    public static DbContextOptionsBuilder UseConfiguredDatabase(this DbContextOptionsBuilder options, IConfiguration configuration, string contentRoot) =>
        Resolve(configuration) switch
        {
            DatabaseProvider.Sqlite => options
                .UseSqlite(
                    DataServiceCollectionExtensions.ResolveConnectionString(configuration, contentRoot),
                    sqlite => sqlite.MigrationsAssembly(typeof(EventDbContext).Assembly.FullName))
                .AddInterceptors(new SqlitePragmaInterceptor()),
            var other => throw new InvalidOperationException($"{ConfigurationKey} {other} has no database set up."),
        };
}
