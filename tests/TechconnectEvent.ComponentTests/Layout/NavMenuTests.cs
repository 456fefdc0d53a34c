using Bunit;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Components.Layout;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.ComponentTests.Layout;

public sealed class NavMenuTests : MudComponentTest
{
    [Fact]
    public void AnonymousVisitor_SeesOnlyHomeAndTheExhibitorDirectory()
    {

        var menu = Render<NavMenu>();

        var links = menu.FindAll("a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Trang chủ", "Danh bạ đơn vị trưng bày"], links);
    }

    [Fact]
    public void Organiser_SeesReportsUsersAndAccount()
    {
        Auth.SetAuthorized("organiser@test");
        Auth.SetRoles(Roles.Organiser);

        var menu = Render<NavMenu>();

        var hrefs = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("reports", hrefs);
        Assert.Contains("admin/users", hrefs);
        Assert.Contains("Account/Manage", hrefs);
        Assert.Contains("Người dùng", menu.Markup);
    }

    [Fact]
    public void Exhibitor_DoesNotSeeOrganiserSections()
    {
        Auth.SetAuthorized("exhibitor@test");
        Auth.SetRoles(Roles.Exhibitor);

        var menu = Render<NavMenu>();

        var hrefs = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain("admin/users", hrefs);
        Assert.DoesNotContain("reports", hrefs);
        Assert.Contains("Account/Manage", hrefs);
    }
}
