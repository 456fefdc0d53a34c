using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechconnectEvent.EndToEndTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.EndToEndTests.Allocation;

[Collection(BrowserCollection.Name)]
public sealed class AllocationPageEndToEndTests(BrowserAppFixture fixture)
{
    [Theory]
    [InlineData("en-US", "Preview automatic allocation", "Commit all", "allocation-preview-en", 1440)]
    [InlineData("vi-VN", "Xem trước phân bổ tự động", "Xác nhận tất cả", "allocation-preview-vi", 1440)]
    [InlineData("vi-VN", "Xem trước phân bổ tự động", "Xác nhận tất cả", "allocation-preview-vi-phone", 390)]
    public async Task Organiser_PreviewsTheAutomaticAllocation_AndSeesEachApplicationsOutcome(string locale, string preview, string commit, string screenshot, int width)
    {
        var added = await AddApprovedApplicationsAsync();
        try
        {
            await PreviewAndCancelCommitAsync(locale, preview, commit, screenshot, width);
        }
        finally
        {
            await RemoveApplicationsAsync(added);
        }
    }

    private async Task PreviewAndCancelCommitAsync(string locale, string preview, string commit, string screenshot, int width)
    {
        var page = await fixture.NewPageAsync(locale, width: width, height: 900);
        await new SignInPage(page).SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        await page.GotoAsync("/exhibition/allocation");
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = preview }).ClickAsync();

        var table = page.GetByTestId("allocation-proposal");
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("proposed-booths").First).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = commit })).ToBeVisibleAsync();
        await BrowserAppFixture.ScreenshotAsync(page, screenshot);

        // The confirmation protects the commit; cancelling it writes nothing (other browser tests share this database).
        var before = await CountAllocationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = commit }).ClickAsync();
        var confirmation = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirmation).ToBeVisibleAsync();
        await confirmation.GetByRole(AriaRole.Button).First.ClickAsync();
        await Assertions.Expect(confirmation).Not.ToBeVisibleAsync();
        Assert.Equal(before, await CountAllocationsAsync());
    }

    /// <summary>Approved applications for demo organisations that have none yet: a spread of tiers, counts and zones.</summary>
    private async Task<List<int>> AddApprovedApplicationsAsync()
    {
        var factory = fixture.App.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var edition = await db.Editions.OrderByDescending(e => e.IsCurrent).FirstAsync();
        var zones = await db.Zones.Where(z => z.EditionId == edition.Id).OrderBy(z => z.SortOrder).ThenBy(z => z.Id).ToListAsync();
        var taken = await db.ExhibitorApplications.Where(a => a.EditionId == edition.Id).Select(a => a.OrganizationId).ToListAsync();
        var organizations = (await db.Organizations.OrderBy(o => o.Id).ToListAsync()).Where(o => !taken.Contains(o.Id)).Take(40).ToList();
        var n = 0;
        var added = new List<ExhibitorApplication>();
        foreach (var organization in organizations)
        {
            var eligible = zones.Where(z => z.Accepts(organization.Type)).ToList();
            n++;
            var application = new ExhibitorApplication
            {
                EditionId = edition.Id,
                OrganizationId = organization.Id,
                BoothsWanted = 1 + (n % 3),
                SizeWanted = BoothSize.Standard,
                WantsAdjacent = n % 2 == 0,
                SponsorTier = organization.Type == Web.Features.Organizations.OrganizationType.Sponsor ? (SponsorTier)(1 + (n % 4)) : SponsorTier.None,
                ZonePreference1Id = eligible.Count > 0 ? eligible[n % eligible.Count].Id : null,
                ZonePreference2Id = eligible.Count > 1 ? eligible[(n + 1) % eligible.Count].Id : null,
                SubmittedAt = new DateTimeOffset(2023, 6, 1, 2, 0, 0, TimeSpan.Zero).AddHours(n * 7),
            };
            application.MoveTo(ApplicationStatus.Approved, null, application.SubmittedAt);
            added.Add(application);
            db.ExhibitorApplications.Add(application);
        }
        await db.SaveChangesAsync();
        return added.Select(a => a.Id).ToList();
    }

    /// <summary>Other browser tests share the database: leave it as it was.</summary>
    private async Task RemoveApplicationsAsync(List<int> ids)
    {
        var factory = fixture.App.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.ExhibitorApplications.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync();
    }

    private async Task<int> CountAllocationsAsync()
    {
        var factory = fixture.App.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.BoothAllocations.CountAsync();
    }
}
