using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Allocation.Auto;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Allocation;

/// <summary>An edition with an AI zone (enterprises) and a university zone, on a real migrated SQLite file.</summary>
internal sealed class AllocationScenario : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2023, 9, 1, 3, 0, 0, TimeSpan.Zero);

    private AllocationScenario(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public FixedTime Time { get; } = new(Now);
    public ChangeNotifier<BoothChange> Notifier { get; } = new();
    public ChangeRecorder<BoothChange> Recorder { get; private set; } = null!;
    public int EditionId { get; private set; }
    public Zone AiZone { get; private set; } = null!;
    public Zone UniversityZone { get; private set; } = null!;

    public static async Task<AllocationScenario> CreateAsync()
    {
        var scenario = new AllocationScenario(await TestDatabase.CreateAsync());
        scenario.Recorder = new ChangeRecorder<BoothChange>(scenario.Notifier, new BoothChange(-1, []));
        await using var db = scenario.Database.CreateContext();
        var edition = new Edition
        {
            Year = 2023,
            Name = new LocalizedText("Techconnect 2023", "Techconnect 2023"),
            Theme = new LocalizedText("Đổi mới sáng tạo", "Innovation"),
            Venue = new LocalizedText("Hạ Long", "Ha Long"),
            Province = new LocalizedText("Quảng Ninh", "Quang Ninh"),
            IsCurrent = true,
        };
        db.Editions.Add(edition);
        await db.SaveChangesAsync();
        scenario.EditionId = edition.Id;
        scenario.AiZone = new Zone
        {
            EditionId = edition.Id, Code = "AI", Name = new LocalizedText("Trí tuệ nhân tạo", "Artificial intelligence"),
            EligibleTypes = OrganizationType.Enterprise | OrganizationType.HighTechEnterprise, SortOrder = 1,
        };
        scenario.UniversityZone = new Zone
        {
            EditionId = edition.Id, Code = "UNI", Name = new LocalizedText("Viện và trường đại học", "Institutes and universities"),
            EligibleTypes = OrganizationType.University | OrganizationType.Institute, SortOrder = 2,
        };
        db.Zones.AddRange(scenario.AiZone, scenario.UniversityZone);
        await db.SaveChangesAsync();
        return scenario;
    }

    public AllocationService Service(Actor? actor = null, IDbContextFactory<EventDbContext>? factory = null) =>
        new(factory ?? Database.Factory, new FixedActor(actor ?? TestActors.Organiser), new AuditTrail(Time), Notifier, Time);

    public ExhibitorApplicationService ApplicationService(IDbContextFactory<EventDbContext>? factory = null) =>
        new(factory ?? Database.Factory, new FixedActor(TestActors.Organiser), new AuditTrail(Time), Time, new ChangeNotifier<ExhibitorChange>());

    public AutoAllocationService AutoService(Actor? actor = null) =>
        new(Database.Factory, new FixedActor(actor ?? TestActors.Organiser), new AuditTrail(Time), Notifier, Time);

    public async Task<Booth> AddBoothAsync(string code, Zone zone, double x = 0, double y = 0, BoothStatus status = BoothStatus.Available,
        BoothSize size = BoothSize.Standard, Action<Booth>? configure = null)
    {
        await using var db = Database.CreateContext();
        var booth = new Booth { EditionId = zone.EditionId, ZoneId = zone.Id, Code = code, X = x, Y = y, Size = size }.InStatus(status);
        configure?.Invoke(booth);
        db.Booths.Add(booth);
        await db.SaveChangesAsync();
        return booth;
    }

    public async Task<ExhibitorApplication> AddApplicationAsync(string nameVi, string nameEn, OrganizationType type = OrganizationType.Enterprise,
        ApplicationStatus status = ApplicationStatus.Approved, int wanted = 1, SponsorTier tier = SponsorTier.None, int? editionId = null,
        int? preference = null)
    {
        await using var db = Database.CreateContext();
        var organization = new Organization { Name = new LocalizedText(nameVi, nameEn), Type = type };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        var application = new ExhibitorApplication
        {
            EditionId = editionId ?? EditionId, OrganizationId = organization.Id, BoothsWanted = wanted,
            SponsorTier = tier, SubmittedAt = Now.AddDays(-30), ZonePreference1Id = preference,
        }.InStatus(status);
        db.ExhibitorApplications.Add(application);
        await db.SaveChangesAsync();
        return application;
    }

    public async Task<int> AddEditionAsync(int year)
    {
        await using var db = Database.CreateContext();
        var edition = new Edition
        {
            Year = year, Name = new LocalizedText($"Techconnect {year}", $"Techconnect {year}"), Theme = new LocalizedText("-", "-"),
            Venue = new LocalizedText("-", "-"), Province = new LocalizedText("-", "-"),
        };
        db.Editions.Add(edition);
        await db.SaveChangesAsync();
        return edition.Id;
    }

    public async Task<Booth> BoothAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Booths.AsNoTracking().SingleAsync(b => b.Id == id);
    }

    public async Task<ExhibitorApplication> ApplicationAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.ExhibitorApplications.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    public async Task<List<BoothAllocation>> AllocationsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.BoothAllocations.AsNoTracking().OrderBy(a => a.BoothId).ToListAsync();
    }

    public async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = Database.CreateContext();
        return await db.AuditLog.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>The booth changes published so far, once every one of them has been delivered.</summary>
    public Task<IReadOnlyList<BoothChange>> ChangesAsync() => Recorder.DeliveredAsync();

    public ValueTask DisposeAsync()
    {
        Recorder.Dispose();
        return Database.DisposeAsync();
    }
}

internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}


internal static class TestActors
{
    public static Actor Organiser { get; } = WithRole("organiser@test.local", Roles.Organiser);
    public static Actor Staff { get; } = WithRole("staff@test.local", Roles.Staff);

    public static Actor WithRole(string name, string role)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)],
            "test");
        return Actor.From(new ClaimsPrincipal(identity));
    }
}
