using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Registrations.Badges;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Features.Registrations.Admin.Pages;
using TechconnectEvent.Web.Features.Registrations.Badges;
using TechconnectEvent.Web.Infrastructure.Jobs;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.ComponentTests.Registrations.Admin;

public sealed class RegistrationGridTests() : MudComponentTest(configureServices: services => services
    .AddPdf().AddBadges().AddSingleton<IBackgroundJobs>(new FakeBackgroundJobs()))
{
    private static RegistrationRow Row(int id, string name, RegistrationStatus status) => new(id, name, "Đại học Bách khoa Hà Nội", null,
        $"p{id}@example.com", null, 1, new LocalizedText("Báo chí", "Press"), "#37474F", status, RegistrationSource.Online,
        new DateTimeOffset(2023, 9, 1, 1, 0, 0, TimeSpan.Zero), false, 1);

    private readonly List<(RegistrationSort Sort, bool Descending, int Page, int Size)> requests = [];

    private Task<RegistrationPage> Load(RegistrationSort sort, bool descending, int page, int size, CancellationToken _)
    {
        requests.Add((sort, descending, page, size));
        return Task.FromResult(new RegistrationPage([Row(1, "Nguyễn Thị Hồng Nhung", RegistrationStatus.Pending), Row(2, "이민호", RegistrationStatus.Confirmed)], 120));
    }

    [Fact]
    public void Rows_FromTheServer_ShowWithTheirStatusAndTheTotal()
    {
        var grid = Render<RegistrationGrid>(p => p.Add(g => g.Load, Load).Add(g => g.MayDecide, true).Add(g => g.MayEdit, true));

        grid.WaitForAssertion(() => Assert.Equal(["Nguyễn Thị Hồng Nhung", "이민호"], grid.FindAll("[data-testid=registration-name]").Select(e => e.TextContent)));
        Assert.Equal(["Chờ duyệt", "Đã xác nhận"], grid.FindAll("[data-testid=registration-status]").Select(e => e.TextContent.Trim()));
        // Only the Pending row can be approved or rejected; both can be cancelled and edited.
        Assert.Single(grid.FindAll("[data-testid=approve]"));
        Assert.Single(grid.FindAll("[data-testid=reject]"));
        Assert.Equal(2, grid.FindAll("[data-testid=cancel]").Count);
        // Only the confirmed person has a badge to print or reissue.
        Assert.Single(grid.FindAll("[data-testid=badge-actions]"));
        Assert.Contains("120", grid.Find(".mud-table-pagination").TextContent);
        Assert.Equal((RegistrationSort.Name, false, 0, 50), requests[0]);
    }

    [Fact]
    public async Task AChangedFilter_StartsAgainFromTheFirstPage()
    {
        var grid = Render<RegistrationGrid>(p => p.Add(g => g.Load, Load));
        grid.WaitForAssertion(() => Assert.Single(requests));
        await grid.InvokeAsync(() => grid.FindComponent<MudBlazor.MudDataGrid<RegistrationRow>>().Instance.NavigateTo(MudBlazor.Page.Next));
        grid.WaitForAssertion(() => Assert.Equal(1, requests[^1].Page));

        await grid.InvokeAsync(() => grid.Instance.ReloadAsync(firstPage: true));

        grid.WaitForAssertion(() => Assert.Equal(0, requests[^1].Page));
    }

    [Fact]
    public void WithoutRights_NoActionIsOffered()
    {
        var grid = Render<RegistrationGrid>(p => p.Add(g => g.Load, Load));

        grid.WaitForAssertion(() => Assert.Equal(2, grid.FindAll("[data-testid=registration-name]").Count));
        Assert.Empty(grid.FindAll("[data-testid=approve], [data-testid=reject], [data-testid=cancel], [data-testid=edit]"));
    }

    [Fact]
    public void Empty_SaysWhatToDo()
    {
        var grid = Render<RegistrationGrid>(p => p.Add(g => g.Load, (_, _, _, _, _) => Task.FromResult(new RegistrationPage([], 0))));

        grid.WaitForAssertion(() => Assert.Contains("/register", grid.Find("[data-testid=registrations-empty]").TextContent));
    }
}
