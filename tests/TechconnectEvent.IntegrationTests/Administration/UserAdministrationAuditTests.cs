using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.Administration;

public sealed class UserAdministrationAuditTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static readonly Actor Organiser = Actor.From(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
        [new(System.Security.Claims.ClaimTypes.NameIdentifier, "org-1"), new(System.Security.Claims.ClaimTypes.Name, "secretariat@test.local")], "test")));

    private UserAdministrationService Admin => factory.Services.GetRequiredService<UserAdministrationService>();

    [Fact]
    public async Task Create_ExhibitorWithOrganisation_AuditsTheAccountAndTheLink()
    {
        var organizationId = await AnyOrganizationIdAsync();
        var email = $"ex-{Guid.NewGuid():N}@test.local";

        Assert.True((await Admin.CreateAsync(email, "Trần Thị Triển Lãm", [Roles.Exhibitor], UserFactory.Password, organizationId, Organiser)).Succeeded);

        var rows = await RowsForAsync(email);
        var created = Assert.Single(rows, r => r.Action == "user.created");
        Assert.Equal("secretariat@test.local", created.UserName);
        Assert.Equal("org-1", created.UserId);
        Assert.Contains("Trần Thị Triển Lãm", created.After);
        Assert.Contains("\"Exhibitor\"", created.After);
        var linked = Assert.Single(rows, r => r.Action == "user.organization_linked");
        Assert.Contains($"\"OrganizationId\":{organizationId}", linked.After);
    }

    [Fact]
    public async Task Locking_WhileAnotherWriterHoldsTheDatabase_IsBusy_AndChangesNothing()
    {
        var email = await factory.CreateUserAsync(Roles.Staff);
        var id = (await Admin.ListAsync(TestContext.Current.CancellationToken)).Single(u => u.Email == email).Id;

        AdminResult result;
        await using (var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            await writer.OpenAsync(TestContext.Current.CancellationToken);
            await using var begin = writer.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            // The app waits out its busy timeout (five seconds), then gives up with a coded error, not an exception.
            result = await Admin.SetLockedAsync(id, true, Organiser);
        }

        Assert.Equal([UserAdministrationService.BusyError], result.ErrorCodes);
        Assert.Null((await Admin.ListAsync(TestContext.Current.CancellationToken)).Single(u => u.Id == id).LockedOutUntil);
        Assert.DoesNotContain(await RowsForAsync(email), r => r.Action == "user.locked");
    }

    [Fact]
    public async Task SetRoles_AuditsBeforeAndAfter_AndRenewsTheSecurityStamp()
    {
        var email = await factory.CreateUserAsync(Roles.Delegate);
        var stampBefore = await StampAsync(email);

        await Admin.SetRolesAsync(await IdOfAsync(email), [Roles.Staff, Roles.SessionChair], actor: Organiser);

        var changed = Assert.Single(await RowsForAsync(email), r => r.Action == "user.roles_changed");
        Assert.Equal("{\"Roles\":[\"Delegate\"]}", changed.Before);
        Assert.Equal("{\"Roles\":[\"SessionChair\",\"Staff\"]}", changed.After);
        Assert.NotEqual(stampBefore, await StampAsync(email));
    }

    [Fact]
    public async Task SetRoles_WithNothingChanged_WritesNothing()
    {
        var email = await factory.CreateUserAsync(Roles.Staff);

        await Admin.SetRolesAsync(await IdOfAsync(email), [Roles.Staff], actor: Organiser);

        Assert.DoesNotContain(await RowsForAsync(email), r => r.Action == "user.roles_changed");
    }

    [Fact]
    public async Task LockAndUnlock_AreAudited_AndLockRenewsTheStamp()
    {
        var email = await factory.CreateUserAsync(Roles.Staff);
        var id = await IdOfAsync(email);
        var stampBefore = await StampAsync(email);

        await Admin.SetLockedAsync(id, true, Organiser);
        var stampLocked = await StampAsync(email);
        await Admin.SetLockedAsync(id, false, Organiser);

        Assert.NotEqual(stampBefore, stampLocked);
        Assert.Equal(["user.created", "user.locked", "user.unlocked"], (await RowsForAsync(email)).Select(r => r.Action));
    }

    [Fact]
    public async Task PasswordReset_IsAudited_WithoutThePassword()
    {
        var email = await factory.CreateUserAsync(Roles.Staff);

        var reset = await Admin.ResetPasswordAsync(await IdOfAsync(email), Organiser);

        var row = Assert.Single(await RowsForAsync(email), r => r.Action == "user.password_reset");
        Assert.Equal("secretariat@test.local", row.UserName);
        Assert.DoesNotContain(await RowsForAsync(email), r => $"{r.Before}{r.After}{r.Details}".Contains(reset.GeneratedPassword!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailedCreate_LeavesNeitherUserNorAuditRow()
    {
        var email = $"short-{Guid.NewGuid():N}@test.local";

        var result = await Admin.CreateAsync(email, null, [Roles.Staff], "short", actor: Organiser);

        Assert.False(result.Succeeded);
        Assert.Empty(await RowsForAsync(email));
        Assert.DoesNotContain(await Admin.ListAsync(TestContext.Current.CancellationToken), u => u.Email == email);
    }

    private async Task<string> IdOfAsync(string email) => (await Admin.ListAsync()).Single(u => u.Email == email).Id;

    private async Task<List<AuditEntry>> RowsForAsync(string email)
    {
        var id = (await Admin.ListAsync()).SingleOrDefault(u => u.Email == email)?.Id;
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.AuditLog.AsNoTracking().Where(a => a.EntityType == UserAdministrationService.EntityType && a.EntityId == id)
            .OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    private async Task<int> AnyOrganizationIdAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Organizations.Select(o => o.Id).FirstAsync(TestContext.Current.CancellationToken);
    }

    private async Task<string?> StampAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetSecurityStampAsync((await users.FindByEmailAsync(email))!);
    }
}
