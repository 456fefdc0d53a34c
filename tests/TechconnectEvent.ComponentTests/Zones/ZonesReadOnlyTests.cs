using Bunit;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Localization;
using ZonesPage = TechconnectEvent.Web.Features.Zones.Pages.Zones;

namespace TechconnectEvent.ComponentTests.Zones;

/// <summary>The layout cascades whether the working edition is archived; the zones page disables its writes then.</summary>
public sealed class ZonesReadOnlyTests : MudComponentTest
{
    private readonly int editionId;

    public ZonesReadOnlyTests() : base(configureServices: services => services.AddZones())
    {
        SignInOrganiser();
        editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        db.Zones.Add(new Zone { EditionId = editionId, Code = "AI", Name = new LocalizedText("Trí tuệ nhân tạo", "Artificial intelligence") });
        db.SaveChanges();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AddEditAndArchive_AreDisabledExactlyWhenTheEditionIsReadOnly(bool readOnly)
    {
        var page = Render<ZonesPage>(p => p.AddCascadingValue(new EditionAccess(editionId, readOnly)));

        page.WaitForAssertion(() => Assert.Contains("AI", page.Find("tbody tr").TextContent, StringComparison.Ordinal));
        Assert.Equal(readOnly, page.Find("button[data-testid=add-zone]").HasAttribute("disabled"));
        var rowActions = page.FindAll("tbody tr button");
        // Edit and archive.
        Assert.Equal(2, rowActions.Count);
        Assert.All(rowActions, button => Assert.Equal(readOnly, button.HasAttribute("disabled")));
    }
}
