using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.UnitTests.Booths;

/// <summary>The booths grid's search box, run in the database.</summary>
public sealed class BoothSearchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ĐẠI HỌC")]
    [InlineData("đại học bách")]
    [InlineData("hanoi university")]
    [InlineData("ai-0")]
    public async Task ExhibitorNameInEitherLanguageOrCode_FindsTheBooth(string search)
    {
        await using var bed = await SeededAsync();

        var found = await bed.Booths.QueryAsync(bed.EditionId, new BoothFilter(Search: search), Ct);

        Assert.Equal("AI-01", Assert.Single(found).Code);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("vien han lam")]
    public async Task NothingMatching_FindsNoBooth(string search)
    {
        await using var bed = await SeededAsync();

        Assert.Empty(await bed.Booths.QueryAsync(bed.EditionId, new BoothFilter(Search: search), Ct));
    }

    [Fact]
    public async Task Search_RunsInSqlOnTheFoldedNameKey()
    {
        await using var bed = await BoothTestBed.CreateAsync();
        await using var db = bed.Database.CreateContext();

        var sql = db.Booths.Matching(db, "dai hoc").ToQueryString();

        Assert.Contains("\"NameKey\" LIKE", sql);
        Assert.Contains("lower(\"b\".\"Code\") LIKE", sql);
    }

    private static async Task<BoothTestBed> SeededAsync()
    {
        var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        var allocated = await bed.AddBoothAsync(zone.Id, "AI-01", 0, 0);
        await bed.AddBoothAsync(zone.Id, "BX-02", 3, 0);
        var organization = await bed.AllocateAsync(allocated, OrganizationType.University, "Đại học Bách khoa Hà Nội");
        await using var db = bed.Database.CreateContext();
        var stored = await db.Organizations.SingleAsync(o => o.Id == organization.Id, Ct);
        stored.Name = stored.Name with { En = "Hanoi University of Science and Technology" };
        await db.SaveChangesAsync(Ct);
        return bed;
    }
}
