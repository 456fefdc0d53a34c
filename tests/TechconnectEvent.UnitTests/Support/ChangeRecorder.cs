using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.UnitTests.Support;

/// <summary>
/// Records what a notifier delivers. Delivery is asynchronous, so <see cref="DeliveredAsync"/> publishes a marker
/// and waits for it: each subscriber receives changes in order, so everything published before has arrived.
/// </summary>
internal sealed class ChangeRecorder<TChange> : IDisposable where TChange : class
{
    private readonly ChangeNotifier<TChange> notifier;
    private readonly TChange marker;
    private readonly List<TChange> received = [];
    private readonly IDisposable subscription;
    private TaskCompletionSource markerSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ChangeRecorder(ChangeNotifier<TChange> notifier, TChange marker)
    {
        this.notifier = notifier;
        this.marker = marker;
        subscription = notifier.Subscribe(change =>
        {
            lock (received)
            {
                if (ReferenceEquals(change, this.marker))
                {
                    markerSeen.TrySetResult();
                }
                else
                {
                    received.Add(change);
                }
            }
            return Task.CompletedTask;
        });
    }

    public async Task<IReadOnlyList<TChange>> DeliveredAsync()
    {
        markerSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        notifier.Publish(marker);
        await markerSeen.Task.WaitAsync(TimeSpan.FromSeconds(10));
        lock (received)
        {
            return [.. received];
        }
    }

    public void Dispose() => subscription.Dispose();
}
