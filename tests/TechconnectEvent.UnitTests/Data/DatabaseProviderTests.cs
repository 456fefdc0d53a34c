using Microsoft.Extensions.Configuration;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.UnitTests.Data;

public sealed class DatabaseProviderTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Sqlite")]
    [InlineData(" sqlite ")]
    public void NoneOrSqlite_IsSqlite(string? configured) =>
        Assert.Equal(DatabaseProvider.Sqlite, DatabaseProviders.Resolve(Configuration(configured)));

    [Theory]
    [InlineData("Postgres")]
    [InlineData("PostgreSQL")]
    public void Postgres_IsRecognisedButRefusedAsNotSupportedYet(string configured)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseProviders.Resolve(Configuration(configured)));

        Assert.Contains("Database:Provider", error.Message);
        Assert.Contains("recognised but not supported yet", error.Message);
    }

    [Fact]
    public void UnknownProvider_IsRefusedNamingWhatIsKnown()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseProviders.Resolve(Configuration("Oracle")));

        Assert.Contains("'Oracle'", error.Message);
        Assert.Contains("not a known database provider", error.Message);
        Assert.Contains("Sqlite", error.Message);
    }

    private static IConfiguration Configuration(string? provider) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = provider }).Build();
}
