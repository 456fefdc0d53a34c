using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.Web.Features.CheckIns.Api;

/// <summary>
/// A scan point as a scanner names it, with the time zone its times are told in; for a session door, its session and
/// whether the door was open when the entry was read.
/// </summary>
public sealed record ScanPointEntry(int Id, string Code, string Name, ScanPointKind Kind, string TimeZoneId, int? SessionId = null, bool IsClosed = false);

/// <summary>
/// The scan points of each edition by code, kept for a short while so that the scanner API does not read them per
/// scan; dropped at once when a scan point changes here (<see cref="ScanPointChange"/>). Whether a scan point is
/// closed is not taken from here: the writer reads that in the scan's own transaction.
/// </summary>
public sealed class ScanPointDirectory : IDisposable
{
    private readonly IDbContextFactory<EventDbContext> dbFactory;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<int, (IReadOnlyList<ScanPointEntry> Points, DateTimeOffset LoadedAt)> byEdition = new();
    private readonly IDisposable subscription;

    public ScanPointDirectory(IDbContextFactory<EventDbContext> dbFactory, TimeProvider time, ChangeNotifier<ScanPointChange> changes)
    {
        this.dbFactory = dbFactory;
        this.time = time;
        subscription = changes.Subscribe(change =>
        {
            byEdition.TryRemove(change.EditionId, out _);
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// The scan point a scanner means by <paramref name="gate"/> (its code, any case, or its exact name), or the
    /// device's default when it names none; null when there is no such scan point.
    /// </summary>
    public async ValueTask<ScanPointEntry?> ResolveAsync(int editionId, string? gate, int? defaultScanPointId, CancellationToken cancellationToken = default)
    {
        var points = await PointsAsync(editionId, cancellationToken);
        if (string.IsNullOrWhiteSpace(gate))
        {
            return defaultScanPointId is { } id ? points.FirstOrDefault(p => p.Id == id) : null;
        }
        return ScanPointLookup.Find(points, gate, p => p.Code, p => p.Name);
    }

    /// <summary>
    /// The open door of session <paramref name="sessionId"/>; null when the session has none (unknown, another
    /// edition's, or not public: a draft or cancelled session's door is closed).
    /// </summary>
    public async ValueTask<ScanPointEntry?> ResolveSessionAsync(int editionId, int sessionId, CancellationToken cancellationToken = default)
    {
        var points = await PointsAsync(editionId, cancellationToken);
        return points.FirstOrDefault(p => p.Kind == ScanPointKind.SessionDoor && p.SessionId == sessionId && !p.IsClosed);
    }

    private async ValueTask<IReadOnlyList<ScanPointEntry>> PointsAsync(int editionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (byEdition.TryGetValue(editionId, out var known) && now - known.LoadedAt < DeviceDirectory.Freshness)
        {
            return known.Points;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var timeZone = await db.Editions.Where(e => e.Id == editionId).Select(e => e.TimeZoneId).FirstOrDefaultAsync(cancellationToken);
        var rows = await db.ScanPoints.AsNoTracking().Where(p => p.EditionId == editionId)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Code, p.Name, p.Kind, p.SessionId, p.IsClosed })
            .ToListAsync(cancellationToken);
        IReadOnlyList<ScanPointEntry> points = [.. rows.Select(p => new ScanPointEntry(p.Id, p.Code, p.Name, p.Kind,
            timeZone ?? Editions.Edition.DefaultTimeZoneId, p.SessionId, p.IsClosed))];
        byEdition[editionId] = (points, now);
        return points;
    }

    public void Dispose() => subscription.Dispose();
}
