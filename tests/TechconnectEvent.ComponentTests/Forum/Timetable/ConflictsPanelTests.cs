using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Scheduling;
using TechconnectEvent.Web.Features.Forum.Timetable;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Forum.Timetable;

public sealed class ConflictsPanelTests : MudComponentTest
{
    private readonly FakeScheduler scheduler;

    public ConflictsPanelTests() : this(new FakeScheduler())
    {
    }

    private ConflictsPanelTests(FakeScheduler scheduler) : base(configureServices: services => services.AddSingleton<IForumScheduler>(scheduler)) =>
        this.scheduler = scheduler;

    [Fact]
    public void WithoutClashes_SaysSo()
    {
        var panel = Render<ConflictsPanel>(p => p.Add(c => c.EditionId, 1));

        Assert.Equal("Không có xung đột lịch.", panel.Find("[data-testid=no-conflicts]").TextContent.Trim());
    }

    [Fact]
    public void EachClash_IsOneSentence_WithLinksToBothSessions()
    {
        scheduler.Conflicts = [RoomClash()];

        var panel = Render<ConflictsPanel>(p => p.Add(c => c.EditionId, 1));

        var item = panel.Find("[data-testid=conflict]");
        Assert.Contains("Diễn đàn Công nghệ và Năng lượng", panel.Find("[data-testid=conflict-text]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["forum/sessions/7", "forum/sessions/9"], item.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList());
    }

    [Fact]
    public void AChangeToTheEdition_RedrawsThePanel_AndAnotherEditionsDoesNot()
    {
        var panel = Render<ConflictsPanel>(p => p.Add(c => c.EditionId, 1));
        var changes = Services.GetRequiredService<ChangeNotifier<ForumChange>>();
        scheduler.Conflicts = [RoomClash()];

        changes.Publish(new ForumChange(2, null));
        Assert.Single(panel.FindAll("[data-testid=no-conflicts]"));
        changes.Publish(new ForumChange(1, 7));

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=conflict]")));
    }

    private static Clash RoomClash() => new(ClashKind.RoomDoubleBooked, ClashSeverity.Blocking, 7,
        new LocalizedText("Phiên chuyên đề Năng lượng xanh", "Green energy panel"), 9, new LocalizedText("Diễn đàn Công nghệ và Năng lượng", "Technology and Energy forum"));
}
