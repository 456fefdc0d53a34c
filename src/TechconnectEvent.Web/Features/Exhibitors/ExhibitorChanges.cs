using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.Web.Features.Exhibitors;

internal static class ExhibitorChanges
{
    /// <summary>
    /// One change per edition the organisation shows in: those it applied to, and <paramref name="editionId"/>
    /// when the record changed names one. An organisation belongs to no edition itself.
    /// </summary>
    public static async Task<IReadOnlyList<ExhibitorChange>> ForAsync(EventDbContext db, int organizationId, int? editionId, CancellationToken cancellationToken)
    {
        var editions = await db.ExhibitorApplications.Where(a => a.OrganizationId == organizationId).Select(a => a.EditionId).ToListAsync(cancellationToken);
        if (editionId is { } named)
        {
            editions.Add(named);
        }
        return editions.Distinct().Order().Select(e => new ExhibitorChange(e, organizationId)).ToList();
    }

    public static void PublishAll(this ChangeNotifier<ExhibitorChange> notifier, IEnumerable<ExhibitorChange> changes)
    {
        foreach (var change in changes)
        {
            notifier.Publish(change);
        }
    }
}
