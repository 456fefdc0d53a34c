using Microsoft.EntityFrameworkCore;

namespace TechconnectEvent.Web.Infrastructure.Data;

/// <summary>
/// Copies SQLite's write-ahead log into the database file every second, in the background. Left to SQLite, the commit
/// that finds the log full does the copy itself — two disk syncs inside one request — and every scan queued behind
/// it waits; done here, commits only append (the log may still grow to <see cref="SqlitePragmaInterceptor"/>'s
/// limit before a commit checkpoints itself). PASSIVE never waits for readers or the writer. PostgreSQL: nothing to do.
/// </summary>
internal sealed class SqliteCheckpointer(IDbContextFactory<EventDbContext> dbFactory, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckpointAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (!db.Database.IsSqlite())
            {
                return;
            }
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next tick tries again; a commit checkpoints by itself once the log is long.
            logger.LogDebug(exception, "A background checkpoint failed.");
        }
    }
}
