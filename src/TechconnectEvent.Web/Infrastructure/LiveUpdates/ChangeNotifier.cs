using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;

namespace TechconnectEvent.Web.Infrastructure.LiveUpdates;

/// <summary>
/// In-process broadcast of committed changes, so open pages redraw within a second. Registered as an open generic
/// singleton: one notifier per payload type (<c>BoothChange</c>, <c>ExhibitorChange</c> …).
/// </summary>
/// <remarks>
/// Each subscriber has its own queue and reader, so the writer that publishes never waits for a page to redraw,
/// a slow subscriber delays nobody else, and changes reach each subscriber in the order they were published.
/// A subscriber's exception is logged and dropped. A scale-out deployment would relay Publish through a backplane.
/// </remarks>
public sealed class ChangeNotifier<TChange>
{
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private Subscription[] subscriptions = [];

    public ChangeNotifier() : this(NullLogger<ChangeNotifier<TChange>>.Instance)
    {
    }

    public ChangeNotifier(ILogger<ChangeNotifier<TChange>> logger) => this.logger = logger;

    /// <summary>How many subscriptions are open; lets tests prove a page let go of its subscription.</summary>
    internal int SubscriberCount => Volatile.Read(ref subscriptions).Length;

    /// <summary>Calls <paramref name="handler"/> for every change published from now on, until the result is disposed.</summary>
    public IDisposable Subscribe(Func<TChange, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, handler);
        lock (gate)
        {
            subscriptions = [.. subscriptions, subscription];
        }
        subscription.Start();
        return subscription;
    }

    /// <summary>Queues the change for every subscriber and returns at once.</summary>
    public void Publish(TChange change)
    {
        foreach (var subscription in Volatile.Read(ref subscriptions))
        {
            subscription.Enqueue(change);
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (gate)
        {
            subscriptions = [.. subscriptions.Where(s => !ReferenceEquals(s, subscription))];
        }
    }

    private sealed class Subscription(ChangeNotifier<TChange> owner, Func<TChange, Task> handler) : IDisposable
    {
        private readonly Channel<TChange> queue = Channel.CreateUnbounded<TChange>(new UnboundedChannelOptions { SingleReader = true });

        public void Start() => _ = Task.Run(DeliverAsync);

        public void Enqueue(TChange change) => queue.Writer.TryWrite(change);

        public void Dispose()
        {
            owner.Remove(this);
            queue.Writer.TryComplete();
        }

        private async Task DeliverAsync()
        {
            await foreach (var change in queue.Reader.ReadAllAsync())
            {
                try
                {
                    await handler(change);
                }
                catch (ObjectDisposedException)
                {
                    // A circuit that closed between the change and the notice: nothing left to redraw.
                }
                catch (Exception exception)
                {
                    owner.logger.LogError(exception, "A subscriber to {Change} failed; the change was still delivered to the others.", typeof(TChange).Name);
                }
            }
        }
    }
}
