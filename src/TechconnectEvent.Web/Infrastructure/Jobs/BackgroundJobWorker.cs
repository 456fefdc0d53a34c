namespace TechconnectEvent.Web.Infrastructure.Jobs;

/// <summary>
/// Runs queued jobs on background threads, <c>Jobs:Concurrency</c> at a time, and sweeps expired files every few
/// minutes. When the app stops, running jobs are cancelled and every unfinished job is marked failed.
/// </summary>
public sealed class BackgroundJobWorker(BackgroundJobs jobs, IServiceScopeFactory scopes, BackgroundJobOptions options, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(10);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        jobs.RemoveOrphanFiles();
        var runners = Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(() => RunQueueAsync(stoppingToken), CancellationToken.None));
        return Task.WhenAll(runners.Append(SweepAsync(stoppingToken)));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await base.StopAsync(cancellationToken);
        }
        finally
        {
            // Also when a job ignored its cancellation and the host gave up waiting for it.
            jobs.FailUnfinished();
        }
    }

    private async Task RunQueueAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var entry in jobs.Queue.ReadAllAsync(stoppingToken))
            {
                await jobs.RunAsync(entry, scopes, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync marks what is left.
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                jobs.RemoveExpired();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
