using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.Web.Features.CheckIns.Dashboard;

/// <summary>What the feed asks for a recount; <see cref="CheckInCounts"/> in the app, a counter in tests.</summary>
public interface ICheckInCounts
{
    Task<CheckInSnapshot?> SnapshotAsync(int editionId, CancellationToken cancellationToken = default);
}

/// <summary>
/// One check-in recount per edition for every open check-in dashboard. During the morning rush the scan writer
/// publishes a change after every committed batch, many a second; they fold into one recount a second.
/// </summary>
public sealed class CheckInDashboardFeed : ThrottledSnapshotFeed<CheckInSnapshot>
{
    /// <summary>The longest a dashboard waits for a scan to show, and the shortest time between two recounts.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>A snapshot nobody invalidated is reused this long (it still names "today", which moves at midnight).</summary>
    private static readonly TimeSpan ReuseFor = TimeSpan.FromMinutes(1);

    private readonly ICheckInCounts counts;

    public CheckInDashboardFeed(ChangeNotifier<CheckInChange> checkIns, ChangeNotifier<ScanPointChange> scanPoints, ICheckInCounts counts,
        TimeProvider time, ILogger<CheckInDashboardFeed> logger) : base(time, logger, Interval, ReuseFor)
    {
        this.counts = counts;
        // A gate renamed, added or removed changes the "by gate" table as a scan changes the counts.
        Listen(
            checkIns.Subscribe(change => ChangedAsync(change.EditionId)),
            scanPoints.Subscribe(change => ChangedAsync(change.EditionId)));
    }

    protected override Task<CheckInSnapshot?> CountAsync(int editionId, CancellationToken cancellationToken) =>
        counts.SnapshotAsync(editionId, cancellationToken);

    protected override DateTimeOffset ComputedAtOf(CheckInSnapshot snapshot) => snapshot.ComputedAt;
}
