using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Exhibitors;
using TechconnectEvent.UnitTests.Support;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Matchmaking;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.UnitTests.Connections.Matchmaking;

public sealed class MatchmakingServiceTests : IAsyncDisposable
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly TestDatabase database = TestDatabase.Create();
    private readonly FakeActor actor = new();
    private readonly TestClock clock = new();
    private readonly ChangeNotifier<ConnectionChange> changes = new();
    private readonly int editionId;
    private readonly int enterprise;
    private readonly int institute;

    public MatchmakingServiceTests()
    {
        editionId = database.AddEdition().Id;
        using var db = database.CreateContext();
        var a = new Organization { Name = new("Công ty Năng lượng Xanh", "Green Energy Co."), Type = OrganizationType.Enterprise, ContactPerson = "Ông Trần Văn Nam", Email = "nam@xanh.vn" };
        var b = new Organization { Name = new("Viện Vật liệu", "Materials Institute"), Type = OrganizationType.Institute };
        db.Organizations.AddRange(a, b);
        db.SaveChanges();
        (enterprise, institute) = (a.Id, b.Id);
    }

    private MatchmakingService Service => new(database.Factory, actor, new EditionService(database.Factory, clock, actor), new AuditTrail(clock), clock, changes);

    private static ListingInput Input(string titleVi = "Pin lưu trữ năng lượng", string titleEn = "Energy storage battery") => new()
    {
        TitleVi = titleVi, TitleEn = titleEn, Field = TechnologyField.GreenEnergy, OfferType = TechnologyOfferType.Licensing,
        ContactName = "TS. Lê Thị Mai", ContactEmail = "mai@vien.vn",
    };

    [Fact]
    public async Task Contact_IsRefusedAnotherOrganisationsOffer_AndNothingChanges()
    {
        actor.Current = FakeActor.Exhibitor(institute);
        var theirs = (await Service.CreateOfferAsync(institute, Input(), Token)).Value;
        actor.Current = FakeActor.Exhibitor(enterprise);

        Assert.Equal("Forbidden", (await Service.CreateOfferAsync(institute, Input(), Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await Service.UpdateOfferAsync(theirs, Input("Đổi tên", "Renamed"), 0, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await Service.SetOfferPublishedAsync(theirs, false, 0, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await Service.DeleteOfferAsync(theirs, 0, Token)).Errors.Single().Code);
        Assert.Equal("Forbidden", (await Service.GetBoardAsync(institute, Token)).Errors.Single().Code);

        await using var db = database.CreateContext();
        var stored = await db.TechnologyOffers.SingleAsync(Token);
        Assert.Equal(("Pin lưu trữ năng lượng", 0L, true), (stored.Title.Vi, stored.Version, stored.IsPublished));
    }

    [Fact]
    public async Task Contact_CreatesEditsWithdrawsAndDeletes_WithAuditRowsAndChangesPublished()
    {
        using var recorder = new ChangeRecorder<ConnectionChange>(changes, new ConnectionChange(-1, ConnectionArea.Mous));
        actor.Current = FakeActor.Exhibitor(enterprise);

        var id = (await Service.CreateNeedAsync(enterprise, Input(), Token)).Value;
        Assert.True((await Service.UpdateNeedAsync(id, Input("Pin natri", "Sodium battery"), 0, Token)).Succeeded);
        Assert.True((await Service.SetNeedPublishedAsync(id, false, 1, Token)).Succeeded);
        var board = (await Service.GetBoardAsync(null, Token)).Value!;
        var need = Assert.Single(board.Needs);
        Assert.Equal(("Pin natri", false, 2L), (need.Title.Vi, need.IsPublished, need.Version));
        Assert.True((await Service.DeleteNeedAsync(id, 2, Token)).Succeeded);

        await using var db = database.CreateContext();
        Assert.Empty(await db.TechnologyNeeds.ToListAsync(Token));
        Assert.Equal(["connection.need.created", "connection.need.updated", "connection.need.withdrawn", "connection.need.deleted"],
            await db.AuditLog.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Token));
        Assert.All(await recorder.DeliveredAsync(), c => Assert.Equal(new ConnectionChange(editionId, ConnectionArea.OffersAndNeeds), c));
        Assert.Equal(4, (await recorder.DeliveredAsync()).Count);
    }

    [Fact]
    public async Task StaleVersion_IsAConflict_AndKeepsTheOtherPersonsChange()
    {
        actor.Current = FakeActor.Organiser();
        var id = (await Service.CreateOfferAsync(enterprise, Input(), Token)).Value;
        Assert.True((await Service.UpdateOfferAsync(id, Input("Bản của người thứ nhất", "First person's"), 0, Token)).Succeeded);

        var stale = await Service.UpdateOfferAsync(id, Input("Bản cũ", "Stale"), 0, Token);

        Assert.Equal("Concurrency", stale.Errors.Single().Code);
        await using var db = database.CreateContext();
        Assert.Equal("Bản của người thứ nhất", (await db.TechnologyOffers.SingleAsync(Token)).Title.Vi);
    }

    [Fact]
    public async Task InvalidInput_GivesAMessagePerField_AndWritesNothing()
    {
        actor.Current = FakeActor.Exhibitor(enterprise);
        var input = new ListingInput
        {
            TitleVi = "Có tiêu đề", TitleEn = " ", ContactName = "", ContactEmail = "not-an-email", ContactPhone = "abc",
            OfferType = TechnologyOfferType.Demonstration, DescriptionVi = new string('x', ConnectionLimits.Description + 1),
        };

        var result = await Service.CreateOfferAsync(enterprise, input, Token);

        Assert.Equal(
            [("TitleEn", "Match.TitleEnRequired"), ("DescriptionVi", "Validation.TooLong"), ("ContactName", "Match.ContactNameRequired"),
             ("OfferType", "Match.OfferTypeInvalid"), ("ContactEmail", "Match.EmailInvalid"), ("ContactPhone", "Match.PhoneInvalid")],
            result.Errors.Select(e => (e.Field, e.Code)));
        await using var db = database.CreateContext();
        Assert.Empty(await db.TechnologyOffers.ToListAsync(Token));
        Assert.Empty(await db.AuditLog.ToListAsync(Token));
    }

    [Fact]
    public async Task OneClickOffer_CopiesTheTechnology_AndASecondClickGivesTheSameOffer()
    {
        int technologyId;
        await using (var db = database.CreateContext())
        {
            var technology = new Technology
            {
                OrganizationId = enterprise, EditionId = null, Title = new("Pin mặt trời", "Solar cell"), Field = TechnologyField.GreenEnergy,
                OfferType = TechnologyOfferType.Demonstration, Description = "Hiệu suất cao",
            };
            db.Technologies.Add(technology);
            await db.SaveChangesAsync(Token);
            technologyId = technology.Id;
        }
        actor.Current = FakeActor.Exhibitor(enterprise);

        var first = await Service.OfferTechnologyAsync(technologyId, Token);
        var second = await Service.OfferTechnologyAsync(technologyId, Token);

        Assert.True(first.Value!.Created);
        Assert.Equal(new OneClickOffer(first.Value.OfferId, false), second.Value);
        await using var check = database.CreateContext();
        var offer = await check.TechnologyOffers.SingleAsync(Token);
        Assert.Equal(("Pin mặt trời", "Solar cell", TechnologyOfferType.Transfer, "Hiệu suất cao", "Ông Trần Văn Nam", "nam@xanh.vn", technologyId),
            (offer.Title.Vi, offer.Title.En, offer.OfferType, offer.Description.Vi, offer.ContactName, offer.ContactEmail, offer.TechnologyId));
        Assert.True((await Service.GetBoardAsync(null, Token)).Value!.Technologies.Single().IsOffered);

        actor.Current = FakeActor.Exhibitor(institute);
        Assert.Equal("Forbidden", (await Service.OfferTechnologyAsync(technologyId, Token)).Errors.Single().Code);
    }

    [Fact]
    public async Task Board_ShowsSuggestionsFromOtherOrganisations_WithTheirReasons()
    {
        actor.Current = FakeActor.Organiser();
        var offer = (await Service.CreateOfferAsync(institute, Input("Pin lưu trữ cho nhà máy", "Storage battery"), Token)).Value;
        await Service.CreateNeedAsync(enterprise, Input("Lưu trữ điện mặt trời", "Solar storage"), Token);
        actor.Current = FakeActor.Exhibitor(enterprise);

        var board = (await Service.GetBoardAsync(null, Token)).Value!;

        Assert.Empty(board.Offers);
        var suggestion = Assert.Single(Assert.Single(board.Needs).Suggestions);
        Assert.Equal((offer, "Viện Vật liệu", true), (suggestion.Id, suggestion.OrganizationName.Vi, suggestion.SameField));
        Assert.Equal(["lưu", "trữ", "storage"], suggestion.CommonWords);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
