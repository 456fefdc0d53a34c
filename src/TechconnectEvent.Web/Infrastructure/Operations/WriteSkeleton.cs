using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Infrastructure.Operations;

/// <summary>
/// The shape of every write that must not interleave with another: one context, one write transaction, the
/// caller's load–check–change–audit step, save, commit, and only then the notice to open pages.
/// </summary>
public static class WriteSkeleton
{
    /// <param name="change">
    /// Loads what it needs, checks versions and rules, changes the entities and adds the audit rows to the same
    /// context. A failed result rolls everything back. It may save on its own (to learn a new row's id before
    /// auditing it): all of it still commits or rolls back together.
    /// </param>
    /// <param name="onConflict">
    /// Explains a save refused by a concurrency token or a unique index (another writer got there first); the
    /// plain concurrency error when null.
    /// </param>
    /// <param name="publish">Runs after the commit, with the value the change step returned.</param>
    public static async Task<OperationResult<T>> WriteAsync<TContext, T>(
        this IDbContextFactory<TContext> dbFactory,
        Func<TContext, Task<OperationResult<T>>> change,
        CancellationToken cancellationToken,
        Func<Task<OperationResult<T>>>? onConflict = null,
        Action<T>? publish = null)
        where TContext : DbContext
    {
        OperationResult<T> result;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.BeginWriteAsync(cancellationToken);
            result = await change(db);
            if (!result.Succeeded)
            {
                return result;
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception exception) when (StoreWrites.IsBusy(exception))
        {
            return OperationResult<T>.Fail(CommonErrors.Busy);
        }
        catch (EditionReadOnlyException exception)
        {
            return OperationResult<T>.Fail(CommonErrors.EditionReadOnly(exception.Year));
        }
        catch (DbUpdateException)
        {
            return onConflict is null ? OperationResult<T>.Fail(CommonErrors.Concurrency) : await onConflict();
        }

        publish?.Invoke(result.Value!);
        return result;
    }

    /// <summary>
    /// Inserts new rows and the audit row that names one of them: the rows are saved first, inside the same
    /// transaction, so that the audit row can carry the new id and neither is written without the other.
    /// </summary>
    /// <param name="audited">Adds the audit row, once the ids are known, and returns the value of the write.</param>
    public static Task<OperationResult<T>> InsertAsync<TContext, T>(
        this IDbContextFactory<TContext> dbFactory,
        Action<TContext> add,
        Func<TContext, T> audited,
        CancellationToken cancellationToken,
        Func<Task<OperationResult<T>>>? onConflict = null,
        Action<T>? publish = null)
        where TContext : DbContext =>
        dbFactory.WriteAsync<TContext, T>(async db =>
            {
                add(db);
                await db.SaveChangesAsync(cancellationToken);
                return OperationResult<T>.Ok(audited(db));
            },
            cancellationToken, onConflict, publish);
}
