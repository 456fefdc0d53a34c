using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Devices;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.UnitTests.CheckIns.Devices;

/// <summary>A migrated database with the 2023 edition and its main gate, and the device service acting as <see cref="Actor"/>.</summary>
internal sealed class DeviceTestBed : IAsyncDisposable
{
    private DeviceTestBed(TestDatabase database, string role)
    {
        Database = database;
        Actor = Actor.From(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "u1"), new Claim(ClaimTypes.Name, "thu.ky@test.local"), new Claim(ClaimTypes.Role, role)], "test")));
        Service = For(Actor);
        EditionId = database.AddEdition().Id;
        MainGateId = AddGate(EditionId, ScanPointDefaults.MainGateCode, ScanPointDefaults.MainGateName).Id;
    }

    public TestDatabase Database { get; }
    public TestClock Clock { get; } = new();
    public ChangeNotifier<DeviceChange> Notifier { get; } = new();
    public Actor Actor { get; }
    public DeviceAdminService Service { get; }
    public int EditionId { get; }
    public int MainGateId { get; }

    public static DeviceTestBed Create(string role = Roles.Organiser) => new(TestDatabase.Create(), role);

    public DeviceAdminService For(Actor actor) => new(Database, new AuditTrail(Clock), new FixedActor(actor), Notifier, Clock);

    public ScanPoint AddGate(int editionId, string code, string name, bool closed = false)
    {
        using var db = Database.CreateDbContext();
        var gate = new ScanPoint { EditionId = editionId, Code = code, Name = name, IsClosed = closed };
        db.ScanPoints.Add(gate);
        db.SaveChanges();
        return gate;
    }

    public async Task<AddedDevice> AddAsync(string name = "Máy quét cổng chính 1")
    {
        var result = await Service.AddAsync(EditionId, name, MainGateId, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        return result.Value!;
    }

    public async Task<Device> DeviceAsync(int id)
    {
        await using var db = Database.CreateDbContext();
        return await db.Devices.AsNoTracking().SingleAsync(d => d.Id == id, TestContext.Current.CancellationToken);
    }

    public async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditLog.AsNoTracking().OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
