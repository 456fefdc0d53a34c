using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Dashboard;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Benchmarks;

/// <summary>
/// One dashboard snapshot (every figure, today and for the whole edition) over 10,000 registrations, 20,000
/// admissions through four gates on both days and 3,000 refused scans, in a SQLite file. The feed runs it at most
/// once a second per edition, so it must stay well under that: target ≤ 100 ms.
/// </summary>
[MemoryDiagnoser]
public class CheckInDashboardBenchmarks
{
    private const int People = 10_000;

    private string directory = null!;
    private CheckInCounts counts = null!;
    private int editionId;

    [GlobalSetup]
    public void Setup()
    {
        directory = Path.Combine(Path.GetTempPath(), "tc-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var factory = new SqliteFileContexts($"Data Source={Path.Combine(directory, "bench.db")}");
        using var db = factory.CreateDbContext();
        db.Database.Migrate();
        var edition = new Edition
        {
            Year = 2023, Name = new LocalizedText("Techconnect 2023", "Techconnect 2023"), Theme = new LocalizedText("Đổi mới", "Innovation"),
            Venue = new LocalizedText("Hạ Long", "Ha Long"), Province = new LocalizedText("Quảng Ninh", "Quang Ninh"),
            StartDate = new DateOnly(2023, 9, 29), EndDate = new DateOnly(2023, 9, 30), IsCurrent = true,
        };
        db.Editions.Add(edition);
        db.SaveChanges();
        editionId = edition.Id;
        var categories = RegistrationCategoryDefaults.For(editionId);
        db.RegistrationCategories.AddRange(categories);
        var gates = Enumerable.Range(0, 4).Select(i => new ScanPoint { EditionId = editionId, Code = $"G{i}", Name = $"Cổng {i}", SortOrder = i }).ToList();
        db.ScanPoints.AddRange(gates);
        db.SaveChanges();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(2023);
        var registrations = new List<Registration>(People);
        for (var i = 0; i < People; i++)
        {
            var registration = new Registration
            {
                EditionId = editionId, CategoryId = categories[random.Next(categories.Count)].Id, FullName = $"Khách {i}", DaysMask = 3,
                RegisteredAt = new DateTimeOffset(2023, 8, 1, 0, 0, 0, TimeSpan.Zero), BadgeCode = BadgeCodes.New(),
                ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()),
            };
            registrations.Add(registration);
            db.Registrations.Add(registration);
        }
        db.SaveChanges();
        db.ChangeTracker.Clear();
        // Most arrive in the first hour of each day, as at the fair's opening.
        foreach (var (registration, index) in registrations.Select((r, i) => (r, i)))
        {
            for (var day = 0; day < 2; day++)
            {
                var at = new DateTimeOffset(2023, 9, 29 + day, 8, 0, 0, TimeSpan.FromHours(7)).AddMinutes(random.Next(0, random.Next(2) == 0 ? 60 : 600));
                db.CheckIns.Add(new CheckIn
                {
                    EditionId = editionId, RegistrationId = registration.Id, ScanPointId = gates[random.Next(gates.Count)].Id, DayIndex = day, At = at,
                });
            }
            if (index % 2000 == 1999)
            {
                db.SaveChanges();
                db.ChangeTracker.Clear();
            }
        }
        var reasons = new[] { ScanReason.UnknownCode, ScanReason.PendingApproval, ScanReason.NotToday, ScanReason.Reissued };
        for (var i = 0; i < 3000; i++)
        {
            var at = new DateTimeOffset(2023, 9, 29 + (i % 2), 9, 0, 0, TimeSpan.FromHours(7)).AddSeconds(i);
            db.ScanLog.Add(new ScanRecord
            {
                EditionId = editionId, At = at, ReceivedAt = at, ScanPointId = gates[i % gates.Count].Id, Code = $"BAD{i}",
                Status = ScanStatus.Invalid, Reason = reasons[i % reasons.Length], NonceKey = $"d1:{i}",
            });
        }
        db.SaveChanges();
        counts = new CheckInCounts(factory, new FixedTime(new DateTimeOffset(2023, 9, 30, 10, 0, 0, TimeSpan.FromHours(7))));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark]
    public async Task<int> Snapshot() => (await counts.SnapshotAsync(editionId))!.Edition.Admissions;

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    private sealed class SqliteFileContexts(string connectionString) : IDbContextFactory<EventDbContext>
    {
        public EventDbContext CreateDbContext() => new(new DbContextOptionsBuilder<EventDbContext>()
            .UseSqlite(connectionString).AddInterceptors(new SqlitePragmaInterceptor()).Options);
    }
}
