using Microsoft.EntityFrameworkCore;

namespace TechconnectEvent.Web.Infrastructure.Operations;

public static class SaveChangesResults
{
    public const string ConcurrencyCode = "Concurrency";

    /// <summary>
    /// Saves and turns the two expected write failures into coded errors: a concurrency token that moved
    /// (someone else saved first) and, when the caller names it, a unique index that caught a duplicate written meanwhile.
    /// </summary>
    public static async Task<OperationResult> SaveOrConflictAsync(this DbContext db, CancellationToken cancellationToken, OperationError? onUniqueViolation = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return OperationResult.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Fail(ConcurrencyCode);
        }
        catch (DbUpdateException) when (onUniqueViolation is not null)
        {
            return OperationResult.Fail(onUniqueViolation);
        }
    }
}
