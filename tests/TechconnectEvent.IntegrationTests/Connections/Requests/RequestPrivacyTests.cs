using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Requests;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.IntegrationTests.Connections.Requests;

/// <summary>One organisation never sees nor answers the meeting requests between two others, over HTTP or through the service.</summary>
public sealed class RequestPrivacyTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AThirdOrganisation_DoesNotSeeARequestBetweenTwoOthers_AndCannotAcceptIt()
    {
        var (a, b, c, requestId, message) = await ArrangeAsync();
        var emailB = await factory.CreateContactAsync(b);
        var emailC = await factory.CreateContactAsync(c);

        var asked = BrowserClient.Create(factory, "vi-VN");
        await asked.SignInOrFailAsync(emailB, UserFactory.Password);
        var pageOfB = await asked.GetAsync("/connections", Token);
        Assert.Equal(HttpStatusCode.OK, pageOfB.StatusCode);
        Assert.Contains(message, await pageOfB.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);

        var third = BrowserClient.Create(factory, "vi-VN");
        await third.SignInOrFailAsync(emailC, UserFactory.Password);
        var pageOfC = await third.GetAsync("/connections", Token);
        Assert.Equal(HttpStatusCode.OK, pageOfC.StatusCode);
        Assert.DoesNotContain(message, await pageOfC.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var asC = new MeetingRequestService(
            scope.ServiceProvider.GetRequiredService<IDbContextFactory<EventDbContext>>(), new FixedActor(ContactActor(c)),
            scope.ServiceProvider.GetRequiredService<AuditTrail>(), scope.ServiceProvider.GetRequiredService<RequestMails>(),
            scope.ServiceProvider.GetRequiredService<ChangeNotifier<ConnectionChange>>(), scope.ServiceProvider.GetRequiredService<TimeProvider>());
        Assert.Equal("Forbidden", (await asC.AcceptAsync(requestId, 0, Token)).Errors.Single().Code);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Token);
        Assert.Equal(MeetingRequestStatus.Pending, (await db.MeetingRequests.SingleAsync(r => r.Id == requestId, Token)).Status);
        Assert.NotEqual(a, c);
    }

    private async Task<(int A, int B, int C, int RequestId, string Message)> ArrangeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var edition = await scope.ServiceProvider.GetRequiredService<EditionService>().GetCurrentAsync(Token);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Token);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var organizations = new[] { "Công ty A " + tag, "Công ty B " + tag, "Công ty C " + tag }
            .Select(name => new Organization { Name = new(name, name), Type = OrganizationType.Enterprise }).ToArray();
        db.Organizations.AddRange(organizations);
        await db.SaveChangesAsync(Token);
        var offer = new TechnologyOffer { EditionId = edition!.Id, OrganizationId = organizations[1].Id, Title = new("Cảm biến " + tag, "Sensor " + tag), ContactName = "Bà Hà" };
        db.TechnologyOffers.Add(offer);
        await db.SaveChangesAsync(Token);
        var message = "Lời nhắn riêng " + tag;
        var request = new MeetingRequest
        {
            EditionId = edition.Id, FromOrganizationId = organizations[0].Id, ToOrganizationId = organizations[1].Id, OfferId = offer.Id,
            Message = message, FromContactName = "Ông Đức", CreatedAt = factory.Clock.GetUtcNow(),
        };
        db.MeetingRequests.Add(request);
        await db.SaveChangesAsync(Token);
        return (organizations[0].Id, organizations[1].Id, organizations[2].Id, request.Id, message);
    }

    private static Actor ContactActor(int organizationId) => Actor.From(new ClaimsPrincipal(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, "u-c"), new Claim(ClaimTypes.Name, "c@test.local"), new Claim(ClaimTypes.Role, Roles.Exhibitor),
        new Claim(Actor.OrganizationClaim, organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ], "test")));
}
