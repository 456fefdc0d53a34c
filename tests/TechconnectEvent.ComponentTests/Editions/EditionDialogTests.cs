using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Editions.Pages;

namespace TechconnectEvent.ComponentTests.Editions;

public sealed class EditionDialogTests : MudComponentTest
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_WithoutYearOrName_ShowsMessagesNextToTheFieldsAndSavesNothing_ThenCreatesTheDraft()
    {
        SignInOrganiser();
        var source = Database.AddEdition();
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var input = new EditionInput { StartDate = new DateTime(2024, 10, 2), EndDate = new DateTime(2024, 10, 3) };
        var parameters = new DialogParameters<EditionDialog> { { d => d.Input, input }, { d => d.Sources, [] } };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await dialogs.ShowAsync<EditionDialog>("Tạo kỳ mới", parameters));

        await provider.Find("[data-testid=save-edition]").ClickAsync(new());

        provider.WaitForAssertion(() => Assert.Contains("Nhập năm trong khoảng 2000 đến 2100.", provider.Markup));
        // The message belongs to the name field: it is rendered inside that field's own container.
        Assert.Contains("Nhập tên tiếng Việt.", provider.Find($"[data-testid=edition-{EditionRules.Fields.NameVi}]").Closest(".mud-input-control")!.TextContent);
        await using (var db = Database.CreateDbContext())
        {
            Assert.Equal(1, await db.Editions.CountAsync(Ct));
        }

        Field(provider, "edition-year-field").Change("2024");
        Field(provider, $"edition-{EditionRules.Fields.NameVi}").Change("Techconnect và Đổi mới sáng tạo Việt Nam 2024");
        await provider.Find("[data-testid=save-edition]").ClickAsync(new());

        var result = await dialog!.Result.WaitAsync(TimeSpan.FromSeconds(5), Ct);
        Assert.False(result!.Canceled);
        await using var check = Database.CreateDbContext();
        var created = await check.Editions.SingleAsync(e => e.Year == 2024, Ct);
        Assert.Equal((EditionStatus.Draft, "Techconnect và Đổi mới sáng tạo Việt Nam 2024"), (created.Status, created.Name.Vi));
        Assert.NotEqual(source.Id, created.Id);
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<MudDialogProvider> provider, string testId)
    {
        var element = provider.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }
}
