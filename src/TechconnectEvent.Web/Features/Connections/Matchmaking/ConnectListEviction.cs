using TechconnectEvent.Web.Infrastructure.Hosting;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.Web.Features.Connections.Matchmaking;

/// <summary>
/// Evicts the cached public pages when an offer or a need changes, so /connect shows it at once. A rendering that
/// overlapped the change may store the old list, so a second eviction follows once it has surely finished.
/// </summary>
internal sealed class ConnectListEviction(
    ChangeNotifier<ConnectionChange> changes, PublicPageCache pages, TimeProvider time, ILogger<ConnectListEviction> logger) : IHostedService
{
    public static readonly TimeSpan SecondPass = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource stopping = new();
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = changes.Subscribe(change => change.Area == ConnectionArea.OffersAndNeeds ? EvictAsync() : Task.CompletedTask);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref subscription, null)?.Dispose();
        await stopping.CancelAsync();
    }

    private async Task EvictAsync()
    {
        await pages.EvictAsync(stopping.Token);
        _ = EvictAgainLaterAsync();
    }

    private async Task EvictAgainLaterAsync()
    {
        try
        {
            await Task.Delay(SecondPass, time, stopping.Token);
            await pages.EvictAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the cache goes with the process.
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Second eviction of the public page cache after a connection change failed.");
        }
    }
}
