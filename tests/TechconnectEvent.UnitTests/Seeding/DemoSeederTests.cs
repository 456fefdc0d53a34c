using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;
using TechconnectEvent.Web.Infrastructure.Localization;
using static TechconnectEvent.UnitTests.Seeding.SeedingFixtures;

namespace TechconnectEvent.UnitTests.Seeding;

public sealed class DemoSeederTests
{
    // The zone names of the 2023 plan as written in the Vietnamese article (seed 003), in file order.
    private static readonly string[] FunctionalZoneNames =
    [
        "Khu doanh nghiệp tài trợ",
        "Khu doanh nghiệp công nghệ cao",
        "Khu công nghệ trí tuệ nhân tạo",
        "Khu viện trường",
        "Tổ chức trung gian của thị trường khoa học và công nghệ",
        "Các địa phương",
        "Khu doanh nghiệp công nghệ nước ngoài có nhu cầu chuyển giao",
        "Khu doanh nghiệp",
        "Hợp tác xã tỉnh Quảng Ninh",
        "Khu doanh nghiệp có hoạt động đổi mới công nghệ tiêu biểu",
        "Khu doanh nghiệp khoa học và công nghệ",
    ];

    private static readonly string[] DemonstrationAreaNames =
    [
        "Khu trình diễn công nghệ vật liệu mới",
        "Khu trình diễn công nghệ năng lượng xanh",
        "Khu trình diễn công nghệ logistics và chuỗi cung ứng",
        "Khu trình diễn khoa học phục vụ sức khỏe (nông nghiệp và y tế)",
        "Khu trình diễn công nghệ thông tin và chuyển đổi số",
    ];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_EmptyDatabase_CreatesThe2023EditionInHaLongWithTheExactTheme()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var edition = await db.Editions.SingleAsync(e => e.Year == 2023, Token);
        Assert.Equal(new LocalizedText("Kết nối công nghệ và Đổi mới sáng tạo Việt Nam 2023", "Techconnect and Innovation Vietnam 2023"), edition.Name);
        Assert.Equal(new LocalizedText("Đổi mới sáng tạo – Phát triển bền vững", "Innovation – Sustainable Development"), edition.Theme);
        Assert.Equal("Thành phố Hạ Long", edition.Venue.Vi);
        Assert.Equal(new LocalizedText("Quảng Ninh", "Quang Ninh"), edition.Province);
        Assert.Equal((new DateOnly(2023, 9, 29), new DateOnly(2023, 9, 30)), (edition.StartDate, edition.EndDate));
        Assert.Equal("Asia/Ho_Chi_Minh", edition.TimeZoneId);
        Assert.Equal(EditionStatus.Closed, edition.Status);
        Assert.True(edition.IsCurrent);
    }

    [Fact]
    public async Task Seed_EmptyDatabase_CreatesElevenFunctionalZonesAndFiveDemonstrationAreasNamedAsInTheData()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var zones = await db.Zones.Where(z => z.EditionId == DemoEditionId(db)).OrderBy(z => z.SortOrder).ToListAsync(Token);
        Assert.Equal(FunctionalZoneNames, zones.Where(z => z.Kind == ZoneKind.FunctionalZone).Select(z => z.Name.Vi));
        Assert.Equal(DemonstrationAreaNames, zones.Where(z => z.Kind == ZoneKind.DemonstrationArea).Select(z => z.Name.Vi));
        Assert.Equal(["SP", "HT", "AI", "VT", "TG", "DP", "NN", "DN", "HX", "DM", "KH"],
            zones.Where(z => z.Kind == ZoneKind.FunctionalZone).Select(z => z.Code));

        // Independently of the loader: the raw file's names, code by code.
        using var file = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(DemoDataFolder.Default.Path, DemoDataFolder.ZonesFile), Token));
        var raw = file.RootElement.GetProperty("zones").EnumerateArray()
            .ToDictionary(z => z.GetProperty("code").GetString()!, z => z.GetProperty("name").GetProperty("vi").GetString()!);
        Assert.Equal(raw.Count, zones.Count);
        Assert.All(zones, z => Assert.Equal(raw[z.Code], z.Name.Vi));
    }

    [Fact]
    public async Task Seed_EmptyDatabase_GivesZonesSensibleEligibilityAndDistinctColours()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var zones = await db.Zones.Where(z => z.EditionId == DemoEditionId(db)).ToDictionaryAsync(z => z.Code, Token);
        Assert.Equal(OrganizationType.Sponsor, zones["SP"].EligibleTypes);
        Assert.Equal(OrganizationType.Locality | OrganizationType.GovernmentAgency, zones["DP"].EligibleTypes);
        Assert.Equal(OrganizationType.Institute | OrganizationType.University, zones["VT"].EligibleTypes);
        Assert.Equal(OrganizationType.Cooperative, zones["HX"].EligibleTypes);
        Assert.Equal(OrganizationType.ForeignTechCompany, zones["NN"].EligibleTypes);
        Assert.All(zones.Values.Where(z => z.Kind == ZoneKind.DemonstrationArea), z => Assert.Equal(OrganizationType.None, z.EligibleTypes));
        Assert.Equal(zones.Count, zones.Values.Select(z => z.Colour).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task Seed_EmptyDatabase_LaysOutUniqueNonOverlappingBoothsInsideTheHall()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var edition = await db.Editions.SingleAsync(e => e.Year == 2023, Token);
        var zones = await db.Zones.Where(z => z.EditionId == edition.Id).ToDictionaryAsync(z => z.Id, Token);
        var booths = await db.Booths.Where(b => b.EditionId == edition.Id).ToListAsync(Token);
        using var file = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(DemoDataFolder.Default.Path, DemoDataFolder.BoothsFile), Token));
        var hall = file.RootElement.GetProperty("hall");
        var (hallWidth, hallHeight) = (hall.GetProperty("width").GetDouble(), hall.GetProperty("height").GetDouble());

        Assert.InRange(booths.Count, 200, 250);
        Assert.Equal(booths.Count, booths.Select(b => b.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(booths, b =>
        {
            Assert.Equal(edition.Id, b.EditionId);
            Assert.Equal(edition.Id, zones[b.ZoneId].EditionId);
            Assert.Matches($"^{zones[b.ZoneId].Code}-[0-9]{{2}}$", b.Code);
            Assert.True(b.Width > 0 && b.Height > 0 && b.X >= 0 && b.Y >= 0 && b.X + b.Width <= hallWidth && b.Y + b.Height <= hallHeight,
                $"{b.Code} lies outside the {hallWidth}×{hallHeight} m hall");
        });
        for (var i = 0; i < booths.Count; i++)
        {
            for (var j = i + 1; j < booths.Count; j++)
            {
                var (a, b) = (booths[i], booths[j]);
                Assert.False(a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height,
                    $"{a.Code} overlaps {b.Code}");
            }
        }
        Assert.Contains(booths, b => b.Status == BoothStatus.Blocked);
        Assert.All(zones.Values, z => Assert.Contains(booths, b => b.ZoneId == z.Id));
    }

    [Fact]
    public async Task Seed_EmptyDatabase_AddsOrganisationsOfEveryType()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var organizations = await db.Organizations.ToListAsync(Token);
        Assert.InRange(organizations.Count, 30, 100);
        Assert.All(OrganizationTypes.All, type => Assert.Contains(organizations, o => o.Type == type));
        var most = Assert.Single(organizations, o => o.Name.Vi == "Bộ Khoa học và Công nghệ");
        Assert.Equal(OrganizationType.GovernmentAgency, most.Type);
        Assert.Contains(organizations, o => o.Name.Vi == "Ủy ban nhân dân tỉnh Quảng Ninh" && o.Type == OrganizationType.Locality && o.Province == "Quảng Ninh");
        Assert.Contains(organizations, o => o.Country == "KR" && o.Type == OrganizationType.ForeignTechCompany);
        Assert.All(organizations.Where(o => o.Name.Vi.EndsWith(" (hư cấu)", StringComparison.Ordinal)), o => Assert.Null(o.Website));
    }

    [Fact]
    public async Task Seed_Twice_LeavesTheSameCounts()
    {
        await using var database = await TestDatabase.CreateAsync();
        var first = await Seeder(database.Factory).SeedAsync(Token);
        var afterFirst = await CountsAsync(database.Factory);

        var second = await Seeder(database.Factory).SeedAsync(Token);

        Assert.True(first.EditionCreated);
        Assert.Equal(DemoSeedResult.AlreadyPresent, second);
        Assert.Equal(afterFirst, await CountsAsync(database.Factory));
        Assert.Equal((1, first.FunctionalZones + first.DemonstrationAreas, first.Booths), await CountsAsync(database.Factory, 2023));
        Assert.Equal(first.Organizations, afterFirst.Organizations);
        Assert.Equal(1 + DemoDataFolder.Default.EarlierEditions().Count, afterFirst.Editions);
    }

    [Fact]
    public async Task Seed_OrganisationAlreadyEnteredByHand_IsNotDuplicated()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            // Typed with decomposed accents, as some keyboards and editors save it.
            db.Organizations.Add(new Organization
            {
                Name = new LocalizedText("Bộ Khoa học và Công nghệ".Normalize(NormalizationForm.FormD), "MoST"),
                Type = OrganizationType.GovernmentAgency,
            });
            await db.SaveChangesAsync(Token);
        }

        var result = await Seeder(database.Factory).SeedAsync(Token);

        await using var check = database.CreateContext();
        var names = await check.Organizations.Select(o => o.Name.Vi).ToListAsync(Token);
        Assert.Single(names, n => n.Normalize() == "Bộ Khoa học và Công nghệ");
        Assert.Equal(names.Count - 1, result.Organizations);
    }

    [Fact]
    public async Task Seed_AnotherEditionAlreadyCurrent_KeepsThatEditionCurrent()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            db.Editions.Add(new Edition
            {
                Year = 2024, IsCurrent = true, Name = new("Sự kiện 2024", "Event 2024"), Theme = new("Chủ đề", "Theme"),
                Venue = new("Địa điểm", "Venue"), Province = new("Tỉnh", "Province"),
            });
            await db.SaveChangesAsync(Token);
        }

        await Seeder(database.Factory).SeedAsync(Token);

        await using var check = database.CreateContext();
        Assert.Equal([2024], await check.Editions.Where(e => e.IsCurrent).Select(e => e.Year).ToListAsync(Token));
        Assert.True(await check.Editions.AnyAsync(e => e.Year == 2023, Token));
    }

    [Fact]
    public async Task Seed_FailureWhileWritingBooths_RollsBackTheEditionAndZonesToo()
    {
        await using var database = await TestDatabase.CreateAsync();
        var failing = new FailingOnBoothsFactory(database.ConnectionString);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Seeder(failing).SeedAsync(Token));

        Assert.Equal((0, 0, 0, 0), await CountsAsync(database.Factory));
        var retry = await Seeder(database.Factory).SeedAsync(Token);
        Assert.True(retry.EditionCreated);
    }

    [Fact]
    public async Task Seed_EmptyDatabase_LogsOneInformationLineWithTheCounts()
    {
        await using var database = await TestDatabase.CreateAsync();
        var logger = new ListLogger<DemoSeeder>();

        var result = await Seeder(database.Factory, logger: logger).SeedAsync(Token);
        await Seeder(database.Factory, logger: logger).SeedAsync(Token);

        // One line per edition written (2023 and the earlier ones), none for the second run.
        Assert.Equal(1 + DemoDataFolder.Default.EarlierEditions().Count, logger.Entries.Count(e => e.Level >= LogLevel.Information));
        var line = Assert.Single(logger.Entries, e => e.Level >= LogLevel.Information && e.Message.StartsWith("Demo edition 2023", StringComparison.Ordinal)).Message;
        Assert.Contains($"{result.Booths} booths", line);
        Assert.Contains($"{result.FunctionalZones} functional zones", line);
        Assert.Contains($"{result.Organizations} organisations", line);
    }

    [Fact]
    public async Task Seed_EmptyDatabase_AddsThe2022EditionArchivedWithItsOwnZonesBoothsAndApplications()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var earlier = await db.Editions.SingleAsync(e => e.Year == 2022, Token);
        Assert.Equal(EditionStatus.Archived, earlier.Status);
        Assert.False(earlier.IsCurrent);
        Assert.NotEqual("Quảng Ninh", earlier.Province.Vi);
        var zones = await db.Zones.Where(z => z.EditionId == earlier.Id).Select(z => z.Id).ToListAsync(Token);
        var booths = await db.Booths.Where(b => b.EditionId == earlier.Id).ToListAsync(Token);
        Assert.NotEmpty(zones);
        Assert.All(booths, b => Assert.Contains(b.ZoneId, zones));
        Assert.InRange(booths.Count, 50, await db.Booths.CountAsync(b => b.EditionId == DemoEditionId(db), Token) - 1);
        var applications = await db.ExhibitorApplications.Where(a => a.EditionId == earlier.Id).ToListAsync(Token);
        Assert.InRange(applications.Count, 20, 66);
        Assert.All(applications, a => Assert.True(a.SubmittedAt.Year == 2022, $"application {a.Id} submitted in {a.SubmittedAt.Year}"));
        Assert.Equal(
            booths.Count(b => b.Status == BoothStatus.Allocated),
            await db.BoothAllocations.CountAsync(a => a.EditionId == earlier.Id, Token));
    }
}
