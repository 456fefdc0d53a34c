using Bunit;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Components.Layout;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.ComponentTests.Layout;

public sealed class NavMenuTests : MudComponentTest
{
    [Fact]
    public void AnonymousVisitor_SeesOnlyThePublicPages()
    {
        var menu = Render<NavMenu>();

        var links = menu.FindAll("a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Trang chủ", "Danh bạ đơn vị trưng bày", "Chương trình", "Kết nối cung – cầu"], links);
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
    public async Task Organiser_SeesHowManyApplicationsWaitBesideApplications_WithAnAccessibleLabel()
    {
        var edition = Database.AddEdition();
        await using (var db = Database.CreateContext())
        {
            var organizations = Enumerable.Range(1, 3).Select(i => new Organization { Name = new($"Đơn vị {i}", $"Unit {i}") }).ToList();
            db.Organizations.AddRange(organizations);
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
            db.ExhibitorApplications.AddRange(organizations.Select(o => new ExhibitorApplication { EditionId = edition.Id, OrganizationId = o.Id, SubmittedAt = Clock.GetUtcNow() }));
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
            var decided = await db.ExhibitorApplications.FirstAsync(Xunit.TestContext.Current.CancellationToken);
            decided.MoveTo(ApplicationStatus.Approved, null, Clock.GetUtcNow());
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        SignInOrganiser();

        var menu = Render<NavMenu>();

        var badge = menu.WaitForElement("[data-testid=new-applications-badge]");
        Assert.Equal("2", badge.QuerySelector("[aria-hidden=true]")!.TextContent);
        Assert.Equal("2 mới", badge.QuerySelector(".tc-sr-label")!.TextContent);
        Assert.Equal("exhibition/applications", badge.Closest("a")!.GetAttribute("href"));
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
