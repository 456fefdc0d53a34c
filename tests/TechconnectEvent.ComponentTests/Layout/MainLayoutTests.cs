using Bunit;
using Microsoft.AspNetCore.Components;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Components.Layout;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.ComponentTests.Layout;

public sealed class MainLayoutTests : MudComponentTest
{
    [Fact]
    public void AppBar_ShowsTheCurrentEditionsName_TheSwitcher_AndSignIn()
    {
        Database.AddEdition();

        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));

        layout.WaitForAssertion(() =>
            Assert.Equal("Kết nối công nghệ và Đổi mới sáng tạo Việt Nam 2023", layout.Find("[data-testid='edition-name']").TextContent.Trim()));
        Assert.NotNull(layout.Find("[data-culture='en-US']"));
        Assert.Contains("Đăng nhập", layout.Markup);
        Assert.Contains("page body", layout.Find("#main-content").TextContent);
        Assert.NotNull(layout.Find("a.tc-skip-link[href='#main-content']"));
    }

    [Fact]
    public void SignedInUser_SeesTheirNameAndSignOut()
    {
        Auth.SetAuthorized("to-chuc@test.local");
        Auth.SetRoles(Roles.Organiser);

        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "x"))));

        Assert.Equal("to-chuc@test.local", layout.Find("[data-testid='user-name']").TextContent.Trim());
        Assert.NotNull(layout.Find("form[action='Account/Logout']"));
        Assert.Contains("Đăng xuất", layout.Markup);
    }

    [Fact]
    public void SignedInUserWithADisplayName_SeesItWithTheirEMailOnHover()
    {
        Auth.SetAuthorized("chu-toa@test.local");
        Auth.SetRoles(Roles.SessionChair);
        Auth.SetClaims(new System.Security.Claims.Claim(TechconnectEvent.Web.Infrastructure.Auditing.Actor.DisplayNameClaim, "PGS.TS. Trịnh Thu Hà"));

        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "x"))));

        var name = layout.Find("[data-testid='user-name']");
        Assert.Equal("PGS.TS. Trịnh Thu Hà", name.TextContent.Trim());
        Assert.Equal("chu-toa@test.local", name.GetAttribute("title"));
    }

    [Fact]
    public void WithoutAnyEdition_FallsBackToTheProductName()
    {

        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "x"))));

        layout.WaitForAssertion(() => Assert.Equal("TechconnectEvent", layout.Find("[data-testid='edition-name']").TextContent.Trim()));
    }
}
