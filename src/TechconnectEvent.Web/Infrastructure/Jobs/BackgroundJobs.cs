using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Threading.Channels;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Infrastructure.Jobs;

/// <summary>
/// The jobs of this instance: a bounded queue that <see cref="BackgroundJobWorker"/> empties, and the records pages
/// read. Records live in memory, so a restart forgets them (their files are swept) and several instances behind a
/// load balancer would each see only their own jobs: scaling out needs a shared store for the records and the
/// files (the scale-out issue).
/// </summary>
public sealed class BackgroundJobs(
    BackgroundJobOptions options, TimeProvider time, IStringLocalizer<SharedResource> localizer, ILogger<BackgroundJobs> logger) : IBackgroundJobs
{
    private const string FileExtension = ".job";

    private readonly ConcurrentDictionary<Guid, BackgroundJobEntry> jobs = new();
    private readonly Channel<BackgroundJobEntry> queue = Channel.CreateBounded<BackgroundJobEntry>(
        new BoundedChannelOptions(options.QueueLength) { FullMode = BoundedChannelFullMode.Wait });
    private long sequence;

    public event Action<Guid>? Changed;

    internal ChannelReader<BackgroundJobEntry> Queue => queue.Reader;

    public BackgroundJobStatus Start(BackgroundJobRequest request, Func<BackgroundJobContext, CancellationToken, Task<BackgroundJobOutput>> work)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(work);
        RemoveExpired();
        var id = Guid.NewGuid();
        var entry = new BackgroundJobEntry(id, Interlocked.Increment(ref sequence), request, work, time.GetUtcNow(),
            Path.Combine(options.Folder, id.ToString("N") + FileExtension));
        jobs[id] = entry;
        if (!queue.Writer.TryWrite(entry))
        {
            // Started from a page, so the caller's culture is the person's.
            entry.Fail(localizer["Jobs.QueueFull"], time.GetUtcNow());
        }
        Raise(id);
        return entry.Snapshot();
    }

    public BackgroundJobStatus? Get(Guid jobId, string userId) =>
        jobs.TryGetValue(jobId, out var entry) && entry.Request.UserId == userId ? entry.Snapshot() : null;

    public BackgroundJobStatus? Get(Guid jobId, ClaimsPrincipal user) =>
        Visible(jobId, user)?.Snapshot();

    public IReadOnlyList<BackgroundJobStatus> List(string userId, string kind) =>
        [.. jobs.Values.Where(j => j.Request.UserId == userId && j.Request.Kind == kind)
            .OrderByDescending(j => j.Sequence).Select(j => j.Snapshot())];

    /// <summary>The finished file of a job <paramref name="user"/> may see, or null (unknown, not theirs, not done, swept).</summary>
    public BackgroundJobDownload? Download(Guid jobId, ClaimsPrincipal user)
    {
        if (Visible(jobId, user) is not { } entry || entry.Download() is not { } file || !File.Exists(entry.FilePath))
        {
            return null;
        }
        return new BackgroundJobDownload(entry.FilePath, file.FileName, file.ContentType);
    }

    /// <summary>Runs one job in its own scope and in its starter's culture; whatever happens, the job ends Succeeded or Failed.</summary>
    internal async Task RunAsync(BackgroundJobEntry entry, IServiceScopeFactory scopes, CancellationToken stoppingToken)
    {
        if (!entry.TryStart())
        {
            return;
        }
        var culture = CultureOf(entry.Request.Culture);
        // Async methods keep culture changes to themselves: the worker's loop is left as it was.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        Raise(entry.Id);
        try
        {
            Directory.CreateDirectory(options.Folder);
            await using var scope = scopes.CreateAsyncScope();
            var context = new BackgroundJobContext(entry.Id, entry.FilePath, scope.ServiceProvider, (done, total) => Report(entry, done, total));
            var output = await entry.Work(context, stoppingToken);
            if (!File.Exists(entry.FilePath))
            {
                logger.LogError("Background job {JobId} ({Kind}) finished without writing its file.", entry.Id, entry.Request.Kind);
                Finish(entry, localizer["Jobs.Failed"]);
                return;
            }
            if (entry.Succeed(output, time.GetUtcNow()))
            {
                RemoveOlderOfSameKind(entry);
            }
        }
        catch (BackgroundJobFailedException failure)
        {
            Finish(entry, failure.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Background job {JobId} ({Kind}) was interrupted by the app stopping.", entry.Id, entry.Request.Kind);
            Finish(entry, localizer["Jobs.Interrupted"]);
        }
        catch (Exception exception)
        {
            // The person reads a general message; what went wrong is for the operators' log only.
            logger.LogError(exception, "Background job {JobId} ({Kind}) failed.", entry.Id, entry.Request.Kind);
            Finish(entry, localizer["Jobs.Failed"]);
        }
        finally
        {
            Raise(entry.Id);
        }
    }

    /// <summary>The host is stopping: jobs still queued or running will not finish, and say so.</summary>
    internal void FailUnfinished()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var entry in jobs.Values.Where(j => !j.IsFinished))
            {
                CultureInfo.CurrentUICulture = CultureOf(entry.Request.Culture);
                if (entry.Fail(localizer["Jobs.Interrupted"], time.GetUtcNow()))
                {
                    Raise(entry.Id);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>Forgets finished jobs older than <c>Jobs:KeepHours</c> and deletes their files.</summary>
    public void RemoveExpired()
    {
        var cutoff = time.GetUtcNow() - options.Keep;
        foreach (var entry in jobs.Values.Where(j => j.FinishedAt is { } finished && finished < cutoff))
        {
            Forget(entry);
        }
    }

    /// <summary>Deletes job files no record points at (left by an earlier run of the app): nobody can download them.</summary>
    internal void RemoveOrphanFiles()
    {
        if (!Directory.Exists(options.Folder))
        {
            return;
        }
        foreach (var path in Directory.EnumerateFiles(options.Folder, "*" + FileExtension))
        {
            if (!Guid.TryParseExact(Path.GetFileNameWithoutExtension(path), "N", out var id) || jobs.ContainsKey(id))
            {
                continue;
            }
            DeleteFile(path);
        }
    }

    private BackgroundJobEntry? Visible(Guid jobId, ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
            || !jobs.TryGetValue(jobId, out var entry))
        {
            return null;
        }
        var shared = entry.Request.SharedWithRole is { } role && user.IsInRole(role);
        return entry.Request.UserId == userId || shared ? entry : null;
    }

    private void Report(BackgroundJobEntry entry, int done, int total)
    {
        if (entry.Report(done, total, time.GetTimestamp(), time.GetElapsedTime, options.ProgressInterval))
        {
            Raise(entry.Id);
        }
    }

    private void Finish(BackgroundJobEntry entry, string message)
    {
        entry.Fail(message, time.GetUtcNow());
        DeleteFile(entry.FilePath);
    }

    // One file per person and kind: a new badge batch replaces the one printed before.
    private void RemoveOlderOfSameKind(BackgroundJobEntry newer)
    {
        foreach (var older in jobs.Values.Where(j => j.Sequence < newer.Sequence && j.IsFinished
                     && j.Request.UserId == newer.Request.UserId && j.Request.Kind == newer.Request.Kind))
        {
            Forget(older);
        }
    }

    private void Forget(BackgroundJobEntry entry)
    {
        if (jobs.TryRemove(entry.Id, out _))
        {
            DeleteFile(entry.FilePath);
            Raise(entry.Id);
        }
    }

    private void DeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException exception)
        {
            logger.LogWarning(exception, "Could not delete the job file {Path}; the next sweep tries again.", path);
        }
        catch (UnauthorizedAccessException exception)
        {
            logger.LogWarning(exception, "Could not delete the job file {Path}.", path);
        }
    }

    private void Raise(Guid id)
    {
        try
        {
            Changed?.Invoke(id);
        }
        catch (Exception exception)
        {
            // A page's handler must not take a job down with it.
            logger.LogWarning(exception, "A background-job listener failed.");
        }
    }

    /// <summary>The starter's culture when the product speaks its language ("en", "en-US", "vi-VN" …), else the default.</summary>
    private static CultureInfo CultureOf(string? name)
    {
        try
        {
            var culture = string.IsNullOrWhiteSpace(name) ? null : CultureInfo.GetCultureInfo(name);
            if (culture is not null && ProductCultures.Supported.Any(s => CultureInfo.GetCultureInfo(s).TwoLetterISOLanguageName == culture.TwoLetterISOLanguageName))
            {
                return culture;
            }
        }
        catch (CultureNotFoundException)
        {
            // An unknown name falls back like a missing one.
        }
        return CultureInfo.GetCultureInfo(ProductCultures.Default);
    }
}

/// <summary>A finished job's file as the download endpoint sends it.</summary>
public sealed record BackgroundJobDownload(string Path, string FileName, string ContentType);
