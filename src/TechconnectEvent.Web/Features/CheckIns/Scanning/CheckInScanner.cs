using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.CheckIns.Scanning;

/// <summary>
/// Judges every scan — gate page, scanner API, queued scans — through one writer that commits them in groups: while
/// one transaction commits, the scans that arrive queue up and go together in the next. During the morning rush that
/// turns thousands of small transactions a second into a few hundred, and no two request threads ever wait on each
/// other for the database's single write lock. Which of two simultaneous scans of one badge admits is still decided
/// by the unique index, so several instances writing to one database stay right.
/// </summary>
public sealed class CheckInScanner : ICheckInScanner, IDisposable
{
    /// <summary>Scans judged in one transaction at most; more wait for the next.</summary>
    public const int MaxBatch = 256;
    private const int MaxQueued = 20_000;

    private readonly IDbContextFactory<EventDbContext> dbFactory;
    private readonly TimeProvider time;
    private readonly ChangeNotifier<CheckInChange> changes;
    private readonly ILogger<CheckInScanner> logger;
    private readonly Channel<PendingScan> queue = Channel.CreateBounded<PendingScan>(new BoundedChannelOptions(MaxQueued)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });
    private readonly Lazy<Thread> writer;

    public CheckInScanner(IDbContextFactory<EventDbContext> dbFactory, TimeProvider time, ChangeNotifier<CheckInChange> changes,
        ILogger<CheckInScanner> logger)
    {
        this.dbFactory = dbFactory;
        this.time = time;
        this.changes = changes;
        this.logger = logger;
        writer = new Lazy<Thread>(StartWriter, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<ScanVerdict> ScanAsync(ScanRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Nonce is { Length: > ScanLimits.Nonce })
        {
            throw new ArgumentException($"A nonce has at most {ScanLimits.Nonce} characters.", nameof(request));
        }
        var pending = new PendingScan(request, new TaskCompletionSource<ScanVerdict>(TaskCreationOptions.RunContinuationsAsynchronously));
        _ = writer.Value;
        if (!queue.Writer.TryWrite(pending))
        {
            await queue.Writer.WriteAsync(pending, cancellationToken);
        }
        // Once queued the scan is judged and logged even if the caller stops waiting: the badge was scanned.
        return await pending.Completion.Task.WaitAsync(cancellationToken);
    }

    public void Dispose() => queue.Writer.TryComplete();

    // The writer has a thread of its own rather than a turn on the thread pool: during the rush the pool's queue is
    // full of requests waiting for it, and a writer queued behind them is what made the slowest scans slow.
    private Thread StartWriter()
    {
        var thread = new Thread(WriteAll) { IsBackground = true, Name = "Check-in writer" };
        thread.Start();
        return thread;
    }

    private void WriteAll()
    {
        var batch = new List<PendingScan>(MaxBatch);
        // Blocking waits are right here: this thread does nothing else. With SQLite every call below completes
        // synchronously anyway; with a server database the thread waits for its answers.
        while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            WriteBatchAsync(batch).GetAwaiter().GetResult();
        }
    }

    private async Task WriteBatchAsync(List<PendingScan> batch)
    {
        try
        {
            Complete(batch, await CommitAsync(batch));
        }
        catch (Exception exception) when (batch.Count > 1)
        {
            // One scan that breaks must not fail its neighbours: each goes again in a transaction of its own.
            logger.LogWarning(exception, "A batch of {Count} scans failed; judging them one by one.", batch.Count);
            foreach (var pending in batch)
            {
                await WriteBatchAsync([pending]);
            }
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "A scan could not be recorded.");
            batch[0].Completion.TrySetException(exception);
        }
    }

    private async Task<ScanOutcome?[]> CommitAsync(List<PendingScan> batch)
    {
        var receivedAt = time.GetUtcNow();
        var outcomes = new ScanOutcome?[batch.Count];
        await using var db = await dbFactory.CreateDbContextAsync();
        await using (var transaction = await db.BeginWriteAsync(CancellationToken.None))
        {
            var sql = new ScanBatch(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction(), db.Database.IsSqlite());
            await using (sql)
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    outcomes[i] = await sql.JudgeAsync(batch[i].Request, receivedAt, CancellationToken.None);
                }
            }
            await transaction.CommitAsync();
        }
        foreach (var edition in outcomes.OfType<ScanOutcome>().GroupBy(o => o.EditionId))
        {
            changes.Publish(new CheckInChange(edition.Key, edition.Count(o => o.Admitted)));
        }
        return outcomes;
    }

    private static void Complete(List<PendingScan> batch, ScanOutcome?[] outcomes)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i] is { } outcome)
            {
                batch[i].Completion.TrySetResult(outcome.Verdict);
            }
            else
            {
                batch[i].Completion.TrySetException(new UnknownScanPointException(batch[i].Request.ScanPointId));
            }
        }
    }

    private sealed record PendingScan(ScanRequest Request, TaskCompletionSource<ScanVerdict> Completion);
}

/// <summary>The scan named a scan point that does not exist (deleted meanwhile, or a wrong id).</summary>
public sealed class UnknownScanPointException(int scanPointId)
    : Exception($"Scan point {scanPointId} does not exist.")
{
    public int ScanPointId { get; } = scanPointId;
}
