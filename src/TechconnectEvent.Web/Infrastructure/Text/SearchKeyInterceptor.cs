using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TechconnectEvent.Web.Infrastructure.Text;

/// <summary>Refreshes the folded search keys of every added or changed entity just before it is saved.</summary>
public sealed class SearchKeyInterceptor : SaveChangesInterceptor
{
    public static SearchKeyInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Refresh(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refresh(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Refresh(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        // Entries() detects changes first, so an entity edited without being marked Modified is still seen.
        foreach (var entry in context.ChangeTracker.Entries<IHasSearchKeys>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.RefreshSearchKeys();
            }
        }
    }
}
