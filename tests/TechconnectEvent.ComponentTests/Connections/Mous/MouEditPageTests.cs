using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Mous;
using TechconnectEvent.Web.Features.Connections.Mous.Pages;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Connections.Mous;

public sealed class MouEditPageTests : MudComponentTest
{
    public MouEditPageTests() : base(configureServices: services =>
    {
        services.AddSingleton(new MouDocumentOptions(Path.Combine(Path.GetTempPath(), "tc-mou-docs", Guid.NewGuid().ToString("N"))));
        services.AddScoped<MouService>();
        services.AddScoped<MouDocumentStore>();
    })
    {
    }

    [Fact]
    public void ProposedMouWithOneParty_PreparedButtonIsDisabled_AndListsWhatIsMissing()
    {
        SignInOrganiser();
        var edition = Database.AddEdition();
        int id;
        using (var db = Database.CreateContext())
        {
            var organization = new Organization { Name = new LocalizedText("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "VAST") };
            db.Organizations.Add(organization);
            db.SaveChanges();
            var mou = new Mou
            {
                EditionId = edition.Id, Title = new LocalizedText("Ghi nhớ hợp tác năng lượng xanh", "Green energy MoU"),
                Parties = [new MouParty { OrganizationId = organization.Id, SortOrder = 1, SignatoryName = "TS. Lê Thị Mai", SignatoryPosition = "" }],
            };
            db.Mous.Add(mou);
            db.SaveChanges();
            id = mou.Id;
        }

        var page = Render<MouEditPage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.True(page.Find("[data-testid=mou-next]").HasAttribute("disabled")));
        var missing = page.Find("[data-testid=mou-missing]").TextContent;
        Assert.Contains("Cần ít nhất 2 bên ký (hiện có 1)", missing);
        Assert.Contains("Bên 1 cần tên và chức vụ người ký", missing);
        Assert.Contains("Ghi nhớ hợp tác năng lượng xanh", page.Find("h1").TextContent);
    }
}
