using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Badges;
using TechconnectEvent.Web.Features.Registrations.Badges.Components;
using TechconnectEvent.Web.Features.Registrations.Badges.Pages;
using TechconnectEvent.Web.Infrastructure.Jobs;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.ComponentTests.Registrations.Badges;

public sealed class BadgesPageTests : MudComponentTest
{
    private readonly FakeBackgroundJobs jobs;
    private readonly int editionId;

    public BadgesPageTests() : this(new FakeBackgroundJobs())
    {
    }

    private BadgesPageTests(FakeBackgroundJobs jobs)
        : base(configureServices: services => services.AddPdf().AddBadges().AddSingleton<IBackgroundJobs>(jobs))
    {
        this.jobs = jobs;
        editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        db.RegistrationCategories.AddRange(RegistrationCategoryDefaults.For(editionId));
        db.SaveChanges();
        SignInOrganiser();
        Auth.SetPolicies(Policies.Organisers, Policies.StaffAndOrganisers);
    }

    [Fact]
    public void StartingABatch_ShowsItsProgress_ThenTheDownload()
    {
        Add("Nguyễn Văn An");
        Add("Trần Thị Bình");
        Add("Lê Đã In", printed: 1);

        var page = Render<BadgesPage>();

        // Badges already printed are left out unless reprinting is chosen.
        page.WaitForAssertion(() => Assert.Equal("2 thẻ khớp với bộ lọc", page.Find("[data-testid=badges-count]").TextContent.Trim()));
        page.Find("[data-testid=badges-start] button, button[data-testid=badges-start]").Click();
        page.WaitForAssertion(() => Assert.Single(jobs.Started));
        Assert.Equal(BadgeBatchJobs.Kind, jobs.Started[0].Kind);
        var id = jobs.List(jobs.Started[0].UserId, BadgeBatchJobs.Kind).Single().Id;

        jobs.Set(id, j => j with { State = BackgroundJobState.Running, Done = 1, Total = 2 });
        page.WaitForAssertion(() => Assert.Equal("1 / 2 (50%)", page.Find("[data-testid=job-count]").TextContent.Trim()));
        Assert.NotEmpty(page.FindAll(".mud-progress-linear"));

        jobs.Set(id, j => j with { State = BackgroundJobState.Succeeded, Done = 2, Total = 2, FileName = "badges.pdf", DownloadUrl = $"/jobs/{id}/download" });
        page.WaitForAssertion(() => Assert.Equal($"/jobs/{id}/download", page.Find("[data-testid=job-download]").GetAttribute("href")));
    }

    [Fact]
    public void NamesNoFontCovers_AreListedAsAWarning()
    {
        Add("Nguyễn Văn An");
        Add("𒀀𒀁 Sumer");

        var page = Render<BadgesPage>();

        page.WaitForAssertion(() => Assert.Contains("𒀀𒀁 Sumer", page.Find("[data-testid=badges-unprintable]").TextContent, StringComparison.Ordinal));
        Assert.Equal("1 thẻ khớp với bộ lọc", page.Find("[data-testid=badges-count]").TextContent.Trim());
    }

    [Fact]
    public async Task Reissue_AsksForConfirmation_ThenIssuesANewCode()
    {
        var id = Add("Phạm Minh Châu");
        var oldCode = Code(id);
        var host = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<BadgeActionsMenu>(2);
            builder.AddAttribute(3, nameof(BadgeActionsMenu.RegistrationId), id);
            builder.CloseComponent();
        });

        host.Find("[data-testid=badge-actions] button, button[data-testid=badge-actions]").Click();
        host.WaitForElement("[data-testid=badge-reissue]").Click();
        host.WaitForAssertion(() => Assert.Contains("Cấp lại thẻ này?", host.Markup, StringComparison.Ordinal));
        Assert.Equal(oldCode, Code(id));
        await host.InvokeAsync(() => host.FindAll("button").Last(b => b.TextContent.Trim() == "Cấp lại").Click());

        host.WaitForAssertion(() => Assert.NotEqual(oldCode, Code(id)));
        Assert.True(BadgeCodes.IsWellFormed(Code(id)));
    }

    private int Add(string name, int printed = 0)
    {
        using var db = Database.CreateDbContext();
        var category = db.RegistrationCategories.First(c => c.EditionId == editionId && c.Code == RegistrationCategoryDefaults.Visitor);
        var registration = new Registration
        {
            EditionId = editionId, CategoryId = category.Id, FullName = name, OrganizationName = "Viện Hàn lâm", PrintCount = printed,
            BadgeCode = BadgeCodes.New(), ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()), RegisteredAt = Clock.GetUtcNow(),
        };
        registration.RefreshSearchKeys();
        db.Registrations.Add(registration);
        db.SaveChanges();
        return registration.Id;
    }

    private string Code(int id)
    {
        using var db = Database.CreateDbContext();
        return db.Registrations.AsNoTracking().Single(r => r.Id == id).BadgeCode;
    }
}
