using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace TechconnectEvent.Web.Infrastructure.Operations;

/// <summary>
/// What a write needs from the database engine, kept in one place so another provider changes only this file.
/// </summary>
public static class StoreWrites
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>How long a write waits for the writers ahead of it in this process, as SQLite's busy timeout would.</summary>
    public static readonly TimeSpan WriterQueueTimeout = TimeSpan.FromSeconds(5);

    // SQLite has one writer at a time. Left to the database, writers that collide are put to sleep by the driver's
    // busy retry and wake up to hundreds of milliseconds later, even when the lock was free again within one; queued
    // here, in arrival order, the next one starts the moment the previous commits. One queue per database file (a
    // process may hold several, as the tests do). PostgreSQL needs no queue.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteWriters = new(StringComparer.Ordinal);

    /// <summary>
    /// Opens the transaction of one write. On SQLite, Microsoft.Data.Sqlite begins it IMMEDIATE: the write lock is
    /// taken up front, so two writers queue instead of both reading and one failing late; within this process they
    /// queue on <see cref="SqliteWriters"/> first.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginWriteAsync(this DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return await db.Database.BeginTransactionAsync(cancellationToken);
        }
        var writer = SqliteWriters.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        if (!await writer.WaitAsync(WriterQueueTimeout, cancellationToken))
        {
            throw new SqliteException("The database is busy: writers ahead of this one did not finish in time.", SqliteBusy);
        }
        try
        {
            return new QueuedTransaction(await db.Database.BeginTransactionAsync(cancellationToken), writer);
        }
        catch
        {
            writer.Release();
            throw;
        }
    }

    /// <summary>The database stayed locked by another writer past the busy timeout (directly or inside an EF exception).</summary>
    public static bool IsBusy(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException { SqliteErrorCode: var code } && (code & 0xFF) is SqliteBusy or SqliteLocked)
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>A write transaction that lets the next queued writer in once it is disposed (committed or not).</summary>
internal sealed class QueuedTransaction(IDbContextTransaction inner, SemaphoreSlim writer) : IDbContextTransaction
{
    private int released;

    public Guid TransactionId => inner.TransactionId;

    public void Commit() => inner.Commit();

    public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

    public void Rollback() => inner.Rollback();

    public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

    public void Dispose()
    {
        inner.Dispose();
        Release();
    }

    public async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        Release();
    }

    private void Release()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            writer.Release();
        }
    }
}
