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

    [Fact]
    public async Task UnsupportedProvider_OnTheRealExecutable_PrintsOneLineAndExitsWithoutAServer()
    {
        var web = typeof(Program).Assembly.Location;
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", "--runtimeconfig", Path.ChangeExtension(web, ".runtimeconfig.json"), web, "--urls", "http://127.0.0.1:0", "--Database:Provider=Postgres" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = System.Diagnostics.Process.Start(start)!;

        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("PostgreSQL is recognised but not supported yet", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }
}
