using System.Security.Claims;
using Microsoft.Extensions.Options;
using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Booths.Import;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Features.Allocation;

namespace TechconnectEvent.UnitTests.Booths;

/// <summary>A migrated database with one edition, the booth services wired to it and an organiser acting.</summary>
public sealed class BoothTestBed : IAsyncDisposable
{
    private BoothTestBed(TestDatabase database, bool organiser)
    {
        Database = database;
        var actor = new FixedActor(organiser);
        var audit = new AuditTrail(Clock);
        var hall = Options.Create(new HallOptions());
        Zones = new ZoneService(database.Factory, audit, actor, Clock);
        Booths = new BoothService(database.Factory, audit, actor, Notifier, hall, Clock);
        Imports = new BoothImportService(database.Factory, audit, actor, Notifier, hall);
    }

    public TestDatabase Database { get; }
    public ChangeNotifier<BoothChange> Notifier { get; } = new();
    public TestClock Clock { get; } = new();
    public ZoneService Zones { get; }
    public BoothService Booths { get; }
    public BoothImportService Imports { get; }
    public int EditionId { get; private set; }

    public static async Task<BoothTestBed> CreateAsync(bool organiser = true)
    {
        var bed = new BoothTestBed(await TestDatabase.CreateAsync(), organiser);
        await using var db = bed.Database.CreateContext();
        var edition = new Edition
        {
            Year = 2023,
            Name = new LocalizedText("Techconnect 2023", "Techconnect 2023"),
            Theme = new LocalizedText("Đổi mới", "Innovation"),
            Venue = new LocalizedText("Hạ Long", "Ha Long"),
            Province = new LocalizedText("Quảng Ninh", "Quang Ninh"),
            StartDate = new DateOnly(2023, 9, 29),
            EndDate = new DateOnly(2023, 9, 30),
            IsCurrent = true,
        };
        db.Editions.Add(edition);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        bed.EditionId = edition.Id;
        return bed;
    }

    public async Task<Zone> AddZoneAsync(string code, OrganizationType eligible = OrganizationType.None)
    {
        await using var db = Database.CreateContext();
        var zone = new Zone { EditionId = EditionId, Code = code, Name = new LocalizedText($"Khu {code}", $"Zone {code}"), Colour = "#1E88E5", EligibleTypes = eligible };
        db.Zones.Add(zone);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return zone;
    }

    public async Task<Booth> AddBoothAsync(int zoneId, string code, double x, double y, BoothStatus status = BoothStatus.Available, double width = 3, double height = 3)
    {
        await using var db = Database.CreateContext();
        var booth = new Booth { EditionId = EditionId, ZoneId = zoneId, Code = code, X = x, Y = y, Width = width, Height = height }.InStatus(status);
        db.Booths.Add(booth);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return booth;
    }

    /// <summary>Allocates a booth to a new organisation of the given type, as the allocation feature would.</summary>
    public async Task<Organization> AllocateAsync(Booth booth, OrganizationType type, string name = "Công ty Cổ phần Công nghệ Hạ Long")
    {
        await using var db = Database.CreateContext();
        var organisation = new Organization { Name = new LocalizedText(name, name), Type = type };
        db.Organizations.Add(organisation);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var application = new ExhibitorApplication { EditionId = EditionId, OrganizationId = organisation.Id };
        db.ExhibitorApplications.Add(application);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        db.BoothAllocations.Add(new BoothAllocation { EditionId = EditionId, BoothId = booth.Id, ApplicationId = application.Id, OrganizationId = organisation.Id, AllocatedAt = Clock.GetUtcNow() });
        var stored = await db.Booths.FindAsync([booth.Id], TestContext.Current.CancellationToken);
        stored!.Allocated(application.Id);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return organisation;
    }

    public async Task<Booth> ReloadAsync(int boothId)
    {
        await using var db = Database.CreateContext();
        return (await db.Booths.FindAsync([boothId], TestContext.Current.CancellationToken))!;
    }

    public async Task<int> BoothCountAsync()
    {
        await using var db = Database.CreateContext();
        return db.Booths.Count(b => b.EditionId == EditionId);
    }

    public async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = Database.CreateContext();
        return db.AuditLog.OrderBy(a => a.Id).ToList();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private sealed class FixedActor(bool organiser) : ICurrentActor
    {
        public Task<Actor> GetAsync()
        {
            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, "u1"), new Claim(ClaimTypes.Name, "organiser@test"), .. organiser ? new[] { new Claim(ClaimTypes.Role, Roles.Organiser) } : []],
                "test");
            return Task.FromResult(Actor.From(new ClaimsPrincipal(identity)));
        }
    }
}
