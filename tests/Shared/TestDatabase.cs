using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Testing;

/// <summary>
/// The one test database of the suite: a real, migrated SQLite file in a temporary folder, deleted when the test
/// ends. Contexts get the product's pragmas (WAL, busy timeout) as the app's do; <see cref="With"/> adds
/// interceptors for tests that provoke a failure.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<EventDbContext>, IDisposable, IAsyncDisposable
{
    private readonly string directory;

    private TestDatabase(string directory)
    {
        this.directory = directory;
        ConnectionString = $"Data Source={FilePath};Pooling=False";
    }

    public string ConnectionString { get; }
    public string FilePath => Path.Combine(directory, "test.db");

    /// <summary>Itself: kept so that services under test read as <c>new XService(database.Factory, …)</c>.</summary>
    public IDbContextFactory<EventDbContext> Factory => this;

    public static TestDatabase Create(bool migrate = true)
    {
        var database = new TestDatabase(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "tc-tests", Guid.NewGuid().ToString("N"))).FullName);
        if (migrate)
        {
            using var db = database.CreateDbContext();
            db.Database.Migrate();
        }
        return database;
    }

    public static Task<TestDatabase> CreateAsync(bool migrate = true) => Task.FromResult(Create(migrate));

    public EventDbContext CreateDbContext() => ContextFactory.Create(ConnectionString, new SqlitePragmaInterceptor());

    public EventDbContext CreateContext() => CreateDbContext();

    /// <summary>Contexts on the same file with other interceptors (a failure to provoke, a counter …) and nothing else shared.</summary>
    public IDbContextFactory<EventDbContext> With(params IInterceptor[] interceptors) => new ContextFactory(ConnectionString, interceptors);

    /// <summary>An edition as the demo has it (2023, Ha Long), current unless told otherwise.</summary>
    public Edition AddEdition(int year = 2023, bool isCurrent = true)
    {
        using var db = CreateDbContext();
        var edition = new Edition
        {
            Year = year,
            Name = new LocalizedText($"Kết nối công nghệ và Đổi mới sáng tạo Việt Nam {year}", $"Techconnect and Innovation Vietnam {year}"),
            Theme = new LocalizedText("Đổi mới sáng tạo – Phát triển bền vững", "Innovation – Sustainable Development"),
            Venue = new LocalizedText("Thành phố Hạ Long", "Ha Long city"),
            Province = new LocalizedText("Quảng Ninh", "Quang Ninh"),
            StartDate = new DateOnly(year, 9, 29),
            EndDate = new DateOnly(year, 9, 30),
            IsCurrent = isCurrent,
        };
        db.Editions.Add(edition);
        db.SaveChanges();
        return edition;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platforms; the temp folder is cleaned by the OS.
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Contexts on their own connections to a database file, with exactly the interceptors given.</summary>
    public sealed class ContextFactory(string connectionString, params IInterceptor[] interceptors) : IDbContextFactory<EventDbContext>
    {
        public EventDbContext CreateDbContext() => Create(connectionString, interceptors);

        internal static EventDbContext Create(string connectionString, params IInterceptor[] interceptors) =>
            new(new DbContextOptionsBuilder<EventDbContext>().UseSqlite(connectionString).AddInterceptors(interceptors).Options);
    }
}
