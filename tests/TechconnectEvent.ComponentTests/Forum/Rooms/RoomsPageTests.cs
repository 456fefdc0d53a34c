using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Rooms;
using TechconnectEvent.Web.Features.Forum.Rooms.Pages;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Forum.Rooms;

public sealed class RoomsPageTests : MudComponentTest
{
    private readonly int editionId;

    public RoomsPageTests() : base(configureServices: services => services.AddScoped<RoomAdminService>())
    {
        editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        db.Topics.AddRange(TopicDefaults.For(editionId));
        var hall = new Room { EditionId = editionId, Name = new LocalizedText("Hội trường Hạ Long", "Ha Long hall"), Capacity = 500, SortOrder = 1 };
        db.Rooms.Add(hall);
        db.SaveChanges();
        db.ForumSessions.Add(new ForumSession
        {
            EditionId = editionId, Title = new LocalizedText("Lễ khai mạc", "Opening ceremony"), RoomId = hall.Id,
            StartsAt = Clock.GetUtcNow(), EndsAt = Clock.GetUtcNow().AddHours(1),
        });
        db.SaveChanges();
        SignInOrganiser();
        Auth.SetPolicies(Policies.Organisers);
    }

    [Fact]
    public void ARoomInUse_OffersArchiveNotDelete()
    {
        var host = RenderPage();

        Assert.Single(host.FindAll("[data-testid=archive-room]"));
        Assert.Empty(host.FindAll("[data-testid=delete-room]"));
        Assert.Equal("1", host.Find("[data-testid=room-sessions]").TextContent.Trim());
    }

    [Fact]
    public void ATooLightTopicColour_IsRefusedBesideTheField_AndNothingIsSaved()
    {
        var host = RenderPage();
        host.Find("[data-testid=add-topic]").Click();
        host.WaitForElement("[data-testid=topic-save]");

        Input(host, "topic-code").Change("robotics");
        Input(host, "topic-name-vi").Change("Robot và tự động hóa");
        Input(host, "topic-name-en").Change("Robotics and automation");
        Input(host, "topic-colour").Input("#FFEB3B");
        host.Find("[data-testid=topic-save]").Click();

        host.WaitForAssertion(() => Assert.Contains("Quá nhạt cho chữ trắng", host.Markup, StringComparison.Ordinal));
        using var db = Database.CreateDbContext();
        Assert.Equal(7, db.Topics.Count(t => t.EditionId == editionId));
    }

    private IRenderedComponent<IComponent> RenderPage()
    {
        var host = RenderWithProviders<RoomsPage>();
        host.WaitForElement("[data-testid=room-sessions]");
        return host;
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<IComponent> host, string testId)
    {
        var element = host.Find($"[data-testid={testId}]");
        return element.TagName is "INPUT" or "TEXTAREA" ? element : element.QuerySelector("input, textarea")!;
    }
}
