using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.FloorPlan;

public sealed class FloorPlanQueryTests
{
    [Fact]
    public async Task Plan_HasEveryBoothWithItsZoneStatusAndAllocatedExhibitorWithTechnologies()
    {
        await using var database = await TestDatabase.CreateAsync();
        var editionId = Seed(database, boothCount: 4, out var vinacomin);

        var plan = await Query(database.Factory).ForEditionAsync(editionId, TestContext.Current.CancellationToken);

        Assert.NotNull(plan);
        Assert.Equal(["AI-01", "AI-02", "AI-03", "AI-04"], plan.Booths.Select(b => b.Code));
        var allocated = plan.Booths.Single(b => b.Code == "AI-02");
        Assert.Equal(BoothStatus.Allocated, allocated.Status);
        Assert.Equal("Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam", allocated.Exhibitor!.Name.Vi);
        Assert.Equal(vinacomin, allocated.Exhibitor.OrganizationId);
        // The edition's own technology and the one with no edition; not the one shown at another edition.
        Assert.Equal(["Giám sát khí mỏ bằng trí tuệ nhân tạo", "Vật liệu chống cháy"], allocated.Exhibitor.Technologies.Select(t => t.Title.Vi));
        Assert.Null(plan.Booths.Single(b => b.Code == "AI-01").Exhibitor);
        Assert.Equal("Khu công nghệ trí tuệ nhân tạo", plan.ZoneOf(allocated).Name.Vi);
        Assert.Equal("#4A148C", plan.ZoneOf(allocated).Colour);
    }

    [Fact]
    public async Task Extent_IsTheBoothsBoundingBoxPlusTheMargin()
    {
        await using var database = await TestDatabase.CreateAsync();
        var editionId = Seed(database, boothCount: 4, out _);

        var plan = await Query(database.Factory).ForEditionAsync(editionId, TestContext.Current.CancellationToken);

        // Booths at x = 10, 13, 16, 19 (3 m wide), y = 5 (3 m deep).
        Assert.Equal(new FloorPlanExtent(10 - FloorPlanQuery.Margin, 5 - FloorPlanQuery.Margin, 12 + 2 * FloorPlanQuery.Margin, 3 + 2 * FloorPlanQuery.Margin), plan!.Extent);
    }

    [Fact]
    public async Task UnknownEdition_GivesNoPlan()
    {
        await using var database = await TestDatabase.CreateAsync();

        Assert.Null(await Query(database.Factory).ForEditionAsync(999, TestContext.Current.CancellationToken));
        Assert.Null(await Query(database.Factory).ForPublicAsync(cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task QueryCount_DoesNotGrowWithTheNumberOfBoothsOrExhibitors()
    {
        await using var database = await TestDatabase.CreateAsync();
        var editionId = Seed(database, boothCount: 40, out _);
        var counter = new CommandCounter();
        var factory = new CountingFactory(database.ConnectionString, counter);

        var plan = await Query(factory).ForEditionAsync(editionId, TestContext.Current.CancellationToken);

        Assert.Equal(40, plan!.Booths.Count);
        Assert.InRange(counter.Count, 1, 4);
    }

    private static FloorPlanQuery Query(IDbContextFactory<EventDbContext> factory, TimeProvider? time = null)
    {
        time ??= new TestClock();
        return new(factory, new EditionService(factory, time, FixedActor.System), time);
    }

    /// <summary>An edition with an AI zone of booths side by side; AI-02 and AI-03 go to one organisation.</summary>
    private static int Seed(TestDatabase database, int boothCount, out int organizationId)
    {
        using var db = database.CreateContext();
        var edition = PlanBuilder.Edition();
        var other = PlanBuilder.Edition(2024);
        db.Editions.AddRange(edition, other);
        db.SaveChanges();
        var zone = PlanBuilder.Zone(edition.Id, "AI", "Khu công nghệ trí tuệ nhân tạo", "#4A148C");
        db.Zones.Add(zone);
        db.SaveChanges();
        var booths = Enumerable.Range(1, boothCount)
            .Select(n => new Booth { EditionId = edition.Id, ZoneId = zone.Id, Code = $"AI-{n:00}", X = 10 + (n - 1) * 3 % 120, Y = 5 + (n - 1) * 3 / 120 * 4 })
            .ToList();
        db.Booths.AddRange(booths);
        var organization = PlanBuilder.Organization("Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam", "Vietnam National Coal and Mineral Industries Group", "Vinacomin");
        var others = Enumerable.Range(1, boothCount / 4).Select(n => PlanBuilder.Organization($"Công ty số {n}", $"Company {n}")).ToList();
        db.Organizations.Add(organization);
        db.Organizations.AddRange(others);
        db.SaveChanges();
        db.Technologies.AddRange(
            new Technology { OrganizationId = organization.Id, EditionId = edition.Id, Title = new LocalizedText("Giám sát khí mỏ bằng trí tuệ nhân tạo", "AI mine gas monitoring"), Field = TechnologyField.ArtificialIntelligence },
            new Technology { OrganizationId = organization.Id, EditionId = null, Title = new LocalizedText("Vật liệu chống cháy", "Fire-proof materials"), Field = TechnologyField.NewMaterials, OfferType = TechnologyOfferType.Transfer },
            new Technology { OrganizationId = organization.Id, EditionId = other.Id, Title = new LocalizedText("Công nghệ năm sau", "Next year's"), Field = TechnologyField.Robotics });
        db.SaveChanges();
        PlanBuilder.Allocate(db, edition.Id, organization, booths[1], booths[2]);
        for (var index = 1; index < others.Count; index++)
        {
            PlanBuilder.Allocate(db, edition.Id, others[index], booths[index * 4]);
        }
        organizationId = organization.Id;
        return edition.Id;
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private sealed class CountingFactory(string connectionString, CommandCounter counter) : IDbContextFactory<EventDbContext>
    {
        public EventDbContext CreateDbContext() => new(new DbContextOptionsBuilder<EventDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(counter)
            .Options);
    }
}
