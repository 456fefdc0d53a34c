using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Reports.PostEvent;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.Web.Features.Reports.Live;

/// <summary>
/// The post-event figures, live, for every open organiser dashboard: one recount per edition at most every
/// <see cref="Interval"/>, after check-ins, booth allocations, exhibitors, forum or connection changes, and at least
/// every <see cref="RefreshEvery"/> while the fair runs (registrations and the hour of the day move without a notice).
/// </summary>
/// <remarks>
/// The report's query reads every area of the fair, so it costs more than the check-in count: a longer window than
/// the check-in board's second keeps it to a handful of queries a minute at the morning rush.
/// </remarks>
public sealed class LiveFiguresFeed : ThrottledSnapshotFeed<PostEventFigures>
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan RefreshEvery = TimeSpan.FromMinutes(1);

    private readonly IPostEventFigures figures;

    public LiveFiguresFeed(
        IPostEventFigures figures,
        ChangeNotifier<CheckInChange> checkIns,
        ChangeNotifier<BoothChange> booths,
        ChangeNotifier<ExhibitorChange> exhibitors,
        ChangeNotifier<ForumChange> forum,
        ChangeNotifier<ConnectionChange> connections,
        TimeProvider time,
        ILogger<LiveFiguresFeed> logger) : base(time, logger, Interval, reuseFor: RefreshEvery, refreshEvery: RefreshEvery)
    {
        this.figures = figures;
        Listen(
            checkIns.Subscribe(change => ChangedAsync(change.EditionId)),
            booths.Subscribe(change => ChangedAsync(change.EditionId)),
            exhibitors.Subscribe(change => ChangedAsync(change.EditionId)),
            forum.Subscribe(change => ChangedAsync(change.EditionId)),
            connections.Subscribe(change => ChangedAsync(change.EditionId)));
    }

    protected override Task<PostEventFigures?> CountAsync(int editionId, CancellationToken cancellationToken) =>
        figures.ComputeAsync(editionId, cancellationToken);

    protected override DateTimeOffset ComputedAtOf(PostEventFigures snapshot) => snapshot.ComputedAt;

    /// <summary>On the edition's days, in its own time zone: people arrive and register without any change notice.</summary>
    protected override bool RefreshesByItself(PostEventFigures snapshot)
    {
        var today = DateOnly.FromDateTime(EditionClock.ToLocal(Time.GetUtcNow(), snapshot.Edition.TimeZoneId).DateTime);
        return today >= snapshot.Edition.StartDate && today <= snapshot.Edition.EndDate;
    }
}
