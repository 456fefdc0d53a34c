using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.Web.Features.Forum.Attendance;

/// <summary>
/// Runs <see cref="SessionDoorSync"/> for every edition at start-up and for an edition after each committed forum
/// change. The notifier delivers one change at a time to this subscriber, so two reconciliations never race.
/// </summary>
internal sealed class SessionDoorWorker(SessionDoorSync sync, ChangeNotifier<ForumChange> forumChanges, ILogger<SessionDoorWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Subscribed before the first pass, so that a change made during it is reconciled after it, not lost.
        using var subscription = forumChanges.Subscribe(change => RunAsync(() => sync.ReconcileAsync(change.EditionId, stoppingToken)));
        await RunAsync(() => sync.ReconcileAllAsync(stoppingToken));
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private async Task RunAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        catch (Exception exception)
        {
            // The next forum change (or the next start) tries again; a scan at a stale door is judged by the writer anyway.
            logger.LogError(exception, "Bringing session doors in step with their sessions failed.");
        }
    }
}
