using System.Collections.Concurrent;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.Web.Features.CheckIns.Dashboard;

/// <summary>What the feed asks for a recount; <see cref="CheckInCounts"/> in the app, a counter in tests.</summary>
public interface ICheckInCounts
{
    Task<CheckInSnapshot?> SnapshotAsync(int editionId, CancellationToken cancellationToken = default);
}

/// <summary>
/// One recount per edition for every open dashboard. During the morning rush the scan writer publishes a change after
/// every committed batch, many a second; the first change opens a window of <see cref="Interval"/>, every change inside
/// it is folded into the one recount at its end, and that snapshot goes to every dashboard watching the edition. Ten
/// dashboards and a thousand scans a second thus cost one set of grouped queries a second.
/// </summary>
public sealed class CheckInDashboardFeed : IDisposable
{
    /// <summary>The longest a dashboard waits for a scan to show, and the shortest time between two recounts.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>A snapshot nobody invalidated is reused this long (it still names "today", which moves at midnight).</summary>
    private static readonly TimeSpan ReuseFor = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, EditionFeed> editions = new();
    private readonly ICheckInCounts counts;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly IDisposable[] subscriptions;

    public CheckInDashboardFeed(ChangeNotifier<CheckInChange> checkIns, ChangeNotifier<ScanPointChange> scanPoints, ICheckInCounts counts,
        TimeProvider time, ILogger<CheckInDashboardFeed> logger)
    {
        this.counts = counts;
        this.time = time;
        this.logger = logger;
        // A gate renamed, added or removed changes the "by gate" table as a scan changes the counts.
        subscriptions =
        [
            checkIns.Subscribe(change => ChangedAsync(change.EditionId)),
            scanPoints.Subscribe(change => ChangedAsync(change.EditionId)),
        ];
    }

    /// <summary>The edition's latest figures: shared when still valid, else counted now.</summary>
    public async Task<CheckInSnapshot?> CurrentAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var feed = Feed(editionId);
        lock (feed.Sync)
        {
            if (feed.Latest is { } latest && !feed.Stale && time.GetUtcNow() - latest.ComputedAt < ReuseFor)
            {
                return latest;
            }
        }
        return await RecountAsync(feed, cancellationToken);
    }

    /// <summary>Calls <paramref name="onSnapshot"/> with every new snapshot of the edition until the result is disposed.</summary>
    public IDisposable Watch(int editionId, Func<CheckInSnapshot, Task> onSnapshot)
    {
        ArgumentNullException.ThrowIfNull(onSnapshot);
        var feed = Feed(editionId);
        var watcher = new Watcher(feed, onSnapshot);
        lock (feed.Sync)
        {
            feed.Watchers.Add(watcher);
        }
        return watcher;
    }

    /// <summary>How many dashboards watch the edition; lets tests prove a page let go.</summary>
    internal int WatcherCount(int editionId)
    {
        var feed = Feed(editionId);
        lock (feed.Sync)
        {
            return feed.Watchers.Count;
        }
    }

    /// <summary>A committed scan batch in the edition: opens a recount window unless one is open already.</summary>
    internal void Changed(int editionId)
    {
        var feed = Feed(editionId);
        lock (feed.Sync)
        {
            feed.Stale = true;
            // Nobody watching: the next dashboard to open counts afresh, so no timer is needed.
            if (feed.Watchers.Count == 0 || feed.Timer is not null)
            {
                return;
            }
            feed.Timer = time.CreateTimer(_ => _ = RecountAsync(feed, CancellationToken.None), null, Interval, Timeout.InfiniteTimeSpan);
        }
    }

    private Task ChangedAsync(int editionId)
    {
        Changed(editionId);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }
        foreach (var feed in editions.Values)
        {
            lock (feed.Sync)
            {
                feed.Timer?.Dispose();
                feed.Timer = null;
            }
        }
    }

    private EditionFeed Feed(int editionId) => editions.GetOrAdd(editionId, id => new EditionFeed(id));

    private async Task<CheckInSnapshot?> RecountAsync(EditionFeed feed, CancellationToken cancellationToken)
    {
        lock (feed.Sync)
        {
            // Changes from here on open the next window: they may not be in the counts about to be read.
            feed.Timer?.Dispose();
            feed.Timer = null;
            feed.Stale = false;
        }
        CheckInSnapshot? snapshot;
        await feed.Counting.WaitAsync(cancellationToken);
        try
        {
            snapshot = await counts.SnapshotAsync(feed.EditionId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Counting check-ins of edition {EditionId} failed; dashboards keep their last figures.", feed.EditionId);
            lock (feed.Sync)
            {
                feed.Stale = true;
            }
            return null;
        }
        finally
        {
            feed.Counting.Release();
        }
        if (snapshot is null)
        {
            return null;
        }
        Watcher[] watchers;
        lock (feed.Sync)
        {
            if (feed.Latest is null || feed.Latest.ComputedAt <= snapshot.ComputedAt)
            {
                feed.Latest = snapshot;
            }
            watchers = [.. feed.Watchers];
        }
        await Task.WhenAll(watchers.Select(w => NotifyAsync(w, snapshot)));
        return snapshot;
    }

    private async Task NotifyAsync(Watcher watcher, CheckInSnapshot snapshot)
    {
        try
        {
            await watcher.OnSnapshot(snapshot);
        }
        catch (ObjectDisposedException)
        {
            // A dashboard whose circuit closed between the recount and the notice.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "A dashboard of edition {EditionId} failed to take new figures.", snapshot.EditionId);
        }
    }

    private sealed class EditionFeed(int editionId)
    {
        public int EditionId { get; } = editionId;
        public Lock Sync { get; } = new();
        public SemaphoreSlim Counting { get; } = new(1, 1);
        public List<Watcher> Watchers { get; } = [];
        public ITimer? Timer { get; set; }
        public CheckInSnapshot? Latest { get; set; }
        public bool Stale { get; set; } = true;
    }

    private sealed class Watcher(EditionFeed feed, Func<CheckInSnapshot, Task> onSnapshot) : IDisposable
    {
        public Func<CheckInSnapshot, Task> OnSnapshot { get; } = onSnapshot;

        public void Dispose()
        {
            lock (feed.Sync)
            {
                feed.Watchers.Remove(this);
            }
        }
    }
}
