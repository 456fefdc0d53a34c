using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.Benchmarks;

/// <summary>
/// The booth grid's server query on the demo edition (228 booths, 20 of them allocated to organisations so the
/// exhibitor join has work to do), with and without a search, on a real SQLite file. Target: ≤ 200 ms.
/// </summary>
[MemoryDiagnoser]
public class BoothGridBenchmarks
{
    private string directory = null!;
    private BoothService booths = null!;
    private int editionId;

    [GlobalSetup]
    public void Setup()
    {
        directory = Path.Combine(Path.GetTempPath(), "tc-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var factory = new FileContextFactory($"Data Source={Path.Combine(directory, "bench.db")}");
        using (var db = factory.CreateDbContext())
        {
            db.Database.Migrate();
        }
        new DemoSeeder(factory, DemoDataFolder.Default, NullLogger<DemoSeeder>.Instance).SeedAsync().GetAwaiter().GetResult();
        using (var db = factory.CreateDbContext())
        {
            editionId = db.Editions.First().Id;
            var organisations = db.Organizations.Take(20).ToList();
            var allocated = db.Booths.Where(b => b.EditionId == editionId && b.Status == BoothStatus.Allocated).Take(organisations.Count).ToList();
            for (var i = 0; i < allocated.Count; i++)
            {
                var application = new Web.Features.Exhibitors.ExhibitorApplication { EditionId = editionId, OrganizationId = organisations[i].Id };
                db.ExhibitorApplications.Add(application);
                db.SaveChanges();
                db.BoothAllocations.Add(new Web.Features.Allocation.BoothAllocation
                {
                    EditionId = editionId, BoothId = allocated[i].Id, ApplicationId = application.Id, OrganizationId = organisations[i].Id, AllocatedAt = DateTimeOffset.UtcNow,
                });
            }
            db.SaveChanges();
        }
        booths = new BoothService(factory, new AuditTrail(TimeProvider.System), new SystemActor(), new ChangeNotifier<BoothChange>(), Options.Create(new HallOptions()), TimeProvider.System);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark]
    public async Task<int> AllBooths() => (await booths.QueryAsync(editionId, BoothFilter.None)).Count;

    [Benchmark]
    public async Task<int> SearchByExhibitor() => (await booths.QueryAsync(editionId, new BoothFilter(Search: "dai hoc"))).Count;

    private sealed class FileContextFactory(string connectionString) : IDbContextFactory<EventDbContext>
    {
        public EventDbContext CreateDbContext() => new(new DbContextOptionsBuilder<EventDbContext>()
            .UseSqlite(connectionString).AddInterceptors(new SqlitePragmaInterceptor()).Options);
    }

    private sealed class SystemActor : ICurrentActor
    {
        public Task<Actor> GetAsync() => Task.FromResult(Actor.From(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
