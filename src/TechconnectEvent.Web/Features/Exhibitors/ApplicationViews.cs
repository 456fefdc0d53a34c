using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>Turns applications into views with organisation names, zone names and allocated booth codes.</summary>
internal static class ApplicationViews
{
    public static async Task<IReadOnlyList<ApplicationView>> BuildAsync(EventDbContext db, IReadOnlyList<ExhibitorApplication> applications, CancellationToken cancellationToken)
    {
        if (applications.Count == 0)
        {
            return [];
        }
        var organizationIds = applications.Select(a => a.OrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var editionIds = applications.Select(a => a.EditionId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => editionIds.Contains(z.EditionId))
            .ToDictionaryAsync(z => z.Id, z => new ZoneChoice(z.Id, z.Code, z.Name), cancellationToken);
        var applicationIds = applications.Select(a => a.Id).ToList();
        var booths = (await (from allocation in db.BoothAllocations
                             join booth in db.Booths on allocation.BoothId equals booth.Id
                             where applicationIds.Contains(allocation.ApplicationId)
                             select new { allocation.ApplicationId, booth.Code }).ToListAsync(cancellationToken))
            .ToLookup(b => b.ApplicationId, b => b.Code);

        return applications.Select(a =>
        {
            var organization = organizations[a.OrganizationId];
            return new ApplicationView(
                a.Id, a.EditionId, a.OrganizationId, organization.Name, organization.Type, a.BoothsWanted, a.SizeWanted,
                a.ZonePreferences().Where(zones.ContainsKey).Select(z => zones[z]).ToList(),
                a.WantsAdjacent, a.SponsorTier, a.Notes, a.Status, a.DecisionReason, a.SubmittedAt, a.DecidedAt,
                booths[a.Id].Order(StringComparer.Ordinal).ToList(), a.Version) { Origin = ApplicationOrigin.Of(a) };
        }).ToList();
    }
}
