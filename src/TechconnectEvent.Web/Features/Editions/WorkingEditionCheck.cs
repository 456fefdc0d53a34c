using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Editions;

/// <summary>
/// A person changes records only in the edition they work on (the one chosen in the app bar, else the current one):
/// a page left open on another year, or a request naming another year's record, is refused instead of writing there.
/// Work without a signed-in person (start-up, operator commands, the public form) is not limited here.
/// </summary>
public static class WorkingEditionCheck
{
    public const string Code = "NotWorkingEdition";

    /// <returns>The error to fail with, or null when the record's edition is the one the actor works on.</returns>
    public static async Task<OperationError?> RefuseOtherEditionAsync(EventDbContext db, Actor actor, int editionId, CancellationToken cancellationToken)
    {
        if (actor.UserId is not { } userId)
        {
            return null;
        }
        var working = await db.Users.Where(u => u.Id == userId).Select(u => u.WorkingEditionId).FirstOrDefaultAsync(cancellationToken)
            ?? await EditionService.CurrentQuery(db).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
        if (working is null || working == editionId)
        {
            return null;
        }
        var year = await db.Editions.Where(e => e.Id == working).Select(e => e.Year).FirstAsync(cancellationToken);
        return OperationError.Of(Code, year);
    }
}
