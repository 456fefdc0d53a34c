using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Registrations.Badges;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Reports;
using TechconnectEvent.Web.Infrastructure.Jobs;
using ReportsPage = TechconnectEvent.Web.Features.Reports.Pages.Reports;

namespace TechconnectEvent.ComponentTests.Reports;

public sealed class ReportsPageTests : MudComponentTest
{
    private readonly FakeBackgroundJobs jobs;

    public ReportsPageTests() : this(new FakeBackgroundJobs())
    {
    }

    private ReportsPageTests(FakeBackgroundJobs jobs)
        : base(configureServices: services => services.AddReports().AddSingleton<IBackgroundJobs>(jobs))
    {
        this.jobs = jobs;
        Database.AddEdition();
        SignInOrganiser();
    }

    [Fact]
    public void Generate_StartsAJobOfThatReport_ShowsProgress_ThenTheDownload()
    {
        Auth.SetPolicies(Policies.Organisers, Policies.StaffAndOrganisers);
        var page = Render<ReportsPage>();

        page.Find("button[data-testid=report-checkin-log-generate]").Click();

        page.WaitForAssertion(() => Assert.Single(jobs.Started));
        Assert.Equal("report:checkin-log", jobs.Started[0].Kind);
        var id = jobs.List("u1", "report:checkin-log").Single().Id;
        jobs.Set(id, j => j with { State = BackgroundJobState.Running, Done = 5, Total = 20 });
        page.WaitForAssertion(() => Assert.Equal("5 / 20 (25%)",
            page.Find("[data-testid=report-checkin-log] [data-testid=job-count]").TextContent.Trim()));

        jobs.Set(id, j => j with { State = BackgroundJobState.Succeeded, FileName = "checkin-log-2023-vi.pdf", DownloadUrl = $"/jobs/{id}/download" });
        page.WaitForAssertion(() => Assert.Equal($"/jobs/{id}/download",
            page.Find("[data-testid=report-checkin-log] [data-testid=job-download]").GetAttribute("href")));
        Assert.Equal("reports/checkin-log.pdf", page.Find("[data-testid=report-checkin-log-direct]").GetAttribute("href"));
    }

    [Fact]
    public void AFinishedFile_IsOfferedAgainAfterAReload()
    {
        Auth.SetPolicies(Policies.Organisers, Policies.StaffAndOrganisers);
        var first = Render<ReportsPage>();
        first.Find("button[data-testid=report-delegates-generate]").Click();
        first.WaitForAssertion(() => Assert.Single(jobs.Started));
        var id = jobs.List("u1", "report:delegates").Single().Id;
        jobs.Set(id, j => j with { State = BackgroundJobState.Succeeded, FileName = "delegates-2023-vi.pdf", DownloadUrl = $"/jobs/{id}/download" });

        var reloaded = Render<ReportsPage>();

        reloaded.WaitForAssertion(() => Assert.Equal($"/jobs/{id}/download",
            reloaded.Find("[data-testid=report-delegates] [data-testid=job-download]").GetAttribute("href")));
    }

    [Fact]
    public void AFailedJob_ShowsItsTranslatedMessage()
    {
        Auth.SetPolicies(Policies.Organisers, Policies.StaffAndOrganisers);
        var page = Render<ReportsPage>();
        page.Find("button[data-testid=report-booth-allocation-generate]").Click();
        page.WaitForAssertion(() => Assert.Single(jobs.Started));
        var id = jobs.List("u1", "report:booth-allocation").Single().Id;

        jobs.Set(id, j => j with { State = BackgroundJobState.Failed, ErrorMessage = "Không lập được báo cáo. Vui lòng thử lại." });

        page.WaitForAssertion(() => Assert.Contains("Không lập được báo cáo. Vui lòng thử lại.",
            page.Find("[data-testid=report-booth-allocation] .mud-alert").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Staff_SeeOnlyTheReportsTheyMayGet()
    {
        Auth.SetPolicies(Policies.StaffAndOrganisers);

        var page = Render<ReportsPage>();

        Assert.NotEmpty(page.FindAll("[data-testid=report-booth-allocation]"));
        Assert.NotEmpty(page.FindAll("[data-testid=report-session-attendance]"));
        Assert.NotEmpty(page.FindAll("[data-testid=report-mou-runsheet]"));
        Assert.Empty(page.FindAll("[data-testid=report-checkin-log]"));
        Assert.Empty(page.FindAll("[data-testid=report-delegates]"));
        Assert.Empty(page.FindAll("[data-testid=report-zones]"));
        Assert.Empty(page.FindAll("[data-testid=report-mous-csv]"));
    }
}
