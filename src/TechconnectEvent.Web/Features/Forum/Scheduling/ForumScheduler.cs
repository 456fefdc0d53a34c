using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Forum.Scheduling;

public static class SchedulingErrors
{
    /// <summary>The room is not one of the edition's rooms in use.</summary>
    public const string RoomUnknown = "Forum.Sessions.RoomUnknown";
    /// <summary>A cancelled session keeps its place; it is not moved.</summary>
    public const string Cancelled = "Forum.Sessions.Cancelled";
}

/// <summary>Moves sessions on the timetable for the organisers, judged by <see cref="ClashRules"/> on fresh data.</summary>
public sealed class ForumScheduler(
    IDbContextFactory<EventDbContext> dbFactory,
    ICurrentActor actors,
    AuditTrail audit,
    TimeProvider time,
    ChangeNotifier<ForumChange> changes) : IForumScheduler
{
    public const string MovedAction = "forum.session.moved";

    public async Task<IReadOnlyList<Clash>> CheckAsync(SessionPlacement placement, CancellationToken cancellationToken = default)
    {
        if (!(await actors.GetAsync()).IsOrganiser)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var session = await db.ForumSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == placement.SessionId, cancellationToken);
        if (session is null)
        {
            return [];
        }
        var snapshot = await ForumSnapshot.LoadAsync(db, session.EditionId, cancellationToken);
        return snapshot is null ? [] : Judge(snapshot, session, placement);
    }

    public async Task<ScheduleOutcome> MoveAsync(SessionPlacement placement, CancellationToken cancellationToken = default)
    {
        var actor = await actors.GetAsync();
        if (!actor.IsOrganiser)
        {
            return Refused(placement, CommonErrors.Forbidden);
        }
        IReadOnlyList<Clash> clashes = [];
        var editionId = 0;
        var result = await dbFactory.WriteAsync<EventDbContext, long>(async db =>
        {
            var session = await db.ForumSessions.FirstOrDefaultAsync(s => s.Id == placement.SessionId, cancellationToken);
            if (session is null)
            {
                return OperationResult<long>.Fail(CommonErrors.NotFound);
            }
            editionId = session.EditionId;
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, session.EditionId, cancellationToken) is { } other)
            {
                return OperationResult<long>.Fail(other);
            }
            if (session.Version != placement.Version)
            {
                return OperationResult<long>.Fail(CommonErrors.Concurrency);
            }
            if (session.Status == SessionStatus.Cancelled)
            {
                return OperationResult<long>.Fail(SchedulingErrors.Cancelled);
            }
            var room = await db.Rooms.AsNoTracking()
                .FirstOrDefaultAsync(r => r.Id == placement.RoomId && r.EditionId == session.EditionId && !r.IsArchived, cancellationToken);
            if (room is null)
            {
                return OperationResult<long>.Fail(OperationError.ForField(nameof(SessionPlacement.RoomId), SchedulingErrors.RoomUnknown));
            }
            var snapshot = await ForumSnapshot.LoadAsync(db, session.EditionId, cancellationToken);
            clashes = Judge(snapshot!, session, placement);
            if (clashes.Any(c => c.Severity == ClashSeverity.Blocking || !placement.AcceptWarnings))
            {
                return OperationResult<long>.Fail(OperationError.Of(ClashesCode));
            }
            var beforeRoom = session.RoomId is { } roomId
                ? await db.Rooms.AsNoTracking().Where(r => r.Id == roomId).Select(r => r.Name.Vi).FirstOrDefaultAsync(cancellationToken)
                : null;
            var before = new { Room = beforeRoom, session.RoomId, session.StartsAt, session.EndsAt };
            var now = time.GetUtcNow();
            session.RoomId = room.Id;
            session.StartsAt = placement.StartsAt.ToUniversalTime();
            session.EndsAt = placement.EndsAt.ToUniversalTime();
            session.UpdatedAt = now;
            if (session.Status == SessionStatus.Published)
            {
                session.Sequence++;
                session.ChangedAfterPublishAt = now;
            }
            db.ExpectVersion(session, placement.Version);
            audit.Add(db, actor, MovedAction, nameof(ForumSession), session.Id, session.EditionId, before,
                new { Room = room.Name.Vi, session.RoomId, session.StartsAt, session.EndsAt });
            return OperationResult<long>.Ok(placement.Version + 1);
        }, cancellationToken, publish: _ => changes.Publish(new ForumChange(editionId, placement.SessionId)));

        if (result.Succeeded)
        {
            return new ScheduleOutcome(true, result.Value, clashes, null);
        }
        var error = result.Errors[0];
        return error.Code == ClashesCode ? new ScheduleOutcome(false, placement.Version, clashes, null) : Refused(placement, error);
    }

    public async Task<IReadOnlyList<Clash>> GetConflictsAsync(int editionId, CancellationToken cancellationToken = default)
    {
        if (!(await actors.GetAsync()).IsOrganiser)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var snapshot = await ForumSnapshot.LoadAsync(db, editionId, cancellationToken);
        return snapshot?.CheckAll() ?? [];
    }

    // Rolls the write back without an error the user sees: the clashes are the answer.
    private const string ClashesCode = "Forum.Clash.Found";

    private static ScheduleOutcome Refused(SessionPlacement placement, OperationError error) => new(false, placement.Version, [], error);

    /// <summary>The session as the placement would leave it; a draft or cancelled session absent from the snapshot is judged as it stands.</summary>
    private static IReadOnlyList<Clash> Judge(ForumSnapshot snapshot, ForumSession session, SessionPlacement placement)
    {
        var current = snapshot.Find(session.Id) ?? new SessionFact(session.Id, session.Title, session.RoomId, null, session.StartsAt, session.EndsAt, [], []);
        return snapshot.Check(current with
        {
            RoomId = placement.RoomId,
            Seats = snapshot.SeatsOf(session.Capacity, placement.RoomId),
            StartsAt = placement.StartsAt,
            EndsAt = placement.EndsAt,
        });
    }
}
