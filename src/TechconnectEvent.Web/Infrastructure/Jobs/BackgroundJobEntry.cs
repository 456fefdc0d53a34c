namespace TechconnectEvent.Web.Infrastructure.Jobs;

/// <summary>One job's record, changed by its worker and read by pages; every change goes through the lock.</summary>
internal sealed class BackgroundJobEntry(
    Guid id, long sequence, BackgroundJobRequest request,
    Func<BackgroundJobContext, CancellationToken, Task<BackgroundJobOutput>> work, DateTimeOffset queuedAt, string filePath)
{
    private readonly Lock gate = new();
    private BackgroundJobState state = BackgroundJobState.Queued;
    private int done;
    private int total;
    private DateTimeOffset? finishedAt;
    private BackgroundJobOutput? output;
    private string? errorMessage;
    private long? lastNotice;

    public Guid Id { get; } = id;
    /// <summary>Order of starting, for "newest first" when two jobs start within the same clock tick.</summary>
    public long Sequence { get; } = sequence;
    public BackgroundJobRequest Request { get; } = request;
    public Func<BackgroundJobContext, CancellationToken, Task<BackgroundJobOutput>> Work { get; } = work;
    public DateTimeOffset QueuedAt { get; } = queuedAt;
    public string FilePath { get; } = filePath;

    public bool IsFinished
    {
        get
        {
            lock (gate)
            {
                return state is BackgroundJobState.Succeeded or BackgroundJobState.Failed;
            }
        }
    }

    public bool Succeeded
    {
        get
        {
            lock (gate)
            {
                return state == BackgroundJobState.Succeeded;
            }
        }
    }

    public DateTimeOffset? FinishedAt
    {
        get
        {
            lock (gate)
            {
                return finishedAt;
            }
        }
    }

    /// <summary>False when the job was failed meanwhile (the host stopping), so it must not run.</summary>
    public bool TryStart()
    {
        lock (gate)
        {
            if (state != BackgroundJobState.Queued)
            {
                return false;
            }
            state = BackgroundJobState.Running;
            return true;
        }
    }

    /// <summary>Records the progress; true when enough time passed since the last notice to tell the pages.</summary>
    public bool Report(int doneNow, int totalNow, long timestamp, Func<long, TimeSpan> elapsedSince, TimeSpan interval)
    {
        lock (gate)
        {
            if (state != BackgroundJobState.Running)
            {
                return false;
            }
            total = Math.Max(0, totalNow);
            done = Math.Clamp(doneNow, 0, total);
            if (lastNotice is { } last && elapsedSince(last) < interval)
            {
                return false;
            }
            lastNotice = timestamp;
            return true;
        }
    }

    public bool Succeed(BackgroundJobOutput result, DateTimeOffset now)
    {
        lock (gate)
        {
            if (state != BackgroundJobState.Running)
            {
                return false;
            }
            state = BackgroundJobState.Succeeded;
            output = result;
            done = total = Math.Max(total, 1);
            finishedAt = now;
            return true;
        }
    }

    public bool Fail(string message, DateTimeOffset now)
    {
        lock (gate)
        {
            if (state is BackgroundJobState.Succeeded or BackgroundJobState.Failed)
            {
                return false;
            }
            state = BackgroundJobState.Failed;
            errorMessage = message;
            finishedAt = now;
            return true;
        }
    }

    public BackgroundJobStatus Snapshot()
    {
        lock (gate)
        {
            var succeeded = state == BackgroundJobState.Succeeded;
            return new BackgroundJobStatus(Id, Request.Kind, Request.UserId, Request.UserName, state, done, total, QueuedAt, finishedAt,
                output?.FileName, output?.Summary, errorMessage, succeeded ? $"/jobs/{Id}/download" : null);
        }
    }

    public (string FileName, string ContentType)? Download()
    {
        lock (gate)
        {
            return state == BackgroundJobState.Succeeded && output is not null ? (output.FileName, output.ContentType) : null;
        }
    }
}
