using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;

namespace TechconnectEvent.UnitTests.Seeding;

internal static class SeedingFixtures
{
    public static DemoSeeder Seeder(IDbContextFactory<EventDbContext> factory, DemoDataFolder? folder = null, ILogger<DemoSeeder>? logger = null) =>
        new(factory, folder ?? DemoDataFolder.Default, logger ?? NullLogger<DemoSeeder>.Instance);

    /// <summary>The id of the demo edition itself (2023), among the editions the seeder writes.</summary>
    public static int DemoEditionId(EventDbContext db) => db.Editions.Where(e => e.Year == 2023).Select(e => e.Id).Single();

    /// <summary>Editions of that year (0 or 1), and that edition's zones and booths.</summary>
    public static async Task<(int Editions, int Zones, int Booths)> CountsAsync(IDbContextFactory<EventDbContext> factory, int year)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await db.Editions.CountAsync(e => e.Year == year, cancellationToken),
            await db.Zones.CountAsync(z => db.Editions.Any(e => e.Id == z.EditionId && e.Year == year), cancellationToken),
            await db.Booths.CountAsync(b => db.Editions.Any(e => e.Id == b.EditionId && e.Year == year), cancellationToken));
    }

    public static async Task<(int Editions, int Zones, int Booths, int Organizations)> CountsAsync(IDbContextFactory<EventDbContext> factory)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await db.Editions.CountAsync(cancellationToken), await db.Zones.CountAsync(cancellationToken),
            await db.Booths.CountAsync(cancellationToken), await db.Organizations.CountAsync(cancellationToken));
    }
}

/// <summary>A context factory on the test database whose contexts fail when booths are about to be saved.</summary>
internal sealed class FailingOnBoothsFactory(string connectionString) : IDbContextFactory<EventDbContext>
{
    public EventDbContext CreateDbContext() => new(new DbContextOptionsBuilder<EventDbContext>()
        .UseSqlite(connectionString)
        .AddInterceptors(new SqlitePragmaInterceptor(), new FailOnBooths())
        .Options);

    private sealed class FailOnBooths : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<Booth>().Any(e => e.State == EntityState.Added)
                ? throw new InvalidOperationException("Simulated failure while saving booths.")
                : ValueTask.FromResult(result);
    }
}

/// <summary>Keeps what was logged, to check the seeder's summary line.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((logLevel, formatter(state, exception)));
}
