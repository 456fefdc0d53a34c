namespace TechconnectEvent.Web.Features.Forum.Attendance;

/// <summary>
/// Folds a burst of change notices into one refresh at the end of a window: during the morning rush the scan writer
/// publishes many changes a second, and a page needs to reread its counts at most once per <see cref="Interval"/>.
/// </summary>
public sealed class CoalescedRefresh(TimeProvider time, Func<Task> refresh) : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Lock sync = new();
    private ITimer? timer;
    private bool disposed;

    /// <summary>Asks for a refresh; one already on its way takes this request with it.</summary>
    public void Request()
    {
        lock (sync)
        {
            if (disposed || timer is not null)
            {
                return;
            }
            timer = time.CreateTimer(_ => _ = FireAsync(), null, Interval, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task FireAsync()
    {
        lock (sync)
        {
            // Requests from here on open the next window: they may come after the counts about to be read.
            timer?.Dispose();
            timer = null;
            if (disposed)
            {
                return;
            }
        }
        await refresh();
    }

    public void Dispose()
    {
        lock (sync)
        {
            disposed = true;
            timer?.Dispose();
            timer = null;
        }
    }
}
