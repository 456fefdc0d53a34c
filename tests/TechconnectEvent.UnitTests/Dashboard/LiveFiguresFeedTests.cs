using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TechconnectEvent.UnitTests.Seeding;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Reports.Live;
using TechconnectEvent.Web.Features.Reports.PostEvent;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.UnitTests.Dashboard;

public sealed class LiveFiguresFeedTests : IDisposable
{
    private const int Edition = 3;

    // 09:00 in Ha Long on the fair's first day; timers fire only when a test advances this clock.
    private static readonly DateTimeOffset DuringTheFair = new(2023, 9, 29, 2, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider time;
    private readonly ChangeNotifier<CheckInChange> checkIns = new();
    private readonly ChangeNotifier<BoothChange> booths = new();
    private readonly ChangeNotifier<ExhibitorChange> exhibitors = new();
    private readonly ChangeNotifier<ForumChange> forum = new();
    private readonly ChangeNotifier<ConnectionChange> connections = new();
    private readonly CountingFigures figures;
    private readonly ListLogger<LiveFiguresFeed> logger = new();
    private readonly LiveFiguresFeed feed;

    public LiveFiguresFeedTests() : this(DuringTheFair)
    {
    }

    private LiveFiguresFeedTests(DateTimeOffset now)
    {
        time = new FakeTimeProvider(now);
        figures = new CountingFigures(time);
        feed = new LiveFiguresFeed(figures, checkIns, booths, exhibitors, forum, connections, time, logger);
    }

    public void Dispose() => feed.Dispose();

    [Fact]
    public void ManyChangesWithinTheInterval_AreOneRecount_SentToEveryOpenDashboard()
    {
        var seen = Enumerable.Range(0, 5).Select(_ => new List<PostEventFigures>()).ToList();
        var watches = seen.Select(list => feed.Watch(Edition, f => Record(list, f))).ToList();

        for (var i = 0; i < 200; i++)
        {
            feed.Changed(Edition);
            time.Advance(TimeSpan.FromMilliseconds(20));
        }
        Assert.Equal(0, figures.Calls);
        time.Advance(LiveFiguresFeed.Interval);

        Assert.Equal(1, figures.Calls);
        Assert.All(seen, list => Assert.Same(seen[0].Single(), Assert.Single(list)));
        Assert.Equal(1, seen[0][0].Headlines.CheckedIn);
        watches.ForEach(w => w.Dispose());
    }

    [Theory]
    [InlineData("check-in")]
    [InlineData("booth")]
    [InlineData("exhibitor")]
    [InlineData("forum")]
    [InlineData("connection")]
    public async Task APublishedChangeInAnyAreaOfTheFair_BringsNewFiguresToTheDashboard(string area)
    {
        var seen = new TaskCompletionSource<PostEventFigures>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watch = feed.Watch(Edition, f =>
        {
            seen.TrySetResult(f);
            return Task.CompletedTask;
        });

        Action publish = area switch
        {
            "check-in" => () => checkIns.Publish(new CheckInChange(Edition, 1)),
            "booth" => () => booths.Publish(new BoothChange(Edition, [1])),
            "exhibitor" => () => exhibitors.Publish(new ExhibitorChange(Edition, 1)),
            "forum" => () => forum.Publish(new ForumChange(Edition, null)),
            _ => () => connections.Publish(new ConnectionChange(Edition, ConnectionArea.Meetings)),
        };
        publish();
        // The notifier delivers on its own task; advance a few seconds at a time, below the one-minute refresh.
        for (var attempt = 0; attempt < 500 && !seen.Task.IsCompleted; attempt++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10, TestContext.Current.CancellationToken);
            if (time.GetUtcNow() - DuringTheFair >= LiveFiguresFeed.RefreshEvery - TimeSpan.FromSeconds(5))
            {
                break;
            }
        }

        Assert.True(seen.Task.IsCompleted, $"A {area} change brought no recount within the feed's interval.");
        Assert.Equal(Edition, (await seen.Task).Edition.Id);
    }

    [Fact]
    public void DuringTheFair_AWatchedEditionIsRecountedEveryMinute_WithoutAnyChange()
    {
        var seen = new List<PostEventFigures>();
        using var watch = feed.Watch(Edition, f => Record(seen, f));

        time.Advance(LiveFiguresFeed.RefreshEvery);
        time.Advance(LiveFiguresFeed.RefreshEvery);
        time.Advance(LiveFiguresFeed.RefreshEvery);

        Assert.Equal([1, 2, 3], seen.Select(f => f.Headlines.CheckedIn));
    }

    [Fact]
    public async Task BeforeTheFair_AWatchedEditionIsRecountedOnlyWhenSomethingChanges()
    {
        using var before = new LiveFiguresFeedTests(new DateTimeOffset(2023, 9, 20, 2, 0, 0, TimeSpan.Zero));
        var seen = new List<PostEventFigures>();
        using var watch = before.feed.Watch(Edition, f => Record(seen, f));
        await before.feed.CurrentAsync(Edition, TestContext.Current.CancellationToken);
        seen.Clear();

        before.time.Advance(LiveFiguresFeed.RefreshEvery * 5);
        Assert.Equal(1, before.figures.Calls);
        before.feed.Changed(Edition);
        before.time.Advance(LiveFiguresFeed.Interval);

        Assert.Equal(2, before.figures.Calls);
        Assert.Equal(2, Assert.Single(seen).Headlines.CheckedIn);
    }

    [Fact]
    public void AClosedDashboard_HearsNoMore_AndTheFeedStopsRecountingForIt()
    {
        var seen = new List<PostEventFigures>();
        var watch = feed.Watch(Edition, f => Record(seen, f));

        watch.Dispose();
        feed.Changed(Edition);
        time.Advance(LiveFiguresFeed.RefreshEvery * 3);

        Assert.Equal(0, feed.WatcherCount(Edition));
        Assert.Empty(seen);
        Assert.Equal(0, figures.Calls);
    }

    [Fact]
    public void DisposingTheFeed_EndsItsSubscriptionsAndTimers()
    {
        using var watch = feed.Watch(Edition, _ => Task.CompletedTask);
        Assert.Equal(1, booths.SubscriberCount);

        feed.Dispose();
        feed.Changed(Edition);
        time.Advance(LiveFiguresFeed.RefreshEvery * 2);

        Assert.Equal(0, booths.SubscriberCount + checkIns.SubscriberCount + forum.SubscriberCount + connections.SubscriberCount + exhibitors.SubscriberCount);
        Assert.Equal(0, figures.Calls);
    }

    [Fact]
    public async Task AFailingRecount_IsLogged_AndTheLastFiguresStay()
    {
        var seen = new List<PostEventFigures>();
        using var watch = feed.Watch(Edition, f => Record(seen, f));
        var first = await feed.CurrentAsync(Edition, TestContext.Current.CancellationToken);
        seen.Clear();

        figures.Fail = true;
        feed.Changed(Edition);
        time.Advance(LiveFiguresFeed.Interval);

        Assert.Empty(seen);
        var (level, message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, level);
        Assert.Contains(Edition.ToString(System.Globalization.CultureInfo.InvariantCulture), message);
        Assert.Same(first, await feed.CurrentAsync(Edition, TestContext.Current.CancellationToken));

        figures.Fail = false;
        feed.Changed(Edition);
        time.Advance(LiveFiguresFeed.Interval);
        Assert.Equal(4, Assert.Single(seen).Headlines.CheckedIn);
    }

    private static Task Record(List<PostEventFigures> into, PostEventFigures figures)
    {
        lock (into)
        {
            into.Add(figures);
        }
        return Task.CompletedTask;
    }

    /// <summary>Counts recounts; each carries its number as the checked-in headline, so tests tell them apart.</summary>
    private sealed class CountingFigures(TimeProvider time) : IPostEventFigures
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public bool Fail { get; set; }

        public Task<PostEventFigures?> ComputeAsync(int editionId, CancellationToken cancellationToken = default)
        {
            var n = Interlocked.Increment(ref calls);
            if (Fail)
            {
                throw new InvalidOperationException("The database is away.");
            }
            var edition = new ReportEdition(editionId, 2023, new("Techconnect 2023", "Techconnect 2023"), new("Đổi mới", "Innovation"),
                new("Hạ Long", "Ha Long"), new("Quảng Ninh", "Quang Ninh"), new DateOnly(2023, 9, 29), new DateOnly(2023, 9, 30), "Asia/Ho_Chi_Minh");
            var headlines = new HeadlineFigures(10, n, 0, 0, 0, 0, 0, 0, 0, 0);
            return Task.FromResult<PostEventFigures?>(new PostEventFigures(edition, time.GetUtcNow(),
                new AttendanceFigures(10, n, n, [], [], [], null), new ExhibitionFigures(0, 0, [], 0, [], [], 0, []),
                new ForumFigures(0, 0, [], []), new ConnectionFigures(0, 0, 0, 0, [], 0, []), headlines, null));
        }
    }
}
