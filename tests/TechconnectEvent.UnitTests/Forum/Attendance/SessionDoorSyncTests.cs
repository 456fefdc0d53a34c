using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Gates;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Attendance;

namespace TechconnectEvent.UnitTests.Forum.Attendance;

public sealed class SessionDoorSyncTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryPublishedSession_GetsOneDoor_NamedByItsLocalStartAndTitle_AndDraftsGetNone()
    {
        await using var bed = await AttendanceTestBed.CreateAsync();
        var panel = await bed.AddSessionAsync("Phiên chuyên đề Năng lượng xanh", hour: 14);
        var forum = await bed.AddSessionAsync("Diễn đàn Công nghệ và Năng lượng", hour: 9);
        await bed.AddSessionAsync("Bản nháp", SessionStatus.Draft);
        var published = new List<ScanPointChange>();
        using var watch = bed.ScanPointChanges.Subscribe(change =>
        {
            lock (published)
            {
                published.Add(change);
            }
            return Task.CompletedTask;
        });

        var changes = await bed.Sync.ReconcileAsync(bed.EditionId, Cancel);

        Assert.Equal(new SessionDoorChanges(2, 0), changes);
        var doors = await bed.DoorsAsync();
        Assert.Equal([panel.Id, forum.Id], doors.Select(d => d.SessionId!.Value).Order());
        var door = doors.Single(d => d.SessionId == panel.Id);
        Assert.Equal($"S_{panel.Id}", door.Code);
        Assert.Equal("29/09 14:00 · Phiên chuyên đề Năng lượng xanh", door.Name);
        Assert.Equal((panel.StartsAt, panel.EndsAt), (door.StartsAt!.Value, door.EndsAt!.Value));
        Assert.False(door.IsClosed);
        await WaitForAsync(() => published.Count == 1);
        Assert.Equal(bed.EditionId, published.Single().EditionId);
        await using var db = bed.Database.CreateContext();
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == SessionDoorSync.AuditAction, Cancel));
    }

    [Fact]
    public async Task ASecondRun_ChangesNothing_AuditsNothing_AndTellsNobody()
    {
        await using var bed = await AttendanceTestBed.CreateAsync();
        await bed.AddSessionAsync("Phiên chuyên đề Vật liệu mới");
        await bed.Sync.ReconcileAsync(bed.EditionId, Cancel);
        var before = await bed.DoorsAsync();
        var published = 0;
        using var watch = bed.ScanPointChanges.Subscribe(_ =>
        {
            Interlocked.Increment(ref published);
            return Task.CompletedTask;
        });

        var changes = await bed.Sync.ReconcileAsync(bed.EditionId, Cancel);

        Assert.False(changes.Any);
        Assert.Equal(before.Select(d => (d.Id, d.Version)), (await bed.DoorsAsync()).Select(d => (d.Id, d.Version)));
        await using var db = bed.Database.CreateContext();
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == SessionDoorSync.AuditAction, Cancel));
        await Task.Delay(50, Cancel);
        Assert.Equal(0, published);
    }

    [Fact]
    public async Task ACancelledSession_ClosesItsDoor_KeepingIt_AndPublishingAgainReopensIt_AtItsNewTime()
    {
        await using var bed = await AttendanceTestBed.CreateAsync();
        var session = await bed.AddSessionAsync("Phiên Logistics");
        await bed.Sync.ReconcileAsync(bed.EditionId, Cancel);
        var opened = (await bed.DoorsAsync()).Single();

        await bed.ChangeSessionAsync(session.Id, s => s.Status = SessionStatus.Cancelled);
        Assert.Equal(new SessionDoorChanges(0, 1), await bed.Sync.ReconcileAsync(bed.EditionId, Cancel));
        var closed = (await bed.DoorsAsync()).Single();

        await bed.ChangeSessionAsync(session.Id, s =>
        {
            s.Status = SessionStatus.Published;
            s.StartsAt = s.StartsAt.AddHours(2);
            s.EndsAt = s.EndsAt.AddHours(2);
        });
        await bed.Sync.ReconcileAsync(bed.EditionId, Cancel);
        var reopened = (await bed.DoorsAsync()).Single();

        Assert.Equal(opened.Id, closed.Id);
        Assert.True(closed.IsClosed);
        Assert.Equal(opened.Id, reopened.Id);
        Assert.False(reopened.IsClosed);
        Assert.Equal("29/09 11:00 · Phiên Logistics", reopened.Name);
        Assert.Equal(session.StartsAt.AddHours(2), reopened.StartsAt);
        Assert.True(reopened.Version > closed.Version);
    }

    [Fact]
    public async Task ALongTitle_IsCutToTheScanPointNameLength()
    {
        await using var bed = await AttendanceTestBed.CreateAsync();
        await bed.AddSessionAsync(string.Concat(Enumerable.Repeat("Chuyển đổi số và chuyển đổi xanh ", 6)));

        await bed.Sync.ReconcileAsync(bed.EditionId, Cancel);

        var door = (await bed.DoorsAsync()).Single();
        Assert.Equal(ScanPointLimits.Name, door.Name.Length);
        Assert.EndsWith("…", door.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArchivedEdition_IsLeftAlone()
    {
        await using var bed = await AttendanceTestBed.CreateAsync();
        await bed.AddSessionAsync("Phiên Y dược");
        await using (var db = bed.Database.CreateContext())
        {
            await db.Editions.Where(e => e.Id == bed.EditionId).ExecuteUpdateAsync(e => e.SetProperty(x => x.Status, EditionStatus.Archived), Cancel);
        }

        await bed.Sync.ReconcileAllAsync(Cancel);

        Assert.Empty(await bed.DoorsAsync());
    }

    [Fact]
    public void ADoorsCode_CanNeverBeAGatesCode()
    {
        var code = SessionDoors.Code(12);

        var errors = GateRules.Validate(new GateInput { Code = code, Name = "Cổng phụ" });

        Assert.Equal("S_12", code);
        Assert.Contains(errors, e => e.Field == GateRules.Fields.Code);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20, Cancel);
        }
    }
}
