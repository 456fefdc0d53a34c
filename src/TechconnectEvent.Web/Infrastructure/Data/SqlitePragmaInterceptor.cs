using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TechconnectEvent.Web.Infrastructure.Data;

/// <summary>
/// Sets the SQLite pragmas every connection needs: write-ahead log so readers never wait for the writer,
/// NORMAL sync (safe with WAL), a busy timeout so short write bursts queue instead of failing, and a long log
/// between automatic checkpoints (see <see cref="SqliteCheckpointer"/>).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    // wal_autocheckpoint: a commit copies the log into the database itself only once it holds 8,000 pages (32 MB);
    // before that SqliteCheckpointer does it in the background, off the path of requests.
    private const string Pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint=8000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
