using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.UnitTests.Support;

/// <summary>
/// Contexts on their own connections to a test database file, with the interceptors a test needs (the product's
/// pragmas, a failure to provoke …): nothing shared with another factory but the file.
/// </summary>
internal sealed class ContextFactory(string connectionString, params IInterceptor[] interceptors) : IDbContextFactory<EventDbContext>
{
    public EventDbContext CreateDbContext() => new(new DbContextOptionsBuilder<EventDbContext>()
        .UseSqlite(connectionString)
        .AddInterceptors(interceptors)
        .Options);
}
