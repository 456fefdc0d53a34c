using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace TechconnectEvent.Testing;

/// <summary>The whole app on a fresh SQLite file, with a known organiser account and a clock that tests control.</summary>
public sealed class TechconnectAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "organiser@test.local";
    public const string AdminPassword = "correct horse battery";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "tc-it", Guid.NewGuid().ToString("N"));

    public bool SeedDemo { get; init; } = true;

    /// <summary>Null leaves Bootstrap:AdminPassword unset, so the app generates one.</summary>
    public string? BootstrapPassword { get; init; } = AdminPassword;

    /// <summary>Every log line the app wrote, for tests that check what operators see.</summary>
    public CapturedLogs Logs { get; } = new();

    public string DatabasePath => Path.Combine(dataDirectory, "app.db");

    /// <summary>The pickup folder: the app writes every e-mail it sends here as an .eml file (no Smtp:Host in tests).</summary>
    public string MailFolder => Path.Combine(dataDirectory, "mail");

    /// <summary>Where the app keeps MoU documents in this test run.</summary>
    public string DocumentsFolder => Path.Combine(dataDirectory, "mou-documents");

    /// <summary>The app's TimeProvider: still at <see cref="TestClock.Instant"/> until a test advances it.</summary>
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dataDirectory);
        builder.UseEnvironment("Testing");
        // As strict as Development: a scoped service taken from the root provider fails the test, not production.
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateScopes = true;
            options.ValidateOnBuild = true;
        });
        // Outside Development, static web assets (MudBlazor's, the app's own) are only mapped when asked for.
        builder.UseStaticWebAssets();
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = $"Data Source={DatabasePath}",
            ["Seed:Demo"] = SeedDemo ? "true" : "false",
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Bootstrap:AdminPassword"] = BootstrapPassword ?? "",
            ["Smtp:Host"] = "",
            ["Mail:PickupFolder"] = MailFolder,
            ["Jobs:Folder"] = Path.Combine(dataDirectory, "jobs"),
            ["Connections:DocumentsFolder"] = DocumentsFolder,
            // The build's asset manifest is served with "no-cache" unless asked otherwise; tests check production's headers.
            ["EnableStaticAssetsDevelopmentCaching"] = "true",
        }));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
