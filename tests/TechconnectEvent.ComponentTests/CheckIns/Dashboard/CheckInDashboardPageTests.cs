using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Dashboard;
using TechconnectEvent.Web.Features.CheckIns.Dashboard.Pages;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.ComponentTests.CheckIns.Dashboard;

public sealed class CheckInDashboardPageTests : MudComponentTest
{
    private readonly Parts parts;
    private readonly int editionId;

    public CheckInDashboardPageTests() : this(new Parts())
    {
    }

    private CheckInDashboardPageTests(Parts parts) : base(configureServices: services => services.AddSingleton(parts.Feed))
    {
        this.parts = parts;
        editionId = Database.AddEdition().Id;
        SignInOrganiser();
        Auth.SetPolicies(Policies.StaffAndOrganisers);
    }

    protected override void Dispose(bool disposing)
    {
        parts.Feed.Dispose();
        base.Dispose(disposing);
    }

    [Fact]
    public void CountedFigures_OutsideTheEditionsDays_ShowTheWholeEditionAndSaySo()
    {
        parts.Counts.Next = id => new CheckInCounts(Database, Clock).SnapshotAsync(id);
        var visitor = AddRegistrations(out var gateId);
        AddCheckIn(visitor, gateId, new DateTimeOffset(2023, 9, 29, 1, 0, 0, TimeSpan.Zero));

        var page = Render<CheckInDashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("1", page.Find("[data-testid=checked-in-total]").TextContent.Trim()));
        Assert.Equal("2", page.Find("[data-testid=registered-total]").TextContent.Trim());
        Assert.NotEmpty(page.FindAll("[data-testid=outside-days]"));
        Assert.Contains("Cổng chính", page.Find("[data-testid=by-gate]").TextContent);
        Assert.Equal("polite", page.Find("[data-testid=dashboard-summary]").GetAttribute("aria-live"));
    }

    [Fact]
    public void NobodyRegistered_ShowsTheEmptyState()
    {
        parts.Counts.Next = id => new CheckInCounts(Database, Clock).SnapshotAsync(id);

        var page = Render<CheckInDashboardPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=dashboard-empty]")));
        Assert.Empty(page.FindAll("[data-testid=checked-in-total]"));
    }

    [Fact]
    public void ANewSnapshotFromTheFeed_RedrawsTheNumbersWithoutReloading()
    {
        parts.Counts.Next = id => Snapshot(id, today: 5, edition: 7);
        var page = Render<CheckInDashboardPage>();
        page.WaitForAssertion(() => Assert.Equal("5", page.Find("[data-testid=checked-in-total]").TextContent.Trim()));

        parts.Counts.Next = id => Snapshot(id, today: 6, edition: 8);
        parts.Feed.Changed(editionId);
        parts.Time.Advance(CheckInDashboardFeed.Interval);

        page.WaitForAssertion(() => Assert.Equal("6", page.Find("[data-testid=checked-in-total]").TextContent.Trim()));
        page.Find("[data-testid=view-edition]").Click();
        Assert.Equal("8", page.Find("[data-testid=checked-in-total]").TextContent.Trim());
        Assert.Equal(2, parts.Counts.Calls);
    }

    [Fact]
    public async Task ClosingThePage_LetsGoOfTheFeed()
    {
        parts.Counts.Next = id => Snapshot(id, today: 1, edition: 1);
        var page = Render<CheckInDashboardPage>();
        page.WaitForAssertion(() => Assert.Equal(1, parts.Feed.WatcherCount(editionId)));

        await DisposeComponentsAsync();

        Assert.Equal(0, parts.Feed.WatcherCount(editionId));
    }

    private Task<CheckInSnapshot?> Snapshot(int id, int today, int edition)
    {
        var category = new CategoryCount(1, "visitor", new("Khách tham quan", "Visitor"), "#558B2F", today, 100);
        CheckInView View(int people) => new(people, people, 100, [category with { CheckedIn = people }], [new HourCount(new DateOnly(2023, 9, 29), 8, people)],
            [new GateCount(1, "main", "Cổng chính", people)], [new RefusalCount(ScanReason.UnknownCode, 2)]);
        return Task.FromResult<CheckInSnapshot?>(new CheckInSnapshot(id, "Asia/Ho_Chi_Minh", parts.Time.GetUtcNow(), 0, new DateOnly(2023, 9, 29),
            View(today), View(edition)));
    }

    private Registration AddRegistrations(out int gateId)
    {
        using var db = Database.CreateDbContext();
        var categories = RegistrationCategoryDefaults.For(editionId);
        db.RegistrationCategories.AddRange(categories);
        var gate = ScanPointDefaults.MainGate(editionId);
        db.ScanPoints.Add(gate);
        db.SaveChanges();
        var visitor = categories.Single(c => c.Code == RegistrationCategoryDefaults.Visitor).Id;
        var people = new[] { "Nguyễn Thị Hạnh", "Trần Quốc Tuấn" }.Select(name => new Registration
        {
            EditionId = editionId, CategoryId = visitor, FullName = name, DaysMask = 3, BadgeCode = BadgeCodes.New(),
            ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()), RegisteredAt = Clock.GetUtcNow(),
        }).ToList();
        db.Registrations.AddRange(people);
        db.SaveChanges();
        gateId = gate.Id;
        return people[0];
    }

    private void AddCheckIn(Registration registration, int gateId, DateTimeOffset at)
    {
        using var db = Database.CreateDbContext();
        db.CheckIns.Add(new CheckIn { EditionId = editionId, RegistrationId = registration.Id, ScanPointId = gateId, DayIndex = 0, At = at });
        db.SaveChanges();
    }

    /// <summary>The feed with its own clock (timers fire when the test advances it) and scripted counts.</summary>
    private sealed class Parts
    {
        public Parts()
        {
            Feed = new CheckInDashboardFeed(new ChangeNotifier<CheckInChange>(), new ChangeNotifier<ScanPointChange>(), Counts, Time, NullLogger<CheckInDashboardFeed>.Instance);
        }

        public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 9, 29, 2, 0, 0, TimeSpan.Zero));
        public ScriptedCounts Counts { get; } = new();
        public CheckInDashboardFeed Feed { get; }
    }

    private sealed class ScriptedCounts : ICheckInCounts
    {
        private int calls;

        public Func<int, Task<CheckInSnapshot?>> Next { get; set; } = _ => Task.FromResult<CheckInSnapshot?>(null);

        public int Calls => Volatile.Read(ref calls);

        public Task<CheckInSnapshot?> SnapshotAsync(int editionId, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref calls);
            return Next(editionId);
        }
    }
}
