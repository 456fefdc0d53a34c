using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Directory;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Reports;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Booths;

/// <summary>
/// A hold that runs out frees its booth on every surface without anybody lifting it: each test holds AI-01 for an
/// hour, sees it held, moves the clock past the end and sees it free.
/// </summary>
public sealed class ExpiredHoldTests : IAsyncLifetime
{
    private const string Holder = "Công ty Cổ phần Giữ Chỗ Hạ Long";
    private BoothTestBed bed = null!;
    private int zoneId;
    private int heldId;

    public async ValueTask InitializeAsync()
    {
        bed = await BoothTestBed.CreateAsync();
        zoneId = (await bed.AddZoneAsync("AI")).Id;
        var held = await bed.AddBoothAsync(zoneId, "AI-01", 0, 0);
        await bed.AddBoothAsync(zoneId, "AI-02", 3, 0);
        await bed.AllocateAsync(await bed.AddBoothAsync(zoneId, "AI-03", 6, 0), OrganizationType.Enterprise);
        heldId = held.Id;
        await using var db = bed.Database.CreateContext();
        var organization = new Organization { Name = new LocalizedText(Holder, "Ha Long Holding JSC"), Type = OrganizationType.Enterprise };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(Ct);
        var application = new ExhibitorApplication { EditionId = bed.EditionId, OrganizationId = organization.Id };
        application.Restore(ApplicationStatus.Approved, null, bed.Clock.GetUtcNow());
        db.ExhibitorApplications.Add(application);
        await db.SaveChangesAsync(Ct);
        var booth = await db.Booths.FindAsync([heldId], Ct);
        Assert.Null(booth!.Hold(application.Id, HoldEnd, bed.Clock.GetUtcNow()));
        await db.SaveChangesAsync(Ct);
    }

    public async ValueTask DisposeAsync() => await bed.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateTimeOffset HoldEnd => bed.Clock.Start.AddHours(1);

    /// <summary>Past the hold's end: the instant every test checks the booth is free at.</summary>
    private void Expire() => bed.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

    [Theory]
    [InlineData(BoothStatus.Held, -1, BoothStatus.Available)]
    [InlineData(BoothStatus.Held, 0, BoothStatus.Available)]
    [InlineData(BoothStatus.Held, 1, BoothStatus.Held)]
    [InlineData(BoothStatus.Allocated, -1, BoothStatus.Allocated)]
    public void StatusAt_FreesAHoldFromTheInstantItEnds(BoothStatus stored, int endInSeconds, BoothStatus expected)
    {
        var now = new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(expected, BoothHoldExpiry.StatusAt(stored, now.AddSeconds(endInSeconds), now));
    }

    [Fact]
    public void StatusAt_KeepsAHoldWithoutAnEndHeld() =>
        Assert.Equal(BoothStatus.Held, BoothHoldExpiry.StatusAt(BoothStatus.Held, null, DateTimeOffset.MaxValue));

    [Fact]
    public async Task BoothGrid_ShowsForWhomAndUntilWhen_ThenAvailableWithNoHolder_AndFiltersByWhatItShows()
    {
        var before = (await bed.Booths.QueryAsync(bed.EditionId, BoothFilter.None, Ct)).Single(r => r.Code == "AI-01");
        Assert.Equal((BoothStatus.Held, Holder, HoldEnd), (before.Status, before.HeldFor?.Vi, before.HeldUntil));

        Expire();

        var after = (await bed.Booths.QueryAsync(bed.EditionId, BoothFilter.None, Ct)).Single(r => r.Code == "AI-01");
        Assert.Equal((BoothStatus.Available, null, null, null), (after.Status, after.HeldFor, after.HeldUntil, after.HeldForApplicationId));
        var available = await bed.Booths.QueryAsync(bed.EditionId, new BoothFilter(Status: BoothStatus.Available), Ct);
        Assert.Equal(["AI-01", "AI-02"], available.Select(r => r.Code));
        Assert.Empty(await bed.Booths.QueryAsync(bed.EditionId, new BoothFilter(Status: BoothStatus.Held), Ct));
    }

    [Fact]
    public async Task FloorPlanAndPublicDirectory_DrawTheBoothFree_WithNoHoldDate()
    {
        var query = new FloorPlanQuery(bed.Database.Factory, new EditionService(bed.Database.Factory, bed.Clock, FixedActor.System), bed.Clock);
        Assert.Equal(BoothStatus.Held, (await query.ForEditionAsync(bed.EditionId, Ct))!.Booth(heldId)!.Status);

        Expire();

        var booth = (await query.ForEditionAsync(bed.EditionId, Ct))!.Booth(heldId)!;
        Assert.Equal((BoothStatus.Available, (DateTimeOffset?)null), (booth.Status, booth.HeldUntil));
        var directory = await new ExhibitorDirectoryService(query, bed.Database.Factory).SearchAsync(DirectorySearch.Everything, cancellationToken: Ct);
        Assert.Equal(BoothStatus.Available, directory.Plan!.Booth(heldId)!.Status);
    }

    [Fact]
    public async Task ZoneCounts_CountTheBoothAvailable()
    {
        var counts = new ZoneBoothCounts(bed.Database.Factory, bed.Clock);
        var before = Assert.Single(await counts.ForEditionAsync(bed.EditionId, Ct));
        Assert.Equal((3, 1, 1, 1), (before.Booths, before.Available, before.Held, before.Allocated));

        Expire();

        var after = Assert.Single(await counts.ForEditionAsync(bed.EditionId, Ct));
        Assert.Equal((3, 2, 0, 1), (after.Booths, after.Available, after.Held, after.Allocated));
    }

    [Fact]
    public async Task HomeDashboard_CountsTheBoothAvailable()
    {
        var editions = new EditionService(bed.Database.Factory, bed.Clock, FixedActor.System);
        Assert.Contains(new BoothStatusCount(BoothStatus.Held, 1), (await editions.GetCurrentOverviewAsync(Ct))!.BoothsByStatus);

        Expire();

        var overview = await editions.GetCurrentOverviewAsync(Ct);
        Assert.Equal([new(BoothStatus.Available, 2), new(BoothStatus.Allocated, 1)], overview!.BoothsByStatus);
        Assert.Equal(3, overview.BoothCount);
    }

    [Fact]
    public async Task ArchivingAZone_CountsItsAllocationsAndLiveHoldsAsOccupied_NotAnExpiredHold()
    {
        var before = await bed.Zones.ArchiveAsync(zoneId, 0, Ct);
        Assert.Equal("Zone.HasAllocatedBooths", Assert.Single(before.Errors).Code);
        Assert.Equal(2, before.Errors[0].Arguments[1]);

        Expire();

        var after = await bed.Zones.ArchiveAsync(zoneId, 0, Ct);
        Assert.Equal(1, Assert.Single(after.Errors).Arguments[1]);
    }
}
