using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TechconnectEvent.Web.Infrastructure.Jobs;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.UnitTests.Jobs;

public sealed class BackgroundJobsTests : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tc-jobs", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(TestClock.Instant);
    private readonly ServiceProvider services;
    private readonly BackgroundJobs jobs;
    private readonly BackgroundJobWorker worker;

    public BackgroundJobsTests()
    {
        services = new ServiceCollection().AddLogging().AddProductLocalization().BuildServiceProvider();
        var options = new BackgroundJobOptions { Folder = folder };
        jobs = new BackgroundJobs(options, clock, services.GetRequiredService<IStringLocalizer<SharedResource>>(), NullLogger<BackgroundJobs>.Instance);
        worker = new BackgroundJobWorker(jobs, services.GetRequiredService<IServiceScopeFactory>(), options, clock);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_RunsTheWorkInTheBackground_AndOffersItsFile()
    {
        await worker.StartAsync(Token);

        var started = jobs.Start(Request("alice"), WriteAsync("hello"));
        var done = await FinishedAsync(started.Id, "alice");

        Assert.Equal(BackgroundJobState.Succeeded, done.State);
        Assert.Equal($"/jobs/{started.Id}/download", done.DownloadUrl);
        Assert.Equal("badges.pdf", done.FileName);
        var file = jobs.Download(started.Id, User("alice"));
        Assert.NotNull(file);
        Assert.Equal("hello", await File.ReadAllTextAsync(file.Path, Token));
    }

    [Fact]
    public async Task Work_RunsInTheStartersCulture()
    {
        await worker.StartAsync(Token);
        string? seen = null;

        var job = jobs.Start(Request("alice", culture: ProductCultures.English), async (context, ct) =>
        {
            seen = CultureInfo.CurrentUICulture.Name;
            return await WriteAsync("x")(context, ct);
        });
        await FinishedAsync(job.Id, "alice");

        Assert.Equal(ProductCultures.English, seen);
    }

    [Fact]
    public async Task Progress_IsKept_ButNoticesAreThrottled()
    {
        var notices = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await worker.StartAsync(Token);
        var job = jobs.Start(Request("alice"), async (context, ct) =>
        {
            jobs.Changed += id => Interlocked.Increment(ref notices);
            for (var i = 1; i <= 500; i++)
            {
                context.Report(i, 1000);
            }
            reported.SetResult();
            await release.Task.WaitAsync(ct);
            return await WriteAsync("x")(context, ct);
        });

        await reported.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        var running = jobs.Get(job.Id, "alice")!;

        Assert.Equal(BackgroundJobState.Running, running.State);
        Assert.Equal((500, 1000, 50), (running.Done, running.Total, running.Percent));
        // The clock stands still: one notice for the first report, none for the 499 after it.
        Assert.Equal(1, notices);
        release.SetResult();
        await FinishedAsync(job.Id, "alice");
    }

    [Fact]
    public async Task FailedWork_ShowsATranslatedMessage_NeverTheException()
    {
        await worker.StartAsync(Token);

        var job = jobs.Start(Request("alice", culture: ProductCultures.Vietnamese), (_, _) => throw new InvalidOperationException("secret stack detail"));
        var failed = await FinishedAsync(job.Id, "alice");

        Assert.Equal(BackgroundJobState.Failed, failed.State);
        Assert.DoesNotContain("secret", failed.ErrorMessage, StringComparison.Ordinal);
        Assert.StartsWith("Không thể hoàn thành", failed.ErrorMessage, StringComparison.Ordinal);
        Assert.Null(failed.DownloadUrl);
        Assert.Null(jobs.Download(job.Id, User("alice")));
    }

    [Fact]
    public async Task WorkFailingWithItsOwnMessage_ShowsThatMessage()
    {
        await worker.StartAsync(Token);

        var job = jobs.Start(Request("alice"), (_, _) => throw new BackgroundJobFailedException("Không có đăng ký nào để in."));

        Assert.Equal("Không có đăng ký nào để in.", (await FinishedAsync(job.Id, "alice")).ErrorMessage);
    }

    [Fact]
    public async Task Get_ShowsTheJobToItsOwner_AndToTheSharedRole_Only()
    {
        await worker.StartAsync(Token);
        var job = jobs.Start(Request("alice", sharedWithRole: "Organiser"), WriteAsync("x"));
        await FinishedAsync(job.Id, "alice");

        Assert.NotNull(jobs.Get(job.Id, "alice"));
        Assert.Null(jobs.Get(job.Id, "bob"));
        Assert.Null(jobs.Get(job.Id, User("bob")));
        Assert.NotNull(jobs.Get(job.Id, User("carol", "Organiser")));
        Assert.Null(jobs.Get(job.Id, new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.Null(jobs.Download(job.Id, User("bob", "Staff")));
    }

    [Fact]
    public async Task ANewerJobOfTheSameKind_ReplacesTheOlderOnesFile()
    {
        await worker.StartAsync(Token);
        var first = jobs.Start(Request("alice"), WriteAsync("first"));
        await FinishedAsync(first.Id, "alice");
        var firstPath = jobs.Download(first.Id, User("alice"))!.Path;
        var otherKind = jobs.Start(Request("alice", kind: "report"), WriteAsync("report"));
        await FinishedAsync(otherKind.Id, "alice");

        var second = jobs.Start(Request("alice"), WriteAsync("second"));
        await FinishedAsync(second.Id, "alice");

        Assert.False(File.Exists(firstPath));
        Assert.Null(jobs.Get(first.Id, "alice"));
        Assert.Equal([second.Id], jobs.List("alice", "badges").Select(j => j.Id));
        Assert.NotNull(jobs.Download(otherKind.Id, User("alice")));
    }

    [Fact]
    public async Task FinishedJobs_ExpireAfterTheKeepTime_WithTheirFiles()
    {
        await worker.StartAsync(Token);
        var job = jobs.Start(Request("alice"), WriteAsync("x"));
        await FinishedAsync(job.Id, "alice");
        var path = jobs.Download(job.Id, User("alice"))!.Path;

        clock.Advance(TimeSpan.FromHours(23));
        jobs.RemoveExpired();
        Assert.True(File.Exists(path));

        clock.Advance(TimeSpan.FromHours(2));
        jobs.RemoveExpired();
        Assert.False(File.Exists(path));
        Assert.Null(jobs.Get(job.Id, "alice"));
    }

    [Fact]
    public async Task StoppingTheHost_MarksARunningJobFailed()
    {
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await worker.StartAsync(Token);
        var job = jobs.Start(Request("alice", culture: ProductCultures.English), async (_, ct) =>
        {
            running.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("not reached");
        });
        await running.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);

        await worker.StopAsync(Token);

        var stopped = jobs.Get(job.Id, "alice")!;
        Assert.Equal(BackgroundJobState.Failed, stopped.State);
        Assert.Contains("interrupted", stopped.ErrorMessage, StringComparison.Ordinal);
    }

    private static BackgroundJobRequest Request(string user, string kind = "badges", string culture = ProductCultures.Vietnamese, string? sharedWithRole = null) =>
        new(kind, user, user + "@test.local", culture, sharedWithRole);

    private static ClaimsPrincipal User(string id, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    private static Func<BackgroundJobContext, CancellationToken, Task<BackgroundJobOutput>> WriteAsync(string content) =>
        async (context, ct) =>
        {
            await File.WriteAllTextAsync(context.OutputPath, content, ct);
            return new BackgroundJobOutput("badges.pdf", "application/pdf", "1 badge");
        };

    private async Task<BackgroundJobStatus> FinishedAsync(Guid id, string user)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (jobs.Get(id, user) is { State: BackgroundJobState.Succeeded or BackgroundJobState.Failed } finished)
            {
                return finished;
            }
            await Task.Delay(10, Token);
        }
        throw new TimeoutException($"Job {id} did not finish.");
    }

    public async ValueTask DisposeAsync()
    {
        await worker.StopAsync(CancellationToken.None);
        worker.Dispose();
        await services.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
