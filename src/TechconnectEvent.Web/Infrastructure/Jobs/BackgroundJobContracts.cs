namespace TechconnectEvent.Web.Infrastructure.Jobs;

/// <summary>
/// Long work started from a page (a badge batch, a report) that runs outside the person's circuit, shows its
/// progress and leaves a file to download. Jobs belong to the user who started them; only that user (and, for
/// <see cref="BackgroundJobRequest.SharedWithRole"/>, people in that role) sees and downloads them.
/// </summary>
public interface IBackgroundJobs
{
    /// <summary>Queues the work and returns at once; the job appears as Queued, then Running with its progress.</summary>
    BackgroundJobStatus Start(BackgroundJobRequest request, Func<BackgroundJobContext, CancellationToken, Task<BackgroundJobOutput>> work);

    /// <summary>The job if <paramref name="userId"/> may see it, else null.</summary>
    BackgroundJobStatus? Get(Guid jobId, string userId);

    /// <summary>The job if the signed-in <paramref name="user"/> started it or is in its <see cref="BackgroundJobRequest.SharedWithRole"/>, else null.</summary>
    BackgroundJobStatus? Get(Guid jobId, System.Security.Claims.ClaimsPrincipal user);

    /// <summary>The user's jobs of one kind, newest first.</summary>
    IReadOnlyList<BackgroundJobStatus> List(string userId, string kind);

    /// <summary>Fires whenever a job's state or progress changes (throttled); pages re-read <see cref="Get(Guid, System.Security.Claims.ClaimsPrincipal)"/>.</summary>
    event Action<Guid>? Changed;
}

/// <param name="Kind">What the job makes, e.g. "badges"; lists are per kind.</param>
/// <param name="UserId">The person who started it.</param>
/// <param name="UserName">Their display name, for "started by".</param>
/// <param name="Culture">The UI culture the work runs in (PDF language).</param>
/// <param name="SharedWithRole">A role whose members may also see and download the result (e.g. "Organiser").</param>
public sealed record BackgroundJobRequest(string Kind, string UserId, string UserName, string Culture, string? SharedWithRole = null);

/// <summary>What the work gets: where to write its file, how to report progress, and a service scope of its own.</summary>
public sealed class BackgroundJobContext(Guid jobId, string outputPath, IServiceProvider services, Action<int, int> report)
{
    public Guid JobId { get; } = jobId;
    /// <summary>A file path the work writes its result to (the folder exists).</summary>
    public string OutputPath { get; } = outputPath;
    /// <summary>A scope created for this job and disposed after it.</summary>
    public IServiceProvider Services { get; } = services;

    public void Report(int done, int total) => report(done, total);
}

/// <param name="FileName">The name the browser saves the download as.</param>
/// <param name="ContentType">e.g. application/pdf.</param>
/// <param name="Summary">A short translated line shown with the finished job (e.g. "512 badges").</param>
public sealed record BackgroundJobOutput(string FileName, string ContentType, string? Summary = null);

/// <summary>
/// Thrown by a job's work to fail with a message for the person (already translated, safe to show); any other
/// exception fails the job with a general message and is only logged.
/// </summary>
public sealed class BackgroundJobFailedException(string safeMessage) : Exception(safeMessage);

public enum BackgroundJobState
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}

/// <param name="ErrorMessage">For a failed job: a translated message safe to show (never a stack trace).</param>
/// <param name="DownloadUrl">"/jobs/{id}/download" once the job succeeded.</param>
public sealed record BackgroundJobStatus(
    Guid Id,
    string Kind,
    string UserId,
    string UserName,
    BackgroundJobState State,
    int Done,
    int Total,
    DateTimeOffset QueuedAt,
    DateTimeOffset? FinishedAt,
    string? FileName,
    string? Summary,
    string? ErrorMessage,
    string? DownloadUrl)
{
    public int Percent => Total <= 0 ? 0 : (int)Math.Round(100.0 * Done / Total);
}
