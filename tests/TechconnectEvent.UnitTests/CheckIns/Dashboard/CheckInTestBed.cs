using System.Security.Claims;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Dashboard;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.UnitTests.CheckIns.Dashboard;

/// <summary>
/// A migrated database with the 2023 edition (29–30 September, Asia/Ho_Chi_Minh, UTC+7), its default categories and
/// two gates, and builders for registrations, admissions and logged scans written as the scan store writes them.
/// </summary>
public sealed class CheckInTestBed : IAsyncDisposable
{
    private static int seed;

    private CheckInTestBed(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public TestClock Clock { get; } = new();
    public int EditionId { get; private set; }
    public int MainGateId { get; private set; }
    public int GateAId { get; private set; }
    public Dictionary<string, int> CategoryIds { get; } = [];

    public static Actor Organiser { get; } = new("u-org", "organiser@test.local", new ClaimsPrincipal(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "u-org"), new Claim(ClaimTypes.Role, Roles.Organiser)], "test")));

    public CheckInCounts Counts => new(Database.Factory, Clock);

    /// <summary>Local time (UTC+7) on the edition's calendar.</summary>
    public static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2023, 9, day, hour, minute, 0, TimeSpan.FromHours(7));

    public static async Task<CheckInTestBed> CreateAsync()
    {
        var bed = new CheckInTestBed(await TestDatabase.CreateAsync());
        bed.EditionId = bed.Database.AddEdition().Id;
        await using var db = bed.Database.CreateContext();
        var categories = RegistrationCategoryDefaults.For(bed.EditionId);
        db.RegistrationCategories.AddRange(categories);
        var main = ScanPointDefaults.MainGate(bed.EditionId);
        var gateA = new ScanPoint { EditionId = bed.EditionId, Code = "A", Name = "Cổng A – Sảnh triển lãm", SortOrder = 1 };
        db.ScanPoints.AddRange(main, gateA);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        foreach (var category in categories)
        {
            bed.CategoryIds[category.Code] = category.Id;
        }
        (bed.MainGateId, bed.GateAId) = (main.Id, gateA.Id);
        return bed;
    }

    public async Task<Registration> RegisterAsync(string category = RegistrationCategoryDefaults.Visitor, int daysMask = 3,
        RegistrationStatus status = RegistrationStatus.Confirmed, int? editionId = null)
    {
        var n = Interlocked.Increment(ref seed);
        var registration = new Registration
        {
            EditionId = editionId ?? EditionId, CategoryId = CategoryIds[category], FullName = $"Nguyễn Văn Khách {n}", DaysMask = daysMask,
            Status = status, RegisteredAt = Clock.GetUtcNow(), BadgeCode = BadgeCodes.New(),
            ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New() + n),
        };
        await using var db = Database.CreateContext();
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return registration;
    }

    /// <summary>An admission at <paramref name="at"/>, on the day the rules give for that instant.</summary>
    public async Task<CheckIn> AdmitAsync(Registration registration, DateTimeOffset at, int? gateId = null, int scope = CheckIn.FairEntry)
    {
        var edition = new CheckInRules.ScanEdition(EditionId, new DateOnly(2023, 9, 29), new DateOnly(2023, 9, 30), Edition.DefaultTimeZoneId);
        var checkIn = new CheckIn
        {
            EditionId = registration.EditionId, RegistrationId = registration.Id, ScanPointId = gateId ?? MainGateId, Scope = scope,
            DayIndex = CheckInRules.DayIndex(edition, at) ?? throw new ArgumentOutOfRangeException(nameof(at)), At = at.ToUniversalTime(),
        };
        await using var db = Database.CreateContext();
        db.CheckIns.Add(checkIn);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return checkIn;
    }

    public async Task LogScanAsync(DateTimeOffset at, ScanStatus status, ScanReason reason, int? gateId = null)
    {
        await using var db = Database.CreateContext();
        db.ScanLog.Add(new ScanRecord
        {
            EditionId = EditionId, At = at.ToUniversalTime(), ReceivedAt = at.ToUniversalTime(), ScanPointId = gateId ?? MainGateId,
            Code = "X" + Interlocked.Increment(ref seed), Status = status, Reason = reason,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        Database.Dispose();
        return ValueTask.CompletedTask;
    }
}
