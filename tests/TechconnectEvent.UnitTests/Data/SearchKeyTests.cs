using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.FloorPlan;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Data;

/// <summary>The folded keys follow every write, whichever way a service saves.</summary>
public sealed class SearchKeyTests
{
    [Fact]
    public async Task NewOrganisation_GetsItsKeyFromBothNamesAndTheShortName()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await AddAsync(database, PlanBuilder.Organization("Đại học Bách khoa Hà Nội", "Hanoi University of Science and Technology", "HUST"));

        Assert.Equal("dai hoc bach khoa ha noi | hanoi university of science and technology | hust", await KeyAsync(database, id));
    }

    [Fact]
    public async Task RenamedOrganisation_TrackedOrAttached_GetsANewKey()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await AddAsync(database, PlanBuilder.Organization("Công ty Hạ Long", "Ha Long Company"));

        await using (var db = database.CreateContext())
        {
            var tracked = await db.Organizations.SingleAsync(o => o.Id == id, TestContext.Current.CancellationToken);
            tracked.Name = new LocalizedText("Tập đoàn Đông Bắc", "Northeast Corporation");
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        Assert.Equal("tap doan dong bac | northeast corporation", await KeyAsync(database, id));

        await using (var db = database.CreateContext())
        {
            var detached = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id, TestContext.Current.CancellationToken);
            detached.ShortName = "ĐB";
            db.Organizations.Update(detached);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        Assert.Equal("tap doan dong bac | northeast corporation | db", await KeyAsync(database, id));
    }

    [Fact]
    public async Task Technology_GetsItsKeyFromBothTitles()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organizationId = await AddAsync(database, PlanBuilder.Organization("Viện Năng lượng", "Institute of Energy"));
        await using var db = database.CreateContext();
        var technology = new Technology { OrganizationId = organizationId, Title = new LocalizedText("Điện gió ngoài khơi", "Offshore wind power") };
        db.Technologies.Add(technology);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var key = await db.Technologies.Where(t => t.Id == technology.Id).Select(t => t.TitleKey).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("dien gio ngoai khoi | offshore wind power", key);
    }

    [Fact]
    public async Task Backfill_FillsOnlyMissingKeys()
    {
        await using var database = await TestDatabase.CreateAsync();
        var missing = await AddAsync(database, PlanBuilder.Organization("Sở Khoa học và Công nghệ Quảng Ninh", "Quang Ninh Department of Science and Technology"));
        var present = await AddAsync(database, PlanBuilder.Organization("Viện Hóa học", "Institute of Chemistry"));
        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE Organizations SET NameKey = '' WHERE Id = {missing}", TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlAsync($"UPDATE Organizations SET NameKey = 'kept' WHERE Id = {present}", TestContext.Current.CancellationToken);
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(1, await SearchKeyBackfill.RunAsync(db, TestContext.Current.CancellationToken));
        }

        Assert.Equal("so khoa hoc va cong nghe quang ninh | quang ninh department of science and technology", await KeyAsync(database, missing));
        Assert.Equal("kept", await KeyAsync(database, present));
    }

    private static async Task<int> AddAsync(TestDatabase database, Organization organization)
    {
        await using var db = database.CreateContext();
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return organization.Id;
    }

    private static async Task<string> KeyAsync(TestDatabase database, int id)
    {
        await using var db = database.CreateContext();
        return await db.Organizations.Where(o => o.Id == id).Select(o => o.NameKey).SingleAsync(TestContext.Current.CancellationToken);
    }
}
