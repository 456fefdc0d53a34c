using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Dashboard;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.UnitTests.CheckIns.Dashboard;

public sealed class CheckInDashboardFeedTests : IDisposable
{
    private const int Edition = 7;

    // Timers fire only when the test advances this clock, so "within one second" is exact.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2023, 9, 29, 1, 0, 0, TimeSpan.Zero));
    private readonly ChangeNotifier<CheckInChange> changes = new();
    private readonly ChangeNotifier<ScanPointChange> gates = new();
    private readonly CountingSource counts;
    private readonly CheckInDashboardFeed feed;

    public CheckInDashboardFeedTests()
    {
        counts = new CountingSource(time);
        feed = new CheckInDashboardFeed(changes, gates, counts, time, NullLogger<CheckInDashboardFeed>.Instance);
    }

    public void Dispose() => feed.Dispose();

    [Fact]
    public void ThousandChangesWithinASecond_AreOneRecount_SentToEveryWatcher()
    {
        var first = new List<CheckInSnapshot>();
        var second = new List<CheckInSnapshot>();
        using var a = feed.Watch(Edition, s => Record(first, s));
        using var b = feed.Watch(Edition, s => Record(second, s));

        for (var i = 0; i < 1000; i++)
        {
            feed.Changed(Edition);
            time.Advance(TimeSpan.FromMilliseconds(0.9));
        }
        Assert.Equal(0, counts.Calls);
        time.Advance(CheckInDashboardFeed.Interval);

        Assert.Equal(1, counts.Calls);
        Assert.Equal(1, Assert.Single(first).Edition.People);
        Assert.Same(first[0], Assert.Single(second));
    }

    [Fact]
    public void AChangeAfterTheWindow_GivesAnotherRecount()
    {
        var seen = new List<CheckInSnapshot>();
        using var watch = feed.Watch(Edition, s => Record(seen, s));

        feed.Changed(Edition);
        time.Advance(CheckInDashboardFeed.Interval);
        feed.Changed(Edition);
        time.Advance(CheckInDashboardFeed.Interval / 2);
        Assert.Equal(1, counts.Calls);
        time.Advance(CheckInDashboardFeed.Interval / 2);

        Assert.Equal(2, counts.Calls);
        Assert.Equal([1, 2], seen.Select(s => s.Edition.People));
    }

    [Fact]
    public async Task WithNobodyWatching_AChangeCostsNothing_AndTheNextReaderCountsAfresh()
    {
        var before = await feed.CurrentAsync(Edition, TestContext.Current.CancellationToken);
        Assert.Same(before, await feed.CurrentAsync(Edition, TestContext.Current.CancellationToken));

        feed.Changed(Edition);
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, counts.Calls);
        var after = await feed.CurrentAsync(Edition, TestContext.Current.CancellationToken);

        Assert.Equal((2, 2), (counts.Calls, after!.Edition.People));
    }

    [Fact]
    public void EditionsAreCountedApart_AndADisposedWatcherHearsNoMore()
    {
        var seen = new List<CheckInSnapshot>();
        var watch = feed.Watch(Edition, s => Record(seen, s));
        using var other = feed.Watch(Edition + 1, _ => Task.CompletedTask);

        watch.Dispose();
        feed.Changed(Edition);
        feed.Changed(Edition + 1);
        time.Advance(CheckInDashboardFeed.Interval);

        Assert.Equal(0, feed.WatcherCount(Edition));
        Assert.Empty(seen);
        Assert.Equal([Edition + 1], counts.Editions);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task APublishedCheckInOrGateChange_ReachesTheWatcherThroughTheNotifier(bool gateChange)
    {
        var seen = new TaskCompletionSource<CheckInSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watch = feed.Watch(Edition, s =>
        {
            seen.TrySetResult(s);
            return Task.CompletedTask;
        });

        if (gateChange)
        {
            gates.Publish(new ScanPointChange(Edition));
        }
        else
        {
            changes.Publish(new CheckInChange(Edition, 3));
        }
        // The notifier delivers on its own task: advance until the window it opened has closed.
        for (var attempt = 0; attempt < 500 && !seen.Task.IsCompleted; attempt++)
        {
            time.Advance(CheckInDashboardFeed.Interval);
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.Equal(Edition, (await seen.Task.WaitAsync(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken)).EditionId);
    }

    private static Task Record(List<CheckInSnapshot> into, CheckInSnapshot snapshot)
    {
        lock (into)
        {
            into.Add(snapshot);
        }
        return Task.CompletedTask;
    }

    /// <summary>Counts recounts; each snapshot carries its number, so tests can tell them apart.</summary>
    private sealed class CountingSource(TimeProvider time) : ICheckInCounts
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public List<int> Editions { get; } = [];

        public Task<CheckInSnapshot?> SnapshotAsync(int editionId, CancellationToken cancellationToken = default)
        {
            var n = Interlocked.Increment(ref calls);
            lock (Editions)
            {
                Editions.Add(editionId);
            }
            var view = new CheckInView(n, n, 10, [], [], [], []);
            return Task.FromResult<CheckInSnapshot?>(new CheckInSnapshot(editionId, "Asia/Ho_Chi_Minh", time.GetUtcNow(), null, null, null, view));
        }
    }
}
