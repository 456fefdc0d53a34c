using Microsoft.Extensions.Configuration;
using TechconnectEvent.IntegrationTests.Support;
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

    [Fact]
    public async Task UnsupportedProvider_OnTheRealExecutable_PrintsOneLineAndExitsWithoutAServer()
    {
        var run = await RealExecutable.RunAsync("--urls", "http://127.0.0.1:0", "--Database:Provider=Postgres");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PostgreSQL is recognised but not supported yet", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", run.Output, StringComparison.Ordinal);
    }
}
