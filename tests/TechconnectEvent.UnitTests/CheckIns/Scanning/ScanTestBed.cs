using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TechconnectEvent.UnitTests.Registrations.Admin;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Scanning;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.UnitTests.CheckIns.Scanning;

/// <summary>A migrated SQLite file with the 2023 edition (29–30 September, Asia/Ho_Chi_Minh), two gates and the real scanner.</summary>
public sealed class ScanTestBed : IAsyncDisposable
{
    /// <summary>08:00 in Ha Long on the first day of the fair.</summary>
    public static readonly DateTimeOffset FirstMorning = new(2023, 9, 29, 1, 0, 0, TimeSpan.Zero);

    private ScanTestBed(TestDatabase database)
    {
        Database = database;
        Scanner = NewScanner();
    }

    public TestDatabase Database { get; }
    public TestClock Clock { get; } = new(FirstMorning);
    public ChangeNotifier<CheckInChange> Changes { get; } = new();
    public CheckInScanner Scanner { get; }
    public int EditionId { get; private set; }
    public int GateA { get; private set; }
    public int GateB { get; private set; }
    public Dictionary<string, int> CategoryIds { get; } = [];

    public static async Task<ScanTestBed> CreateAsync()
    {
        var bed = new ScanTestBed(await TestDatabase.CreateAsync());
        bed.EditionId = bed.Database.AddEdition().Id;
        await using var db = bed.Database.CreateContext();
        var categories = RegistrationCategoryDefaults.For(bed.EditionId);
        db.RegistrationCategories.AddRange(categories);
        var gateA = new ScanPoint { EditionId = bed.EditionId, Code = "A", Name = "Cổng A" };
        var gateB = new ScanPoint { EditionId = bed.EditionId, Code = "B", Name = "Cổng B – Sảnh hội nghị" };
        db.ScanPoints.AddRange(gateA, gateB);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        bed.GateA = gateA.Id;
        bed.GateB = gateB.Id;
        foreach (var category in categories)
        {
            bed.CategoryIds[category.Code] = category.Id;
        }
        return bed;
    }

    /// <summary>Another scanner on the same file: a second instance of the app, with its own writer.</summary>
    public CheckInScanner NewScanner() =>
        new(Database.Factory, Clock, Changes, NullLogger<CheckInScanner>.Instance);

    public async Task<Registration> AddAsync(string fullName, RegistrationStatus status = RegistrationStatus.Confirmed, int daysMask = 3,
        string category = RegistrationCategoryDefaults.Visitor, int? editionId = null, string? organization = "Công ty Cổ phần Năng lượng Xanh")
    {
        await using var db = Database.CreateContext();
        var registration = RegistrationTestBed.New(editionId ?? EditionId, CategoryIds[category], fullName, status, null, organization, "VN",
            RegistrationSource.Online, Clock.GetUtcNow());
        registration.DaysMask = daysMask;
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return registration;
    }

    public Task<ScanVerdict> ScanAsync(string? code, int? gate = null, string? nonce = null, int? deviceId = null,
        DateTimeOffset? scannedAt = null, CheckInScanner? scanner = null) =>
        (scanner ?? Scanner).ScanAsync(new ScanRequest(code, gate ?? GateA, deviceId, deviceId is null ? "staff-1" : null, nonce, scannedAt),
            TestContext.Current.CancellationToken);

    public async Task<List<ScanRecord>> LogAsync()
    {
        await using var db = Database.CreateContext();
        return await db.ScanLog.AsNoTracking().OrderBy(s => s.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task<List<CheckIn>> CheckInsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.CheckIns.AsNoTracking().OrderBy(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        Scanner.Dispose();
        Database.Dispose();
        return ValueTask.CompletedTask;
    }
}
