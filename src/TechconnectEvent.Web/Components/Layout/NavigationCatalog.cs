using System.Security.Claims;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.Web.Components.Layout;

/// <summary>A section of the app in the navigation drawer, with who may open it.</summary>
/// <param name="Policy">The authorization policy its page states; null means anyone (or any signed-in user when <paramref name="RequiresSignIn"/>).</param>
public sealed record NavSection(string TitleKey, string Href, string Icon, string? Policy, bool RequiresSignIn = false, NavLinkMatch Match = NavLinkMatch.Prefix)
{
    /// <summary>Roles that may open it; empty means anyone.</summary>
    public IReadOnlyList<string> Roles => Policy is null ? [] : Policies.RolesOf(Policy);
}

/// <summary>The sections that exist, in drawer order. Every role an entry shows it to may open its page (an architecture test checks).</summary>
public static class NavigationCatalog
{
    public static readonly IReadOnlyList<NavSection> Sections =
    [
        new("Nav.Home", "", Icons.Material.Filled.Home, null, Match: NavLinkMatch.All),
        new("Nav.ExhibitorDirectory", "exhibitors", Icons.Material.Filled.TravelExplore, null),
        new("Nav.Agenda", "agenda", Icons.Material.Filled.EventNote, null),
        new("Nav.Connect", "connect", Icons.Material.Filled.Handshake, null),
        new("Nav.MyExhibition", "exhibitor", Icons.Material.Filled.Storefront, Policies.Exhibitors),
        new("Nav.Organizations", "exhibition/organizations", Icons.Material.Filled.Business, Policies.Organisers),
        new("Nav.Applications", "exhibition/applications", Icons.Material.Filled.FactCheck, Policies.Organisers),
        new("Nav.Zones", "exhibition/zones", Icons.Material.Filled.Category, Policies.Organisers),
        new("Nav.Booths", "exhibition/booths", Icons.Material.Filled.TableRows, Policies.Organisers),
        new("Nav.FloorPlan", "exhibition/plan", Icons.Material.Filled.Map, Policies.Organisers),
        new("Nav.Allocation", "exhibition/allocation", Icons.Material.Filled.AutoFixHigh, Policies.Organisers),
        new("Nav.Registrations", "registrations", Icons.Material.Filled.HowToReg, Policies.RegistrationDesk, Match: NavLinkMatch.All),
        new("Nav.RegistrationCategories", "registrations/categories", Icons.Material.Filled.Label, Policies.RegistrationDecisions),
        new("Nav.Reports", "reports", Icons.Material.Filled.PictureAsPdf, Policies.StaffAndOrganisers),
        new("Badges.Nav", "badges", Icons.Material.Filled.Badge, Policies.StaffAndOrganisers),
        new("Nav.ForumTimetable", "forum/timetable", Icons.Material.Filled.ViewWeek, Policies.Organisers),
        new("Nav.ForumSessions", "forum/sessions", Icons.Material.Filled.CoPresent, Policies.Organisers),
        new("Nav.ForumRooms", "forum/rooms", Icons.Material.Filled.MeetingRoom, Policies.Organisers),
        new("Nav.MySessions", "forum/my-sessions", Icons.Material.Filled.RecordVoiceOver, Policies.SessionChairs),
        new("Nav.ForumAttendance", "forum/attendance", Icons.Material.Filled.Groups, Policies.SessionChairsAndOrganisers),
        new("Nav.MyConnections", "connections", Icons.Material.Filled.ConnectWithoutContact, Policies.ConnectionContacts, Match: NavLinkMatch.All),
        new("Nav.ConnectionOffers", "connections/offers", Icons.Material.Filled.Lightbulb, Policies.ConnectionContactsAndOrganisers),
        new("Nav.ConnectionRequests", "connections/requests", Icons.Material.Filled.MarkEmailUnread, Policies.Organisers),
        new("Nav.ConnectionSchedule", "connections/schedule", Icons.Material.Filled.TableRestaurant, Policies.Organisers),
        new("Nav.ConnectionTables", "connections/tables", Icons.Material.Filled.FactCheck, Policies.StaffAndOrganisers),
        new("Nav.Mous", "connections/mous", Icons.Material.Filled.HistoryEdu, Policies.Organisers),
        new("Nav.CheckIn", "checkin", Icons.Material.Filled.QrCodeScanner, Policies.StaffAndOrganisers, Match: NavLinkMatch.All),
        new("Nav.CheckInDashboard", "checkin/dashboard", Icons.Material.Filled.Insights, Policies.StaffAndOrganisers),
        new("Nav.Gates", "checkin/gates", Icons.Material.Filled.DoorFront, Policies.Organisers),
        new("Nav.Devices", "checkin/devices", Icons.Material.Filled.PhonelinkLock, Policies.Organisers),
        new("Nav.Editions", "admin/editions", Icons.Material.Filled.CalendarMonth, Policies.Organisers),
        new("Nav.Users", "admin/users", Icons.Material.Filled.ManageAccounts, Policies.Organisers),
        new("Nav.AuditLog", "admin/audit", Icons.Material.Filled.History, Policies.Organisers),
        new("Nav.Outbox", "admin/outbox", Icons.Material.Filled.Outbox, Policies.Organisers),
        new("Nav.Account", "Account/Manage", Icons.Material.Filled.Person, null, RequiresSignIn: true),
    ];

    public static IEnumerable<NavSection> VisibleTo(ClaimsPrincipal user)
    {
        var signedIn = user.Identity?.IsAuthenticated == true;
        return Sections.Where(s =>
            (!s.RequiresSignIn || signedIn)
            && (s.Roles.Count == 0 || (signedIn && s.Roles.Any(user.IsInRole))));
    }
}
