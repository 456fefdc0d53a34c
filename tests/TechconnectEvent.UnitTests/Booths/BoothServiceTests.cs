using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.UnitTests.Booths;

public sealed class BoothServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static BoothInput Input(int zoneId, string code, double x, double y, double width = 3, double height = 3) =>
        new() { Code = code, ZoneId = zoneId, X = x, Y = y, Width = width, Height = height };

    [Fact]
    public async Task Create_ValidBooth_IsStoredAuditedAndAnnounced()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        using var recorder = new ChangeRecorder<BoothChange>(bed.Notifier, new BoothChange(-1, []));

        var result = await bed.Booths.CreateAsync(bed.EditionId, Input(zone.Id, "ai-01", 4, 4), Ct);

        Assert.True(result.Succeeded);
        var row = Assert.Single(await bed.Booths.QueryAsync(bed.EditionId, BoothFilter.None, Ct));
        Assert.Equal("AI-01", row.Code);
        Assert.Equal(BoothStatus.Available, row.Status);
        Assert.Equal([result.Value], Assert.Single(await recorder.DeliveredAsync()).BoothIds);
        Assert.Contains(await bed.AuditAsync(), a => a.Action == "booth.created");
    }

    [Fact]
    public async Task Create_OverlappingOrOutsideOrDuplicate_IsRefusedWithEachReason()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        await bed.AddBoothAsync(zone.Id, "AI-01", 0, 0);

        var overlap = await bed.Booths.CreateAsync(bed.EditionId, Input(zone.Id, "AI-02", 1.5, 1.5), Ct);
        var outside = await bed.Booths.CreateAsync(bed.EditionId, Input(zone.Id, "AI-03", 119, 0), Ct);
        var duplicate = await bed.Booths.CreateAsync(bed.EditionId, Input(zone.Id, "AI-01", 50, 50), Ct);
        var touching = await bed.Booths.CreateAsync(bed.EditionId, Input(zone.Id, "AI-04", 3, 0), Ct);

        Assert.Equal("Booth.Overlaps", Assert.Single(overlap.Errors).Code);
        Assert.Equal("Booth.OutsideHall", Assert.Single(outside.Errors).Code);
        Assert.Equal("Booth.CodeTaken", Assert.Single(duplicate.Errors).Code);
        Assert.True(touching.Succeeded);
    }

    [Fact]
    public async Task GenerateBlock_GridOfBooths_IsNumberedRowByRowWithGaps()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("VT");
        var request = new BoothBlockRequest { Prefix = "VT-", FirstNumber = 9, Count = 6, Columns = 3, ZoneId = zone.Id, OriginX = 10, OriginY = 20, Gap = 1, Size = BoothSize.Standard };

        var result = await bed.Booths.GenerateBlockAsync(bed.EditionId, request, Ct);

        Assert.True(result.Succeeded);
        Assert.Equal(["VT-09", "VT-10", "VT-11", "VT-12", "VT-13", "VT-14"], result.Value);
        var rows = await bed.Booths.QueryAsync(bed.EditionId, BoothFilter.None, Ct);
        var last = rows.Single(r => r.Code == "VT-14");
        Assert.Equal((18, 24), (last.X, last.Y));
        Assert.Single(await bed.AuditAsync(), a => a.Action == "booth.block-generated");
    }

    [Fact]
    public async Task GenerateBlock_ExistingCode_RefusesTheWholeBlock()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        await bed.AddBoothAsync(zone.Id, "AI-03", 100, 60);

        var result = await bed.Booths.GenerateBlockAsync(bed.EditionId,
            new BoothBlockRequest { Prefix = "AI-", FirstNumber = 1, Count = 4, ZoneId = zone.Id }, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Booth.CodesTaken", error.Code);
        Assert.Equal("AI-03", error.Arguments[1]);
        Assert.Equal(1, await bed.BoothCountAsync());
    }

    [Fact]
    public async Task GenerateBlock_OverlappingAnExistingBooth_IsRefused()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        await bed.AddBoothAsync(zone.Id, "X-1", 7, 1);

        var result = await bed.Booths.GenerateBlockAsync(bed.EditionId,
            new BoothBlockRequest { Prefix = "AI-", Count = 4, ZoneId = zone.Id }, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Booth.BlockOverlaps", error.Code);
        Assert.Equal("AI-03 ↔ X-1, AI-04 ↔ X-1", error.Arguments[1]);
        Assert.Equal(1, await bed.BoothCountAsync());
    }

    [Fact]
    public async Task GenerateBlock_LeavingTheHall_IsRefused()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");

        var result = await bed.Booths.GenerateBlockAsync(bed.EditionId,
            new BoothBlockRequest { Prefix = "AI-", Count = 5, ZoneId = zone.Id, OriginX = 108 }, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Booth.BlockOutsideHall", error.Code);
        Assert.Equal("AI-05", error.Arguments[0]);
        Assert.Equal("120", error.Arguments[1]);
        Assert.Equal(0, await bed.BoothCountAsync());
    }

    [Fact]
    public async Task BlockAndUnblock_AvailableBooth_RecordTheReason()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        var booth = await bed.AddBoothAsync(zone.Id, "AI-01", 0, 0);

        var blocked = await bed.Booths.BlockAsync(booth.Id, booth.Version, "Cột chịu lực", Ct);
        var afterBlock = await bed.ReloadAsync(booth.Id);
        var unblocked = await bed.Booths.UnblockAsync(booth.Id, afterBlock.Version, "Đã dời cột", Ct);
        var afterUnblock = await bed.ReloadAsync(booth.Id);

        Assert.True(blocked.Succeeded);
        Assert.Equal((BoothStatus.Blocked, "Cột chịu lực", 1L), (afterBlock.Status, afterBlock.BlockReason, afterBlock.Version));
        Assert.True(unblocked.Succeeded);
        Assert.Equal((BoothStatus.Available, null, 2L), (afterUnblock.Status, afterUnblock.BlockReason, afterUnblock.Version));
        Assert.Equal(["booth.blocked", "booth.unblocked"], (await bed.AuditAsync()).Select(a => a.Action));
    }

    [Fact]
    public async Task Block_AllocatedBoothOrWithoutReason_IsRefused()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        var booth = await bed.AddBoothAsync(zone.Id, "AI-01", 0, 0, BoothStatus.Allocated);
        var free = await bed.AddBoothAsync(zone.Id, "AI-02", 3, 0);

        var allocated = await bed.Booths.BlockAsync(booth.Id, booth.Version, "lối thoát hiểm", Ct);
        var noReason = await bed.Booths.BlockAsync(free.Id, free.Version, "  ", Ct);
        var notBlocked = await bed.Booths.UnblockAsync(free.Id, free.Version, "nhầm", Ct);

        Assert.Equal("Booth.BlockNotAvailable", Assert.Single(allocated.Errors).Code);
        Assert.Equal("Booth.ReasonRequired", Assert.Single(noReason.Errors).Code);
        Assert.Equal("Booth.NotBlocked", Assert.Single(notBlocked.Errors).Code);
        Assert.Equal(BoothStatus.Allocated, (await bed.ReloadAsync(booth.Id)).Status);
    }

    [Fact]
    public async Task Update_WithTwoContextsFromTheSameVersion_OnlyTheFirstWins()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        var booth = await bed.AddBoothAsync(zone.Id, "AI-01", 0, 0);

        // Both organisers opened the dialog at version 0; each save runs in its own DbContext.
        var first = await bed.Booths.UpdateAsync(booth.Id, Input(zone.Id, "AI-01", 10, 10), Ct);
        var second = await bed.Booths.UpdateAsync(booth.Id, Input(zone.Id, "AI-01", 20, 20), Ct);

        Assert.True(first.Succeeded);
        Assert.Equal("Concurrency", Assert.Single(second.Errors).Code);
        var stored = await bed.ReloadAsync(booth.Id);
        Assert.Equal((10, 1L), (stored.X, stored.Version));
    }

    [Fact]
    public async Task Update_RacingSaves_ExactlyOneSucceedsEveryTime()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        var booth = await bed.AddBoothAsync(zone.Id, "AI-01", 0, 0);

        for (var round = 0; round < 10; round++)
        {
            var version = (await bed.ReloadAsync(booth.Id)).Version;
            var a = Input(zone.Id, "AI-01", round, 0);
            var b = Input(zone.Id, "AI-01", round, 5);
            a.Version = b.Version = version;

            var results = await Task.WhenAll(bed.Booths.UpdateAsync(booth.Id, a, Ct), bed.Booths.UpdateAsync(booth.Id, b, Ct));

            Assert.Equal(1, results.Count(r => r.Succeeded));
            Assert.Equal(version + 1, (await bed.ReloadAsync(booth.Id)).Version);
        }
    }

    [Fact]
    public async Task Update_AllocatedBoothIntoAZoneItsExhibitorMayNotUse_IsRefused()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var open = await bed.AddZoneAsync("DN");
        var universities = await bed.AddZoneAsync("VT", OrganizationType.University | OrganizationType.Institute);
        var booth = await bed.AddBoothAsync(open.Id, "DN-01", 0, 0);
        await bed.AllocateAsync(booth, OrganizationType.Enterprise);
        var input = Input(universities.Id, "DN-01", 0, 0);
        input.Version = (await bed.ReloadAsync(booth.Id)).Version;

        var result = await bed.Booths.UpdateAsync(booth.Id, input, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Booth.ZoneNotEligible", error.Code);
        Assert.Equal(BoothRules.Fields.Zone, error.Field);
        Assert.Equal(open.Id, (await bed.ReloadAsync(booth.Id)).ZoneId);
    }

    [Fact]
    public async Task Delete_OnlyAvailableOrBlockedBooths()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        var free = await bed.AddBoothAsync(zone.Id, "AI-01", 0, 0);
        var held = await bed.AddBoothAsync(zone.Id, "AI-02", 3, 0, BoothStatus.Allocated);

        var deleted = await bed.Booths.DeleteAsync(free.Id, free.Version, Ct);
        var refused = await bed.Booths.DeleteAsync(held.Id, held.Version, Ct);

        Assert.True(deleted.Succeeded);
        Assert.Equal("Booth.DeleteInUse", Assert.Single(refused.Errors).Code);
        Assert.Equal(1, await bed.BoothCountAsync());
    }

    [Fact]
    public async Task Query_FiltersAndSearchesExhibitorIgnoringAccents()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var ai = await bed.AddZoneAsync("AI");
        var kh = await bed.AddZoneAsync("KH");
        var allocated = await bed.AddBoothAsync(ai.Id, "AI-01", 0, 0);
        await bed.AddBoothAsync(ai.Id, "AI-02", 3, 0, BoothStatus.Blocked);
        await bed.AddBoothAsync(kh.Id, "KH-01", 10, 0, width: 6);
        await bed.AllocateAsync(allocated, OrganizationType.University, "Đại học Bách khoa Hà Nội");
        await bed.Booths.SetPricesAsync(bed.EditionId, new Dictionary<BoothSize, long?> { [BoothSize.Standard] = 15_000_000 }, Ct);

        var byZone = await bed.Booths.QueryAsync(bed.EditionId, new BoothFilter(ZoneId: ai.Id), Ct);
        var blocked = await bed.Booths.QueryAsync(bed.EditionId, new BoothFilter(Status: BoothStatus.Blocked), Ct);
        var byName = await bed.Booths.QueryAsync(bed.EditionId, new BoothFilter(Search: "dai hoc bach khoa"), Ct);
        var byCode = await bed.Booths.QueryAsync(bed.EditionId, new BoothFilter(Search: "kh-0"), Ct);

        Assert.Equal(["AI-01", "AI-02"], byZone.Select(r => r.Code));
        Assert.Equal("AI-02", Assert.Single(blocked).Code);
        var found = Assert.Single(byName);
        Assert.Equal("Đại học Bách khoa Hà Nội", found.Exhibitor!.Vi);
        Assert.Equal(15_000_000, found.PriceVnd);
        Assert.Equal("KH-01", Assert.Single(byCode).Code);
    }
}
