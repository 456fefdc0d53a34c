using Microsoft.AspNetCore.Components;
using MudBlazor;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Localization;

public sealed class MudTextsTests : MudComponentTest
{
    [Fact]
    public void DataGridPager_SpeaksVietnamese()
    {
        var grid = Render(Grid());

        Assert.Contains("Số dòng mỗi trang", grid.Markup);
        Assert.Contains("1–10 trên 30", grid.Markup);
        Assert.DoesNotContain("Rows per page", grid.Markup);
    }

    internal static RenderFragment Grid() => builder =>
    {
        builder.OpenComponent<MudDataGrid<int>>(0);
        builder.AddAttribute(1, nameof(MudDataGrid<int>.Items), Enumerable.Range(1, 30).ToList());
        builder.AddAttribute(2, nameof(MudDataGrid<int>.Columns), (RenderFragment)(columns =>
        {
            columns.OpenComponent<PropertyColumn<int, int>>(0);
            columns.AddAttribute(1, nameof(PropertyColumn<int, int>.Property), (System.Linq.Expressions.Expression<Func<int, int>>)(x => x));
            columns.CloseComponent();
        }));
        builder.AddAttribute(3, nameof(MudDataGrid<int>.PagerContent), (RenderFragment)(pager =>
        {
            pager.OpenComponent<MudDataGridPager<int>>(0);
            pager.CloseComponent();
        }));
        builder.CloseComponent();
    };
}

public sealed class EnglishMudTextsTests() : MudComponentTest(ProductCultures.English)
{
    [Fact]
    public void DataGridPager_SpeaksEnglish()
    {
        var grid = Render(MudTextsTests.Grid());

        Assert.Contains("Rows per page", grid.Markup);
        Assert.Contains("1-10 of 30", grid.Markup);
    }
}
