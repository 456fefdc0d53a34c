using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Booths;

/// <summary>
/// Booths of an edition: the grid query, single and block creation, edit, block/unblock, delete and prices.
/// Every write bumps the booth's Version, writes an audit row in the same SaveChanges and, once committed,
/// tells open grids and plans through <see cref="ChangeNotifier{TChange}"/>.
/// </summary>
public sealed partial class BoothService(
    IDbContextFactory<EventDbContext> dbFactory, AuditTrail audit, ICurrentActor currentActor,
    ChangeNotifier<BoothChange> notifier, IOptions<HallOptions> hallOptions, TimeProvider time)
{
    /// <summary>The grid as it is now: an expired hold shows (and filters) as Available, with no holder.</summary>
    public async Task<IReadOnlyList<BoothRow>> QueryAsync(int editionId, BoothFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var booths = db.Booths.AsNoTracking().Where(b => b.EditionId == editionId);
        if (filter.ZoneId is { } zoneId)
        {
            booths = booths.Where(b => b.ZoneId == zoneId);
        }
        if (filter.Status is { } status)
        {
            booths = booths.Where(BoothHoldExpiry.HasStatus(status, now));
        }
        if (filter.Size is { } size)
        {
            booths = booths.Where(b => b.Size == size);
        }
        var rows = await booths.Matching(db, filter.Search)
            .Join(db.Zones, b => b.ZoneId, z => z.Id, (b, z) => new
            {
                b.Id, b.Code, b.ZoneId, ZoneCode = z.Code, ZoneVi = z.Name.Vi, ZoneEn = z.Name.En, z.Colour,
                b.Size, b.X, b.Y, b.Width, b.Height, b.Status, b.BlockReason, b.HeldForApplicationId, b.HeldUntil, b.Version,
            })
            .ToListAsync(cancellationToken);
        // Exhibitors and prices come in two small queries rather than outer joins: at most a few hundred rows.
        var exhibitors = await db.BoothAllocations.AsNoTracking().Where(a => a.EditionId == editionId)
            .Join(db.Organizations, a => a.OrganizationId, o => o.Id, (a, o) => new { a.BoothId, o.Id, o.Name.Vi, o.Name.En })
            .ToDictionaryAsync(a => a.BoothId, cancellationToken);
        var holders = await db.ExhibitorApplications.AsNoTracking()
            .Where(a => a.EditionId == editionId && db.Booths.Any(b => b.HeldForApplicationId == a.Id))
            .Join(db.Organizations, a => a.OrganizationId, o => o.Id, (a, o) => new { a.Id, o.Name.Vi, o.Name.En })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var prices = await PricesAsync(db, editionId, cancellationToken);

        var result = rows.Select(r =>
        {
            var exhibitor = exhibitors.GetValueOrDefault(r.Id);
            var status = BoothHoldExpiry.StatusAt(r.Status, r.HeldUntil, now);
            var heldFor = status == BoothStatus.Held ? r.HeldForApplicationId : null;
            var holder = heldFor is { } applicationId ? holders.GetValueOrDefault(applicationId) : null;
            return new BoothRow(r.Id, r.Code, r.ZoneId, r.ZoneCode, new LocalizedText(r.ZoneVi, r.ZoneEn), r.Colour,
                r.Size, r.X, r.Y, r.Width, r.Height, status, r.BlockReason, heldFor, status == BoothStatus.Held ? r.HeldUntil : null,
                exhibitor?.Id, exhibitor is null ? null : new LocalizedText(exhibitor.Vi, exhibitor.En),
                prices.TryGetValue(r.Size, out var price) ? price : null, r.Version,
                holder is null ? null : new LocalizedText(holder.Vi, holder.En));
        });
        return result.OrderBy(r => r.ZoneCode, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyDictionary<BoothSize, long>> GetPricesAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await PricesAsync(db, editionId, cancellationToken);
    }

    /// <summary>Sets the price of each size; a null or missing size has no price.</summary>
    public async Task<OperationResult> SetPricesAsync(int editionId, IReadOnlyDictionary<BoothSize, long?> prices, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!BoothManagement.MayManage(actor))
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        if (prices.Values.Any(p => p < 0))
        {
            return OperationResult.Fail("Booth.PriceNegative");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.BoothPrices.Where(p => p.EditionId == editionId).ToListAsync(cancellationToken);
        var before = stored.ToDictionary(p => p.Size.ToString(), p => p.PriceVnd);
        foreach (var size in Enum.GetValues<BoothSize>())
        {
            var existing = stored.FirstOrDefault(p => p.Size == size);
            var wanted = prices.GetValueOrDefault(size);
            if (wanted is null && existing is not null)
            {
                db.BoothPrices.Remove(existing);
            }
            else if (wanted is { } price && existing is null)
            {
                db.BoothPrices.Add(new BoothPrice { EditionId = editionId, Size = size, PriceVnd = price });
            }
            else if (wanted is { } changed && existing is not null)
            {
                existing.PriceVnd = changed;
            }
        }
        var after = prices.Where(p => p.Value is not null).ToDictionary(p => p.Key.ToString(), p => p.Value);
        audit.Add(db, actor, "booth.prices", nameof(BoothPrice), editionId, editionId, before, after);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<HallSize> GetHallAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return BoothGeometry.HallFor(hallOptions.Value, await RectsAsync(db, editionId, exceptId: null, cancellationToken));
    }

    /// <summary>Active zones of the edition for pickers (code, name, colour).</summary>
    public async Task<IReadOnlyList<Zone>> ZonesAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Zones.AsNoTracking().Where(z => z.EditionId == editionId && !z.IsArchived)
            .OrderBy(z => z.Kind).ThenBy(z => z.SortOrder).ThenBy(z => z.Code).ToListAsync(cancellationToken);
    }

    private static async Task<Dictionary<BoothSize, long>> PricesAsync(EventDbContext db, int editionId, CancellationToken cancellationToken) =>
        await db.BoothPrices.AsNoTracking().Where(p => p.EditionId == editionId).ToDictionaryAsync(p => p.Size, p => p.PriceVnd, cancellationToken);

    private static async Task<List<BoothRect>> RectsAsync(EventDbContext db, int editionId, int? exceptId, CancellationToken cancellationToken) =>
        (await db.Booths.AsNoTracking().Where(b => b.EditionId == editionId && b.Id != exceptId)
            .Select(b => new { b.X, b.Y, b.Width, b.Height }).ToListAsync(cancellationToken))
        .Select(b => new BoothRect(b.X, b.Y, b.Width, b.Height)).ToList();
}
