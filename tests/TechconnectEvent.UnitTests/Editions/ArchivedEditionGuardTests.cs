using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Booths;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Infrastructure.Operations;
using static TechconnectEvent.UnitTests.Editions.EditionBed;

namespace TechconnectEvent.UnitTests.Editions;

public sealed class ArchivedEditionGuardTests
{
    [Fact]
    public async Task Save_ARowOfAnArchivedEdition_ThrowsAndWritesNothing()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        await SetStatusAsync(bed, bed.EditionId, EditionStatus.Archived);

        await using var db = bed.Database.CreateContext();
        db.Zones.Add(new Zone { EditionId = bed.EditionId, Code = "ZZ", Name = new LocalizedText("Khu", "Zone") });
        var refused = await Assert.ThrowsAsync<EditionReadOnlyException>(() => db.SaveChangesAsync(Ct));

        Assert.Equal(2023, refused.Year);
        await using var check = bed.Database.CreateContext();
        Assert.False(await check.Zones.AnyAsync(Ct));
    }

    [Fact]
    public async Task ZoneService_CreateInAnArchivedEdition_ReturnsTheReadOnlyError()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        await SetStatusAsync(bed, bed.EditionId, EditionStatus.Archived);

        var result = await bed.Zones.CreateAsync(bed.EditionId, new ZoneInput { Code = "AI", NameVi = "Trí tuệ nhân tạo", NameEn = "AI", Colour = "#1E88E5" }, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal((CommonErrors.Codes.EditionReadOnly, 2023), (error.Code, (int)error.Arguments[0]));
    }

    [Fact]
    public async Task BoothService_UpdateInAnArchivedEdition_ReturnsTheReadOnlyError()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        var booth = await bed.AddBoothAsync(zone.Id, "AI-01", 0, 0);
        await SetStatusAsync(bed, bed.EditionId, EditionStatus.Archived);

        var result = await bed.Booths.BlockAsync(booth.Id, booth.Version, "Cột", Ct);

        Assert.Equal(CommonErrors.Codes.EditionReadOnly, Assert.Single(result.Errors).Code);
        Assert.Equal(BoothStatus.Available, (await bed.ReloadAsync(booth.Id)).Status);
    }

    [Fact]
    public async Task Save_AuditAndOutboxRowsOfAnArchivedEdition_AreAllowed()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        await SetStatusAsync(bed, bed.EditionId, EditionStatus.Archived);

        await using var db = bed.Database.CreateContext();
        new AuditTrail(bed.Clock).Add(db, Actor.System, "report.printed", "Edition", bed.EditionId, bed.EditionId);
        db.Outbox.Add(new OutboxMessage
        {
            EditionId = bed.EditionId,
            Template = "Test",
            ToAddress = "a@test.vn",
            Culture = "vi-VN",
            Subject = "Báo cáo",
            HtmlBody = "<p>Báo cáo</p>",
            TextBody = "Báo cáo",
            CreatedAt = bed.Clock.GetUtcNow(),
            NextAttemptAt = bed.Clock.GetUtcNow(),
        });

        Assert.Equal(2, await db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task ChangeStatus_Unarchive_IsAllowedAndWritesAreAcceptedAgain()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        await SetStatusAsync(bed, bed.EditionId, EditionStatus.Archived);

        var result = await Service(bed).ChangeStatusAsync(bed.EditionId, EditionStatus.Closed, 0, Ct);

        Assert.True(result.Succeeded);
        var zone = await bed.AddZoneAsync("AI");
        Assert.Equal(bed.EditionId, zone.EditionId);
    }

    [Fact]
    public async Task Save_MovingARowOutOfAnArchivedEdition_IsRefused()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        var created = await Service(bed).CreateAsync(Input(2024), Ct);
        await SetStatusAsync(bed, bed.EditionId, EditionStatus.Archived);

        await using var db = bed.Database.CreateContext();
        var stored = await db.Zones.SingleAsync(z => z.Id == zone.Id, Ct);
        stored.EditionId = created.Value;

        await Assert.ThrowsAsync<EditionReadOnlyException>(() => db.SaveChangesAsync(Ct));
    }
}
