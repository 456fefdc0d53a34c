using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Infrastructure.Jobs;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Jobs;

public sealed class JobProgressPanelTests() : MudComponentTest(ProductCultures.English, configureServices: AddJobs)
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "tc-job-panel", Guid.NewGuid().ToString("N"));

    private static void AddJobs(IServiceCollection services)
    {
        services.AddLogging();
        services.AddSingleton(new BackgroundJobOptions { Folder = Folder });
        services.AddSingleton<BackgroundJobs>();
        services.AddSingleton<IBackgroundJobs>(provider => provider.GetRequiredService<BackgroundJobs>());
        services.AddSingleton<BackgroundJobWorker>();
    }

    [Fact]
    public async Task ShowsProgress_ThenTheDownloadLink()
    {
        Auth.SetAuthorized("staff@test.local");
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "staff-1"));
        var jobs = Services.GetRequiredService<BackgroundJobs>();
        var worker = Services.GetRequiredService<BackgroundJobWorker>();
        await worker.StartAsync(Xunit.TestContext.Current.CancellationToken);
        var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var job = jobs.Start(new BackgroundJobRequest("badges", "staff-1", "staff@test.local", ProductCultures.English), async (context, ct) =>
        {
            context.Report(4, 8);
            halfway.SetResult();
            await release.Task.WaitAsync(ct);
            await File.WriteAllTextAsync(context.OutputPath, "pdf", ct);
            return new BackgroundJobOutput("badges.pdf", "application/pdf", "8 badges");
        });
        await halfway.Task.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);

        var panel = Render<JobProgressPanel>(p => p.Add(x => x.JobId, job.Id));

        panel.WaitForAssertion(() => Assert.Equal("4 of 8 (50%)", panel.Find("[data-testid=job-count]").TextContent.Trim()));
        Assert.NotNull(panel.Find("[role=progressbar]"));
        Assert.Empty(panel.FindAll("[data-testid=job-download]"));

        release.SetResult();

        panel.WaitForAssertion(() => Assert.Equal("Succeeded", panel.Find("[data-testid=job-progress]").GetAttribute("data-state")), TimeSpan.FromSeconds(10));
        panel.WaitForAssertion(() => Assert.Equal($"/jobs/{job.Id}/download", panel.Find("a[data-testid=job-download]").GetAttribute("href")), TimeSpan.FromSeconds(10));
        Assert.Contains("Done", panel.Find("[aria-live=polite]").TextContent, StringComparison.Ordinal);
        Assert.Contains("8 badges", panel.Markup, StringComparison.Ordinal);
        await worker.StopAsync(Xunit.TestContext.Current.CancellationToken);
    }

    [Fact]
    public void SomeoneElsesJob_IsNotShown()
    {
        Auth.SetAuthorized("other@test.local");
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "other"));
        var jobs = Services.GetRequiredService<BackgroundJobs>();
        var job = jobs.Start(new BackgroundJobRequest("badges", "staff-1", "staff@test.local", ProductCultures.English),
            (_, _) => Task.FromResult(new BackgroundJobOutput("x.pdf", "application/pdf")));

        var panel = Render<JobProgressPanel>(p => p.Add(x => x.JobId, job.Id));

        Assert.Contains("no longer exists", panel.Find("[aria-live=polite]").TextContent, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("[data-testid=job-count]"));
    }
}
