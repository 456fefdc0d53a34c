using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Meetings;

/// <summary>
/// The shape every meetings write shares: the actor's role, the working edition, the row's version, one transaction
/// with its audit row, then the notice to open pages.
/// </summary>
public sealed class MeetingWrites(
    IDbContextFactory<EventDbContext> dbFactory, AuditTrail audit, ICurrentActor currentActor, ChangeNotifier<ConnectionChange> changes)
{
    public IDbContextFactory<EventDbContext> Database => dbFactory;

    public AuditTrail Audit => audit;

    public Task<Actor> ActorAsync() => currentActor.GetAsync();

    /// <param name="staff">Staff at the tables may write too (held, no-show, outcome); otherwise organisers only.</param>
    /// <param name="change">Runs inside the transaction with the acting person; returns the edition the change belongs to.</param>
    public async Task<OperationResult<T>> WriteAsync<T>(bool staff, Func<EventDbContext, Actor, Task<OperationResult<(int EditionId, T Value)>>> change,
        CancellationToken cancellationToken, OperationError? onConflict = null)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser && !(staff && actor.IsInRole(Roles.Staff)))
        {
            return OperationResult<T>.Fail(CommonErrors.Forbidden);
        }
        var result = await dbFactory.WriteAsync<EventDbContext, (int EditionId, T Value)>(db => change(db, actor), cancellationToken,
            onConflict: () => Task.FromResult(OperationResult<(int, T)>.Fail(onConflict ?? CommonErrors.Concurrency)),
            publish: done => changes.Publish(new ConnectionChange(done.EditionId, ConnectionArea.Meetings)));
        return result.Succeeded ? OperationResult<T>.Ok(result.Value.Value) : OperationResult<T>.Fail([.. result.Errors]);
    }

    /// <summary>Loads a row of the actor's working edition at the version the user saw; the error otherwise.</summary>
    public static async Task<(TRow? Row, OperationError? Error)> LoadAsync<TRow>(EventDbContext db, Actor actor, int id, long version, CancellationToken cancellationToken)
        where TRow : class, IVersioned, IEditionScoped
    {
        var row = await db.Set<TRow>().FirstOrDefaultAsync(r => EF.Property<int>(r, "Id") == id, cancellationToken);
        if (row is null)
        {
            return (null, CommonErrors.NotFound);
        }
        if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, row.ScopedEditionId ?? 0, cancellationToken) is { } other)
        {
            return (null, other);
        }
        if (row.Version != version)
        {
            return (null, CommonErrors.Concurrency);
        }
        db.ExpectVersion(row, version);
        return (row, null);
    }

    public static OperationResult<(int, T)> Done<T>(int editionId, T value) => OperationResult<(int, T)>.Ok((editionId, value));

    public static OperationResult<(int, T)> Refuse<T>(params OperationError[] errors) => OperationResult<(int, T)>.Fail(errors);
}
