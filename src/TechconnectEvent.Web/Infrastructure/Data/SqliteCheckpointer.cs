using Microsoft.EntityFrameworkCore;

namespace TechconnectEvent.Web.Infrastructure.Data;

/// <summary>
/// Copies SQLite's write-ahead log into the database file five times a second, in the background. Left to SQLite, the
/// commit that finds the log full does the copy itself — two disk syncs inside one request — and every scan queued
/// behind it waits. Done here, commits only append; and done often, each copy is short, so its disk sync holds up the
/// writer's appends for a moment instead of tens of milliseconds (measured on the scanner API: p99 35 ms with a copy
/// every second, 14–19 ms every 200 ms). PASSIVE never waits for readers or the writer; the log may still grow to
/// <see cref="SqlitePragmaInterceptor"/>'s limit before a commit copies it itself. PostgreSQL: nothing to do.
/// </summary>
internal sealed class SqliteCheckpointer(IDbContextFactory<EventDbContext> dbFactory, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

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

    /// <summary>One passive checkpoint: the frames in the log and how many of them are now in the database; null on PostgreSQL or failure.</summary>
    internal async Task<(int LogFrames, int CheckpointedFrames)?> CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (!db.Database.IsSqlite())
            {
                return null;
            }
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? (reader.GetInt32(1), reader.GetInt32(2)) : null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next tick tries again; a commit checkpoints by itself once the log is long.
            logger.LogDebug(exception, "A background checkpoint failed.");
            return null;
        }
    }
}
