using System.Collections.Concurrent;

namespace TechconnectEvent.Web.Infrastructure.LiveUpdates;

/// <summary>
/// One recount per edition for every open dashboard. Writers publish changes many times a second at peak; the first
/// change opens a window of the feed's interval, every change inside it is folded into the one recount at its end,
/// and that snapshot goes to every dashboard watching the edition. Ten dashboards and a thousand writes a second thus
/// cost one set of grouped queries per window.
/// </summary>
/// <remarks>
/// A feed whose figures also move without any write (a clock-driven "today", the hour of a running fair) passes a
/// <c>refreshEvery</c> and answers <see cref="RefreshesByItself"/>: while someone watches, the edition is then
/// recounted at least that often. A failing recount is logged and every dashboard keeps its last snapshot.
/// </remarks>
public abstract class ThrottledSnapshotFeed<TSnapshot> : IDisposable where TSnapshot : class
{
    private readonly ConcurrentDictionary<int, EditionFeed> editions = new();
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly TimeSpan interval;
    private readonly TimeSpan reuseFor;
    private readonly TimeSpan? refreshEvery;
    private IDisposable[] subscriptions = [];
    private volatile bool disposed;

    /// <param name="interval">The longest a dashboard waits for a change to show, and the shortest time between two recounts.</param>
    /// <param name="reuseFor">How long a snapshot nobody invalidated is handed to a newly opened dashboard.</param>
    /// <param name="refreshEvery">While watched, recount this often when <see cref="RefreshesByItself"/> says so.</param>
    protected ThrottledSnapshotFeed(TimeProvider time, ILogger logger, TimeSpan interval, TimeSpan reuseFor, TimeSpan? refreshEvery = null)
    {
        this.time = time;
        this.logger = logger;
        this.reuseFor = reuseFor;
        this.interval = interval;
        this.refreshEvery = refreshEvery;
    }

    protected TimeProvider Time => time;

    /// <summary>Counts the edition's figures now; null when there is no such edition.</summary>
    protected abstract Task<TSnapshot?> CountAsync(int editionId, CancellationToken cancellationToken);

    protected abstract DateTimeOffset ComputedAtOf(TSnapshot snapshot);

    /// <summary>True when the figures move with the clock alone, so a watched edition is recounted periodically.</summary>
    protected virtual bool RefreshesByItself(TSnapshot snapshot) => false;

    /// <summary>Subscribes to the notifiers whose changes touch the figures; the subscriptions end with the feed.</summary>
    protected void Listen(params IDisposable[] toDispose) => subscriptions = [.. subscriptions, .. toDispose];

    /// <summary>The edition's latest figures: shared when still valid, else counted now (the last ones when counting fails).</summary>
    public async Task<TSnapshot?> CurrentAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var feed = Feed(editionId);
        lock (feed.Sync)
        {
            if (feed.Latest is { } latest && !feed.Stale && time.GetUtcNow() - ComputedAtOf(latest) < reuseFor)
            {
                return latest;
            }
        }
        return await RecountAsync(feed, cancellationToken);
    }

    /// <summary>Calls <paramref name="onSnapshot"/> with every new snapshot of the edition until the result is disposed.</summary>
    public IDisposable Watch(int editionId, Func<TSnapshot, Task> onSnapshot)
    {
        ArgumentNullException.ThrowIfNull(onSnapshot);
        var feed = Feed(editionId);
        var watcher = new Watcher(feed, onSnapshot);
        lock (feed.Sync)
        {
            feed.Watchers.Add(watcher);
            if (refreshEvery is { } period && feed.Heartbeat is null)
            {
                feed.Heartbeat = time.CreateTimer(_ => Tick(feed), null, period, period);
            }
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

    /// <summary>A committed write in the edition: opens a recount window unless one is open already.</summary>
    internal void Changed(int editionId)
    {
        var feed = Feed(editionId);
        lock (feed.Sync)
        {
            feed.Stale = true;
            if (disposed)
            {
                return;
            }
            // Nobody watching: the next dashboard to open counts afresh, so no timer is needed.
            if (feed.Watchers.Count == 0 || feed.Window is not null)
            {
                return;
            }
            feed.Window = time.CreateTimer(_ => _ = RecountAsync(feed, CancellationToken.None), null, interval, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>For notifier subscriptions: <c>notifier.Subscribe(c => ChangedAsync(c.EditionId))</c>.</summary>
    protected Task ChangedAsync(int editionId)
    {
        Changed(editionId);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        disposed = true;
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }
        foreach (var feed in editions.Values)
        {
            lock (feed.Sync)
            {
                feed.Window?.Dispose();
                feed.Window = null;
                feed.Heartbeat?.Dispose();
                feed.Heartbeat = null;
            }
        }
        GC.SuppressFinalize(this);
    }

    private EditionFeed Feed(int editionId) => editions.GetOrAdd(editionId, id => new EditionFeed(id));

    private void Tick(EditionFeed feed)
    {
        lock (feed.Sync)
        {
            // A window already open recounts soon anyway; outside the fair's days the figures only move with writes.
            if (feed.Window is not null || (feed.Latest is { } latest && !feed.Stale && !RefreshesByItself(latest)))
            {
                return;
            }
        }
        _ = RecountAsync(feed, CancellationToken.None);
    }

    private async Task<TSnapshot?> RecountAsync(EditionFeed feed, CancellationToken cancellationToken)
    {
        lock (feed.Sync)
        {
            // Changes from here on open the next window: they may not be in the counts about to be read.
            feed.Window?.Dispose();
            feed.Window = null;
            feed.Stale = false;
        }
        TSnapshot? snapshot;
        await feed.Counting.WaitAsync(cancellationToken);
        try
        {
            snapshot = await CountAsync(feed.EditionId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Recounting the figures of edition {EditionId} failed; dashboards keep their last figures.", feed.EditionId);
            lock (feed.Sync)
            {
                feed.Stale = true;
                // The last good figures, not nothing: a page opened during a database hiccup still shows them.
                return feed.Latest;
            }
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
            if (feed.Latest is null || ComputedAtOf(feed.Latest) <= ComputedAtOf(snapshot))
            {
                feed.Latest = snapshot;
            }
            watchers = [.. feed.Watchers];
        }
        await Task.WhenAll(watchers.Select(w => NotifyAsync(feed, w, snapshot)));
        return snapshot;
    }

    private async Task NotifyAsync(EditionFeed feed, Watcher watcher, TSnapshot snapshot)
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
            logger.LogError(exception, "A dashboard of edition {EditionId} failed to take new figures.", feed.EditionId);
        }
    }

    private sealed class EditionFeed(int editionId)
    {
        public int EditionId { get; } = editionId;
        public Lock Sync { get; } = new();
        public SemaphoreSlim Counting { get; } = new(1, 1);
        public List<Watcher> Watchers { get; } = [];
        public ITimer? Window { get; set; }
        public ITimer? Heartbeat { get; set; }
        public TSnapshot? Latest { get; set; }
        public bool Stale { get; set; } = true;
    }

    private sealed class Watcher(EditionFeed feed, Func<TSnapshot, Task> onSnapshot) : IDisposable
    {
        public Func<TSnapshot, Task> OnSnapshot { get; } = onSnapshot;

        public void Dispose()
        {
            lock (feed.Sync)
            {
                feed.Watchers.Remove(this);
                if (feed.Watchers.Count == 0)
                {
                    feed.Heartbeat?.Dispose();
                    feed.Heartbeat = null;
                }
            }
        }
    }
}
