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

    /// <summary>
    /// Opens the transaction of one write. On SQLite, Microsoft.Data.Sqlite begins it IMMEDIATE: the write lock is
    /// taken up front, so two writers queue (up to the busy timeout) instead of both reading and one failing late.
    /// </summary>
    public static Task<IDbContextTransaction> BeginWriteAsync(this DbContext db, CancellationToken cancellationToken) =>
        db.Database.BeginTransactionAsync(cancellationToken);

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
