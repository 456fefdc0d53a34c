using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Home;
using TechconnectEvent.Web.Features.Reports.Live;
using TechconnectEvent.Web.Features.Reports.PostEvent;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using DashboardPage = TechconnectEvent.Web.Features.Home.Pages.Dashboard;

namespace TechconnectEvent.ComponentTests.Dashboard;

public sealed class OrganiserDashboardChartsTests : MudComponentTest
{
    private readonly Parts parts;
    private readonly int editionId;

    public OrganiserDashboardChartsTests() : this(new Parts())
    {
    }

    private OrganiserDashboardChartsTests(Parts parts) : base(configureServices: services =>
    {
        services.AddSingleton(parts.Feed);
        services.AddHome();
    })
    {
        this.parts = parts;
        editionId = Database.AddEdition().Id;
        SignInOrganiser();
        Auth.SetPolicies(Policies.Organisers);
    }

    protected override void Dispose(bool disposing)
    {
        parts.Feed.Dispose();
        base.Dispose(disposing);
    }

    [Fact]
    public void EveryChart_CarriesTheReportsNumbersInItsTextAlternative()
    {
        parts.Figures.Next = id => FigureBuilder.Fair(id, parts.Time.GetUtcNow(), checkedIn: 45);

        var page = Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=chart-category-table]")));
        Assert.Equal(["Khách tham quan", "120", "45"], Cells(page, "chart-category", "Khách tham quan"));
        // One line per day over the hours of the day; an hour a day did not have counts as zero.
        Assert.Equal(["Giờ", "Lượt vào ngày 29/09", "Lượt vào ngày 30/09"],
            page.FindAll("[data-testid=chart-hour-table] thead th").Select(h => h.TextContent.Trim()));
        Assert.Equal(["8 giờ", "30", "7"], Cells(page, "chart-hour", "8 giờ"));
        Assert.Equal(["9 giờ", "35", "0"], Cells(page, "chart-hour", "9 giờ"));
        Assert.Contains("Cao điểm 08:30–09:00 ngày 29/09: 18 lượt vào.", page.Find("[data-testid=chart-hour-summary]").TextContent);
        Assert.Equal(["Khu doanh nghiệp công nghệ cao", "3", "4"], Cells(page, "chart-zone", "Khu doanh nghiệp").Take(3));
        Assert.Contains("Đã phân bổ 5/6 gian hàng", page.Find("[data-testid=chart-zone-summary]").TextContent);
        Assert.Equal("7", Cells(page, "chart-type", "Doanh nghiệp")[1]);
        Assert.Equal("5", Cells(page, "chart-field", "Năng lượng xanh")[1]);
        Assert.Equal(["Vật liệu mới", "64", "2"], Cells(page, "chart-topic", "Vật liệu mới"));
        Assert.Equal("6", Cells(page, "chart-outcome", "Tiếp tục trao đổi")[1]);
        Assert.Contains("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", page.Find("[data-testid=mous-signed]").TextContent);

        // Each plot is an image to assistive technology, named by its title, with the table a click away.
        foreach (var chart in new[] { "chart-category", "chart-hour", "chart-zone", "chart-type", "chart-field", "chart-topic", "chart-outcome" })
        {
            var card = page.Find($"[data-testid={chart}]");
            var image = card.QuerySelector("[role=img]");
            Assert.NotNull(image);
            Assert.Contains(card.QuerySelector("h3")!.TextContent.Trim(), image.GetAttribute("aria-label"));
            Assert.NotNull(image.QuerySelector("svg"));
            Assert.NotNull(card.QuerySelector("details > summary"));
        }
    }

    [Fact]
    public void Headlines_ShowThePreviousEditionsValueBesideEachFigure()
    {
        parts.Figures.Next = id => FigureBuilder.Fair(id, parts.Time.GetUtcNow(), checkedIn: 45);

        var page = Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=headline-CheckedIn]")));
        var checkedIn = page.Find("[data-testid=headline-CheckedIn]");
        // Visitors 45 and delegates 12 checked in.
        Assert.Equal("57", checkedIn.QuerySelector("[data-testid=headline-value]")!.TextContent.Trim());
        Assert.Equal("Năm 2022: 38", checkedIn.QuerySelector("[data-testid=headline-previous]")!.TextContent.Trim());
        Assert.Equal("reports/post-event.pdf", page.Find("[data-testid=post-event-pdf]").GetAttribute("href"));
        Assert.Equal("reports", page.Find("[data-testid=reports-link]").GetAttribute("href"));
        // 02:00Z is 09:00 in Ha Long, whatever the machine's zone.
        Assert.Contains("09:00:00", page.Find("[data-testid=live-updated]").TextContent);
    }

    [Fact]
    public void AnEditionWithNoDataYet_SaysWhatToDoInsteadOfDrawingEmptyCharts()
    {
        parts.Figures.Next = id => FigureBuilder.Empty(id, parts.Time.GetUtcNow());

        var page = Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=chart-category-empty]")));
        foreach (var chart in new[] { "chart-hour", "chart-zone", "chart-type", "chart-field", "chart-topic", "chart-outcome", "mous-signed" })
        {
            Assert.NotEmpty(page.Find($"[data-testid={chart}-empty]").TextContent.Trim());
        }
        Assert.Empty(page.FindAll("[data-testid=live-figures] div[role=img]"));
        Assert.Empty(page.FindAll("[data-testid=headline-previous]"));
    }

    [Fact]
    public void ANewRecount_RedrawsTheNumbersWithoutReloading()
    {
        parts.Figures.Next = id => FigureBuilder.Fair(id, parts.Time.GetUtcNow(), checkedIn: 45);
        var page = Render<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal("45", Cells(page, "chart-category", "Khách tham quan")[2]));

        parts.Figures.Next = id => FigureBuilder.Fair(id, parts.Time.GetUtcNow(), checkedIn: 52);
        parts.Time.Advance(TimeSpan.FromSeconds(3));
        parts.Feed.Changed(editionId);
        parts.Time.Advance(LiveFiguresFeed.Interval);

        page.WaitForAssertion(() => Assert.Equal("52", Cells(page, "chart-category", "Khách tham quan")[2]));
        Assert.Equal("64", page.Find("[data-testid=headline-CheckedIn] [data-testid=headline-value]").TextContent.Trim());
        Assert.Contains("09:00:08", page.Find("[data-testid=live-updated]").TextContent);
        Assert.Equal(2, parts.Figures.Calls);
    }

    [Fact]
    public async Task ClosingTheDashboard_LetsGoOfTheFeed()
    {
        parts.Figures.Next = id => FigureBuilder.Empty(id, parts.Time.GetUtcNow());
        var page = Render<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal(1, parts.Feed.WatcherCount(editionId)));

        await DisposeComponentsAsync();

        Assert.Equal(0, parts.Feed.WatcherCount(editionId));
    }

    /// <summary>The cells of the row whose heading starts with <paramref name="rowStart"/> in a chart's table.</summary>
    private static string[] Cells(IRenderedComponent<DashboardPage> page, string chart, string rowStart)
    {
        var row = page.FindAll($"[data-testid={chart}-table] tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim().StartsWith(rowStart, StringComparison.Ordinal));
        return [.. row.Children.Select(c => c.TextContent.Trim())];
    }

    /// <summary>The feed with its own clock (timers fire when the test advances it) and scripted figures.</summary>
    private sealed class Parts
    {
        public Parts()
        {
            Feed = new LiveFiguresFeed(Figures, new ChangeNotifier<CheckInChange>(), new ChangeNotifier<BoothChange>(), new ChangeNotifier<ExhibitorChange>(),
                new ChangeNotifier<ForumChange>(), new ChangeNotifier<ConnectionChange>(), Time, NullLogger<LiveFiguresFeed>.Instance);
        }

        public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 9, 29, 2, 0, 0, TimeSpan.Zero));
        public ScriptedFigures Figures { get; } = new();
        public LiveFiguresFeed Feed { get; }
    }

    private sealed class ScriptedFigures : IPostEventFigures
    {
        private int calls;

        public Func<int, PostEventFigures> Next { get; set; } = _ => throw new InvalidOperationException("No figures scripted.");

        public int Calls => Volatile.Read(ref calls);

        public Task<PostEventFigures?> ComputeAsync(int editionId, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult<PostEventFigures?>(Next(editionId));
        }
    }
}
