using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.UnitTests.Data;

public sealed class InstantStorageTests
{
    private static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);

    // 08:00 in Hanoi is 01:00 UTC: earlier than 02:00 UTC although its clock reads later.
    private static readonly DateTimeOffset HanoiMorning = new(2023, 9, 29, 8, 0, 0, Hanoi);
    private static readonly DateTimeOffset UtcTwoOClock = new(2023, 9, 29, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task MixedOffsets_AreOrderedAndComparedByInstantInSql()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddAsync(database, ("later", UtcTwoOClock), ("earlier", HanoiMorning));
        await using var db = database.CreateContext();

        var ordered = await db.AuditLog.OrderBy(a => a.At).Select(a => a.Action).ToListAsync(TestContext.Current.CancellationToken);
        var before = await db.AuditLog.Where(a => a.At < new DateTimeOffset(2023, 9, 29, 1, 30, 0, TimeSpan.Zero))
            .Select(a => a.Action).ToListAsync(TestContext.Current.CancellationToken);
        var latest = await db.AuditLog.MaxAsync(a => a.At, TestContext.Current.CancellationToken);

        Assert.Equal(["earlier", "later"], ordered);
        Assert.Equal(["earlier"], before);
        Assert.Equal(UtcTwoOClock, latest);
    }

    [Fact]
    public async Task Instant_IsStoredAsUtcTicks_AndReadBackInUtc()
    {
        await using var database = await TestDatabase.CreateAsync();
        var precise = HanoiMorning.AddTicks(1234567);
        await AddAsync(database, ("x", precise));
        await using var db = database.CreateContext();

        var stored = await db.Database.SqlQueryRaw<long>("SELECT \"At\" AS \"Value\" FROM \"AuditLog\"").SingleAsync(TestContext.Current.CancellationToken);
        var read = await db.AuditLog.Select(a => a.At).SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal(precise.UtcTicks, stored);
        Assert.Equal(precise.UtcTicks, read.UtcTicks);
        Assert.Equal(TimeSpan.Zero, read.Offset);
    }

    private static async Task AddAsync(TestDatabase database, params (string Action, DateTimeOffset At)[] entries)
    {
        await using var db = database.CreateContext();
        db.AuditLog.AddRange(entries.Select(e => new AuditEntry { Action = e.Action, EntityType = "Test", EntityId = "1", At = e.At }));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
