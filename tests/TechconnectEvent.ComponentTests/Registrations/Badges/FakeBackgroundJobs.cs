using System.Security.Claims;
using TechconnectEvent.Web.Infrastructure.Jobs;

namespace TechconnectEvent.ComponentTests.Registrations.Badges;

/// <summary>Keeps started jobs without running them; a test moves a job along with <see cref="Set"/>.</summary>
internal sealed class FakeBackgroundJobs : IBackgroundJobs
{
    private readonly Dictionary<Guid, BackgroundJobStatus> jobs = [];

    public List<BackgroundJobRequest> Started { get; } = [];

    public event Action<Guid>? Changed;

    public BackgroundJobStatus Start(BackgroundJobRequest request, Func<BackgroundJobContext, CancellationToken, Task<BackgroundJobOutput>> work)
    {
        Started.Add(request);
        var status = new BackgroundJobStatus(Guid.NewGuid(), request.Kind, request.UserId, request.UserName, BackgroundJobState.Queued,
            0, 0, TestClock.Instant, null, null, null, null, null);
        jobs[status.Id] = status;
        return status;
    }

    public BackgroundJobStatus? Get(Guid jobId, string userId) =>
        jobs.TryGetValue(jobId, out var job) && job.UserId == userId ? job : null;

    public BackgroundJobStatus? Get(Guid jobId, ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? Get(jobId, userId) : null;

    public IReadOnlyList<BackgroundJobStatus> List(string userId, string kind) =>
        jobs.Values.Where(j => j.UserId == userId && j.Kind == kind).ToList();

    public void Set(Guid jobId, Func<BackgroundJobStatus, BackgroundJobStatus> change)
    {
        jobs[jobId] = change(jobs[jobId]);
        Changed?.Invoke(jobId);
    }
}
