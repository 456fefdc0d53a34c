using System.Security.Claims;
using TechconnectEvent.Web.Components.Layout;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.UnitTests.Layout;

public sealed class NavigationCatalogTests
{
    [Fact]
    public void AnonymousVisitor_SeesOnlyPublicSections()
    {
        var hrefs = NavigationCatalog.VisibleTo(new ClaimsPrincipal(new ClaimsIdentity())).Select(s => s.Href);

        Assert.Equal(["", "exhibitors", "agenda", "connect"], hrefs);
    }

    [Fact]
    public void Organiser_SeesReportsAndUsers()
    {
        var hrefs = NavigationCatalog.VisibleTo(User(Roles.Organiser)).Select(s => s.Href).ToList();

        Assert.Contains("reports", hrefs);
        Assert.Contains("admin/users", hrefs);
        Assert.Contains("Account/Manage", hrefs);
    }

    [Theory]
    [InlineData(Roles.Exhibitor)]
    [InlineData(Roles.Delegate)]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.SessionChair)]
    // Staff print the post-event report and the open reports, so they see the reports page (with only those).
    public void OtherRoles_DoNotSeeOrganiserSections(string role)
    {
        var hrefs = NavigationCatalog.VisibleTo(User(role)).Select(s => s.Href).ToList();

        Assert.DoesNotContain("admin/users", hrefs);
        Assert.Equal(role == Roles.Staff, hrefs.Contains("reports"));
        Assert.Contains("Account/Manage", hrefs);
    }

    [Fact]
    public void EverySection_PointsAtAPageThatExists()
    {
        var routes = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), false))
            .Cast<Microsoft.AspNetCore.Components.RouteAttribute>()
            .Select(r => r.Template.TrimStart('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(NavigationCatalog.Sections, s => Assert.Contains(s.Href, routes));
    }

    private static ClaimsPrincipal User(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone@test"), new Claim(ClaimTypes.Role, role)], "Test"));
}
