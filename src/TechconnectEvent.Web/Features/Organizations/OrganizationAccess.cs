using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Organizations;

/// <summary>
/// Who may touch an organisation's records: organisers all of them; an Exhibitor only those of the organisation
/// in their sign-in claim; everyone else none. Every service checks this per record, whatever the page showed.
/// </summary>
public static class OrganizationAccess
{
    public static bool CanAccess(Actor actor, int organizationId) =>
        actor.IsOrganiser || (actor.IsInRole(Roles.Exhibitor) && actor.OrganizationId == organizationId);

    /// <summary>
    /// Loads one record an organisation owns, for a change: NotFound, Forbidden (another organisation's) or
    /// Concurrency (changed since the user loaded <paramref name="version"/>) come back as coded failures.
    /// </summary>
    public static async Task<(T? Record, OperationResult? Failure)> LoadForChangeAsync<T>(
        IQueryable<T> records, Expression<Func<T, bool>> byId, Func<T, int> organizationOf,
        Actor actor, long version, CancellationToken cancellationToken) where T : class, IVersioned
    {
        var record = await records.FirstOrDefaultAsync(byId, cancellationToken);
        if (record is null)
        {
            return (null, OperationResult.Fail(CommonErrors.NotFound));
        }
        if (!CanAccess(actor, organizationOf(record)))
        {
            return (null, OperationResult.Fail(CommonErrors.Forbidden));
        }
        return record.Version != version ? (null, OperationResult.Fail(CommonErrors.Concurrency)) : (record, null);
    }

    /// <summary>The organisation an Exhibitor acts for; null for organisers and other roles.</summary>
    public static int? OwnOrganization(Actor actor) =>
        !actor.IsOrganiser && actor.IsInRole(Roles.Exhibitor) ? actor.OrganizationId : null;
}
