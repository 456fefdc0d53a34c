using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.UnitTests.Data;

public sealed class SqliteCheckpointerTests
{
    [Fact]
    public async Task ACheckpoint_CopiesEveryCommittedFrameOfTheLogIntoTheDatabase()
    {
        using var database = TestDatabase.Create();
        // Held open as the app's pool holds its connections: the last connection to close would copy the log itself.
        await using var keeper = new SqliteConnection(database.ConnectionString);
        await keeper.OpenAsync(TestContext.Current.CancellationToken);
        await using (var read = keeper.CreateCommand())
        {
            read.CommandText = "SELECT COUNT(*) FROM \"Editions\"";
            await read.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        }
        // Enough writes that the log holds many frames, none of them copied yet by a commit (its limit is 8,000 pages).
        for (var year = 2001; year < 2041; year++)
        {
            database.AddEdition(year, isCurrent: false);
        }
        var checkpointer = new SqliteCheckpointer(database.Factory, NullLogger<SqliteCheckpointer>.Instance);

        var result = await checkpointer.CheckpointAsync(TestContext.Current.CancellationToken);

        Assert.NotNull(result);
        Assert.True(result.Value.LogFrames > 0, "the writes went to the log");
        Assert.Equal(result.Value.LogFrames, result.Value.CheckpointedFrames);
        await using var db = database.CreateContext();
        Assert.Equal(40, await db.Editions.CountAsync(TestContext.Current.CancellationToken));
    }
}
