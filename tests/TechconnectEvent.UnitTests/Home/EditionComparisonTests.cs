using TechconnectEvent.UnitTests.FloorPlan;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Home;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.UnitTests.Home;

public sealed class EditionComparisonTests
{
    // 09:00 on 20 September 2023 in Ha Long: nine days before the 2023 edition opens on the 29th.
    private static readonly DateTimeOffset NineDaysBeforeOpening = new(2023, 9, 20, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Compare_BeforeOpening_CountsThePreviousEditionsApplicationsUpToTheSameDayInItsTimeZone()
    {
        await using var database = await TestDatabase.CreateAsync();
        int current;
        await using (var db = database.CreateContext())
        {
            var (earlier, now) = (PlanBuilder.Edition(2022), PlanBuilder.Edition(2023));
            db.Editions.AddRange(earlier, now);
            db.SaveChanges();
            current = now.Id;
            // 2022 opened on 29 September: nine days before is 20 September, counted to its end in Vietnam (UTC+7).
            Apply(db, earlier.Id, "Viện A", new DateTimeOffset(2022, 9, 1, 3, 0, 0, TimeSpan.Zero));
            Apply(db, earlier.Id, "Viện B", new DateTimeOffset(2022, 9, 20, 16, 59, 0, TimeSpan.Zero)); // 23:59 in Vietnam
            Apply(db, earlier.Id, "Viện C", new DateTimeOffset(2022, 9, 20, 17, 1, 0, TimeSpan.Zero)); // 00:01 the 21st
            Apply(db, now.Id, "Viện D", new DateTimeOffset(2023, 9, 2, 3, 0, 0, TimeSpan.Zero));
        }

        var comparison = await new EditionComparisonQuery(database.Factory, new TestClock(NineDaysBeforeOpening)).CompareAsync(current, Token);

        Assert.NotNull(comparison);
        Assert.Equal(new DateOnly(2022, 9, 20), comparison.ApplicationsCutoff);
        Assert.Equal(2023, comparison.This.Year);
        Assert.Equal(1, comparison.This.Applications);
        Assert.Equal((2022, 2), (comparison.Previous!.Year, comparison.Previous.Applications));
    }

    [Fact]
    public async Task Compare_AfterOpening_CountsEveryApplication_AndBoothsAndExhibitorsOfEachEditionOnly()
    {
        await using var database = await TestDatabase.CreateAsync();
        int current;
        await using (var db = database.CreateContext())
        {
            var (older, earlier, now) = (PlanBuilder.Edition(2021), PlanBuilder.Edition(2022), PlanBuilder.Edition(2023));
            db.Editions.AddRange(older, earlier, now);
            db.SaveChanges();
            current = now.Id;
            AddBooths(db, older.Id, 9);
            var earlierBooths = AddBooths(db, earlier.Id, 4);
            var nowBooths = AddBooths(db, now.Id, 3);
            var (a, b, c) = (PlanBuilder.Organization("Viện A", "Institute A"), PlanBuilder.Organization("Viện B", "Institute B"), PlanBuilder.Organization("Viện C", "Institute C"));
            db.Organizations.AddRange(a, b, c);
            db.SaveChanges();
            PlanBuilder.Allocate(db, earlier.Id, a, earlierBooths[0], earlierBooths[1]);
            PlanBuilder.Allocate(db, earlier.Id, b, earlierBooths[2]);
            PlanBuilder.Allocate(db, now.Id, c, nowBooths[0]);
            Apply(db, earlier.Id, "Viện E", new DateTimeOffset(2022, 9, 27, 3, 0, 0, TimeSpan.Zero));
        }
        var afterOpening = new TestClock(new DateTimeOffset(2023, 9, 30, 2, 0, 0, TimeSpan.Zero));

        var comparison = await new EditionComparisonQuery(database.Factory, afterOpening).CompareAsync(current, Token);

        Assert.NotNull(comparison);
        Assert.Null(comparison.ApplicationsCutoff);
        Assert.Equal(new EditionFigureSet(2023, 3, 1, 1), comparison.This);
        // The edition just before, not the oldest: 2022.
        Assert.Equal(new EditionFigureSet(2022, 4, 2, 3), comparison.Previous);
    }

    [Fact]
    public async Task Compare_FirstEdition_HasNoPrevious_AndUnknownEditionGivesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var only = database.AddEdition(2023);
        var query = new EditionComparisonQuery(database.Factory, new TestClock(NineDaysBeforeOpening));

        var comparison = await query.CompareAsync(only.Id, Token);

        Assert.NotNull(comparison);
        Assert.Null(comparison.Previous);
        Assert.Null(comparison.ApplicationsCutoff);
        Assert.Null(await query.CompareAsync(only.Id + 100, Token));
    }

    private static void Apply(EventDbContext db, int editionId, string organization, DateTimeOffset submittedAt)
    {
        var applicant = PlanBuilder.Organization(organization, organization);
        db.Organizations.Add(applicant);
        db.SaveChanges();
        db.ExhibitorApplications.Add(new ExhibitorApplication { EditionId = editionId, OrganizationId = applicant.Id, SubmittedAt = submittedAt });
        db.SaveChanges();
    }

    private static Booth[] AddBooths(EventDbContext db, int editionId, int count)
    {
        var zone = PlanBuilder.Zone(editionId, "VT", "Viện trường", "#1565C0");
        db.Zones.Add(zone);
        db.SaveChanges();
        var booths = Enumerable.Range(1, count)
            .Select(i => new Booth { EditionId = editionId, ZoneId = zone.Id, Code = $"VT-{i:00}", X = 3 * i, Y = 0, Width = 3, Height = 3 })
            .ToArray();
        db.Booths.AddRange(booths);
        db.SaveChanges();
        return booths;
    }
}
