using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.FloorPlan;

/// <summary>
/// Read-only: an edition's hall, zones and booths with their exhibitors, in a fixed number of queries
/// (edition, zones, booths joined to allocation and organisation, the exhibitors' technologies) whatever
/// the number of booths. Booths are shown as they are at the time provider's now: an expired hold is free.
/// </summary>
public sealed class FloorPlanQuery(IDbContextFactory<EventDbContext> dbFactory, EditionService editions, TimeProvider time)
{
    /// <summary>Metres of empty floor drawn around the outermost booths.</summary>
    public const double Margin = 2;

    /// <summary>The public plan: the current edition's, or with <paramref name="year"/> that year's unless it is still a draft.</summary>
    public async Task<FloorPlanData?> ForPublicAsync(int? year = null, CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetPublicAsync(year, cancellationToken);
        return edition is null ? null : await ForEditionAsync(edition.Id, cancellationToken);
    }

    /// <summary>The organiser's plan: the edition the signed-in person works on.</summary>
    public async Task<FloorPlanData?> ForWorkingEditionAsync(CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetWorkingAsync(cancellationToken);
        return edition is null ? null : await ForEditionAsync(edition.Id, cancellationToken);
    }

    public async Task<FloorPlanData?> ForEditionAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await db.Editions.AsNoTracking()
            .Where(e => e.Id == editionId)
            .Select(e => new { e.Id, e.Name, e.TimeZoneId })
            .FirstOrDefaultAsync(cancellationToken);
        if (edition is null)
        {
            return null;
        }

        var zones = await db.Zones.AsNoTracking()
            .Where(z => z.EditionId == editionId)
            // SortOrder, not Kind: Kind is stored as text, so ordering by it would put demonstration areas first.
            .OrderBy(z => z.SortOrder).ThenBy(z => z.Code)
            .Select(z => new FloorPlanZone(z.Id, z.Code, z.Name, z.Kind, z.Colour, z.IsArchived))
            .ToListAsync(cancellationToken);

        var rows = await (
                from b in db.Booths.AsNoTracking()
                where b.EditionId == editionId
                join a in db.BoothAllocations on b.Id equals a.BoothId into allocations
                from a in allocations.DefaultIfEmpty()
                join o in db.Organizations on a.OrganizationId equals o.Id into organizations
                from o in organizations.DefaultIfEmpty()
                orderby b.Code
                select new
                {
                    Booth = b,
                    OrganizationId = (int?)o.Id,
                    NameVi = (string?)o.Name.Vi,
                    NameEn = (string?)o.Name.En,
                    ShortName = (string?)o.ShortName,
                })
            .ToListAsync(cancellationToken);

        var technologies = (await db.Technologies.AsNoTracking()
                .Where(t => (t.EditionId == null || t.EditionId == editionId)
                    && db.BoothAllocations.Any(a => a.EditionId == editionId && a.OrganizationId == t.OrganizationId))
                .OrderBy(t => t.Id)
                .Select(t => new { t.OrganizationId, Technology = new FloorPlanTechnology(t.Id, t.Title, t.Field, t.OfferType) })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.OrganizationId, t => t.Technology);

        // One exhibitor object per organisation, shared by all its booths.
        var exhibitors = new Dictionary<int, FloorPlanExhibitor>();
        FloorPlanExhibitor? ExhibitorFor(int? id, string? vi, string? en, string? shortName)
        {
            if (id is not int organizationId)
            {
                return null;
            }
            if (!exhibitors.TryGetValue(organizationId, out var exhibitor))
            {
                exhibitor = new FloorPlanExhibitor(organizationId, new LocalizedText(vi ?? "", en ?? ""), shortName,
                    technologies[organizationId].ToList());
                exhibitors[organizationId] = exhibitor;
            }
            return exhibitor;
        }

        var now = time.GetUtcNow();
        var booths = rows.Select(r => new FloorPlanBooth(
                r.Booth.Id, r.Booth.Code, r.Booth.ZoneId, r.Booth.Size, r.Booth.X, r.Booth.Y, r.Booth.Width, r.Booth.Height,
                BoothHoldExpiry.StatusAt(r.Booth.Status, r.Booth.HeldUntil, now), r.Booth.Version,
                BoothHoldExpiry.LiveUntil(r.Booth.Status, r.Booth.HeldUntil, now), r.Booth.BlockReason,
                ExhibitorFor(r.OrganizationId, r.NameVi, r.NameEn, r.ShortName)))
            .ToList();

        return new FloorPlanData(edition.Id, edition.Name, edition.TimeZoneId, ExtentOf(booths), zones, booths);
    }

    internal static FloorPlanExtent ExtentOf(IReadOnlyCollection<FloorPlanBooth> booths)
    {
        if (booths.Count == 0)
        {
            return FloorPlanExtent.Empty;
        }
        var left = booths.Min(b => b.X) - Margin;
        var top = booths.Min(b => b.Y) - Margin;
        var right = booths.Max(b => b.X + b.Width) + Margin;
        var bottom = booths.Max(b => b.Y + b.Height) + Margin;
        return new FloorPlanExtent(left, top, right - left, bottom - top);
    }
}
