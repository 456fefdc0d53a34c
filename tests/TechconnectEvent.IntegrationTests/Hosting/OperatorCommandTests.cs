using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Commands;
using Microsoft.Extensions.DependencyInjection;

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
        _ = broken.Services;
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
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, false)]
    [InlineData(new string[0], false)]
    public void OnlyKnownCommands_BypassTheWebServer(string[] args, bool isCommand) =>
        Assert.Equal(isCommand, OperatorCommands.IsCommand(args));
}
