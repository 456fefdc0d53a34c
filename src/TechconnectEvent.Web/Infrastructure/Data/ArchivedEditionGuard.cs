using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TechconnectEvent.Web.Features.Editions;

namespace TechconnectEvent.Web.Infrastructure.Data;

/// <summary>
/// Keeps archived editions read-only whatever path writes: before any save it looks for edition-scoped rows being
/// added, changed or deleted and refuses the whole save when one belongs to an archived edition. Audit rows and
/// outbox messages are not edition-scoped records, and the edition row itself may still change (to unarchive it).
/// </summary>
public sealed class ArchivedEditionGuard : SaveChangesInterceptor
{
    public static ArchivedEditionGuard Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Touched(context) is { Count: > 0 } editionIds)
        {
            Refuse(context.Set<Edition>().AsNoTracking().Where(e => editionIds.Contains(e.Id) && e.Status == EditionStatus.Archived).Select(e => e.Year).ToList());
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Touched(context) is { Count: > 0 } editionIds)
        {
            Refuse(await context.Set<Edition>().AsNoTracking()
                .Where(e => editionIds.Contains(e.Id) && e.Status == EditionStatus.Archived).Select(e => e.Year).ToListAsync(cancellationToken));
        }
        return result;
    }

    private static List<int> Touched(DbContext context) =>
        context.ChangeTracker.Entries<IEditionScoped>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            // A row moved out of an archived edition is as much a change to it as a row moved in.
            .SelectMany(e => new[] { e.Entity.ScopedEditionId, OriginalEditionId(e) })
            .OfType<int>()
            .Distinct()
            .ToList();

    private static int? OriginalEditionId(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State == EntityState.Added || entry.Metadata.FindProperty("EditionId") is not { } property
            ? null
            : entry.OriginalValues[property] as int?;

    private static void Refuse(List<int> archivedYears)
    {
        if (archivedYears.Count > 0)
        {
            throw new EditionReadOnlyException(archivedYears[0]);
        }
    }
}

/// <summary>A save touched records of an archived edition; nothing was written.</summary>
public sealed class EditionReadOnlyException(int year)
    : InvalidOperationException($"Edition {year} is archived and read-only.")
{
    public int Year { get; } = year;
}
