using TechconnectEvent.Web.Features.CheckIns;

namespace TechconnectEvent.UnitTests.CheckIns.Gate;

public sealed class GateDeskSessionDoorTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDesk_OffersTodaysOpenSessionDoors_InTimeOrder_ApartFromTheGates()
    {
        await using var bed = await GateDeskTestBed.CreateAsync();
        // 23:30 in Ha Long on 29 September (16:30 UTC): "today" is the edition's day, not the UTC one.
        bed.Clock.MoveTo(new DateTimeOffset(2023, 9, 29, 16, 30, 0, TimeSpan.Zero));
        await bed.AddGateAsync("main", "Cổng chính");
        var afternoon = await AddDoorAsync(bed, "S_2", "29/09 14:00 · Phiên chiều", new DateTimeOffset(2023, 9, 29, 14, 0, 0, TimeSpan.FromHours(7)));
        var morning = await AddDoorAsync(bed, "S_1", "29/09 08:30 · Khai mạc", new DateTimeOffset(2023, 9, 29, 8, 30, 0, TimeSpan.FromHours(7)));
        await AddDoorAsync(bed, "S_3", "30/09 09:00 · Ngày sau", new DateTimeOffset(2023, 9, 30, 9, 0, 0, TimeSpan.FromHours(7)));
        await AddDoorAsync(bed, "S_4", "29/09 10:00 · Đã hủy", new DateTimeOffset(2023, 9, 29, 10, 0, 0, TimeSpan.FromHours(7)), closed: true);

        var context = await bed.Desk.LoadAsync(Cancel);

        Assert.NotNull(context);
        Assert.Equal(["main"], context.Gates.Select(g => g.Code));
        Assert.Equal([morning, afternoon], context.Sessions.Select(s => s.Id));
        Assert.True(context.IsSessionDoor(morning));
        Assert.Equal("S_2", context.Find(afternoon)!.Code);
    }

    private static async Task<int> AddDoorAsync(GateDeskTestBed bed, string code, string name, DateTimeOffset startsAt, bool closed = false)
    {
        var door = await bed.AddGateAsync(code, name, closed: closed, kind: ScanPointKind.SessionDoor);
        await using var db = bed.Database.CreateContext();
        db.Attach(door);
        door.StartsAt = startsAt.ToUniversalTime();
        door.EndsAt = startsAt.AddHours(1).ToUniversalTime();
        await db.SaveChangesAsync(Cancel);
        return door.Id;
    }
}
