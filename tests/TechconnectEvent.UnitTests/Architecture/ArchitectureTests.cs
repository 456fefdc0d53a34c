using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using NetArchTest.Rules;
using TechconnectEvent.Web.Components.Layout;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.UnitTests.Architecture;

/// <summary>The shape every feature copies: thin components, pages that say who may open them, features that lean on each other only where intended.</summary>
public sealed class ArchitectureTests
{
    private const string Root = "TechconnectEvent.Web";
    private const string FeaturesRoot = Root + ".Features.";
    private static readonly Assembly App = typeof(Program).Assembly;

    /// <summary>
    /// Which feature may use which, besides Administration (roles and policies), which every feature may use. A new
    /// dependency is a design decision: add it here with the reason, or move the shared piece to Infrastructure.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string[]> AllowedDependencies = new Dictionary<string, string[]>
    {
        // Users are linked to organisations; the audit log shows times in the edition's time zone.
        ["Administration"] = ["Editions", "Organizations"],
        // The edition overview counts booths by status and zone kind, and exhibitors; the editions list counts
        // applications and allocated exhibitors; a new edition copies zones, the booth layout and the registration
        // categories (or starts with the default categories).
        // … and the check-in gates (or starts with the main gate), the forum's rooms and topics (or the usual topics).
        ["Editions"] = ["Organizations", "Zones", "Booths", "Exhibitors", "Allocation", "Registrations", "CheckIns", "Forum"],
        // A changed organisation is announced as an ExhibitorChange for the editions it applied to.
        ["Organizations"] = ["Exhibitors"],
        // Eligibility by organisation type; a zone with booths in use cannot be archived.
        ["Zones"] = ["Editions", "Organizations", "Booths"],
        // The grid reads who holds or was allocated a booth, and offers the hold and allocate actions.
        ["Booths"] = ["Editions", "Organizations", "Zones", "Exhibitors", "Allocation"],
        // Applications name booth sizes and zone preferences, and show their allocated booths.
        ["Exhibitors"] = ["Editions", "Organizations", "Zones", "Booths", "Allocation"],
        ["Allocation"] = ["Editions", "Organizations", "Zones", "Booths", "Exhibitors"],
        ["FloorPlan"] = ["Editions", "Organizations", "Zones", "Booths", "Exhibitors", "Allocation"],
        // The public directory is a search over exhibitors drawn on the read-only floor plan; it links earlier years.
        ["Directory"] = ["Editions", "Organizations", "Booths", "Exhibitors", "Allocation", "FloorPlan"],
        // The post-event report and the further reports read the whole fair: registrations and check-ins, the exhibition,
        // the forum's sessions and attendance, meetings and MoUs; the live dashboard figures are recounted when they change.
        ["Reports"] = ["Editions", "Organizations", "Zones", "Booths", "Exhibitors", "Allocation", "FloorPlan", "Registrations", "CheckIns", "Forum", "Connections"],
        // Registrations belong to an edition (its days, time zone and status decide who may register and when).
        // … and the invitation import reads files with the booth import's reader, to share its size and shape limits;
        // the public form offers the forum's published sessions as "sessions of interest".
        ["Registrations"] = ["Editions", "Organizations", "Booths", "Forum"],
        // Check-in judges registrations' badges on the edition's days; the gate page registers walk-ins and prints
        // their badge through the registration and badge services.
        ["CheckIns"] = ["Editions", "Registrations"],
        // Sessions belong to an edition's days; the expected audience is registrations' interests; attendance is
        // counted at session doors, which are scan points of the check-in path.
        ["Forum"] = ["Editions", "Registrations", "CheckIns"],
        // Offers come from exhibited technologies of organisations at an edition; rounds fall on the edition's days; an
        // MoU is signed at a forum session of the MoU-ceremony kind.
        ["Connections"] = ["Editions", "Organizations", "Exhibitors", "Forum"],
        // The dashboard compares booths, exhibitors holding booths and applications with the previous edition, and
        // charts the post-event report's figures live (organisation types, technology fields, meeting outcomes by name).
        ["Home"] = ["Editions", "Booths", "Exhibitors", "Allocation", "Reports", "Organizations", "Connections"],
    };

    public static TheoryData<string> Features => [.. AllowedDependencies.Keys];

    [Fact]
    public void EveryFeatureFolder_IsInTheAllowedList()
    {
        var found = App.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith(FeaturesRoot, StringComparison.Ordinal))
            .Select(n => n[FeaturesRoot.Length..].Split('.')[0])
            .Distinct()
            .Order();

        Assert.Equal(AllowedDependencies.Keys.Order(), found);
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Feature_DependsOnOtherFeaturesOnlyAlongTheAllowedList(string feature)
    {
        var forbidden = AllowedDependencies.Keys
            .Where(other => other != feature && other != "Administration" && !AllowedDependencies[feature].Contains(other))
            .Select(other => FeaturesRoot + other)
            .ToArray();

        var result = Types.InAssembly(App)
            .That().ResideInNamespace(FeaturesRoot + feature)
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{feature} uses a feature outside its allowed list: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Infrastructure_DependsOnNoFeatureButAdministration()
    {
        // Infrastructure serves every feature; only the roles and the user entity (Identity) come from a feature.
        // Two parts are exempt by nature: the composition root (Hosting registers every feature) and Data (the
        // context maps every entity; the demo seeder writes them).
        var features = AllowedDependencies.Keys.Where(f => f != "Administration").Select(f => FeaturesRoot + f).ToArray();

        var result = Types.InAssembly(App)
            .That().ResideInNamespace(Root + ".Infrastructure")
            .And().DoNotResideInNamespace(Root + ".Infrastructure.Data")
            .And().DoNotResideInNamespace(Root + ".Infrastructure.Hosting")
            .ShouldNot().HaveDependencyOnAny(features)
            .GetResult();

        Assert.True(result.IsSuccessful, $"Infrastructure uses a feature: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void NoComponentOrPage_UsesTheDbContext()
    {
        var result = Types.InAssembly(App)
            .That().Inherit(typeof(ComponentBase))
            .ShouldNot().HaveDependencyOnAny(
                Root + ".Infrastructure.Data.EventDbContext",
                "Microsoft.EntityFrameworkCore.IDbContextFactory`1",
                "Microsoft.EntityFrameworkCore.DbContext")
            .GetResult();

        Assert.True(result.IsSuccessful, $"Components must call a service: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void EveryRoutablePage_StatesItsAuthorization()
    {
        var silent = RoutablePages()
            .Where(p => p.GetCustomAttribute<AuthorizeAttribute>() is null && p.GetCustomAttribute<AllowAnonymousAttribute>() is null)
            .Select(p => p.FullName)
            .ToList();

        Assert.Empty(silent);
    }

    [Fact]
    public void Pages_UseNamedPolicies_NotRoleStrings()
    {
        var withRoles = RoutablePages()
            .Where(p => p.GetCustomAttributes<AuthorizeAttribute>().Any(a => a.Roles is not null))
            .Select(p => p.FullName)
            .ToList();

        Assert.Empty(withRoles);
    }

    [Fact]
    public void EveryRoleTheDrawerShowsAnEntryTo_MayOpenItsPage()
    {
        var pages = RoutablePages()
            .SelectMany(p => p.GetCustomAttributes<RouteAttribute>().Select(r => (Route: r.Template.Trim('/'), Page: p)))
            .ToDictionary(x => x.Route, x => x.Page, StringComparer.OrdinalIgnoreCase);

        foreach (var section in NavigationCatalog.Sections.Where(s => s.Policy is not null))
        {
            var page = pages[section.Href];
            var policy = page.GetCustomAttribute<AuthorizeAttribute>()?.Policy;
            Assert.True(policy is not null, $"{section.Href} is behind a policy in the drawer but its page states none.");
            Assert.All(section.Roles, role => Assert.Contains(role, Policies.RolesOf(policy)));
        }
    }

    [Fact]
    public void EveryPolicyAPageNames_IsConfigured()
    {
        var named = RoutablePages()
            .Select(p => p.GetCustomAttribute<AuthorizeAttribute>()?.Policy)
            .OfType<string>()
            .Distinct();

        Assert.All(named, policy => Assert.True(Policies.RolesByPolicy.ContainsKey(policy), $"Unknown policy {policy}."));
    }

    private static IEnumerable<Type> RoutablePages() =>
        App.GetTypes().Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any());
}
