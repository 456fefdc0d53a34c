using Microsoft.Extensions.Configuration;
using TechconnectEvent.Testing;

namespace TechconnectEvent.IntegrationTests.Hosting;

public sealed class DatabaseProviderStartupTests
{
    [Theory]
    [InlineData("Postgres", "PostgreSQL is recognised but not supported yet")]
    [InlineData("MongoDb", "not a known database provider")]
    public async Task UnsupportedProvider_StopsTheStartWithAClearMessage(string provider, string expected)
    {
        await using var factory = new TechconnectAppFactory { SeedDemo = false };
        await using var configured = factory.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration((_, config) =>
            config.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = provider })));

        var error = Record.Exception(() => configured.CreateClient());

        Assert.NotNull(error);
        Assert.Contains(expected, error.ToString());
    }
}
