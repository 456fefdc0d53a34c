using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Hosting;

namespace TechconnectEvent.IntegrationTests.Connections.Matchmaking;

public sealed class ConnectPageTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private const string OfferTitle = "Pin lưu trữ năng lượng Zeta";
    private const string NeedTitle = "Xử lý nước thải thủy sản Zeta";
    private const string HiddenTitle = "Bản nháp chưa công bố Zeta";
    private const string SecretEmail = "bi-mat-zeta@vien.vn";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task EnsureListingsAsync()
    {
        var dbFactory = factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(Token);
        if (await db.TechnologyOffers.AnyAsync(o => o.Title.Vi == OfferTitle, Token))
        {
            return;
        }
        var edition = await EditionService.CurrentQuery(db).FirstAsync(Token);
        var organization = new Organization { Name = new("Viện Khoa học Zeta", "Zeta Science Institute"), Type = OrganizationType.Institute };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(Token);
        TechnologyOffer Offer(string vi, string en, bool published) => new()
        {
            EditionId = edition.Id, OrganizationId = organization.Id, Field = TechnologyField.GreenEnergy, OfferType = TechnologyOfferType.Licensing,
            Title = new(vi, en), Description = new("Pin natri cho hộ gia đình", "Sodium battery for households"),
            ContactName = "TS. Lê Thị Mai", ContactEmail = SecretEmail, ContactPhone = "0912 345 678", IsPublished = published,
        };
        db.TechnologyOffers.AddRange(Offer(OfferTitle, "Zeta energy storage battery", true), Offer(HiddenTitle, "Zeta draft", false));
        db.TechnologyNeeds.Add(new TechnologyNeed
        {
            EditionId = edition.Id, OrganizationId = organization.Id, Field = TechnologyField.Agriculture,
            Title = new(NeedTitle, "Zeta aquaculture wastewater treatment"), ContactName = "Ông Phạm Văn Hải", ContactEmail = SecretEmail,
        });
        await db.SaveChangesAsync(Token);
        await factory.Services.GetRequiredService<PublicPageCache>().EvictAsync(Token);
    }

    [Fact]
    public async Task Anonymous_GetsAStaticLabelledPage_WithPublishedItemsOnly_AndNoContactDetails()
    {
        await EnsureListingsAsync();
        var client = BrowserClient.Create(factory, "vi-VN");

        var response = await client.GetAsync("/connect", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Token);
        Assert.Contains("<title>Cung – cầu công nghệ", html);
        Assert.Matches("<label for=\"connect-q\"[^>]*>", html);
        Assert.Matches("<label for=\"connect-field\"[^>]*>", html);
        Assert.Matches("<label for=\"connect-kind\"[^>]*>", html);
        Assert.Contains(OfferTitle, html);
        Assert.Contains(NeedTitle, html);
        Assert.Contains("TS. Lê Thị Mai", html);
        Assert.DoesNotContain(HiddenTitle, html);
        Assert.DoesNotContain(SecretEmail, html);
        Assert.DoesNotContain("0912 345 678", html);
        Assert.Contains("connections/request?offer=", html);
        // Static rendering: no interactive component marker, so no circuit is opened.
        Assert.DoesNotContain("\"type\":\"server\"", html);
    }

    [Fact]
    public async Task FoldedSearch_FieldAndKindFilters_NarrowTheList()
    {
        await EnsureListingsAsync();
        var client = BrowserClient.Create(factory, "vi-VN");

        var folded = await client.GetStringAsync("/connect?q=nang+luong+zeta", Token);
        var english = await client.GetStringAsync("/connect?q=wastewater+zeta", Token);
        var byField = await client.GetStringAsync("/connect?q=zeta&field=Agriculture", Token);
        var needsOnly = await client.GetStringAsync("/connect?q=zeta&kind=Need", Token);
        var byFieldName = await client.GetStringAsync("/connect?q=nong+nghiep+zeta", Token);

        Assert.Contains(OfferTitle, folded);
        Assert.DoesNotContain(NeedTitle, folded);
        Assert.Contains(NeedTitle, english);
        Assert.DoesNotContain(OfferTitle, english);
        Assert.Contains(NeedTitle, byField);
        Assert.DoesNotContain(OfferTitle, byField);
        Assert.Contains(NeedTitle, needsOnly);
        Assert.DoesNotContain(OfferTitle, needsOnly);
        Assert.Contains(NeedTitle, byFieldName);
        Assert.DoesNotContain(OfferTitle, byFieldName);
    }

    [Fact]
    public async Task English_ShowsEnglishTitlesAndLabels_AndNoMatchSaysSo()
    {
        await EnsureListingsAsync();
        var client = BrowserClient.Create(factory, "en-US");

        var html = await client.GetStringAsync("/connect?q=zeta", Token);
        var none = await client.GetStringAsync("/connect?q=zzzz-nothing", Token);

        Assert.Contains("<title>Technology supply and demand", html);
        Assert.Contains("Zeta energy storage battery", html);
        Assert.Contains("Green energy", html);
        Assert.Contains("data-testid=\"connect-no-match\"", none);
    }
}
