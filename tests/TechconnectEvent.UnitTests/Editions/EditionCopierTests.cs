using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Booths;
using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;
using static TechconnectEvent.UnitTests.Editions.EditionBed;

namespace TechconnectEvent.UnitTests.Editions;

public sealed class EditionCopierTests
{
    [Fact]
    public async Task Create_CopyingEverything_CopiesLayoutAsFreeBoothsInNewZonesAndNothingElse()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var ai = await bed.AddZoneAsync("AI", OrganizationType.University);
        var retired = await bed.AddZoneAsync("OLD");
        await using (var db = bed.Database.CreateContext())
        {
            var stored = await db.Zones.SingleAsync(z => z.Id == retired.Id, Ct);
            stored.IsArchived = true;
            db.BoothPrices.Add(new BoothPrice { EditionId = bed.EditionId, Size = BoothSize.Corner, PriceVnd = 15_000_000 });
            await db.SaveChangesAsync(Ct);
        }
        var allocated = await bed.AddBoothAsync(ai.Id, "AI-01", 0, 0);
        await bed.AllocateAsync(allocated, OrganizationType.University);
        await bed.AddBoothAsync(ai.Id, "AI-02", 3, 0, BoothStatus.Blocked);
        var held = await bed.AddBoothAsync(ai.Id, "AI-03", 6, 0, width: 6);
        await using (var db = bed.Database.CreateContext())
        {
            var application = await db.ExhibitorApplications.FirstAsync(Ct);
            (await db.Booths.SingleAsync(b => b.Id == held.Id, Ct)).HeldFor(application.Id, bed.Clock.GetUtcNow().AddDays(5));
            await db.SaveChangesAsync(Ct);
        }
        await bed.AddBoothAsync(retired.Id, "OLD-01", 0, 9);

        var result = await Service(bed).CreateAsync(Input(2024, bed.EditionId, EditionCopier.Zones, EditionCopier.BoothLayout, EditionCopier.Prices), Ct);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        var id = result.Value;
        await using var check = bed.Database.CreateContext();
        var edition = await check.Editions.SingleAsync(e => e.Id == id, Ct);
        Assert.Equal(EditionStatus.Draft, edition.Status);
        Assert.Equal(bed.EditionId, edition.CopiedFromEditionId);
        Assert.False(edition.IsCurrent);

        var zone = Assert.Single(await check.Zones.Where(z => z.EditionId == id).ToListAsync(Ct));
        Assert.NotEqual(ai.Id, zone.Id);
        Assert.Equal(("AI", ai.Name, ai.Colour, OrganizationType.University), (zone.Code, zone.Name, zone.Colour, zone.EligibleTypes));

        var booths = await check.Booths.Where(b => b.EditionId == id).OrderBy(b => b.Code).ToListAsync(Ct);
        Assert.Equal(["AI-01", "AI-02", "AI-03"], booths.Select(b => b.Code));
        Assert.All(booths, b => Assert.Equal(zone.Id, b.ZoneId));
        Assert.All(booths, b => Assert.Equal(BoothStatus.Available, b.Status));
        Assert.All(booths, b => Assert.Null(b.HeldForApplicationId));
        Assert.All(booths, b => Assert.Null(b.BlockReason));
        Assert.Equal(6, booths[2].Width);

        Assert.Equal(15_000_000, Assert.Single(await check.BoothPrices.Where(p => p.EditionId == id).ToListAsync(Ct)).PriceVnd);
        Assert.False(await check.ExhibitorApplications.AnyAsync(a => a.EditionId == id, Ct));
        Assert.False(await check.BoothAllocations.AnyAsync(a => a.EditionId == id, Ct));
        Assert.False(await check.Technologies.AnyAsync(t => t.EditionId == id, Ct));
        var audit = Assert.Single(await check.AuditLog.Where(a => a.EditionId == id).ToListAsync(Ct));
        Assert.Equal("edition.created", audit.Action);
        // The source edition is untouched.
        Assert.Equal(4, await check.Booths.CountAsync(b => b.EditionId == bed.EditionId, Ct));
        Assert.Equal(BoothStatus.Held, (await bed.ReloadAsync(held.Id)).Status);
    }

    [Fact]
    public async Task Create_OnlyPrices_CopiesNoZonesOrBooths()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        await bed.AddBoothAsync(zone.Id, "AI-01", 0, 0);

        var result = await Service(bed).CreateAsync(Input(2024, bed.EditionId, EditionCopier.Prices), Ct);

        Assert.True(result.Succeeded);
        await using var check = bed.Database.CreateContext();
        Assert.False(await check.Zones.AnyAsync(z => z.EditionId == result.Value, Ct));
        Assert.False(await check.Booths.AnyAsync(b => b.EditionId == result.Value, Ct));
    }

    [Fact]
    public async Task Create_BoothsWithoutZones_IsRefusedAndWritesNothing()
    {
        await using var bed = await BoothTestBed.CreateAsync();

        var result = await Service(bed).CreateAsync(Input(2024, bed.EditionId, EditionCopier.BoothLayout), Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Edition.CopyStepNeeds", EditionRules.Fields.CopySteps), (error.Code, error.Field));
        await using var check = bed.Database.CreateContext();
        Assert.Equal(1, await check.Editions.CountAsync(Ct));
    }

    [Fact]
    public async Task Create_YearTaken_IsRefusedNextToTheYear()
    {
        await using var bed = await BoothTestBed.CreateAsync();

        var result = await Service(bed).CreateAsync(Input(2023), Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Edition.YearTaken", EditionRules.Fields.Year), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(1999, null, "Asia/Ho_Chi_Minh", EditionRules.Fields.Year)]
    [InlineData(2024, "", "Asia/Ho_Chi_Minh", EditionRules.Fields.NameVi)]
    [InlineData(2024, null, "Mars/Olympus", EditionRules.Fields.TimeZoneId)]
    [InlineData(2024, null, "", EditionRules.Fields.TimeZoneId)]
    public void Validate_NamesTheFieldAtFault(int year, string? name, string timeZone, string field)
    {
        var input = Input(year);
        input.NameVi = name ?? input.NameVi;
        input.TimeZoneId = timeZone;

        Assert.Equal(field, Assert.Single(EditionRules.Validate(input)).Field);
    }

    [Fact]
    public void Validate_EndBeforeStart_IsRefusedNextToTheEnd()
    {
        var input = Input(2024);
        input.EndDate = input.StartDate!.Value.AddDays(-1);

        var error = Assert.Single(EditionRules.Validate(input));
        Assert.Equal(("Edition.EndBeforeStart", EditionRules.Fields.EndDate), (error.Code, error.Field));
    }

    [Fact]
    public void Validate_TheDefaultTimeZone_IsAccepted() => Assert.Empty(EditionRules.Validate(Input(2024)));

    [Fact]
    public async Task Create_AsExhibitor_IsForbidden()
    {
        await using var bed = await BoothTestBed.CreateAsync();

        var result = await Service(bed, Web.Features.Administration.Roles.Exhibitor).CreateAsync(Input(2024), Ct);

        Assert.Equal("Forbidden", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Create_KeepsVietnameseTextAndTechnologiesStayWithTheirYear()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        await using (var db = bed.Database.CreateContext())
        {
            var organisation = new Organization { Name = new LocalizedText("Viện Hàn lâm", "VAST") };
            db.Organizations.Add(organisation);
            await db.SaveChangesAsync(Ct);
            db.Technologies.Add(new Technology { OrganizationId = organisation.Id, EditionId = bed.EditionId, Title = new LocalizedText("Pin mặt trời", "Solar cell") });
            await db.SaveChangesAsync(Ct);
        }

        var result = await Service(bed).CreateAsync(Input(2024, bed.EditionId, EditionCopier.Zones), Ct);

        var edition = await EditionAsync(bed, result.Value);
        Assert.Equal("Ninh Bình", edition.Province.Vi);
        await using var check = bed.Database.CreateContext();
        Assert.Equal(1, await check.Technologies.CountAsync(Ct));
    }
}
