using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Devices;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.UnitTests.CheckIns.Devices;

public sealed class DeviceAdminServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_ReturnsAKeyWhoseHashIsStored_AndTheKeyItselfIsStoredNowhere()
    {
        await using var bed = DeviceTestBed.Create();

        var added = await bed.AddAsync("Máy quét cổng chính 1");

        var device = await bed.DeviceAsync(added.Id);
        Assert.Equal(43, added.Key.Length);
        Assert.Equal(DeviceKeys.Hash(added.Key), device.KeyHash);
        Assert.Equal(added.Key[..DeviceKeys.HintLength], device.KeyHint);
        Assert.Equal((bed.MainGateId, "thu.ky@test.local", bed.Clock.GetUtcNow()), (device.DefaultScanPointId!.Value, device.CreatedBy!, device.CreatedAt));
        var storedDevice = string.Join("|", device.Name, device.KeyHash, device.KeyHint, device.CreatedBy);
        Assert.DoesNotContain(added.Key, storedDevice, StringComparison.Ordinal);
        var audit = Assert.Single(await bed.AuditAsync());
        Assert.Equal(("device.added", nameof(Device), added.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.Action, audit.EntityType, audit.EntityId));
        var auditText = string.Join("|", audit.Before, audit.After, audit.Details);
        Assert.Contains("Máy quét cổng chính 1", auditText, StringComparison.Ordinal);
        Assert.DoesNotContain(added.Key, auditText, StringComparison.Ordinal);
        Assert.DoesNotContain(device.KeyHash, auditText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_TwiceTheSameName_GivesEachAnOwnKey_ButTheSecondIsRefusedBesideTheName()
    {
        await using var bed = DeviceTestBed.Create();
        await bed.AddAsync("Máy quét A");

        var again = await bed.Service.AddAsync(bed.EditionId, "  MÁY QUÉT a ", bed.MainGateId, Token);

        var error = Assert.Single(again.Errors);
        Assert.Equal((DeviceRules.Codes.NameTaken, DeviceRules.Fields.Name), (error.Code, error.Field));
        Assert.Single(await bed.Service.ListAsync(bed.EditionId, Token));
    }

    [Fact]
    public async Task Add_TheNameOfARevokedDevice_IsFreeAgain_WithANewKey()
    {
        await using var bed = DeviceTestBed.Create();
        var old = await bed.AddAsync("Máy quét A");
        Assert.True((await bed.Service.RevokeAsync(old.Id, 0, Token)).Succeeded);

        var replacement = await bed.AddAsync("Máy quét A");

        Assert.NotEqual(old.Key, replacement.Key);
        Assert.Equal(2, (await bed.Service.ListAsync(bed.EditionId, Token)).Count);
    }

    [Theory]
    [InlineData("", DeviceRules.Codes.NameRequired)]
    [InlineData("   ", DeviceRules.Codes.NameRequired)]
    [InlineData(null, DeviceRules.Codes.NameTooLong)]
    public async Task Add_BadName_IsRefusedBesideTheName_AndNothingIsWritten(string? name, string expected)
    {
        await using var bed = DeviceTestBed.Create();

        var result = await bed.Service.AddAsync(bed.EditionId, name ?? new string('x', DeviceLimits.Name + 1), bed.MainGateId, Token);

        var error = Assert.Single(result.Errors);
        Assert.Equal((expected, DeviceRules.Fields.Name), (error.Code, error.Field));
        Assert.Empty(await bed.Service.ListAsync(bed.EditionId, Token));
        Assert.Empty(await bed.AuditAsync());
    }

    [Fact]
    public async Task Add_WithAGateOfAnotherEdition_IsRefusedBesideTheGate()
    {
        await using var bed = DeviceTestBed.Create();
        var otherEdition = bed.Database.AddEdition(2022, isCurrent: false);
        var otherGate = bed.AddGate(otherEdition.Id, "main", "Cổng chính 2022");

        var result = await bed.Service.AddAsync(bed.EditionId, "Máy quét A", otherGate.Id, Token);

        var error = Assert.Single(result.Errors);
        Assert.Equal((DeviceRules.Codes.GateUnknown, DeviceRules.Fields.Gate), (error.Code, error.Field));
        Assert.Empty(await bed.Service.ListAsync(bed.EditionId, Token));
    }

    [Fact]
    public async Task Add_WithAClosedGate_IsRefused()
    {
        await using var bed = DeviceTestBed.Create();
        var closed = bed.AddGate(bed.EditionId, "B", "Cổng B", closed: true);

        var result = await bed.Service.AddAsync(bed.EditionId, "Máy quét B", closed.Id, Token);

        Assert.Equal(DeviceRules.Codes.GateClosed, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Add_InAnArchivedEdition_IsRefusedAsReadOnly()
    {
        await using var bed = DeviceTestBed.Create();
        await using (var db = bed.Database.CreateDbContext())
        {
            await db.Editions.Where(e => e.Id == bed.EditionId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Archived), Token);
        }

        var result = await bed.Service.AddAsync(bed.EditionId, "Máy quét A", bed.MainGateId, Token);

        var error = Assert.Single(result.Errors);
        Assert.Equal((CommonErrors.Codes.EditionReadOnly, 2023), (error.Code, (int)error.Arguments[0]));
        Assert.Empty(await bed.Service.ListAsync(bed.EditionId, Token));
    }

    [Fact]
    public async Task EveryWrite_ByStaffWhoAreNotOrganisers_IsForbidden()
    {
        await using var organiserBed = DeviceTestBed.Create();
        var device = await organiserBed.AddAsync();
        var staff = organiserBed.For(Actor.From(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, Roles.Staff)], "test"))));

        var results = new OperationResult[]
        {
            await staff.AddAsync(organiserBed.EditionId, "Máy quét lậu", organiserBed.MainGateId, Token),
            await staff.RenameAsync(device.Id, "Đổi tên", 0, Token),
            await staff.SetDefaultGateAsync(device.Id, null, 0, Token),
            await staff.RevokeAsync(device.Id, 0, Token),
        };

        Assert.All(results, r => Assert.Equal(CommonErrors.Codes.Forbidden, Assert.Single(r.Errors).Code));
        var stored = await organiserBed.DeviceAsync(device.Id);
        Assert.Equal(("Máy quét cổng chính 1", false), (stored.Name, stored.IsRevoked));
    }

    [Fact]
    public async Task Revoke_StampsWhenAndWho_IsAudited_AndCannotBeUndoneOrRepeated()
    {
        await using var bed = DeviceTestBed.Create();
        var added = await bed.AddAsync();
        bed.Clock.Advance(TimeSpan.FromHours(3));

        var revoked = await bed.Service.RevokeAsync(added.Id, 0, Token);
        var again = await bed.Service.RevokeAsync(added.Id, 1, Token);
        var rename = await bed.Service.RenameAsync(added.Id, "Dùng lại", 1, Token);

        Assert.True(revoked.Succeeded);
        var device = await bed.DeviceAsync(added.Id);
        Assert.Equal((bed.Clock.GetUtcNow(), "thu.ky@test.local", 1L), (device.RevokedAt!.Value, device.RevokedBy!, device.Version));
        Assert.Equal(DeviceRules.Codes.Revoked, Assert.Single(again.Errors).Code);
        Assert.Equal(DeviceRules.Codes.Revoked, Assert.Single(rename.Errors).Code);
        Assert.Equal(["device.added", "device.revoked"], (await bed.AuditAsync()).Select(a => a.Action));
    }

    [Fact]
    public async Task Rename_FromAStaleVersion_IsAConflict_AndKeepsTheOtherOrganisersName()
    {
        await using var bed = DeviceTestBed.Create();
        var added = await bed.AddAsync();
        Assert.True((await bed.Service.RenameAsync(added.Id, "Máy quét sảnh", 0, Token)).Succeeded);

        var stale = await bed.Service.RenameAsync(added.Id, "Máy quét cổng phụ", 0, Token);

        Assert.Equal(CommonErrors.Codes.Concurrency, Assert.Single(stale.Errors).Code);
        var device = await bed.DeviceAsync(added.Id);
        Assert.Equal(("Máy quét sảnh", 1L), (device.Name, device.Version));
    }

    [Fact]
    public async Task SetDefaultGate_MovesTheDevice_AndAuditsBeforeAndAfter()
    {
        await using var bed = DeviceTestBed.Create();
        var added = await bed.AddAsync();
        var north = bed.AddGate(bed.EditionId, "north", "Cổng Bắc");

        var moved = await bed.Service.SetDefaultGateAsync(added.Id, north.Id, 0, Token);

        Assert.True(moved.Succeeded);
        Assert.Equal(north.Id, (await bed.DeviceAsync(added.Id)).DefaultScanPointId);
        var change = (await bed.AuditAsync()).Last();
        Assert.Equal("device.changed", change.Action);
        Assert.Contains("\"Gate\":\"main\"", change.Before, StringComparison.Ordinal);
        Assert.Contains("\"Gate\":\"north\"", change.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryWrite_PublishesTheDevice_AfterItCommits()
    {
        await using var bed = DeviceTestBed.Create();
        using var recorder = new ChangeRecorder<DeviceChange>(bed.Notifier, new DeviceChange(-1));

        var added = await bed.AddAsync();
        await bed.Service.RenameAsync(added.Id, "Máy quét sảnh", 0, Token);
        await bed.Service.RevokeAsync(added.Id, 1, Token);
        await bed.Service.RenameAsync(added.Id, "Bị từ chối", 2, Token);

        Assert.Equal([added.Id, added.Id, added.Id], (await recorder.DeliveredAsync()).Select(c => c.DeviceId));
    }

    [Fact]
    public async Task List_CountsEachDevicesScans_AndItsLastOne_InItsEditionOnly()
    {
        await using var bed = DeviceTestBed.Create();
        var busy = await bed.AddAsync("Máy quét A");
        var idle = await bed.AddAsync("Máy quét B");
        var first = new DateTimeOffset(2023, 9, 29, 1, 0, 0, TimeSpan.Zero);
        await using (var db = bed.Database.CreateDbContext())
        {
            db.ScanLog.AddRange(Enumerable.Range(0, 3).Select(i => new ScanRecord
            {
                EditionId = bed.EditionId, DeviceId = busy.Id, ScanPointId = bed.MainGateId, At = first.AddMinutes(i), ReceivedAt = first.AddMinutes(i), Code = $"C{i}",
            }));
            db.ScanLog.Add(new ScanRecord { EditionId = bed.EditionId, StaffUserId = "u1", At = first.AddHours(1), ReceivedAt = first.AddHours(1), Code = "STAFF" });
            await db.SaveChangesAsync(Token);
        }

        var list = await bed.Service.ListAsync(bed.EditionId, Token);

        Assert.Equal(["Máy quét A", "Máy quét B"], list.Select(d => d.Name));
        Assert.Equal((3, first.AddMinutes(2), ScanPointDefaults.MainGateName), (list[0].ScanCount, list[0].LastScanAt!.Value, list[0].DefaultGateName!));
        Assert.Equal((0, (DateTimeOffset?)null), (list[1].ScanCount, list[1].LastScanAt));
        Assert.Equal(idle.Id, list[1].Id);
        Assert.Empty(await bed.Service.ListAsync(bed.Database.AddEdition(2024, isCurrent: false).Id, Token));
    }

    [Fact]
    public async Task FindGate_TakesTheCodeInAnyCase_OrTheExactName()
    {
        await using var bed = DeviceTestBed.Create();

        var byCode = await bed.Service.FindGateAsync(bed.EditionId, "MAIN", Token);
        var byName = await bed.Service.FindGateAsync(bed.EditionId, "Cổng chính", Token);
        var none = await bed.Service.FindGateAsync(bed.EditionId, "cổng chính ", Token);

        Assert.Equal((bed.MainGateId, bed.MainGateId), (byCode!.Id, byName!.Id));
        Assert.Null(none);
    }

    [Fact]
    public async Task TheOperatorCommand_ActingAsTheSystem_MayAddADevice()
    {
        await using var bed = DeviceTestBed.Create(role: Roles.Staff);

        var result = await bed.For(Actor.System).AddAsync(bed.EditionId, "Cổng xoay 1", bed.MainGateId, Token);

        Assert.True(result.Succeeded);
        Assert.Equal("system", (await bed.DeviceAsync(result.Value!.Id)).CreatedBy);
    }
}
