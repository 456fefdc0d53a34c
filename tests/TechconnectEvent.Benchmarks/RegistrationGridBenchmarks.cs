using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Benchmarks;

/// <summary>
/// The registrations grid's server query over 20,000 registrations in a SQLite file: the first page, a category +
/// status filter, a sort by organisation (descending) and a search without diacritics. Target: ≤ 100 ms each.
/// </summary>
[MemoryDiagnoser]
public class RegistrationGridBenchmarks
{
    private const int Count = 20_000;

    private static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
    private static readonly string[] Middles = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Ngọc", "Đức"];
    private static readonly string[] Givens = ["An", "Bình", "Châu", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Long", "Nam", "Phương", "Quân", "Trang", "Tuấn", "Yến"];
    private static readonly string[] Organisations =
        ["Đại học Bách khoa Hà Nội", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Công ty Cổ phần FPT", "Tập đoàn Viettel", "Sở KH&CN Quảng Ninh",
         "Samsung Electronics", "Đại học Quốc gia TP. Hồ Chí Minh", "Báo Nhân Dân", "Hợp tác xã Hạ Long Xanh", "KAIST"];

    private string directory = null!;
    private RegistrationGridQuery grid = null!;
    private int editionId;
    private int pressId;

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
        db.SaveChanges();
        pressId = categories.Single(c => c.Code == RegistrationCategoryDefaults.Press).Id;
        var random = new Random(2023);
        var statuses = Enum.GetValues<RegistrationStatus>();
        var start = new DateTimeOffset(2023, 8, 1, 0, 0, 0, TimeSpan.Zero);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < Count; i++)
        {
            var name = $"{Families[random.Next(Families.Length)]} {Middles[random.Next(Middles.Length)]} {Givens[random.Next(Givens.Length)]}";
            var registration = new Registration
            {
                EditionId = editionId, CategoryId = categories[random.Next(categories.Count)].Id, FullName = name,
                OrganizationName = Organisations[random.Next(Organisations.Length)], Email = $"delegate{i}@example.com", EmailKey = $"delegate{i}@example.com",
                Phone = $"09{random.Next(10_000_000, 99_999_999)}", DaysMask = 3, Status = statuses[random.Next(statuses.Length)],
                RegisteredAt = start.AddMinutes(i * 3), BadgeCode = BadgeCodes.New(), ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()),
            };
            registration.RefreshSearchKeys();
            db.Registrations.Add(registration);
            if (i % 2000 == 1999)
            {
                db.SaveChanges();
                db.ChangeTracker.Clear();
            }
        }
        db.SaveChanges();
        grid = new RegistrationGridQuery(factory);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark]
    public async Task<int> FirstPage() => (await grid.PageAsync(editionId, new RegistrationPageRequest(RegistrationFilter.None))).Total;

    [Benchmark]
    public async Task<int> FilterCategoryAndStatus() =>
        (await grid.PageAsync(editionId, new RegistrationPageRequest(new RegistrationFilter(pressId, RegistrationStatus.Pending)))).Total;

    [Benchmark]
    public async Task<int> SortByOrganisationDescending() =>
        (await grid.PageAsync(editionId, new RegistrationPageRequest(RegistrationFilter.None, RegistrationSort.Organization, Descending: true, Page: 10))).Total;

    [Benchmark]
    public async Task<int> FoldedSearch() =>
        (await grid.PageAsync(editionId, new RegistrationPageRequest(new RegistrationFilter(Search: "nguyen thi ha long")))).Total;

    private sealed class SqliteFileContexts(string connectionString) : IDbContextFactory<EventDbContext>
    {
        public EventDbContext CreateDbContext() => new(new DbContextOptionsBuilder<EventDbContext>()
            .UseSqlite(connectionString).AddInterceptors(new SqlitePragmaInterceptor()).Options);
    }
}
