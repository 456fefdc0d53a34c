using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;
using TechconnectEvent.Web.Infrastructure.Localization;
using static TechconnectEvent.UnitTests.Seeding.SeedingFixtures;

namespace TechconnectEvent.UnitTests.Seeding;

public sealed class DemoExhibitorSeedTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_EveryAllocatedBoothHasExactlyOneAllocation_InAZoneThatAcceptsTheOrganisation()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var booths = await db.Booths.ToListAsync(Token);
        var allocations = await db.BoothAllocations.ToListAsync(Token);
        var zones = await db.Zones.ToDictionaryAsync(z => z.Id, Token);
        var organizations = await db.Organizations.ToDictionaryAsync(o => o.Id, Token);
        var applications = await db.ExhibitorApplications.ToDictionaryAsync(a => a.Id, Token);

        var allocatedBooths = booths.Where(b => b.Status == BoothStatus.Allocated).Select(b => b.Id).Order().ToList();
        Assert.Equal(allocatedBooths, allocations.Select(a => a.BoothId).Order().ToList());
        Assert.All(allocations, allocation =>
        {
            var booth = booths.Single(b => b.Id == allocation.BoothId);
            var application = applications[allocation.ApplicationId];
            Assert.Equal(application.OrganizationId, allocation.OrganizationId);
            Assert.True(zones[booth.ZoneId].Accepts(organizations[allocation.OrganizationId].Type),
                $"{booth.Code} is in zone {zones[booth.ZoneId].Code}, which does not accept {organizations[allocation.OrganizationId].Type}");
            Assert.Contains(booth.ZoneId, application.ZonePreferences());
            Assert.True(DemoAllocations.SizeFits(application.SizeWanted, booth.Size), $"{booth.Code} is {booth.Size}, {application.SizeWanted} wanted");
        });
    }

    [Fact]
    public async Task Seed_AllocatedApplicationsHoldExactlyTheBoothsTheyWanted_AndNoOtherApplicationHoldsAny()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var counts = await db.BoothAllocations.GroupBy(a => a.ApplicationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, Token);
        var applications = await db.ExhibitorApplications.ToListAsync(Token);

        Assert.All(applications, a => Assert.Equal(a.Status == ApplicationStatus.Allocated ? a.BoothsWanted : 0, counts.GetValueOrDefault(a.Id)));
    }

    [Fact]
    public async Task Seed_ApplicationsHaveEveryStatus_MostlyAllocatedOrApproved_AndZonePreferencesTheOrganisationMayUse()
    {
        await using var database = await TestDatabase.CreateAsync();
        var result = await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var applications = await db.ExhibitorApplications.Where(a => a.EditionId == DemoEditionId(db)).ToListAsync(Token);
        var zones = await db.Zones.ToDictionaryAsync(z => z.Id, Token);
        var types = await db.Organizations.ToDictionaryAsync(o => o.Id, o => o.Type, Token);

        Assert.Equal(result.Applications, applications.Count);
        Assert.All(Enum.GetValues<ApplicationStatus>(), s => Assert.Contains(applications, a => a.Status == s));
        Assert.True(applications.Count(a => a.Status is ApplicationStatus.Allocated or ApplicationStatus.Approved) > applications.Count * 3 / 4);
        Assert.All(applications.Where(a => a.Status == ApplicationStatus.Rejected), a => Assert.False(string.IsNullOrWhiteSpace(a.DecisionReason)));
        Assert.All(applications, a =>
        {
            Assert.InRange(a.BoothsWanted, 1, 12);
            Assert.All(a.ZonePreferences(), z => Assert.True(zones[z].Accepts(types[a.OrganizationId])));
        });
    }

    [Fact]
    public async Task Seed_TechnologiesInBothLanguages_CoverTheStrategicFields()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var technologies = await db.Technologies.Where(t => t.EditionId == DemoEditionId(db)).ToListAsync(Token);

        Assert.InRange(technologies.Count, 30, 60);
        Assert.All(technologies, t =>
        {
            Assert.NotEqual(t.Title.Vi, t.Title.En);
            Assert.InRange(t.ReadinessLevel, 1, 9);
            Assert.Contains("(hư cấu)", t.Description);
        });
        foreach (var field in new[] { TechnologyField.ArtificialIntelligence, TechnologyField.SemiconductorChips, TechnologyField.Blockchain, TechnologyField.Robotics, TechnologyField.NewMaterials, TechnologyField.GreenEnergy, TechnologyField.Biotechnology })
        {
            Assert.Contains(technologies, t => t.Field == field);
        }
    }

    [Fact]
    public async Task Seed_Twice_AddsNoSecondApplicationAllocationOrTechnology()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Seeder(database.Factory).SeedAsync(Token);
        await using var before = database.CreateContext();
        var counts = (await before.ExhibitorApplications.CountAsync(Token), await before.BoothAllocations.CountAsync(Token), await before.Technologies.CountAsync(Token));

        await Seeder(database.Factory).SeedAsync(Token);

        await using var after = database.CreateContext();
        Assert.Equal(counts, (await after.ExhibitorApplications.CountAsync(Token), await after.BoothAllocations.CountAsync(Token), await after.Technologies.CountAsync(Token)));
    }

    private static readonly Zone AcademicZone = new() { Code = "VT", Name = new LocalizedText("Viện trường", "Academia"), EligibleTypes = OrganizationType.University, SortOrder = 10 };
    private static readonly Organization Company = new() { Name = new LocalizedText("Công ty A", "Company A"), Type = OrganizationType.Enterprise };
    private static readonly Organization Campus = new() { Name = new LocalizedText("Trường B", "University B"), Type = OrganizationType.University };

    private static PlannedBooth Booth(string code) => new("VT", code, BoothSize.Standard, 0, 0, 3, 3, BoothStatus.Allocated);

    private static PlannedApplication Application(Organization organization, int wanted) =>
        new(organization.Name.Vi, new ExhibitorApplication { BoothsWanted = wanted }.InStatus(ApplicationStatus.Allocated), ["VT"]);

    [Fact]
    public void Derive_AnAllocatedBoothThatNoEligibleApplicationCanTake_StopsWithTheBoothNamed()
    {
        var error = Assert.Throws<DemoDataException>(() =>
            DemoAllocations.Derive([AcademicZone], [Booth("VT-01")], [Application(Company, 1)], [Company, Campus]));

        Assert.Equal(("booths.json", "booth VT-01"), (error.File, error.Entry));
    }

    [Fact]
    public void Derive_AnAllocatedApplicationLeftShort_StopsWithTheApplicationNamed()
    {
        var error = Assert.Throws<DemoDataException>(() =>
            DemoAllocations.Derive([AcademicZone], [Booth("VT-01")], [Application(Campus, 2)], [Company, Campus]));

        Assert.Equal("applications.json", error.File);
        Assert.Contains("give it 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_BoothsGoInCodeOrderToApplicationsInFileOrder()
    {
        var other = new Organization { Name = new LocalizedText("Trường C", "University C"), Type = OrganizationType.University };

        var result = DemoAllocations.Derive([AcademicZone], [Booth("VT-02"), Booth("VT-01"), Booth("VT-03")], [Application(Campus, 2), Application(other, 1)], [Campus, other]);

        Assert.Equal([new("VT-01", 0), new("VT-02", 0), new PlannedAllocation("VT-03", 1)], result);
    }
}
