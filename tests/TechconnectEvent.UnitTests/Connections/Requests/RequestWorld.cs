using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Requests;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.UnitTests.Connections.Requests;

/// <summary>Three organisations of the 2023 edition, each with a published offer and need, and the request service acting as anyone.</summary>
internal sealed class RequestWorld : IAsyncDisposable
{
    private RequestWorld(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public TestClock Clock { get; } = new();
    public ChangeNotifier<ConnectionChange> Changes { get; } = new();
    public Actor Actor { get; set; } = Actor.System;
    public int EditionId { get; private set; }
    public int A { get; private set; }
    public int B { get; private set; }
    public int C { get; private set; }
    public Dictionary<int, int> OfferOf { get; } = [];
    public Dictionary<int, int> NeedOf { get; } = [];

    public MeetingRequestService Service
    {
        get
        {
            var services = new ServiceCollection().AddLogging().AddProductLocalization().BuildServiceProvider();
            var outbox = new Outbox(new MailTemplates(services.GetRequiredService<IStringLocalizer<SharedResource>>()), Clock);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PublicLinks.BaseUrlSetting] = "https://techconnect.test" }).Build();
            var links = new PublicLinks(configuration, new HttpContextAccessor(), services);
            return new MeetingRequestService(Database.Factory, new ActorSource(() => Actor), new AuditTrail(Clock), new RequestMails(outbox, links), Changes, Clock);
        }
    }

    public static async Task<RequestWorld> CreateAsync()
    {
        var world = new RequestWorld(await TestDatabase.CreateAsync());
        world.EditionId = world.Database.AddEdition().Id;
        await using var db = world.Database.CreateContext();
        var organizations = new[]
        {
            new Organization { Name = new("Viện Công nghệ Môi trường", "Institute of Environmental Technology"), Type = OrganizationType.Institute, Email = "ietvast@test.local" },
            new Organization { Name = new("Hợp tác xã Nông nghiệp Đông Triều", "Dong Trieu Agricultural Cooperative"), Type = OrganizationType.Enterprise },
            new Organization { Name = new("Công ty Cổ phần Robot Hạ Long", "Ha Long Robotics JSC"), Type = OrganizationType.Enterprise, Email = "robot@test.local" },
        };
        db.Organizations.AddRange(organizations);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        (world.A, world.B, world.C) = (organizations[0].Id, organizations[1].Id, organizations[2].Id);
        foreach (var organization in organizations)
        {
            var offer = new TechnologyOffer { EditionId = world.EditionId, OrganizationId = organization.Id, Title = new("Xử lý nước thải " + organization.Id, "Wastewater " + organization.Id), ContactName = "Người liên hệ" };
            var need = new TechnologyNeed { EditionId = world.EditionId, OrganizationId = organization.Id, Title = new("Cần máy sấy " + organization.Id, "Dryer wanted " + organization.Id), ContactName = "Người liên hệ", ContactEmail = $"need{organization.Id}@test.local" };
            db.TechnologyOffers.Add(offer);
            db.TechnologyNeeds.Add(need);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            world.OfferOf[organization.Id] = offer.Id;
            world.NeedOf[organization.Id] = need.Id;
        }
        return world;
    }

    /// <summary>A contact account of the organisation (stored, so e-mails find it) and the actor signed in as it.</summary>
    public async Task<Actor> ContactAsync(int organizationId, string name, string culture = ProductCultures.Vietnamese, string role = Roles.Exhibitor)
    {
        var id = "u-" + Guid.NewGuid().ToString("N");
        await using (var db = Database.CreateContext())
        {
            db.Users.Add(new ApplicationUser { Id = id, UserName = id + "@test.local", Email = id + "@test.local", DisplayName = name, OrganizationId = organizationId, PreferredCulture = culture });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        return Make(id, role, organizationId, name);
    }

    public static Actor Make(string id, string role, int? organizationId, string? name = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Name, id + "@test.local"), new(ClaimTypes.Role, role) };
        if (organizationId is { } org)
        {
            claims.Add(new Claim(Actor.OrganizationClaim, org.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (name is not null)
        {
            claims.Add(new Claim(Actor.DisplayNameClaim, name));
        }
        return Actor.From(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
    }

    public RequestInput Asking(int to, string message = "Xin trao đổi về công nghệ") => new() { ToOrganizationId = to, OfferId = OfferOf[to], Message = message };

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private sealed class ActorSource(Func<Actor> actor) : ICurrentActor
    {
        public Task<Actor> GetAsync() => Task.FromResult(actor());
    }
}
