using System.Security.Claims;
using TechconnectEvent.UnitTests.Registrations.Admin;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Gate;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.UnitTests.CheckIns.Gate;

/// <summary>The registration test bed (2023 edition, default categories) with gates and a gate desk acting as a staff member.</summary>
internal sealed class GateDeskTestBed : IAsyncDisposable
{
    public const string StaffId = "u-staff";

    private GateDeskTestBed(RegistrationTestBed registrations)
    {
        Registrations = registrations;
        var actor = new FixedActor(new Actor(StaffId, "staff@test.local", new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, StaffId), new Claim(ClaimTypes.Role, Roles.Staff)], "test"))));
        var editions = new EditionService(registrations.Database.Factory, Clock, actor);
        Desk = new GateDesk(registrations.Database.Factory, editions, Scanner, new AuditTrail(Clock), actor, Clock);
    }

    public RegistrationTestBed Registrations { get; }
    public TestClock Clock => Registrations.Clock;
    public TestDatabase Database => Registrations.Database;
    public int EditionId => Registrations.EditionId;
    public FakeScanner Scanner { get; } = new();
    public GateDesk Desk { get; }

    public static async Task<GateDeskTestBed> CreateAsync() => new(await RegistrationTestBed.CreateAsync());

    public async Task<ScanPoint> AddGateAsync(string code, string name, int sortOrder = 0, bool closed = false, int? editionId = null,
        ScanPointKind kind = ScanPointKind.Gate)
    {
        await using var db = Database.CreateContext();
        var gate = new ScanPoint { EditionId = editionId ?? EditionId, Code = code, Name = name, SortOrder = sortOrder, IsClosed = closed, Kind = kind };
        db.ScanPoints.Add(gate);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return gate;
    }

    public async Task<Registration> AddAsync(string name, string? organization = null, string? phone = null, int? editionId = null,
        string category = RegistrationCategoryDefaults.Visitor)
    {
        var registration = await Registrations.AddAsync(name, category, organization: organization, editionId: editionId);
        if (phone is not null)
        {
            await using var db = Database.CreateContext();
            db.Attach(registration);
            registration.Phone = phone;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        return registration;
    }

    public async Task AddCheckInAsync(int registrationId, int gateId, int day)
    {
        await using var db = Database.CreateContext();
        db.CheckIns.Add(new CheckIn
        {
            EditionId = EditionId, RegistrationId = registrationId, ScanPointId = gateId, Scope = CheckIn.FairEntry, DayIndex = day,
            At = Clock.GetUtcNow(), StaffUserId = StaffId,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => Registrations.DisposeAsync();
}
