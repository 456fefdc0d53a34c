using System.Security.Claims;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.Web.Components.Layout;

/// <summary>A section of the app in the navigation drawer, with who may open it.</summary>
/// <param name="Roles">Roles that may open it; empty means anyone (or any signed-in user when <paramref name="RequiresSignIn"/>).</param>
public sealed record NavSection(string TitleKey, string Href, string Icon, IReadOnlyList<string> Roles, bool RequiresSignIn = false, NavLinkMatch Match = NavLinkMatch.Prefix);

/// <summary>The sections that exist, in drawer order. A page's own [Authorize] must agree with its entry here.</summary>
public static class NavigationCatalog
{
    public static readonly IReadOnlyList<NavSection> Sections =
    [
        new("Nav.Home", "", Icons.Material.Filled.Home, [], Match: NavLinkMatch.All),
        new("Nav.ExhibitorDirectory", "exhibitors", Icons.Material.Filled.TravelExplore, []),
        new("Nav.MyExhibition", "exhibitor", Icons.Material.Filled.Storefront, [Roles.Exhibitor]),
        new("Nav.Organizations", "exhibition/organizations", Icons.Material.Filled.Business, [Roles.Organiser]),
        new("Nav.Applications", "exhibition/applications", Icons.Material.Filled.FactCheck, [Roles.Organiser]),
        new("Nav.Zones", "exhibition/zones", Icons.Material.Filled.Category, [Roles.Organiser]),
        new("Nav.Booths", "exhibition/booths", Icons.Material.Filled.TableRows, [Roles.Organiser]),
        new("Nav.FloorPlan", "exhibition/plan", Icons.Material.Filled.Map, [Roles.Organiser]),
        new("Nav.Allocation", "exhibition/allocation", Icons.Material.Filled.AutoFixHigh, [Roles.Organiser]),
        new("Nav.Reports", "reports", Icons.Material.Filled.PictureAsPdf, [Roles.Organiser]),
        new("Nav.Users", "admin/users", Icons.Material.Filled.ManageAccounts, [Roles.Organiser]),
        new("Nav.AuditLog", "admin/audit", Icons.Material.Filled.History, [Roles.Organiser]),
        new("Nav.Account", "Account/Manage", Icons.Material.Filled.Person, [], RequiresSignIn: true),
    ];

    public static IEnumerable<NavSection> VisibleTo(ClaimsPrincipal user)
    {
        var signedIn = user.Identity?.IsAuthenticated == true;
        return Sections.Where(s =>
            (!s.RequiresSignIn || signedIn)
            && (s.Roles.Count == 0 || (signedIn && s.Roles.Any(user.IsInRole))));
    }
}
