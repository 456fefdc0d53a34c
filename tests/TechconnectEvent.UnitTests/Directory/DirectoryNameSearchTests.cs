using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.FloorPlan;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Directory;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.UnitTests.ExhibitorDirectory;

/// <summary>The directory's text search, in the database against the folded keys.</summary>
public sealed class DirectoryNameSearchTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private int editionId;
    private int academy;
    private int university;
    private int haLong;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var edition = PlanBuilder.Edition();
        db.Editions.Add(edition);
        db.SaveChanges();
        editionId = edition.Id;
        var zone = PlanBuilder.Zone(editionId, "VT", "Viện nghiên cứu và trường đại học", "#1565C0");
        db.Zones.Add(zone);
        db.SaveChanges();
        var booths = Enumerable.Range(1, 3)
            .Select(i => new Booth { EditionId = editionId, ZoneId = zone.Id, Code = $"VT-0{i}", X = 3 * i, Y = 0, Width = 3, Height = 3 })
            .ToArray();
        db.Booths.AddRange(booths);
        var vast = PlanBuilder.Organization("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Vietnam Academy of Science and Technology", "VAST");
        var hust = PlanBuilder.Organization("Đại học Bách khoa Hà Nội", "Hanoi University of Science and Technology", "HUST");
        var company = PlanBuilder.Organization("Công ty Cổ phần Công nghệ Hạ Long", "Ha Long Technology JSC");
        // Same words as the academy, but with no booth in this edition: never listed.
        var absent = PlanBuilder.Organization("Viện Hàn lâm Khoa học xã hội Việt Nam", "Vietnam Academy of Social Sciences");
        db.Organizations.AddRange(vast, hust, company, absent);
        db.SaveChanges();
        PlanBuilder.Allocate(db, editionId, vast, booths[0]);
        PlanBuilder.Allocate(db, editionId, hust, booths[1]);
        PlanBuilder.Allocate(db, editionId, company, booths[2]);
        db.Technologies.Add(new Technology
        {
            OrganizationId = company.Id, EditionId = editionId, Title = new LocalizedText("Điện gió ngoài khơi", "Offshore wind power"),
            Field = TechnologyField.GreenEnergy,
        });
        db.SaveChanges();
        (academy, university, haLong) = (vast.Id, hust.Id, company.Id);
    }

    [Theory]
    [InlineData("vien han lam")]
    [InlineData("Viện Hàn lâm")]
    [InlineData("VAST")]
    [InlineData("academy vietnam")]
    public void Name_WithOrWithoutDiacritics_InEitherLanguage_FindsTheAcademy(string query) =>
        Assert.Equal([academy], Found(query));

    [Fact]
    public void UpperCaseWithDiacritics_FindsTheUniversity() =>
        Assert.Equal([university], Found("ĐẠI HỌC"));

    [Fact]
    public void TechnologyTitle_FindsItsExhibitor() =>
        Assert.Equal([haLong], Found("dien gio"));

    [Fact]
    public void EveryWordMustMatch() =>
        Assert.Empty(Found("vien han lam bach khoa"));

    [Fact]
    public void LikeWildcardsInTheQuery_AreTakenLiterally() =>
        Assert.Empty(Found("%"));

    [Fact]
    public void Query_FiltersInSqlOnTheFoldedKeys()
    {
        using var db = database.CreateContext();

        var sql = ExhibitorDirectoryService.NameMatches(db, editionId, TextFolding.Words("vien han lam")).ToQueryString();

        Assert.Contains("\"NameKey\" LIKE", sql);
        Assert.Contains("\"TitleKey\" LIKE", sql);
    }

    [Fact]
    public async Task SearchAsync_ListsOnlyTheExhibitorsFoundByName()
    {
        var service = new ExhibitorDirectoryService(new FloorPlanQuery(database.Factory, new EditionService(database.Factory, new TestClock(), FixedActor.System), new TestClock()), database.Factory);

        var result = await service.SearchAsync(DirectorySearch.FromQuery("han lam", null, null), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([academy], result.Entries.Select(e => e.Exhibitor.OrganizationId));
        Assert.Equal(3, result.TotalExhibitors);
    }

    private List<int> Found(string query)
    {
        using var db = database.CreateContext();
        return ExhibitorDirectoryService.NameMatches(db, editionId, TextFolding.Words(query)).OrderBy(id => id).ToList();
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();
}
