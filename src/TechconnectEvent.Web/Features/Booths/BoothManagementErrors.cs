using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Booths;

/// <summary>Codes shared by the zone and booth services (resource keys are "Error." + code).</summary>
internal static class CommonErrors
{
    public static OperationError Concurrency => OperationError.Of("Concurrency");
    public static OperationError NotFound => OperationError.Of("NotFound");
    public static OperationError Forbidden => OperationError.Of("Forbidden");

    /// <summary>
    /// Makes SaveChanges compare the stored Version with the one the organiser loaded and bump it: a change made
    /// meanwhile by someone else then fails with DbUpdateConcurrencyException instead of being overwritten.
    /// </summary>
    public static void ExpectVersion(DbContext db, object entity, long expected)
    {
        var version = db.Entry(entity).Property("Version");
        version.OriginalValue = expected;
        version.CurrentValue = expected + 1;
    }

    public static string ListCodes(IEnumerable<string> codes, int max = 10)
    {
        var all = codes.ToList();
        return all.Count <= max ? string.Join(", ", all) : string.Join(", ", all.Take(max)) + ", …";
    }

    public static bool MayManage(Actor actor) => actor.IsOrganiser;
}
