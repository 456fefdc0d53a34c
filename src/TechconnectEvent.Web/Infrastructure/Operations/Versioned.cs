using Microsoft.EntityFrameworkCore;

namespace TechconnectEvent.Web.Infrastructure.Operations;

/// <summary>A row with a concurrency token that every change bumps, so two writers cannot overwrite each other.</summary>
public interface IVersioned
{
    long Version { get; set; }
}

public static class Versioned
{
    /// <summary>The one way to mark a versioned row as changed.</summary>
    public static void Touch(this IVersioned row) => row.Version++;

    /// <summary>
    /// Makes SaveChanges compare the stored version with the one the user loaded and store the next one: a change
    /// made meanwhile by someone else then fails as a concurrency conflict instead of being overwritten.
    /// </summary>
    public static void ExpectVersion<TRow>(this DbContext db, TRow row, long expected) where TRow : class, IVersioned
    {
        var version = db.Entry(row).Property(r => r.Version);
        version.OriginalValue = expected;
        version.CurrentValue = expected + 1;
    }
}
