using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Requests;
using TechconnectEvent.Web.Features.Connections.Requests.Pages;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.ComponentTests.Connections.Requests;

public sealed class ConnectionsPageTests : MudComponentTest
{
    private readonly int asker;
    private readonly int asked;
    private readonly int requestId;

    public ConnectionsPageTests() : base(configureServices: services =>
    {
        services.AddTestMail();
        services.AddScoped<RequestMails>();
        services.AddScoped<MeetingRequestService>();
    })
    {
        var editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        var a = new Organization { Name = new("Viện Công nghệ Môi trường", "Institute of Environmental Technology"), Type = OrganizationType.Institute, Email = "a@test.local" };
        var b = new Organization { Name = new("Hợp tác xã Đông Triều", "Dong Trieu Cooperative"), Type = OrganizationType.Enterprise };
        db.Organizations.AddRange(a, b);
        db.SaveChanges();
        var need = new TechnologyNeed { EditionId = editionId, OrganizationId = b.Id, Title = new("Sấy vải thiều", "Lychee drying"), ContactName = "Ông Quang" };
        db.TechnologyNeeds.Add(need);
        db.SaveChanges();
        var request = new MeetingRequest
        {
            EditionId = editionId, FromOrganizationId = a.Id, ToOrganizationId = b.Id, NeedId = need.Id, Message = "Chúng tôi có máy sấy phù hợp",
            FromContactName = "TS. Lê Thị Mai", CreatedAt = Clock.GetUtcNow(),
        };
        db.MeetingRequests.Add(request);
        db.SaveChanges();
        (asker, asked, requestId) = (a.Id, b.Id, request.Id);
        Auth.SetAuthorized("quang@test.local");
        Auth.SetRoles(Roles.Exhibitor);
        Actor = Actor.From(new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "u-quang"), new Claim(ClaimTypes.Name, "quang@test.local"), new Claim(ClaimTypes.Role, Roles.Exhibitor),
            new Claim(Actor.OrganizationClaim, asked.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ], "test")));
    }

    [Fact]
    public void ARequestToUs_OffersAcceptAndDecline_AndShowsWhatItIsAbout()
    {
        var host = RenderPage();

        var row = host.Find("[data-testid=to-us] tbody tr");
        Assert.Contains("Viện Công nghệ Môi trường", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sấy vải thiều", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector("[data-testid=accept]"));
        Assert.NotNull(row.QuerySelector("[data-testid=decline]"));
        Assert.Empty(host.FindAll("[data-testid=from-us] [data-testid=withdraw]"));
    }

    [Fact]
    public void Decline_AsksForConfirmation_AndCancellingLeavesTheRequestOpen()
    {
        var host = RenderPage();

        host.Find("[data-testid=decline]").Click();
        host.WaitForElement("[data-testid=reason-cancel]").Click();

        host.WaitForAssertion(() => Assert.Empty(host.FindAll("[data-testid=reason-confirm]")));
        using var db = Database.CreateDbContext();
        Assert.Equal(MeetingRequestStatus.Pending, db.MeetingRequests.Single(r => r.Id == requestId).Status);
    }

    [Fact]
    public void Decline_Confirmed_WithAReason_DeclinesAndTellsTheAsker()
    {
        var host = RenderPage();

        host.Find("[data-testid=decline]").Click();
        var field = host.WaitForElement("[data-testid=reason]");
        (field.TagName == "TEXTAREA" ? field : field.QuerySelector("textarea")!).Change("Đã có đối tác khác");
        host.Find("[data-testid=reason-confirm]").Click();

        host.WaitForAssertion(() => Assert.Empty(host.FindAll("[data-testid=to-us] [data-testid=decline]")));
        using var db = Database.CreateDbContext();
        var request = db.MeetingRequests.Single(r => r.Id == requestId);
        Assert.Equal((MeetingRequestStatus.Declined, "Đã có đối tác khác"), (request.Status, request.DeclineReason));
        Assert.Equal("a@test.local", db.Outbox.Single().ToAddress);
    }

    [Fact]
    public void Accept_MakesTheMeeting_ThatAppearsUnderOurMeetings()
    {
        var host = RenderPage();

        host.Find("[data-testid=accept]").Click();

        host.WaitForAssertion(() => Assert.Contains("Viện Công nghệ Môi trường", host.Find("[data-testid=meetings] tbody").TextContent, StringComparison.Ordinal));
        Assert.NotNull(host.Find("[data-testid=meeting-unscheduled]"));
        using var db = Database.CreateDbContext();
        var meeting = db.Meetings.Single();
        Assert.Equal((asker, asked), (meeting.OrganizationAId, meeting.OrganizationBId));
    }

    [Fact]
    public void AContactWithoutAnOrganisation_IsToldWhy()
    {
        Actor = Actor.From(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "u-x"), new Claim(ClaimTypes.Role, Roles.Delegate)], "test")));

        var host = Render(builder =>
        {
            builder.OpenComponent<ConnectionsPage>(0);
            builder.CloseComponent();
        });

        host.WaitForAssertion(() => Assert.Contains("chưa gắn với tổ chức", host.Find("[data-testid=no-organization]").TextContent, StringComparison.Ordinal));
    }

    private IRenderedComponent<IComponent> RenderPage()
    {
        var host = RenderWithProviders<ConnectionsPage>();
        host.WaitForElement("[data-testid=to-us] tbody tr");
        return host;
    }
}
