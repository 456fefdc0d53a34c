using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Zones;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>
/// Seeds the demo edition (Techconnect and Innovation Vietnam 2023) from the JSON files of a
/// <see cref="DemoDataFolder"/>: the edition, its zones and demonstration areas, the booth layout and a directory
/// of organisations, all in one transaction.
/// </summary>
/// <remarks>
/// Runs on every start, so it must be idempotent. The edition's year is the marker: when an edition of that year
/// exists, nothing is written. After the first seed the edition's zones and booths belong to the organisers;
/// filling in "missing" rows at each start would bring back demo booths and zones they deleted on purpose.
/// Within the one insert, organisations already in the database (matched by their Vietnamese name, in NFC)
/// are not added again, since organisations are shared by all editions and may have been entered by hand.
/// The files are read and validated before the database is touched, so bad data writes nothing.
/// </remarks>
public sealed class DemoSeeder(IDbContextFactory<EventDbContext> dbFactory, DemoDataFolder folder, ILogger<DemoSeeder> logger)
{
    /// <exception cref="DemoDataException">A data file is missing or wrong; nothing was written.</exception>
    public async Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        var data = DemoDataLoader.Load(folder);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // On SQLite this is BEGIN IMMEDIATE: a second instance starting at the same moment waits here and then
        // sees the edition, instead of both inserting it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        if (await db.Editions.AnyAsync(e => e.Year == data.Edition.Year, cancellationToken))
        {
            logger.LogDebug("Demo edition {Year} already present; demo seeding skipped.", data.Edition.Year);
            return DemoSeedResult.AlreadyPresent;
        }

        var edition = data.Edition;
        // At most one edition is current; an edition the organisers made current keeps that place.
        edition.IsCurrent = edition.IsCurrent && !await db.Editions.AnyAsync(e => e.IsCurrent, cancellationToken);
        db.Editions.Add(edition);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var zone in data.Zones)
        {
            zone.EditionId = edition.Id;
        }
        db.Zones.AddRange(data.Zones);
        await db.SaveChangesAsync(cancellationToken);

        var zoneIds = data.Zones.ToDictionary(z => z.Code, z => z.Id, StringComparer.Ordinal);
        db.Booths.AddRange(data.Booths.Select(b => b.ToBooth(edition.Id, zoneIds[b.ZoneCode])));

        var existingNames = (await db.Organizations.Select(o => o.Name.Vi).ToListAsync(cancellationToken))
            .Select(n => n.Normalize())
            .ToHashSet(StringComparer.Ordinal);
        var organizations = data.Organizations.Where(o => !existingNames.Contains(o.Name.Vi)).ToList();
        db.Organizations.AddRange(organizations);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var result = new DemoSeedResult(
            EditionCreated: true,
            FunctionalZones: data.Zones.Count(z => z.Kind == ZoneKind.FunctionalZone),
            DemonstrationAreas: data.Zones.Count(z => z.Kind == ZoneKind.DemonstrationArea),
            Booths: data.Booths.Count,
            Organizations: organizations.Count);
        logger.LogInformation(
            "Demo edition {Year} seeded from {Folder}: {FunctionalZones} functional zones, {DemonstrationAreas} demonstration areas, {Booths} booths, {Organizations} organisations.",
            edition.Year, folder.Path, result.FunctionalZones, result.DemonstrationAreas, result.Booths, result.Organizations);
        return result;
    }
}

/// <summary>What one seeding run inserted; all zero when the demo edition was already there.</summary>
public sealed record DemoSeedResult(bool EditionCreated, int FunctionalZones, int DemonstrationAreas, int Booths, int Organizations)
{
    public static DemoSeedResult AlreadyPresent { get; } = new(false, 0, 0, 0, 0);
}
