using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Features.Allocation;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>
/// Seeds the demo edition (Techconnect and Innovation Vietnam 2023) from the JSON files of a
/// <see cref="DemoDataFolder"/>: the edition, its zones and demonstration areas, the booth layout and a directory
/// of organisations, their applications, the booths allocated to them and their technologies, all in one
/// transaction.
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
    /// <summary>
    /// The demo edition, then the earlier editions of <see cref="DemoDataFolder.EarlierEditions"/> (so that the
    /// editions list and the year-on-year comparison have something to show), each in its own transaction.
    /// </summary>
    /// <returns>The result for the demo edition itself.</returns>
    /// <exception cref="DemoDataException">A data file is missing or wrong; that edition was not written.</exception>
    public async Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        var result = await SeedEditionAsync(folder, cancellationToken);
        foreach (var earlier in folder.EarlierEditions())
        {
            await SeedEditionAsync(earlier, cancellationToken);
        }
        return result;
    }

    private async Task<DemoSeedResult> SeedEditionAsync(DemoDataFolder folder, CancellationToken cancellationToken)
    {
        var data = DemoDataLoader.Load(folder);
        // Written as of a month before the fair, so that the demo never depends on the day it is seeded.
        var programmeWrittenAt = new DateTimeOffset(data.Edition.StartDate.AddDays(-30).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var programme = DemoProgramme.Load(folder, data.Edition.StartDate, data.Edition.EndDate, data.Edition.TimeZoneId, programmeWrittenAt,
            TopicDefaults.For(0).Select(t => t.Code).ToHashSet(StringComparer.Ordinal));
        var connections = DemoConnections.Load(folder, data, programme, programmeWrittenAt);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // On SQLite this is BEGIN IMMEDIATE: a second instance starting at the same moment waits here and then
        // sees the edition, instead of both inserting it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        if (await db.Editions.SingleOrDefaultAsync(e => e.Year == data.Edition.Year, cancellationToken) is { } present)
        {
            logger.LogDebug("Demo edition {Year} already present; demo seeding skipped.", data.Edition.Year);
            await AddConnectionsToPresentEditionAsync(db, present, connections, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return DemoSeedResult.AlreadyPresent;
        }

        var edition = data.Edition;
        // At most one edition is current; an edition the organisers made current keeps that place.
        edition.IsCurrent = edition.IsCurrent && !await db.Editions.AnyAsync(e => e.IsCurrent, cancellationToken);
        // An archived edition is read-only: it is filled in as a draft and takes its status last.
        var finalStatus = edition.Status;
        edition.Status = EditionStatus.Draft;
        db.Editions.Add(edition);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var zone in data.Zones)
        {
            zone.EditionId = edition.Id;
        }
        db.Zones.AddRange(data.Zones);
        db.RegistrationCategories.AddRange(RegistrationCategoryDefaults.For(edition.Id));
        db.ScanPoints.Add(ScanPointDefaults.MainGate(edition.Id));
        // The source articles name no gates: these two are made up for training, and their location says so.
        db.ScanPoints.Add(new ScanPoint { EditionId = edition.Id, Code = "A", Name = "Cổng A – Sảnh triển lãm", SortOrder = 1,
            Location = "Minh họa: lối vào sảnh trình diễn thiết bị và công nghệ (nguồn không nêu tên cổng)" });
        db.ScanPoints.Add(new ScanPoint { EditionId = edition.Id, Code = "B", Name = "Cổng B – Khu hội thảo", SortOrder = 2,
            Location = "Minh họa: lối vào các phiên hội thảo chuyên đề và bàn kết nối cung – cầu (nguồn không nêu tên cổng)" });
        await db.SaveChangesAsync(cancellationToken);

        var topics = TopicDefaults.For(edition.Id);
        db.Topics.AddRange(topics);
        await db.SaveChangesAsync(cancellationToken);
        if (programme is not null)
        {
            await AddProgrammeAsync(db, programme, edition.Id, topics, cancellationToken);
        }

        var zoneIds = data.Zones.ToDictionary(z => z.Code, z => z.Id, StringComparer.Ordinal);
        db.Booths.AddRange(data.Booths.Select(b => b.ToBooth(edition.Id, zoneIds[b.ZoneCode])));

        var existingNames = (await db.Organizations.Select(o => o.Name.Vi).ToListAsync(cancellationToken))
            .Select(n => n.Normalize())
            .ToHashSet(StringComparer.Ordinal);
        var organizations = data.Organizations.Where(o => !existingNames.Contains(o.Name.Vi)).ToList();
        db.Organizations.AddRange(organizations);
        await db.SaveChangesAsync(cancellationToken);

        var exhibitors = await SeedExhibitorsAsync(db, data, edition.Id, zoneIds, cancellationToken);
        if (connections is not null)
        {
            await connections.AddAsync(db, edition.Id, cancellationToken);
        }
        edition.Status = finalStatus;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var result = new DemoSeedResult(
            EditionCreated: true,
            FunctionalZones: data.Zones.Count(z => z.Kind == ZoneKind.FunctionalZone),
            DemonstrationAreas: data.Zones.Count(z => z.Kind == ZoneKind.DemonstrationArea),
            Booths: data.Booths.Count,
            Organizations: organizations.Count)
        {
            Applications = exhibitors.Applications,
            Allocations = exhibitors.Allocations,
            Technologies = exhibitors.Technologies,
        };
        logger.LogInformation(
            "Demo edition {Year} seeded from {Folder}: {FunctionalZones} functional zones, {DemonstrationAreas} demonstration areas, {Booths} booths, {Organizations} organisations, {Applications} applications, {Allocations} booth allocations, {Technologies} technologies.",
            edition.Year, folder.Path, result.FunctionalZones, result.DemonstrationAreas, result.Booths, result.Organizations,
            result.Applications, result.Allocations, result.Technologies);
        return result;
    }

    /// <summary>
    /// A database seeded before connections existed gets the demo connections once, while the edition has none at all
    /// and is not archived; after that the offers, meetings and MoUs belong to the organisers like the booths do.
    /// </summary>
    private async Task AddConnectionsToPresentEditionAsync(EventDbContext db, Edition edition, DemoConnections? connections,
        CancellationToken cancellationToken)
    {
        if (connections is null || edition.Status == EditionStatus.Archived || await DemoConnections.PresentAsync(db, edition.Id, cancellationToken))
        {
            return;
        }
        var missing = await connections.AddAsync(db, edition.Id, cancellationToken);
        if (missing.Count > 0)
        {
            logger.LogWarning("Demo connections for {Year} not added: organisations {Missing} are no longer in the database.",
                edition.Year, string.Join(", ", missing));
            return;
        }
        logger.LogInformation("Demo connections added to edition {Year}: {Offers} offers, {Needs} needs, {Requests} meeting requests, {Mous} MoUs.",
            edition.Year, connections.Offers.Count, connections.Needs.Count, connections.Requests.Count, connections.Mous.Count);
    }

    /// <summary>The programme's rooms, then its sessions in them (topics by code), inside the caller's transaction.</summary>
    private static async Task AddProgrammeAsync(EventDbContext db, DemoProgramme programme, int editionId, IReadOnlyList<Topic> topics,
        CancellationToken cancellationToken)
    {
        foreach (var room in programme.Rooms.Values)
        {
            room.EditionId = editionId;
        }
        db.Rooms.AddRange(programme.Rooms.Values);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var planned in programme.Sessions)
        {
            planned.Session.EditionId = editionId;
            planned.Session.RoomId = programme.Rooms[planned.RoomKey].Id;
            planned.Session.TopicId = planned.TopicCode is null ? null : topics.Single(t => t.Code == planned.TopicCode).Id;
        }
        db.ForumSessions.AddRange(programme.Sessions.Select(p => p.Session));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Applications, allocations and technologies, inside the caller's transaction.</summary>
    private static async Task<(int Applications, int Allocations, int Technologies)> SeedExhibitorsAsync(
        EventDbContext db, DemoData data, int editionId, Dictionary<string, int> zoneIds, CancellationToken cancellationToken)
    {
        // Organisations entered by hand before the first seed keep their rows; match them by Vietnamese name.
        var organizationIds = (await db.Organizations.Select(o => new { o.Id, o.Name.Vi }).ToListAsync(cancellationToken))
            .GroupBy(o => o.Vi.Normalize(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(o => o.Id), StringComparer.Ordinal);

        foreach (var planned in data.Applications)
        {
            var application = planned.Application;
            application.EditionId = editionId;
            application.OrganizationId = organizationIds[planned.OrganizationName];
            var zones = planned.ZoneCodes.Select(code => (int?)zoneIds[code]).ToList();
            application.ZonePreference1Id = zones.ElementAtOrDefault(0);
            application.ZonePreference2Id = zones.ElementAtOrDefault(1);
            application.ZonePreference3Id = zones.ElementAtOrDefault(2);
        }
        db.ExhibitorApplications.AddRange(data.Applications.Select(a => a.Application));
        await db.SaveChangesAsync(cancellationToken);

        var boothIds = await db.Booths.Where(b => b.EditionId == editionId).ToDictionaryAsync(b => b.Code, b => b.Id, StringComparer.Ordinal, cancellationToken);
        db.BoothAllocations.AddRange(data.Allocations.Select(a =>
        {
            var application = data.Applications[a.ApplicationIndex].Application;
            return new BoothAllocation
            {
                EditionId = editionId,
                BoothId = boothIds[a.BoothCode],
                ApplicationId = application.Id,
                OrganizationId = application.OrganizationId,
                AllocatedAt = (application.DecidedAt ?? application.SubmittedAt).AddDays(10),
                AllocatedBy = "demo data",
            };
        }));

        foreach (var planned in data.Technologies)
        {
            planned.Technology.OrganizationId = organizationIds[planned.OrganizationName];
            planned.Technology.EditionId = editionId;
        }
        db.Technologies.AddRange(data.Technologies.Select(t => t.Technology));
        await db.SaveChangesAsync(cancellationToken);
        return (data.Applications.Count, data.Allocations.Count, data.Technologies.Count);
    }
}

/// <summary>What one seeding run inserted; all zero when the demo edition was already there.</summary>
public sealed record DemoSeedResult(bool EditionCreated, int FunctionalZones, int DemonstrationAreas, int Booths, int Organizations)
{
    public int Applications { get; init; }
    public int Allocations { get; init; }
    public int Technologies { get; init; }

    public static DemoSeedResult AlreadyPresent { get; } = new(false, 0, 0, 0, 0);
}
