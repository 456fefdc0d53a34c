using System.Security.Claims;
using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Features.Allocation;

namespace TechconnectEvent.UnitTests.Exhibitors;

/// <summary>Who is acting, settable per test.</summary>
internal sealed class FakeActor : ICurrentActor
{
    public Actor Current { get; set; } = Actor.System;

    public Task<Actor> GetAsync() => Task.FromResult(Current);

    public static Actor Exhibitor(int organizationId) => Make(Roles.Exhibitor, organizationId);
    public static Actor Organiser() => Make(Roles.Organiser, null);
    public static Actor WithRole(string role) => Make(role, null);

    private static Actor Make(string role, int? organizationId)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "u-" + role), new(ClaimTypes.Name, role + "@test"), new(ClaimTypes.Role, role) };
        if (organizationId is { } id)
        {
            claims.Add(new Claim(Actor.OrganizationClaim, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return Actor.From(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
    }
}

/// <summary>
/// A small edition on a real SQLite file: two organisations (an enterprise and a university), a zone for
/// enterprises, one for institutes and universities, one open to all, and an archived one.
/// </summary>
internal sealed class ExhibitorWorld : IAsyncDisposable
{
    private ExhibitorWorld(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public FakeActor Actor { get; } = new();
    public int EditionId { get; private set; }
    public int Enterprise { get; private set; }
    public int University { get; private set; }
    public int EnterpriseZone { get; private set; }
    public int AcademicZone { get; private set; }
    public int OpenZone { get; private set; }
    public int ArchivedZone { get; private set; }
    public int BoothId { get; private set; }

    /// <summary>The world's time: still until a test moves it, whatever today is.</summary>
    public TestClock Clock { get; } = new();
    public ExhibitorApplicationService Applications => new(Database.Factory, Actor, new AuditTrail(Clock), Clock, ExhibitorChanges);
    public TechnologyService Technologies => new(Database.Factory, Actor, new AuditTrail(Clock), ExhibitorChanges);
    public OrganizationService Organizations => new(Database.Factory, Actor, new AuditTrail(Clock), ExhibitorChanges);
    public ChangeNotifier<ExhibitorChange> ExhibitorChanges { get; } = new();

    public static async Task<ExhibitorWorld> CreateAsync()
    {
        var world = new ExhibitorWorld(await TestDatabase.CreateAsync());
        await using var db = world.Database.CreateContext();
        var edition = new Edition
        {
            Year = 2030, Name = new("Kỳ thử", "Test edition"), Theme = new("Chủ đề", "Theme"), Venue = new("Hạ Long", "Ha Long"), Province = new("Quảng Ninh", "Quang Ninh"),
            StartDate = new DateOnly(2030, 9, 1), EndDate = new DateOnly(2030, 9, 2), IsCurrent = true,
        };
        db.Editions.Add(edition);
        var enterprise = new Organization { Name = new("Công ty Thử nghiệm", "Test Company"), Type = OrganizationType.Enterprise };
        var university = new Organization { Name = new("Trường Đại học Thử", "Test University"), Type = OrganizationType.University };
        db.Organizations.AddRange(enterprise, university);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        Zone Zone(string code, OrganizationType types, int order, bool archived = false) => new()
        {
            EditionId = edition.Id, Code = code, Name = new LocalizedText("Khu " + code, "Zone " + code), EligibleTypes = types, SortOrder = order, IsArchived = archived,
        };
        var enterpriseZone = Zone("DN", OrganizationType.Enterprise | OrganizationType.HighTechEnterprise, 10);
        var academicZone = Zone("VT", OrganizationType.Institute | OrganizationType.University, 20);
        var openZone = Zone("CN", OrganizationType.None, 30);
        var archivedZone = Zone("OLD", OrganizationType.None, 40, archived: true);
        db.Zones.AddRange(enterpriseZone, academicZone, openZone, archivedZone);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var booth = new Booth { EditionId = edition.Id, ZoneId = enterpriseZone.Id, Code = "DN-01" };
        db.Booths.Add(booth);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        (world.EditionId, world.Enterprise, world.University) = (edition.Id, enterprise.Id, university.Id);
        (world.EnterpriseZone, world.AcademicZone, world.OpenZone, world.ArchivedZone, world.BoothId) = (enterpriseZone.Id, academicZone.Id, openZone.Id, archivedZone.Id, booth.Id);
        return world;
    }

    public ApplicationInput ValidInput() => new() { BoothsWanted = 2, SizeWanted = BoothSize.Standard, ZonePreference1Id = EnterpriseZone, ZonePreference2Id = OpenZone };

    /// <summary>Inserts an application straight into the database in the given status.</summary>
    public async Task<ExhibitorApplication> AddApplicationAsync(int organizationId, ApplicationStatus status = ApplicationStatus.Submitted)
    {
        await using var db = Database.CreateContext();
        var application = new ExhibitorApplication
        {
            EditionId = EditionId, OrganizationId = organizationId, BoothsWanted = 2,
            ZonePreference1Id = organizationId == Enterprise ? EnterpriseZone : AcademicZone, SubmittedAt = Clock.GetUtcNow(),
        }.InStatus(status);
        db.ExhibitorApplications.Add(application);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return application;
    }

    public async Task<Technology> AddTechnologyAsync(int organizationId)
    {
        await using var db = Database.CreateContext();
        var technology = new Technology { OrganizationId = organizationId, EditionId = EditionId, Title = new("Cảm biến", "Sensor"), ReadinessLevel = 6 };
        db.Technologies.Add(technology);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return technology;
    }

    public async Task AllocateAsync(ExhibitorApplication application)
    {
        await using var db = Database.CreateContext();
        db.BoothAllocations.Add(new BoothAllocation
        {
            EditionId = EditionId, BoothId = BoothId, ApplicationId = application.Id, OrganizationId = application.OrganizationId, AllocatedAt = Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
