using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TechconnectEvent.UnitTests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Model_HasNoChangesWithoutAMigration()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        await using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(),
            "The EF model changed without a migration: run `dotnet ef migrations add <Name> --project src/TechconnectEvent.Web --output-dir Infrastructure/Data/Migrations`.");
    }

    [Fact]
    public async Task Migrate_OnANewFile_CreatesEveryTable()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Editions", tables);
        Assert.Contains("Zones", tables);
        Assert.Contains("Booths", tables);
        Assert.Contains("Organizations", tables);
        Assert.Contains("AspNetUsers", tables);
    }

    [Fact]
    public async Task Connections_UseWalNormalSyncAndABusyTimeout()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();

        Assert.Equal("wal", Pragma(connection, "journal_mode"));
        Assert.Equal("1", Pragma(connection, "synchronous")); // 1 = NORMAL
        Assert.Equal("5000", Pragma(connection, "busy_timeout"));
    }

    [Fact]
    public async Task Migrate_Twice_IsHarmless()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
    }

    private static string Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
