using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.Hosting;

public sealed partial class BootstrapTests
{
    [Fact]
    public async Task NoConfiguredPassword_GeneratesOne_LogsItOnce_AndItSignsIn()
    {
        await using var factory = new TechconnectAppFactory { SeedDemo = false, BootstrapPassword = null };
        var client = BrowserClient.Create(factory);

        var lines = factory.Logs.Lines.Where(l => l.Contains("generated password", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines);
        var password = GeneratedPassword().Match(line).Groups[1].Value;
        Assert.True(password.Length >= 12, line);
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, password);

        // A second start finds the organiser and neither creates nor logs a password again.
        await using var scope = factory.Services.CreateAsyncScope();
        await DatabaseInitializer.EnsureBootstrapOrganiserAsync(scope.ServiceProvider, factory.Services.GetRequiredService<IConfiguration>());
        Assert.Single(factory.Logs.Lines, l => l.Contains("generated password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfiguredPassword_IsNeverWrittenToTheLog()
    {
        await using var factory = new TechconnectAppFactory { SeedDemo = false };
        _ = factory.Services;

        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(TechconnectAppFactory.AdminPassword, StringComparison.Ordinal));
        Assert.Contains(factory.Logs.Lines, l => l.Contains("First organiser created", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"generated password (\S+)")]
    private static partial Regex GeneratedPassword();
}
