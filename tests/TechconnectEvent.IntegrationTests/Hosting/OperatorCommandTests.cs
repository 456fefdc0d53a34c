using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.Hosting;

public sealed class OperatorCommandTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    [Fact]
    public async Task UserAdd_WithPassword_CreatesAUserWhoCanSignIn()
    {
        var email = $"staff-{Guid.NewGuid():N}@test.local";
        var output = new StringWriter();

        var exit = await OperatorCommands.RunAsync(factory.Services, ["user", "add", "--email", email, "--role", Roles.Staff, "--password", "gate staff password"], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains($"User {email} created with role Staff.", output.ToString());
        await BrowserClient.Create(factory).SignInOrFailAsync(email, "gate staff password");
    }

    [Fact]
    public async Task UserAdd_WithoutPassword_PrintsTheGeneratedOne()
    {
        var output = new StringWriter();

        var exit = await OperatorCommands.RunAsync(factory.Services, ["user", "add", "--email", $"d-{Guid.NewGuid():N}@test.local", "--role", Roles.Delegate], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("Generated password (shown once): ", output.ToString());
    }

    [Fact]
    public async Task UserAdd_UnknownRole_FailsWithoutCreatingAnyone()
    {
        var email = $"bad-{Guid.NewGuid():N}@test.local";
        var error = new StringWriter();

        var exit = await OperatorCommands.RunAsync(factory.Services, ["user", "add", "--email", email, "--role", "Admin"], new StringWriter(), error);

        Assert.NotEqual(0, exit);
        Assert.Contains("Admin", error.ToString());
        Assert.DoesNotContain(await factory.Services.GetRequiredService<UserAdministrationService>().ListAsync(TestContext.Current.CancellationToken), u => u.Email == email);
    }

    [Fact]
    public async Task UserAdd_ShortPassword_FailsWithTheReason()
    {
        var error = new StringWriter();

        var exit = await OperatorCommands.RunAsync(factory.Services, ["user", "add", "--email", $"s-{Guid.NewGuid():N}@test.local", "--role", Roles.Staff, "--password", "short"], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("PasswordTooShort", error.ToString());
    }

    [Fact]
    public async Task Migrate_ReportsTheDatabaseIsUpToDate()
    {
        var output = new StringWriter();

        var exit = await OperatorCommands.RunAsync(factory.Services, ["migrate"], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("Database is up to date.", output.ToString());
    }

    [Fact]
    public async Task Migrate_OnAnUnusableDatabase_PrintsOneLineAndFails()
    {
        await using var broken = new TechconnectAppFactory { SeedDemo = false };
        // The background workers (the checkpointer five times a second, the mail and job workers) open the database on
        // their own; one that opens it between the delete and the write keeps a valid page cache and the command would
        // succeed on the cached pages. Stop them first so that the command is the only one to open the broken file.
        foreach (var worker in broken.Services.GetServices<IHostedService>().OfType<BackgroundService>())
        {
            await worker.StopAsync(CancellationToken.None);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(broken.DatabasePath + "-wal");
        File.Delete(broken.DatabasePath + "-shm");
        File.WriteAllText(broken.DatabasePath, "this is not a database, only text that SQLite refuses to open");
        var error = new StringWriter();

        var exit = await OperatorCommands.RunAsync(broken.Services, ["migrate"], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.StartsWith("Command failed: ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "migrate" }, true)]
    [InlineData(new[] { "user", "add" }, true)]
    [InlineData(new[] { "migrat" }, true)]
    [InlineData(new[] { "--help" }, true)]
    [InlineData(new[] { "--urls" }, true)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, false)]
    [InlineData(new[] { "--Seed:Demo=false", "--urls=http://127.0.0.1:5000" }, false)]
    [InlineData(new[] { "--Seed:Demo", "false", "--environment", "Production" }, false)]
    [InlineData(new string[0], false)]
    public void OnlyConfigurationStyleArguments_StartTheWebServer(string[] args, bool isCommand) =>
        Assert.Equal(isCommand, OperatorCommands.IsCommand(args));

    [Theory]
    [InlineData(new[] { "migrat" }, "migrat")]
    [InlineData(new[] { "user", "ad", "--email", "x@test.local" }, "ad")]
    [InlineData(new[] { "user", "add", "--email" }, "--email")]
    [InlineData(new[] { "user", "add", "--email", "x@test.local", "--role", "Staff", "--organization", "VAST" }, "Exhibitor")]
    [InlineData(new[] { "migrate", "--force" }, "--force")]
    public async Task MistypedCommandOrBadArguments_PrintOneLine_AndExitWithTwo(string[] args, string culprit)
    {
        var error = new StringWriter();
        var output = new StringWriter();

        var exit = await OperatorCommands.RunAsync(factory.Services, args, output, error);
        var withoutServices = OperatorCommands.RejectInvalid(args, new StringWriter());

        Assert.Equal(2, exit);
        Assert.Equal(2, withoutServices);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(culprit, line, StringComparison.Ordinal);
        Assert.Contains("--help", line, StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void WellFormedCommand_IsNotRejectedBeforeRunning() =>
        Assert.Null(OperatorCommands.RejectInvalid(["user", "add", "--email", "x@test.local", "--role", Roles.Exhibitor, "--organization", "7"], new StringWriter()));

    [Fact]
    public async Task MisspeltCommand_OnTheRealExecutable_ExitsWithTwoAtOnce_WithoutAServer()
    {
        var run = await RealExecutable.RunAsync("migrat");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("migrat", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdd_WithOrganizationByName_LinksTheExhibitor()
    {
        var (id, name) = await AddOrganizationAsync($"Viện Thử nghiệm {Guid.NewGuid():N}", shortName: null);
        var email = $"ex-{Guid.NewGuid():N}@test.local";

        var exit = await OperatorCommands.RunAsync(factory.Services, ["user", "add", "--email", email, "--role", Roles.Exhibitor, "--organization", name.ToUpperInvariant()], new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        Assert.Equal(id, (await Admin.ListAsync(TestContext.Current.CancellationToken)).Single(u => u.Email == email).OrganizationId);
    }

    [Fact]
    public async Task UserAdd_WithOrganizationById_LinksTheExhibitor()
    {
        var (id, _) = await AddOrganizationAsync($"Công ty {Guid.NewGuid():N}", shortName: null);
        var email = $"ex-{Guid.NewGuid():N}@test.local";

        var exit = await OperatorCommands.RunAsync(factory.Services, ["user", "add", "--email", email, "--role", Roles.Exhibitor, "--organization", id.ToString(System.Globalization.CultureInfo.InvariantCulture)], new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        Assert.Equal(id, (await Admin.ListAsync(TestContext.Current.CancellationToken)).Single(u => u.Email == email).OrganizationId);
    }

    [Fact]
    public async Task UserAdd_UnknownOrAmbiguousOrganization_OneLine_NobodyCreated()
    {
        var shared = $"DUP{Guid.NewGuid():N}"[..20];
        await AddOrganizationAsync($"Một {Guid.NewGuid():N}", shared);
        await AddOrganizationAsync($"Hai {Guid.NewGuid():N}", shared);
        var missingError = new StringWriter();
        var ambiguousError = new StringWriter();
        var first = $"ex-{Guid.NewGuid():N}@test.local";
        var second = $"ex-{Guid.NewGuid():N}@test.local";

        var missing = await OperatorCommands.RunAsync(factory.Services, ["user", "add", "--email", first, "--role", Roles.Exhibitor, "--organization", "No Such Organisation"], new StringWriter(), missingError);
        var ambiguous = await OperatorCommands.RunAsync(factory.Services, ["user", "add", "--email", second, "--role", Roles.Exhibitor, "--organization", shared], new StringWriter(), ambiguousError);

        Assert.Equal(1, missing);
        Assert.Contains("not found", Assert.Single(missingError.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Equal(1, ambiguous);
        Assert.Contains("matches several", Assert.Single(ambiguousError.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain(await Admin.ListAsync(TestContext.Current.CancellationToken), u => u.Email == first || u.Email == second);
    }

    private UserAdministrationService Admin => factory.Services.GetRequiredService<UserAdministrationService>();

    private async Task<(int Id, string Name)> AddOrganizationAsync(string name, string? shortName)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var organization = new Organization { Name = new(name, name), ShortName = shortName, Type = OrganizationType.Institute };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (organization.Id, name);
    }
}
