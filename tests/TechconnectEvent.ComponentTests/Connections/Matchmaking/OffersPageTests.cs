using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Matchmaking;
using TechconnectEvent.Web.Features.Connections.Matchmaking.Pages;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.ComponentTests.Connections.Matchmaking;

public sealed class OffersPageTests : MudComponentTest
{
    private readonly int supplier;
    private readonly int offerId;
    private readonly int needId;
    private readonly int technologyId;

    public OffersPageTests() : base(configureServices: services => services.AddScoped<MatchmakingService>())
    {
        var edition = Database.AddEdition();
        using var db = Database.CreateContext();
        var a = new Organization { Name = new("Viện Năng lượng", "Energy Institute"), Type = OrganizationType.Institute, ContactPerson = "TS. Lê Thị Mai" };
        var b = new Organization { Name = new("Hợp tác xã Hạ Long", "Ha Long Cooperative"), Type = OrganizationType.Cooperative };
        db.Organizations.AddRange(a, b);
        db.SaveChanges();
        var offer = new TechnologyOffer
        {
            EditionId = edition.Id, OrganizationId = a.Id, Field = TechnologyField.GreenEnergy, Title = new("Pin lưu trữ điện mặt trời", "Solar storage battery"),
            ContactName = "TS. Lê Thị Mai",
        };
        var need = new TechnologyNeed
        {
            EditionId = edition.Id, OrganizationId = b.Id, Field = TechnologyField.GreenEnergy, Title = new("Cần pin lưu trữ cho trang trại", "Battery storage for a farm"),
            ContactName = "Ông Phạm Văn Hải",
        };
        var technology = new Technology { OrganizationId = a.Id, EditionId = edition.Id, Title = new("Tua-bin gió mini", "Mini wind turbine"), Field = TechnologyField.GreenEnergy };
        db.AddRange(offer, need, technology);
        db.SaveChanges();
        (supplier, offerId, needId, technologyId) = (a.Id, offer.Id, need.Id, technology.Id);
    }

    private void SignInContact(int organizationId)
    {
        Auth.SetAuthorized("contact@test.local");
        Auth.SetRoles(Roles.Exhibitor);
        Actor = Actor.From(new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "u2"), new Claim(ClaimTypes.Name, "contact@test.local"), new Claim(ClaimTypes.Role, Roles.Exhibitor),
            new Claim(Actor.OrganizationClaim, organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ], "test")));
    }

    [Fact]
    public void Contact_SeesTheSuggestedNeedWithItsReasons_AndARequestLink()
    {
        SignInContact(supplier);

        var page = Render<OffersPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=suggestion]")));
        var suggestion = page.Find("[data-testid=suggestion]");
        Assert.Contains("Cần pin lưu trữ cho trang trại", suggestion.TextContent);
        Assert.Equal("Cùng lĩnh vực: Năng lượng xanh · Từ chung: pin, lưu, trữ, storage, battery", page.Find("[data-testid=reasons]").TextContent.Trim());
        Assert.Equal($"connections/request?offer={offerId}&need={needId}", page.Find("[data-testid=request-meeting]").GetAttribute("href"));
    }

    [Fact]
    public void OneClickButton_OffersTheExhibitedTechnology_AndThenShowsOffered()
    {
        SignInContact(supplier);
        var page = Render<OffersPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=offer-technology]")));

        page.Find("[data-testid=offer-technology]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=offered]")));
        Assert.Empty(page.FindAll("[data-testid=offer-technology]"));
        using var db = Database.CreateContext();
        Assert.Single(db.TechnologyOffers, o => o.TechnologyId == technologyId);
    }
}
