using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Admin;

namespace TechconnectEvent.UnitTests.Registrations.Admin;

public sealed class RegistrationGridQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("nguyen hong")]
    [InlineData("Nguyễn Hồng")]
    [InlineData("HA LONG")]
    public async Task Search_FindsWithOrWithoutDiacritics(string query)
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        await bed.AddAsync("Nguyễn Thị Hồng", organization: "Đại học Hạ Long");
        await bed.AddAsync("Trần Văn Nam", organization: "Công ty Sao Đỏ");

        var page = await bed.Grid.PageAsync(bed.EditionId, new RegistrationPageRequest(new RegistrationFilter(Search: query)), Ct);

        Assert.Equal("Nguyễn Thị Hồng", Assert.Single(page.Rows).FullName);
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task Filter_CategoryAndStatus_CountsTheSameRowsItPages()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await bed.AddAsync($"Báo chí {i}", RegistrationCategoryDefaults.Press, RegistrationStatus.Pending);
        }
        await bed.AddAsync("Báo chí đã duyệt", RegistrationCategoryDefaults.Press);
        await bed.AddAsync("Khách chờ", RegistrationCategoryDefaults.Visitor, RegistrationStatus.Pending);
        var filter = new RegistrationFilter(bed.CategoryIds[RegistrationCategoryDefaults.Press], RegistrationStatus.Pending);

        var page = await bed.Grid.PageAsync(bed.EditionId, new RegistrationPageRequest(filter, Page: 1, PageSize: 2), Ct);

        Assert.Equal(5, page.Total);
        Assert.Equal(["Báo chí 2", "Báo chí 3"], page.Rows.Select(r => r.FullName));
    }

    [Fact]
    public async Task NeedsApproval_ShowsPendingAndWaitlistedOnly_OfThisEdition()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        await bed.AddAsync("Chờ duyệt", status: RegistrationStatus.Pending);
        await bed.AddAsync("Danh sách chờ", status: RegistrationStatus.Waitlisted);
        await bed.AddAsync("Đã xác nhận");
        var other = bed.Database.AddEdition(2024, isCurrent: false);
        await bed.AddAsync("Năm sau", status: RegistrationStatus.Pending, editionId: other.Id);

        var page = await bed.Grid.PageAsync(bed.EditionId, new RegistrationPageRequest(new RegistrationFilter(NeedsApproval: true)), Ct);

        Assert.Equal(["Chờ duyệt", "Danh sách chờ"], page.Rows.Select(r => r.FullName));
    }

    [Fact]
    public async Task Sort_OrganisationDescending_ThenByName()
    {
        await using var bed = await RegistrationTestBed.CreateAsync();
        await bed.AddAsync("B", organization: "Alpha");
        await bed.AddAsync("A", organization: "Zeta");
        await bed.AddAsync("C", organization: "Alpha");

        var page = await bed.Grid.PageAsync(bed.EditionId,
            new RegistrationPageRequest(RegistrationFilter.None, RegistrationSort.Organization, Descending: true), Ct);

        Assert.Equal(["A", "B", "C"], page.Rows.Select(r => r.FullName));
    }
}
