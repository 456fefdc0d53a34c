using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.UnitTests.Support;

/// <summary>A real, migrated SQLite database in a temporary file, deleted when the test ends.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string directory;

    private TestDatabase(string directory, string connectionString)
    {
        this.directory = directory;
        ConnectionString = connectionString;
        Factory = new SqliteContextFactory(connectionString);
    }

    public string ConnectionString { get; }
    public IDbContextFactory<EventDbContext> Factory { get; }
    public string FilePath => Path.Combine(directory, "test.db");

    public static async Task<TestDatabase> CreateAsync(bool migrate = true)
    {
        var directory = Path.Combine(Path.GetTempPath(), "tc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = new TestDatabase(directory, $"Data Source={Path.Combine(directory, "test.db")};Pooling=False");
        if (migrate)
        {
            await using var db = database.Factory.CreateDbContext();
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        }
        return database;
    }

    public EventDbContext CreateContext() => Factory.CreateDbContext();

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platforms; the temp folder is cleaned by the OS.
        }
        return ValueTask.CompletedTask;
    }

    private sealed class SqliteContextFactory(string connectionString) : IDbContextFactory<EventDbContext>
    {
        public EventDbContext CreateDbContext() => new(new DbContextOptionsBuilder<EventDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmaInterceptor())
            .Options);
    }
}
