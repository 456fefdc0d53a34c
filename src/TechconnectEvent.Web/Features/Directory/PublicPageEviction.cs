using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Hosting;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.Web.Features.Directory;

/// <summary>
/// Evicts the public pages whenever a booth, an exhibitor or a technology changes, so the directory and home page show it within a second.
/// A page that was rendering while the change was written can still land in the cache with the old data, so a
/// second eviction follows once such a rendering has surely finished.
/// </summary>
internal sealed class PublicPageEviction(
    ChangeNotifier<BoothChange> booths, ChangeNotifier<ExhibitorChange> exhibitors, PublicPageCache cache, TimeProvider time, ILogger<PublicPageEviction> logger)
    : IHostedService
{
    public static readonly TimeSpan SecondPass = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource stopping = new();
    private IDisposable[] subscriptions = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscriptions = [booths.Subscribe(_ => EvictAsync()), exhibitors.Subscribe(_ => EvictAsync())];
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var subscription in Interlocked.Exchange(ref subscriptions, []))
        {
            subscription.Dispose();
        }
        await stopping.CancelAsync();
    }

    private async Task EvictAsync()
    {
        await cache.EvictAsync(stopping.Token);
        _ = EvictAgainLaterAsync();
    }

    private async Task EvictAgainLaterAsync()
    {
        try
        {
            await Task.Delay(SecondPass, time, stopping.Token);
            await cache.EvictAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the cache goes with the process.
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Second eviction of the public page cache failed.");
        }
    }
}
