using TechconnectEvent.Web.Infrastructure.Hosting;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.Web.Features.Forum.Agenda;

/// <summary>
/// Drops the built agendas and the cached public pages on every committed forum change, so a published, moved or
/// cancelled session shows at once. A page rendering while the change was written can still store the old HTML, so
/// the output cache is evicted a second time once such a rendering has surely finished.
/// </summary>
internal sealed class AgendaEviction(
    ChangeNotifier<ForumChange> changes, AgendaCache agendas, PublicPageCache pages, TimeProvider time, ILogger<AgendaEviction> logger)
    : IHostedService
{
    public static readonly TimeSpan SecondPass = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource stopping = new();
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = changes.Subscribe(_ => EvictAsync());
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref subscription, null)?.Dispose();
        await stopping.CancelAsync();
    }

    private async Task EvictAsync()
    {
        agendas.Evict();
        await pages.EvictAsync(stopping.Token);
        _ = EvictAgainLaterAsync();
    }

    private async Task EvictAgainLaterAsync()
    {
        try
        {
            await Task.Delay(SecondPass, time, stopping.Token);
            agendas.Evict();
            await pages.EvictAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the caches go with the process.
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Second eviction of the agenda caches failed.");
        }
    }
}
