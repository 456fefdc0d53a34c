using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Agenda;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Benchmarks;

/// <summary>
/// The public agenda of the demo edition grown to 60 published sessions in 12 rooms, three speakers each: building
/// it from the database (a cache miss), and what a page does with it (filter, search and lay out a day's grid).
/// Target for /agenda: ≤ 50 ms server time.
/// </summary>
[MemoryDiagnoser]
public class AgendaBenchmarks
{
    private const int Sessions = 60;
    private const int RoomCount = 12;

    private string directory = null!;
    private BenchmarkDatabase dbFactory = null!;
    private AgendaService service = null!;
    private Edition edition = null!;
    private AgendaModel agenda = null!;
    private readonly CultureInfo vietnamese = new("vi-VN");

    [GlobalSetup]
    public async Task SetupAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = vietnamese;
        directory = Path.Combine(Path.GetTempPath(), "tc-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        dbFactory = new BenchmarkDatabase($"Data Source={Path.Combine(directory, "bench.db")}");
        await using (var db = dbFactory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }
        await new DemoSeeder(dbFactory, DemoDataFolder.Default, NullLogger<DemoSeeder>.Instance).SeedAsync();
        await GrowProgrammeAsync();
        var editions = new EditionService(dbFactory, TimeProvider.System, FixedActor.System);
        edition = (await editions.GetPublicAsync(null))!;
        service = new AgendaService(dbFactory, editions, new AgendaCache(TimeProvider.System));
        agenda = await service.BuildAsync(edition, vietnamese);
        if (agenda.Sessions.Count != Sessions)
        {
            throw new InvalidOperationException($"Expected {Sessions} public sessions, found {agenda.Sessions.Count}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS.
        }
    }

    /// <summary>A cache miss: every query and the assembly of the model.</summary>
    [Benchmark]
    public async Task<int> BuildFromDatabase() => (await service.BuildAsync(edition, vietnamese)).Sessions.Count;

    /// <summary>What /agenda does per request on top of the cached model: parse the filter, search, lay out the grid.</summary>
    [Benchmark]
    public int FilterSearchAndLayOutADay()
    {
        var filter = AgendaFilter.FromQuery(null, null, null, "cong nghe", agenda.Days);
        var found = filter.Apply(agenda);
        var cells = 0;
        foreach (var day in found.Select(s => s.Day).Distinct())
        {
            cells += AgendaGrid.For(found.Where(s => s.Day == day).ToList(), agenda.Rooms).Cells.Count;
        }
        return cells;
    }

    private async Task GrowProgrammeAsync()
    {
        await using var db = dbFactory.CreateDbContext();
        var demo = await db.Editions.SingleAsync(e => e.IsCurrent);
        var rooms = await db.Rooms.Where(r => r.EditionId == demo.Id).ToListAsync();
        for (var index = rooms.Count; index < RoomCount; index++)
        {
            var room = new Room { EditionId = demo.Id, Name = new LocalizedText($"Phòng {index + 1}", $"Room {index + 1}"), Capacity = 100, SortOrder = index + 1 };
            db.Rooms.Add(room);
            rooms.Add(room);
        }
        await db.SaveChangesAsync();
        var topics = await db.Topics.Where(t => t.EditionId == demo.Id).Select(t => t.Id).ToListAsync();
        var published = await db.ForumSessions.CountAsync(s => s.EditionId == demo.Id && s.Status == SessionStatus.Published);
        var zone = demo.TimeZone;
        for (var index = 0; index < Sessions - published; index++)
        {
            var day = demo.StartDate.AddDays(index % 2);
            var local = day.ToDateTime(new TimeOnly(8 + index / (2 * RoomCount) * 3, 0));
            var starts = new DateTimeOffset(local, zone.GetUtcOffset(local));
            db.ForumSessions.Add(new ForumSession
            {
                EditionId = demo.Id,
                Title = new LocalizedText($"Tiêu điểm công nghệ số {index + 1}", $"Technology focus {index + 1}"),
                Description = new LocalizedText("Phiên thảo luận về ứng dụng công nghệ trong sản xuất.", "A panel on technology in industry."),
                RoomId = rooms[index / 2 % RoomCount].Id,
                TopicId = topics[index % topics.Count],
                StartsAt = starts,
                EndsAt = starts.AddHours(2),
                Status = SessionStatus.Published,
                PublishedAt = starts.AddDays(-30),
                Speakers = [.. Enumerable.Range(1, 3).Select(n => new Speaker
                {
                    Name = $"TS. Nguyễn Văn {(char)('A' + n)} (hư cấu)", Title = "Viện trưởng", Organization = "Viện Công nghệ (hư cấu)",
                    TalkTitle = "Chuyển đổi số trong doanh nghiệp", SortOrder = n, Minutes = 20,
                })],
            });
        }
        await db.SaveChangesAsync();
    }

    private sealed class BenchmarkDatabase(string connectionString) : IDbContextFactory<EventDbContext>
    {
        public EventDbContext CreateDbContext() => new(new DbContextOptionsBuilder<EventDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmaInterceptor())
            .Options);
    }
}
