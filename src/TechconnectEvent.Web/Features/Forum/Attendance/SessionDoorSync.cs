using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Forum.Attendance;

/// <summary>What one reconciliation did to an edition's doors.</summary>
public sealed record SessionDoorChanges(int Opened, int Updated)
{
    public static SessionDoorChanges None { get; } = new(0, 0);

    public bool Any => Opened + Updated > 0;
}

/// <summary>
/// Keeps every published session's door in step with it (code, name, times, open or closed), reading only the
/// sessions, so that the session editor need not know about check-in. Idempotent: a second run changes nothing.
/// A changed edition gets one audit row and one <see cref="ScanPointChange"/>, so that the scanner API's cache of
/// scan points and the gate pages see the doors at once.
/// </summary>
public sealed class SessionDoorSync(
    IDbContextFactory<EventDbContext> dbFactory, AuditTrail audit, ChangeNotifier<ScanPointChange> scanPointChanges)
{
    public const string AuditAction = "sessiondoor.synced";

    public async Task<SessionDoorChanges> ReconcileAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var result = await dbFactory.WriteAsync<EventDbContext, SessionDoorChanges>(async db =>
        {
            var edition = await db.Editions.AsNoTracking().Where(e => e.Id == editionId)
                .Select(e => new { e.TimeZoneId, e.Status }).FirstOrDefaultAsync(cancellationToken);
            // An archived edition is read-only, doors included; its doors stay as they were when it closed.
            if (edition is null || edition.Status == EditionStatus.Archived)
            {
                return OperationResult<SessionDoorChanges>.Ok(SessionDoorChanges.None);
            }
            var sessions = await db.ForumSessions.AsNoTracking().Where(s => s.EditionId == editionId).ToListAsync(cancellationToken);
            var doors = await db.ScanPoints.Where(p => p.EditionId == editionId && p.SessionId != null)
                .ToDictionaryAsync(p => p.SessionId!.Value, cancellationToken);
            int opened = 0, updated = 0;
            foreach (var session in sessions)
            {
                if (doors.TryGetValue(session.Id, out var door))
                {
                    if (SessionDoors.Apply(door, session, edition.TimeZoneId))
                    {
                        door.Touch();
                        updated++;
                    }
                }
                else if (SessionDoors.IsOpenFor(session))
                {
                    var created = new ScanPoint { EditionId = editionId };
                    SessionDoors.Apply(created, session, edition.TimeZoneId);
                    db.ScanPoints.Add(created);
                    opened++;
                }
            }
            var changes = new SessionDoorChanges(opened, updated);
            if (changes.Any)
            {
                audit.Add(db, Actor.System, AuditAction, nameof(ScanPoint), editionId, editionId, after: changes);
            }
            return OperationResult<SessionDoorChanges>.Ok(changes);
        }, cancellationToken, publish: changes =>
        {
            if (changes.Any)
            {
                scanPointChanges.Publish(new ScanPointChange(editionId));
            }
        });
        return result.Succeeded ? result.Value! : SessionDoorChanges.None;
    }

    /// <summary>Every edition's doors, as at start-up: the demo's sessions and those changed while the app was down.</summary>
    public async Task ReconcileAllAsync(CancellationToken cancellationToken = default)
    {
        List<int> editionIds;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            editionIds = await db.Editions.AsNoTracking().Where(e => e.Status != EditionStatus.Archived)
                .OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        }
        foreach (var id in editionIds)
        {
            await ReconcileAsync(id, cancellationToken);
        }
    }
}
