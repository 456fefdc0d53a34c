using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.UnitTests.Data;

public sealed class ConnectionStringTests : IDisposable
{
    private readonly string contentRoot = Path.Combine(Path.GetTempPath(), "tc-cs", Guid.NewGuid().ToString("N"));

    [Fact]
    public void NoConnectionString_UsesAFileInTheDataFolderBesideTheApp_AndCreatesTheFolder()
    {
        var result = new SqliteConnectionStringBuilder(DataServiceCollectionExtensions.ResolveConnectionString(Configuration(null), contentRoot));

        Assert.Equal(Path.Combine(contentRoot, "App_Data", "techconnect.db"), result.DataSource);
        Assert.True(Directory.Exists(Path.Combine(contentRoot, "App_Data")));
        Assert.DoesNotContain("wwwroot", result.DataSource, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RelativeConfiguredPath_IsResolvedFromTheContentRoot()
    {
        var result = new SqliteConnectionStringBuilder(DataServiceCollectionExtensions.ResolveConnectionString(Configuration("Data Source=data/x.db"), contentRoot));

        Assert.Equal(Path.Combine(contentRoot, "data", "x.db"), result.DataSource);
        Assert.True(Directory.Exists(Path.Combine(contentRoot, "data")));
    }

    [Fact]
    public void InMemoryDatabase_IsLeftAlone()
    {
        var result = new SqliteConnectionStringBuilder(DataServiceCollectionExtensions.ResolveConnectionString(Configuration("Data Source=:memory:"), contentRoot));

        Assert.Equal(":memory:", result.DataSource);
        Assert.False(Directory.Exists(contentRoot));
    }

    private static IConfiguration Configuration(string? connectionString) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = connectionString }).Build();

    public void Dispose()
    {
        if (Directory.Exists(contentRoot))
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }
}
