using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TechconnectEvent.UnitTests.Allocation;
using TechconnectEvent.UnitTests.Exhibitors;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;
using Microsoft.Extensions.Options;
using TechconnectEvent.UnitTests.Booths;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Booths.Import;

namespace TechconnectEvent.UnitTests.Operations;

/// <summary>A write and its audit row land together or not at all, and a locked database is a coded Busy.</summary>
public sealed class WriteAtomicityTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly OrganizationInput NewOrganization =
        new() { NameVi = "Hợp tác xã Nông nghiệp Đông Triều", Type = OrganizationType.Cooperative, Country = "VN" };

    [Fact]
    public async Task CreatingAnOrganisation_WhoseAuditRowFails_LeavesNoOrganisation()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var organizations = new OrganizationService(FailingAudit(world), new FakeActor { Current = FakeActor.Organiser() },
            new AuditTrail(new TestClock()), new ChangeNotifier<ExhibitorChange>());

        var result = await organizations.CreateAsync(NewOrganization, Token);

        Assert.False(result.Succeeded);
        await using var db = world.Database.CreateContext();
        Assert.False(await db.Organizations.AnyAsync(o => o.Name.Vi == NewOrganization.NameVi, Token));
        Assert.Empty(await db.AuditLog.ToListAsync(Token));
    }

    [Fact]
    public async Task CreatingATechnologyOrSubmittingAnApplication_WhoseAuditRowFails_LeavesNothing()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var actor = new FakeActor { Current = FakeActor.Exhibitor(world.Enterprise) };
        var factory = FailingAudit(world);
        var technologies = new TechnologyService(factory, actor, new AuditTrail(new TestClock()), new ChangeNotifier<ExhibitorChange>());
        var applications = new ExhibitorApplicationService(factory, actor, new AuditTrail(new TestClock()), new TestClock(), new ChangeNotifier<ExhibitorChange>());

        var technology = await technologies.CreateAsync(world.Enterprise, world.EditionId, new TechnologyInput { TitleVi = "Robot hàn", ReadinessLevel = 7 }, Token);
        var application = await applications.SubmitAsync(world.EditionId, world.Enterprise, world.ValidInput(), Token);

        Assert.False(technology.Succeeded);
        Assert.False(application.Succeeded);
        await using var db = world.Database.CreateContext();
        Assert.Empty(await db.Technologies.ToListAsync(Token));
        Assert.Empty(await db.ExhibitorApplications.ToListAsync(Token));
        Assert.Empty(await db.AuditLog.ToListAsync(Token));
    }

    [Fact]
    public async Task CreatingAnOrganisation_WritesItAndItsAuditRowNamingItsId()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        world.Actor.Current = FakeActor.Organiser();

        var result = await world.Organizations.CreateAsync(NewOrganization, Token);

        await using var db = world.Database.CreateContext();
        var audit = Assert.Single(await db.AuditLog.ToListAsync(Token));
        Assert.Equal(("organization.created", result.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.Action, audit.EntityId));
    }

    [Fact]
    public async Task Allocating_WhileAnotherConnectionHoldsTheWriteLock_IsBusy_AndWritesNothing()
    {
        await using var scenario = await AllocationScenario.CreateAsync();
        var booth = await scenario.AddBoothAsync("A-001", scenario.AiZone);
        var application = await scenario.AddApplicationAsync("Công ty A", "Company A");
        var service = scenario.Service(factory: ShortTimeout(scenario.Database.ConnectionString));

        OperationResult result;
        await using (await HoldWriteLockAsync(scenario.Database.ConnectionString))
        {
            result = await service.AllocateAsync(booth.Id, application.Id, booth.Version, null, Token);
        }

        Assert.Equal(CommonErrors.Codes.Busy, Assert.Single(result.Errors).Code);
        Assert.Empty(await scenario.AllocationsAsync());
        Assert.Empty(await scenario.AuditAsync());
        var stored = await scenario.BoothAsync(booth.Id);
        Assert.Equal((booth.Status, booth.Version), (stored.Status, stored.Version));
        Assert.Equal(application.Version, (await scenario.ApplicationAsync(application.Id)).Version);
        Assert.Empty(await scenario.ChangesAsync());
    }

    [Fact]
    public async Task CreatingOrUpdatingAnOrganisation_WhileTheDatabaseIsLocked_IsBusy_AndWritesNothing()
    {
        await using var world = await ExhibitorWorld.CreateAsync();
        var organizations = new OrganizationService(ShortTimeout(world.Database.ConnectionString), new FakeActor { Current = FakeActor.Organiser() },
            new AuditTrail(new TestClock()), new ChangeNotifier<ExhibitorChange>());
        var existing = (await organizations.GetAsync(world.Enterprise, Token)).Value!;
        var rename = OrganizationInput.From(existing);
        rename.NameVi = "Công ty Đổi tên";

        OperationResult created, updated;
        await using (await HoldWriteLockAsync(world.Database.ConnectionString))
        {
            created = await organizations.CreateAsync(NewOrganization, Token);
            updated = await organizations.UpdateAsync(existing.Id, rename, existing.Version, Token);
        }

        Assert.Equal(CommonErrors.Codes.Busy, Assert.Single(created.Errors).Code);
        Assert.Equal(CommonErrors.Codes.Busy, Assert.Single(updated.Errors).Code);
        await using var db = world.Database.CreateContext();
        Assert.Equal(["Công ty Thử nghiệm", "Trường Đại học Thử"], await db.Organizations.OrderBy(o => o.Id).Select(o => o.Name.Vi).ToListAsync(Token));
        Assert.Empty(await db.AuditLog.ToListAsync(Token));
    }

    [Fact]
    public async Task ImportingBooths_WhileTheDatabaseIsLocked_IsBusy_AndWritesNothing()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        await bed.AddZoneAsync("AI");
        var imports = new BoothImportService(ShortTimeout(bed.Database.ConnectionString), new AuditTrail(new TestClock()),
            new FakeActor { Current = FakeActor.Organiser() }, new ChangeNotifier<BoothChange>(), Options.Create(new HallOptions()));
        var content = System.Text.Encoding.UTF8.GetBytes("code,zone,size,x,y,width,height\nAI-01,AI,standard,0,0,3,3\n");

        BoothImportResult result;
        await using (await HoldWriteLockAsync(bed.Database.ConnectionString))
        {
            result = await imports.ImportAsync(bed.EditionId, "booths.csv", content, Token);
        }

        Assert.Equal(0, result.Imported);
        Assert.Equal(CommonErrors.Codes.Busy, Assert.Single(result.Report.Problems).Error.Code);
        await using var db = bed.Database.CreateContext();
        Assert.Empty(await db.Booths.ToListAsync(Token));
    }

    /// <summary>A second connection that takes the write lock (BEGIN IMMEDIATE) and keeps it until disposed.</summary>
    private static async Task<IAsyncDisposable> HoldWriteLockAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(Token);
        await using (var begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync(Token);
        }
        return connection;
    }

    /// <summary>Waits one second for a lock instead of the product's five, so the test is quick.</summary>
    private static IDbContextFactory<EventDbContext> ShortTimeout(string connectionString) =>
        new TestDatabase.ContextFactory(new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 1 }.ToString());

    private static IDbContextFactory<EventDbContext> FailingAudit(ExhibitorWorld world) =>
        world.Database.With(new AuditSaveFails());

    /// <summary>Refuses any save that carries an audit row, as a full disk or a broken log table would.</summary>
    private sealed class AuditSaveFails : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<AuditEntry>().Any()
                ? throw new DbUpdateException("The audit log refused the row.")
                : ValueTask.FromResult(result);
    }
}
