using System.Globalization;
using TechconnectEvent.UnitTests.FloorPlan;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Directory;
using TechconnectEvent.Web.Features.FloorPlan;

namespace TechconnectEvent.UnitTests.ExhibitorDirectory;

public sealed class ExhibitorDirectorySearchTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly FloorPlanExhibitor HaLong = PlanBuilder.Exhibitor(1, "Công ty Cổ phần Công nghệ Hạ Long", "Ha Long Technology JSC", null,
        new FloorPlanTechnology(1, new("Giám sát vịnh bằng trí tuệ nhân tạo", "AI bay monitoring"), TechnologyField.ArtificialIntelligence, TechnologyOfferType.Transfer));
    private static readonly FloorPlanExhibitor QuangNinh = PlanBuilder.Exhibitor(2, "Ủy ban nhân dân tỉnh Quảng Ninh", "Quang Ninh Provincial People's Committee", "UBND tỉnh Quảng Ninh",
        new FloorPlanTechnology(2, new("Điện gió ngoài khơi", "Offshore wind"), TechnologyField.GreenEnergy, TechnologyOfferType.Demonstration));

    private static readonly FloorPlanData Plan = PlanBuilder.Plan(
        PlanBuilder.Booth(1, "AI-01", PlanBuilder.Ai, 0, BoothStatus.Allocated, HaLong),
        PlanBuilder.Booth(2, "DP-01", PlanBuilder.Localities, 3, BoothStatus.Allocated, HaLong),
        PlanBuilder.Booth(3, "DP-02", PlanBuilder.Localities, 6, BoothStatus.Allocated, QuangNinh),
        PlanBuilder.Booth(4, "AI-02", PlanBuilder.Ai, 9));

    [Fact]
    public void Query_KeepsTheExhibitorsTheDatabaseFoundByName_AndHighlightsTheirBooths()
    {
        var result = ExhibitorDirectoryService.Search(Plan, DirectorySearch.FromQuery("ha long", null, null), new HashSet<int> { 1 }, Vietnamese);

        Assert.Equal([1], result.Entries.Select(e => e.Exhibitor.OrganizationId));
        Assert.Equal(new HashSet<int> { 1, 2 }, result.Highlight);
    }

    [Fact]
    public void Zone_KeepsExhibitorsWithABoothThere_AndHighlightsOnlyThoseBooths()
    {
        var result = Search(null, "ai", null);

        var entry = Assert.Single(result.Entries);
        Assert.Equal(1, entry.Exhibitor.OrganizationId);
        Assert.Equal(["AI-01", "DP-01"], entry.Booths.Select(b => b.Code));
        Assert.Equal(new HashSet<int> { 1 }, result.Highlight);
    }

    [Fact]
    public void Field_KeepsExhibitorsShowingATechnologyOfThatField() =>
        Assert.Equal([2], Search(null, null, "GreenEnergy").Entries.Select(e => e.Exhibitor.OrganizationId));

    [Fact]
    public void NoCriteria_ListsEveryExhibitorByName_AndHighlightsNothing()
    {
        var result = Search(null, null, null);

        Assert.Equal(["Công ty Cổ phần Công nghệ Hạ Long", "Ủy ban nhân dân tỉnh Quảng Ninh"], result.Entries.Select(e => e.Exhibitor.Name.Vi));
        Assert.Empty(result.Highlight);
        Assert.Equal(2, result.TotalExhibitors);
    }

    [Fact]
    public void NoMatch_IsAnEmptyListThatStillCountsTheExhibitors()
    {
        var result = Search("vinfast", null, null);

        Assert.Empty(result.Entries);
        Assert.Empty(result.Highlight);
        Assert.Equal(2, result.TotalExhibitors);
    }

    [Fact]
    public void UnknownZone_MatchesNobody() =>
        Assert.Empty(Search(null, "ZZ", null).Entries);

    [Theory]
    [InlineData("Robots")]
    [InlineData("5")]
    [InlineData("<script>")]
    public void UnknownField_IsIgnoredRatherThanAnError(string field) =>
        Assert.Null(DirectorySearch.FromQuery(null, null, field).Field);

    [Fact]
    public void LongQuery_IsCut()
    {
        var search = DirectorySearch.FromQuery(new string('a', 500), null, null);

        Assert.Equal(DirectorySearch.MaxQueryLength, search.Query!.Length);
    }

    private static DirectoryResult Search(string? query, string? zone, string? field) =>
        ExhibitorDirectoryService.Search(Plan, DirectorySearch.FromQuery(query, zone, field), query is null ? null : new HashSet<int>(), Vietnamese);
}
