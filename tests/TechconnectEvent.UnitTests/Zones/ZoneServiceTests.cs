using TechconnectEvent.UnitTests.Booths;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;

namespace TechconnectEvent.UnitTests.Zones;

public sealed class ZoneServiceTests
{
    private static ZoneInput Valid(string code = "AI") => new()
    {
        Code = code, NameVi = "Khu trí tuệ nhân tạo", NameEn = "Artificial intelligence", Colour = "#1e88e5",
        Kind = ZoneKind.DemonstrationArea, EligibleTypes = OrganizationType.Enterprise | OrganizationType.University,
    };

    [Fact]
    public async Task Create_ValidZone_IsStoredNormalisedWithAnAuditRow()
    {
        await using var bed = await BoothTestBed.CreateAsync();

        var result = await bed.Zones.CreateAsync(bed.EditionId, Valid("ai"), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        var zone = Assert.Single(await bed.Zones.ListAsync(bed.EditionId, TestContext.Current.CancellationToken));
        Assert.Equal("AI", zone.Code);
        Assert.Equal("#1E88E5", zone.Colour);
        Assert.Equal("Khu trí tuệ nhân tạo", zone.Name.Vi);
        Assert.Contains(await bed.AuditAsync(), a => a.Action == "zone.created" && a.EntityId == result.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("", "Zone.CodeInvalid")]
    [InlineData("TOOLONGCODE", "Zone.CodeInvalid")]
    [InlineData("A-1", "Zone.CodeInvalid")]
    public async Task Create_BadCode_IsRefusedOnTheCodeField(string code, string expected)
    {
        await using var bed = await BoothTestBed.CreateAsync();

        var result = await bed.Zones.CreateAsync(bed.EditionId, Valid(code), TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Equal(expected, error.Code);
        Assert.Equal(ZoneRules.Fields.Code, error.Field);
    }

    [Fact]
    public async Task Create_MissingNamesAndBadColour_ReportsEachField()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var input = Valid();
        input.NameVi = " ";
        input.NameEn = "";
        input.Colour = "blue";

        var result = await bed.Zones.CreateAsync(bed.EditionId, input, TestContext.Current.CancellationToken);

        Assert.Equal(["Zone.NameViRequired", "Zone.NameEnRequired", "Zone.ColourInvalid"], result.Errors.Select(e => e.Code));
        Assert.Empty(await bed.Zones.ListAsync(bed.EditionId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Create_DuplicateCode_IsRefused()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        await bed.AddZoneAsync("AI");

        var result = await bed.Zones.CreateAsync(bed.EditionId, Valid("AI"), TestContext.Current.CancellationToken);

        Assert.Equal("Zone.CodeTaken", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Create_ByNonOrganiser_IsForbidden()
    {
        await using var bed = await BoothTestBed.CreateAsync(organiser: false);

        var result = await bed.Zones.CreateAsync(bed.EditionId, Valid(), TestContext.Current.CancellationToken);

        Assert.Equal("Forbidden", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Update_FromAStaleVersion_ReturnsConflictAndKeepsTheFirstSave()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        var first = ZoneInput.From((await bed.Zones.ListAsync(bed.EditionId, TestContext.Current.CancellationToken))[0]);
        var second = ZoneInput.From((await bed.Zones.ListAsync(bed.EditionId, TestContext.Current.CancellationToken))[0]);
        first.NameEn = "First organiser";
        second.NameEn = "Second organiser";

        var saved = await bed.Zones.UpdateAsync(zone.Id, first, TestContext.Current.CancellationToken);
        var conflict = await bed.Zones.UpdateAsync(zone.Id, second, TestContext.Current.CancellationToken);

        Assert.True(saved.Succeeded);
        Assert.Equal("Concurrency", Assert.Single(conflict.Errors).Code);
        var stored = (await bed.Zones.ListAsync(bed.EditionId, TestContext.Current.CancellationToken))[0];
        Assert.Equal("First organiser", stored.Name.En);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task Archive_ZoneWithAllocatedBooths_IsRefusedNamingTheBooths()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        for (var n = 1; n <= 12; n++)
        {
            await bed.AddBoothAsync(zone.Id, $"AI-{n:00}", n * 3, 0, BoothStatus.Allocated);
        }
        await bed.AddBoothAsync(zone.Id, "AI-13", 0, 10);

        var result = await bed.Zones.ArchiveAsync(zone.Id, zone.Version, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Zone.HasAllocatedBooths", error.Code);
        Assert.Equal("AI", error.Arguments[0]);
        Assert.Equal(12, error.Arguments[1]);
        Assert.StartsWith("AI-01, AI-02, AI-03", (string)error.Arguments[2]);
        Assert.EndsWith(", …", (string)error.Arguments[2]);
        Assert.DoesNotContain("AI-13", (string)error.Arguments[2]);
        Assert.False((await bed.Zones.ListAsync(bed.EditionId, TestContext.Current.CancellationToken))[0].IsArchived);
    }

    [Fact]
    public async Task ArchiveAndUnarchive_EmptyZone_WorkAndAreAudited()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("KH");
        await bed.AddBoothAsync(zone.Id, "KH-01", 0, 0);

        var archived = await bed.Zones.ArchiveAsync(zone.Id, zone.Version, TestContext.Current.CancellationToken);
        var afterArchive = (await bed.Zones.ListAsync(bed.EditionId, TestContext.Current.CancellationToken))[0];
        var restored = await bed.Zones.UnarchiveAsync(zone.Id, afterArchive.Version, TestContext.Current.CancellationToken);

        Assert.True(archived.Succeeded);
        Assert.True(afterArchive.IsArchived);
        Assert.Equal(1, afterArchive.BoothCount);
        Assert.True(restored.Succeeded);
        Assert.False((await bed.Zones.ListAsync(bed.EditionId, TestContext.Current.CancellationToken))[0].IsArchived);
        Assert.Equal(["zone.archived", "zone.unarchived"], (await bed.AuditAsync()).Select(a => a.Action));
    }
}
