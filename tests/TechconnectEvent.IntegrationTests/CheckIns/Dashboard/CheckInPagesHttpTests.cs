using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Dashboard;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.IntegrationTests.CheckIns.Dashboard;

public sealed class CheckInPagesHttpTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_OpenTheDashboard_ButNotTheGates()
    {
        var staff = BrowserClient.Create(factory, "vi-VN");
        await staff.SignInOrFailAsync(await factory.CreateUserAsync(Roles.Staff), UserFactory.Password);

        var dashboard = await staff.GetAsync("/checkin/dashboard", Ct);
        var gates = await staff.GetAsync("/checkin/gates", Ct);

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Bảng theo dõi check-in", await dashboard.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, gates.StatusCode);
    }

    [Fact]
    public async Task Organisers_SeeTheDemoEditionsGates()
    {
        var organiser = BrowserClient.Create(factory, "vi-VN");
        await organiser.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var html = await organiser.GetStringAsync("/checkin/gates", Ct);

        Assert.Contains("Cổng chính", html, StringComparison.Ordinal);
        Assert.Contains("Cổng A – Sảnh triển lãm", html, StringComparison.Ordinal);
        Assert.Contains("Cổng B – Khu hội thảo", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APublishedCheckIn_ReachesAWatchingDashboardWithinAboutASecond()
    {
        int editionId;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Ct))
        {
            editionId = await db.Editions.Where(e => e.IsCurrent).Select(e => e.Id).FirstAsync(Ct);
        }
        var feed = factory.Services.GetRequiredService<CheckInDashboardFeed>();
        var received = new TaskCompletionSource<CheckInSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watch = feed.Watch(editionId, snapshot =>
        {
            received.TrySetResult(snapshot);
            return Task.CompletedTask;
        });

        factory.Services.GetRequiredService<ChangeNotifier<CheckInChange>>().Publish(new CheckInChange(editionId, 1));

        var snapshot = await received.Task.WaitAsync(TimeSpan.FromSeconds(5), Ct);
        Assert.Equal(editionId, snapshot.EditionId);
    }
}
