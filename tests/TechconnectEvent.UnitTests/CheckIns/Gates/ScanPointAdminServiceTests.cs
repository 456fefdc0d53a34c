using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.CheckIns.Dashboard;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Gates;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.UnitTests.CheckIns.Gates;

public sealed class ScanPointAdminServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (ScanPointAdminService Service, List<ScanPointChange> Published) Service(CheckInTestBed bed, Actor? actor = null)
    {
        var notifier = new ChangeNotifier<ScanPointChange>();
        var published = new List<ScanPointChange>();
        notifier.Subscribe(change =>
        {
            lock (published)
            {
                published.Add(change);
            }
            return Task.CompletedTask;
        });
        return (new ScanPointAdminService(bed.Database.Factory, new AuditTrail(bed.Clock), new FixedActor(actor ?? CheckInTestBed.Organiser), bed.Clock, notifier), published);
    }

    private static async Task<ScanPoint> GateAsync(CheckInTestBed bed, int id)
    {
        await using var db = bed.Database.CreateContext();
        return await db.ScanPoints.AsNoTracking().SingleAsync(p => p.Id == id, Ct);
    }

    private static async Task<List<string>> AuditActionsAsync(CheckInTestBed bed)
    {
        await using var db = bed.Database.CreateContext();
        return await db.AuditLog.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct);
    }

    [Fact]
    public async Task Create_ThenList_ShowsTheGateAuditedAndAnnounced()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var (gates, published) = Service(bed);

        var created = await gates.CreateAsync(bed.EditionId, new GateInput { Code = " B ", Name = " Cổng B – Khu hội thảo ", Location = "Minh họa" }, Ct);

        Assert.True(created.Succeeded);
        var row = (await gates.ListAsync(bed.EditionId, Ct)).Single(r => r.Gate.Id == created.Value);
        Assert.Equal(("B", "Cổng B – Khu hội thảo", "Minh họa", false), (row.Gate.Code, row.Gate.Name, row.Gate.Location, row.Gate.IsClosed));
        Assert.Equal(["scanpoint.created"], await AuditActionsAsync(bed));
        await WaitUntil(() => published.Count == 1);
        Assert.Equal(bed.EditionId, published[0].EditionId);
    }

    [Fact]
    public async Task Create_InvalidFields_EachErrorNamesItsFieldAndNothingIsWritten()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var (gates, _) = Service(bed);

        var result = await gates.CreateAsync(bed.EditionId, new GateInput { Code = "cổng a", Name = "", Location = new string('x', 201) }, Ct);

        Assert.Equal([GateRules.Fields.Code, GateRules.Fields.Name, GateRules.Fields.Location], result.Errors.Select(e => e.Field));
        Assert.Equal(2, (await gates.ListAsync(bed.EditionId, Ct)).Count);
        Assert.Empty(await AuditActionsAsync(bed));
    }

    [Fact]
    public async Task Create_ACodeTheEditionHasInAnyCase_IsRefusedAtTheCodeField()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var (gates, _) = Service(bed);

        var result = await gates.CreateAsync(bed.EditionId, new GateInput { Code = "MAIN", Name = "Cổng chính 2" }, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal((GateRules.Fields.Code, ScanPointAdminService.CodeTakenError), (error.Field, error.Code));
    }

    [Fact]
    public async Task Update_WithAStaleVersion_IsAConflict()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var (gates, _) = Service(bed);
        var gate = await GateAsync(bed, bed.GateAId);
        var first = GateInput.From(gate);
        var second = GateInput.From(gate);
        first.Location = "Sảnh trước";

        Assert.True((await gates.UpdateAsync(gate.Id, first, Ct)).Succeeded);
        var conflict = await gates.UpdateAsync(gate.Id, second, Ct);

        Assert.Equal(CommonErrors.Codes.Concurrency, Assert.Single(conflict.Errors).Code);
        Assert.Equal("Sảnh trước", (await GateAsync(bed, gate.Id)).Location);
    }

    [Fact]
    public async Task CloseThenReopen_AreAuditedWithTheStateBeforeAndAfter()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var (gates, _) = Service(bed);
        var gate = await GateAsync(bed, bed.GateAId);

        Assert.True((await gates.CloseAsync(gate.Id, gate.Version, Ct)).Succeeded);
        Assert.True((await GateAsync(bed, gate.Id)).IsClosed);
        var stale = await gates.ReopenAsync(gate.Id, gate.Version, Ct);
        Assert.True((await gates.ReopenAsync(gate.Id, gate.Version + 1, Ct)).Succeeded);

        Assert.Equal(CommonErrors.Codes.Concurrency, Assert.Single(stale.Errors).Code);
        Assert.False((await GateAsync(bed, gate.Id)).IsClosed);
        Assert.Equal(["scanpoint.closed", "scanpoint.reopened"], await AuditActionsAsync(bed));
        await using var db = bed.Database.CreateContext();
        var closed = await db.AuditLog.FirstAsync(a => a.Action == "scanpoint.closed", Ct);
        Assert.Contains("\"IsClosed\":false", closed.Before);
        Assert.Contains("\"IsClosed\":true", closed.After);
    }

    [Fact]
    public async Task Delete_AGateWithCheckIns_IsRefusedWithTheCounts_AnUnusedOneIsDeleted()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var (gates, _) = Service(bed);
        await bed.AdmitAsync(await bed.RegisterAsync(), CheckInTestBed.Local(29, 9), bed.GateAId);
        var used = await GateAsync(bed, bed.GateAId);
        var unused = await GateAsync(bed, bed.MainGateId);

        var refused = await gates.DeleteAsync(used.Id, used.Version, Ct);
        var deleted = await gates.DeleteAsync(unused.Id, unused.Version, Ct);

        var error = Assert.Single(refused.Errors);
        Assert.Equal((ScanPointAdminService.InUseError, 1, 0), (error.Code, (int)error.Arguments[1], (int)error.Arguments[2]));
        Assert.True(deleted.Succeeded);
        Assert.Equal([bed.GateAId], (await gates.ListAsync(bed.EditionId, Ct)).Select(r => r.Gate.Id));
        Assert.Equal(["scanpoint.deleted"], await AuditActionsAsync(bed));
    }

    [Fact]
    public async Task List_CountsTodaysScansInTheEditionsTimeZone()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var (gates, _) = Service(bed);
        await bed.LogScanAsync(CheckInTestBed.Local(29, 23, 50), ScanStatus.Invalid, ScanReason.UnknownCode, bed.GateAId);
        await bed.LogScanAsync(CheckInTestBed.Local(30, 0, 10), ScanStatus.Invalid, ScanReason.UnknownCode, bed.GateAId);
        bed.Clock.MoveTo(CheckInTestBed.Local(30, 8));

        var row = (await gates.ListAsync(bed.EditionId, Ct)).Single(r => r.Gate.Id == bed.GateAId);

        Assert.Equal((1, 2, false), (row.ScansToday, row.Scans, row.MayDelete));
    }

    [Fact]
    public async Task Writes_OnAnArchivedEdition_AreRefused()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var (gates, _) = Service(bed);
        await using (var db = bed.Database.CreateContext())
        {
            await db.Editions.Where(e => e.Id == bed.EditionId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Archived), Ct);
        }
        var gate = await GateAsync(bed, bed.GateAId);

        var created = await gates.CreateAsync(bed.EditionId, new GateInput { Code = "C", Name = "Cổng C" }, Ct);
        var closed = await gates.CloseAsync(gate.Id, gate.Version, Ct);

        Assert.Equal(CommonErrors.Codes.EditionReadOnly, Assert.Single(created.Errors).Code);
        Assert.Equal(CommonErrors.Codes.EditionReadOnly, Assert.Single(closed.Errors).Code);
        Assert.False((await GateAsync(bed, gate.Id)).IsClosed);
    }

    [Fact]
    public async Task Writes_BySomeoneNotAnOrganiser_AreForbidden()
    {
        await using var bed = await CheckInTestBed.CreateAsync();
        var (gates, _) = Service(bed, Actor.System);

        var result = await gates.CreateAsync(bed.EditionId, new GateInput { Code = "C", Name = "Cổng C" }, Ct);

        Assert.Equal(CommonErrors.Codes.Forbidden, Assert.Single(result.Errors).Code);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10, Ct);
        }
        Assert.True(condition());
    }
}
