using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using BoothsPage = TechconnectEvent.Web.Features.Booths.Pages.Booths;

namespace TechconnectEvent.ComponentTests.Booths;

/// <summary>In an archived edition the booths page still shows and exports everything, but offers no change.</summary>
public sealed class BoothsReadOnlyTests() : HoldComponentTest(services => services
    .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
    .AddBoothManagement())
{
    private static readonly string[] PageActions = ["add-booth", "generate", "import", "prices"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryWriteAction_IsDisabledExactlyWhenTheEditionIsReadOnly_ExportStaysAvailable(bool readOnly)
    {
        AddBooth("A-001");

        var page = Render<BoothsPage>(p => p.AddCascadingValue(new EditionAccess(EditionId, readOnly)));

        page.WaitForElement("[data-testid=allocate-A-001]");
        Assert.All(PageActions, id => Assert.Equal(readOnly, page.Find($"button[data-testid={id}]").HasAttribute("disabled")));
        // Allocate, hold, edit, block and delete for an available booth.
        var rowActions = page.FindAll("tbody tr button");
        Assert.Equal(5, rowActions.Count);
        Assert.All(rowActions, button => Assert.Equal(readOnly, button.HasAttribute("disabled")));
        Assert.False(page.Find(".mud-menu button").HasAttribute("disabled"));
    }
}
