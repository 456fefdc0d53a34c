using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.Exhibitors;

public sealed class ExhibitorUserLinkTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private UserAdministrationService Admin => factory.Services.GetRequiredService<UserAdministrationService>();

    private async Task<int> OrganizationIdAsync(string shortName)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Organizations.Where(o => o.ShortName == shortName).Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task CreatingAnExhibitorWithAnOrganisation_ShowsTheOrganisationInTheUserList()
    {
        var vast = await OrganizationIdAsync("VAST");
        var email = $"vast-{Guid.NewGuid():N}@test.local";

        Assert.True((await Admin.CreateAsync(email, null, [Roles.Exhibitor], null, vast)).Succeeded);

        var user = (await Admin.ListAsync(TestContext.Current.CancellationToken)).Single(u => u.Email == email);
        Assert.Equal(vast, user.OrganizationId);
        // The name in the server's current language.
        Assert.Contains(user.OrganizationName, new[] { "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Vietnam Academy of Science and Technology" });
    }

    [Fact]
    public async Task SettingRoles_LinksTheOrganisation_AndDroppingTheExhibitorRoleUnlinksIt()
    {
        var vnu = await OrganizationIdAsync("VNU");
        var email = $"link-{Guid.NewGuid():N}@test.local";
        Assert.True((await Admin.CreateAsync(email, null, [Roles.Delegate], null)).Succeeded);
        var id = (await Admin.ListAsync(TestContext.Current.CancellationToken)).Single(u => u.Email == email).Id;

        Assert.True((await Admin.SetRolesAsync(id, [Roles.Exhibitor], vnu)).Succeeded);
        Assert.Equal(vnu, (await Admin.ListAsync(TestContext.Current.CancellationToken)).Single(u => u.Id == id).OrganizationId);

        Assert.True((await Admin.SetRolesAsync(id, [Roles.Delegate])).Succeeded);
        Assert.Null((await Admin.ListAsync(TestContext.Current.CancellationToken)).Single(u => u.Id == id).OrganizationId);
    }
}
