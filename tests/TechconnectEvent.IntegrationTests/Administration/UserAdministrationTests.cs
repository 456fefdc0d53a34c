using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.IntegrationTests.Administration;

public sealed class UserAdministrationTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private UserAdministrationService Admin => factory.Services.GetRequiredService<UserAdministrationService>();

    [Fact]
    public async Task Create_WithoutPassword_GeneratesOneThatSignsIn()
    {
        var email = $"chair-{Guid.NewGuid():N}@test.local";

        var result = await Admin.CreateAsync(email, "Nguyễn Văn Chủ Tọa", [Roles.SessionChair], password: null);

        Assert.True(result.Succeeded);
        Assert.NotNull(result.GeneratedPassword);
        Assert.True(result.GeneratedPassword!.Length >= 12);
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(email, result.GeneratedPassword);
        var listed = (await Admin.ListAsync()).Single(u => u.Email == email);
        Assert.Equal("Nguyễn Văn Chủ Tọa", listed.DisplayName);
        Assert.Equal([Roles.SessionChair], listed.Roles);
    }

    [Fact]
    public async Task Create_SameEmailTwice_ReportsTheDuplicate()
    {
        var email = $"dup-{Guid.NewGuid():N}@test.local";
        await Admin.CreateAsync(email, null, [Roles.Staff], UserFactory.Password);

        var second = await Admin.CreateAsync(email, null, [Roles.Staff], UserFactory.Password);

        Assert.False(second.Succeeded);
        Assert.Contains(second.ErrorCodes, c => c is "DuplicateEmail" or "DuplicateUserName");
    }

    [Fact]
    public async Task Create_UnknownRole_IsRefused()
    {
        var result = await Admin.CreateAsync($"x-{Guid.NewGuid():N}@test.local", null, ["Superuser"], UserFactory.Password);

        Assert.Equal([UserAdministrationService.UnknownRoleError], result.ErrorCodes);
    }

    [Fact]
    public async Task SetRoles_ReplacesTheRoles()
    {
        var email = await factory.CreateUserAsync(Roles.Delegate);
        var user = (await Admin.ListAsync()).Single(u => u.Email == email);

        var result = await Admin.SetRolesAsync(user.Id, [Roles.Staff, Roles.Exhibitor]);

        Assert.True(result.Succeeded);
        Assert.Equal([Roles.Exhibitor, Roles.Staff], (await Admin.ListAsync()).Single(u => u.Email == email).Roles);
    }

    [Fact]
    public async Task TheLastOrganiser_CannotLoseTheRoleOrBeLocked()
    {
        await using var isolated = new TechconnectAppFactory { SeedDemo = false };
        var admin = isolated.Services.GetRequiredService<UserAdministrationService>();
        var organiser = (await admin.ListAsync()).Single(u => u.Roles.Contains(Roles.Organiser));

        var demoted = await admin.SetRolesAsync(organiser.Id, [Roles.Delegate]);
        var locked = await admin.SetLockedAsync(organiser.Id, true);

        Assert.Equal([UserAdministrationService.LastOrganiserError], demoted.ErrorCodes);
        Assert.Equal([UserAdministrationService.LastOrganiserError], locked.ErrorCodes);
        Assert.Contains(Roles.Organiser, (await admin.ListAsync()).Single(u => u.Id == organiser.Id).Roles);
    }

    [Fact]
    public async Task LockedUser_CannotSignIn_UntilUnlocked()
    {
        var email = await factory.CreateUserAsync(Roles.Staff);
        var user = (await Admin.ListAsync()).Single(u => u.Email == email);

        await Admin.SetLockedAsync(user.Id, true);
        var whileLocked = await BrowserClient.Create(factory).SignInAsync(email, UserFactory.Password);
        await Admin.SetLockedAsync(user.Id, false);
        var afterUnlock = await BrowserClient.Create(factory).SignInAsync(email, UserFactory.Password);

        Assert.Contains("Account/Lockout", whileLocked.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, afterUnlock.StatusCode);
        Assert.DoesNotContain("Lockout", afterUnlock.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_OldOneStopsWorking_NewOneSignsIn()
    {
        var email = await factory.CreateUserAsync(Roles.Exhibitor);
        var user = (await Admin.ListAsync()).Single(u => u.Email == email);

        var reset = await Admin.ResetPasswordAsync(user.Id);

        Assert.True(reset.Succeeded);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await BrowserClient.Create(factory).SignInAsync(email, UserFactory.Password)).StatusCode);
        await BrowserClient.Create(factory).SignInOrFailAsync(email, reset.GeneratedPassword!);
    }
}
