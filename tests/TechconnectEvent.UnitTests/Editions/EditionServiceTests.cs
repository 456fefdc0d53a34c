using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Booths;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Editions;
using static TechconnectEvent.UnitTests.Editions.EditionBed;

namespace TechconnectEvent.UnitTests.Editions;

public sealed class EditionServiceTests
{
    [Fact]
    public async Task ChangeStatus_OneStepForward_MovesBumpsTheVersionAndAudits()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var before = await EditionAsync(bed, bed.EditionId);

        var result = await Service(bed).ChangeStatusAsync(bed.EditionId, EditionStatus.Open, before.Version, Ct);

        Assert.True(result.Succeeded);
        var after = await EditionAsync(bed, bed.EditionId);
        Assert.Equal((EditionStatus.Open, before.Version + 1), (after.Status, after.Version));
        Assert.Contains(await bed.AuditAsync(), a => a.Action == "edition.status-changed" && a.After!.Contains("Open", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangeStatus_SkippingAStep_IsRefused()
    {
        await using var bed = await BoothTestBed.CreateAsync();

        var result = await Service(bed).ChangeStatusAsync(bed.EditionId, EditionStatus.Running, 0, Ct);

        Assert.Equal("Edition.CannotMove", Assert.Single(result.Errors).Code);
        Assert.Equal(EditionStatus.Draft, (await EditionAsync(bed, bed.EditionId)).Status);
    }

    [Fact]
    public async Task ChangeStatus_FromAStaleVersion_IsAConflict()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var editions = Service(bed);
        Assert.True((await editions.ChangeStatusAsync(bed.EditionId, EditionStatus.Open, 0, Ct)).Succeeded);

        var result = await editions.ChangeStatusAsync(bed.EditionId, EditionStatus.Running, 0, Ct);

        Assert.Equal("Concurrency", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task ChangeStatus_TheCurrentEditionBackToDraft_IsRefused()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        await SetStatusAsync(bed, bed.EditionId, EditionStatus.Open);

        var result = await Service(bed).ChangeStatusAsync(bed.EditionId, EditionStatus.Draft, 0, Ct);

        Assert.Equal("Edition.CurrentCannotBeDraft", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task SetCurrent_LeavesExactlyOneCurrentEdition()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var editions = Service(bed);
        var created = await editions.CreateAsync(Input(2024), Ct);
        await SetStatusAsync(bed, created.Value, EditionStatus.Open);

        var result = await editions.SetCurrentAsync(created.Value, Ct);

        Assert.True(result.Succeeded);
        await using var db = bed.Database.CreateContext();
        Assert.Equal(created.Value, (await db.Editions.SingleAsync(e => e.IsCurrent, Ct)).Id);
        Assert.Equal(2024, (await editions.GetCurrentAsync(Ct))!.Year);
    }

    [Fact]
    public async Task SetCurrent_ADraft_IsRefusedAndTheCurrentOneStays()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var editions = Service(bed);
        var created = await editions.CreateAsync(Input(2024), Ct);

        var result = await editions.SetCurrentAsync(created.Value, Ct);

        Assert.Equal("Edition.DraftCannotBeCurrent", Assert.Single(result.Errors).Code);
        Assert.True((await EditionAsync(bed, bed.EditionId)).IsCurrent);
    }

    [Fact]
    public async Task SetWorking_StoresTheChoiceAndGetWorkingFollowsIt()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        await using (var db = bed.Database.CreateContext())
        {
            db.Users.Add(new ApplicationUser { Id = "staff-1", UserName = "staff@test", Email = "staff@test" });
            await db.SaveChangesAsync(Ct);
        }
        var organiser = Service(bed);
        var created = await organiser.CreateAsync(Input(2022), Ct);
        var staff = Service(bed, Roles.Staff, "staff-1");

        var result = await staff.SetWorkingAsync(created.Value, Ct);

        Assert.True(result.Succeeded);
        Assert.Equal(2022, (await staff.GetWorkingAsync(Ct))!.Year);
        Assert.Equal(2023, (await staff.GetCurrentAsync(Ct))!.Year);
    }

    [Fact]
    public async Task SetWorking_AsExhibitor_IsForbidden()
    {
        await using var bed = await BoothTestBed.CreateAsync();

        var result = await Service(bed, Roles.Exhibitor).SetWorkingAsync(bed.EditionId, Ct);

        Assert.Equal("Forbidden", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task GetPublic_ADraftYear_IsNotShown()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var editions = Service(bed);
        await editions.CreateAsync(Input(2024), Ct);
        await SetStatusAsync(bed, bed.EditionId, EditionStatus.Archived);

        Assert.Null(await editions.GetPublicAsync(2024, Ct));
        Assert.Null(await editions.GetPublicAsync(1990, Ct));
        Assert.Equal(2023, (await editions.GetPublicAsync(2023, Ct))!.Year);
        Assert.Equal([2023], await editions.ListPublicYearsAsync(Ct));
    }
}
