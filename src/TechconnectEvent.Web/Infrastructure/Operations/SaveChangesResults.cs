using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Infrastructure.Operations;

public static class SaveChangesResults
{
    /// <summary>
    /// Saves and turns the expected write failures into coded errors: a database locked past the busy timeout,
    /// a concurrency token that moved (someone else saved first) and, when the caller names it, a unique index
    /// that caught a duplicate written meanwhile. A failed save writes nothing.
    /// </summary>
    public static async Task<OperationResult> SaveOrConflictAsync(this DbContext db, CancellationToken cancellationToken, OperationError? onUniqueViolation = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return OperationResult.Ok();
        }
        catch (Exception exception) when (StoreWrites.IsBusy(exception))
        {
            return OperationResult.Fail(CommonErrors.Busy);
        }
        catch (EditionReadOnlyException exception)
        {
            return OperationResult.Fail(CommonErrors.EditionReadOnly(exception.Year));
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Fail(CommonErrors.Concurrency);
        }
        catch (DbUpdateException) when (onUniqueViolation is not null)
        {
            return OperationResult.Fail(onUniqueViolation);
        }
    }
}
