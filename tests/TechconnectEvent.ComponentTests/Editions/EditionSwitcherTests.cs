using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Components.Layout;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.ComponentTests.Editions;

public sealed class EditionSwitcherTests : MudComponentTest
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Choosing_AnotherYear_StoresItAndReloadsThePage()
    {
        SignInOrganiser();
        var current = Database.AddEdition(2023);
        var earlier = Database.AddEdition(2022, isCurrent: false);
        await using (var db = Database.CreateDbContext())
        {
            db.Users.Add(new ApplicationUser { Id = "u1", UserName = "organiser@test.local", Email = "organiser@test.local" });
            await db.SaveChangesAsync(Ct);
        }
        var popovers = Render<MudPopoverProvider>();
        var switcher = Render<EditionSwitcher>(p => p.Add(s => s.Working, current));

        Assert.Contains("2023 · Kết nối công nghệ", switcher.Find("[data-testid=edition-switcher]").TextContent);
        await switcher.Find("[data-testid=edition-switcher] button").ClickAsync(new());
        await popovers.WaitForElement("[data-testid=edition-choice-2022]").ClickAsync(new());

        var navigation = (BunitNavigationManager)Services.GetRequiredService<NavigationManager>();
        switcher.WaitForAssertion(() => Assert.True(navigation.History.First().Options.ForceLoad));
        await using var check = Database.CreateDbContext();
        Assert.Equal(earlier.Id, (await check.Users.SingleAsync(Ct)).WorkingEditionId);
    }

    [Fact]
    public void Exhibitor_SeesNoSwitcher()
    {
        Auth.SetAuthorized("expo@test.local");
        Auth.SetRoles(Roles.Exhibitor);
        var current = Database.AddEdition(2023);

        var switcher = Render<EditionSwitcher>(p => p.Add(s => s.Working, current));

        Assert.Empty(switcher.FindAll("[data-testid=edition-switcher]"));
    }
}
