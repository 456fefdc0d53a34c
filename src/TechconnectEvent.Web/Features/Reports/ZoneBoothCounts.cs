using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Reports;

public sealed record ZoneBoothCount(string Code, LocalizedText Name, ZoneKind Kind, string Colour, int Booths, int Available, int Held, int Allocated, int Blocked);

/// <summary>Read-only: every active zone of an edition with its booths counted by status (an expired hold counts as available).</summary>
public sealed class ZoneBoothCounts(IDbContextFactory<EventDbContext> dbFactory, TimeProvider time)
{
    public async Task<IReadOnlyList<ZoneBoothCount>> ForEditionAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var zones = await db.Zones.AsNoTracking()
            .Where(z => z.EditionId == editionId && !z.IsArchived)
            .ToListAsync(cancellationToken);
        // Kind is stored as text, so the database would sort it alphabetically; functional zones come first.
        zones = zones.OrderBy(z => z.Kind).ThenBy(z => z.SortOrder).ThenBy(z => z.Code, StringComparer.Ordinal).ToList();
        var counts = await db.Booths.AsNoTracking()
            .Where(b => b.EditionId == editionId)
            .Select(BoothHoldExpiry.State(time.GetUtcNow()))
            .GroupBy(b => new { b.ZoneId, b.Status })
            .Select(g => new { g.Key.ZoneId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);

        int Count(int zoneId, BoothStatus? status) =>
            counts.Where(c => c.ZoneId == zoneId && (status is null || c.Status == status)).Sum(c => c.Count);

        return zones.Select(z => new ZoneBoothCount(
                z.Code, z.Name, z.Kind, z.Colour,
                Count(z.Id, null), Count(z.Id, BoothStatus.Available), Count(z.Id, BoothStatus.Held),
                Count(z.Id, BoothStatus.Allocated), Count(z.Id, BoothStatus.Blocked)))
            .ToList();
    }
}
