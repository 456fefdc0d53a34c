using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Zones;

/// <summary>Zones of an edition: list with booth counts, create, edit, archive and unarchive. Organisers only.</summary>
public sealed class ZoneService(IDbContextFactory<EventDbContext> dbFactory, AuditTrail audit, ICurrentActor currentActor, TimeProvider time)
{
    public async Task<IReadOnlyList<ZoneSummary>> ListAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var zones = await db.Zones.AsNoTracking().Where(z => z.EditionId == editionId)
            .OrderBy(z => z.IsArchived).ThenBy(z => z.Kind).ThenBy(z => z.SortOrder).ThenBy(z => z.Code)
            .ToListAsync(cancellationToken);
        var counts = await db.Booths.AsNoTracking().Where(b => b.EditionId == editionId)
            .GroupBy(b => b.ZoneId)
            .Select(g => new { ZoneId = g.Key, Total = g.Count(), Allocated = g.Count(b => b.Status == BoothStatus.Allocated) })
            .ToDictionaryAsync(c => c.ZoneId, cancellationToken);
        return zones.Select(z =>
        {
            var count = counts.GetValueOrDefault(z.Id);
            return new ZoneSummary(z.Id, z.Code, z.Name, z.Kind, z.Colour, z.EligibleTypes, z.Description, z.SortOrder,
                z.IsArchived, z.Version, count?.Total ?? 0, count?.Allocated ?? 0);
        }).ToList();
    }

    public async Task<OperationResult<int>> CreateAsync(int editionId, ZoneInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!BoothManagement.MayManage(actor))
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        var errors = ZoneRules.Validate(input);
        if (errors.Count > 0)
        {
            return OperationResult<int>.Fail([.. errors]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var code = ZoneRules.NormaliseCode(input.Code);
        if (await db.Zones.AnyAsync(z => z.EditionId == editionId && z.Code == code, cancellationToken))
        {
            return OperationResult<int>.Fail(OperationError.ForField(ZoneRules.Fields.Code, "Zone.CodeTaken", code));
        }
        var zone = new Zone { EditionId = editionId, Code = code, Name = new LocalizedText("", "") };
        Apply(zone, input);
        // The audit row needs the new id: both writes share one transaction so neither stands alone.
        return await dbFactory.InsertAsync<EventDbContext, int>(
            writeDb => writeDb.Zones.Add(zone),
            writeDb =>
            {
                audit.Add(writeDb, actor, "zone.created", nameof(Zone), zone.Id, editionId, after: Snapshot(zone));
                return zone.Id;
            },
            cancellationToken,
            onConflict: () => Task.FromResult(OperationResult<int>.Fail(CodeTakenMeanwhile)));
    }

    public async Task<OperationResult> UpdateAsync(int zoneId, ZoneInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!BoothManagement.MayManage(actor))
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        var errors = ZoneRules.Validate(input);
        if (errors.Count > 0)
        {
            return OperationResult.Fail([.. errors]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var zone = await db.Zones.FirstOrDefaultAsync(z => z.Id == zoneId, cancellationToken);
        if (zone is null)
        {
            return OperationResult.Fail(CommonErrors.NotFound);
        }
        if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, zone.EditionId, cancellationToken) is { } otherEdition)
        {
            return OperationResult.Fail(otherEdition);
        }
        if (zone.Version != input.Version)
        {
            return OperationResult.Fail(CommonErrors.Concurrency);
        }
        var code = ZoneRules.NormaliseCode(input.Code);
        if (code != zone.Code && await db.Zones.AnyAsync(z => z.EditionId == zone.EditionId && z.Code == code && z.Id != zoneId, cancellationToken))
        {
            return OperationResult.Fail(OperationError.ForField(ZoneRules.Fields.Code, "Zone.CodeTaken", code));
        }
        var before = Snapshot(zone);
        zone.Code = code;
        Apply(zone, input);
        db.ExpectVersion(zone, input.Version);
        audit.Add(db, actor, "zone.updated", nameof(Zone), zone.Id, zone.EditionId, before, Snapshot(zone));
        return await SaveAsync(db, cancellationToken);
    }

    /// <summary>Hides a zone from allocation and the plan. Refused while it still holds allocated or held booths.</summary>
    public async Task<OperationResult> ArchiveAsync(int zoneId, long version, CancellationToken cancellationToken = default) =>
        await SetArchivedAsync(zoneId, version, archived: true, cancellationToken);

    public async Task<OperationResult> UnarchiveAsync(int zoneId, long version, CancellationToken cancellationToken = default) =>
        await SetArchivedAsync(zoneId, version, archived: false, cancellationToken);

    private async Task<OperationResult> SetArchivedAsync(int zoneId, long version, bool archived, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync();
        if (!BoothManagement.MayManage(actor))
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var zone = await db.Zones.FirstOrDefaultAsync(z => z.Id == zoneId, cancellationToken);
        if (zone is null)
        {
            return OperationResult.Fail(CommonErrors.NotFound);
        }
        if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, zone.EditionId, cancellationToken) is { } otherEdition)
        {
            return OperationResult.Fail(otherEdition);
        }
        if (zone.Version != version)
        {
            return OperationResult.Fail(CommonErrors.Concurrency);
        }
        if (zone.IsArchived == archived)
        {
            return OperationResult.Ok();
        }
        if (archived)
        {
            // A hold that has run out no longer keeps the zone open.
            var occupied = await db.Booths.AsNoTracking().Where(b => b.ZoneId == zoneId).Select(BoothHoldExpiry.State(time.GetUtcNow()))
                .Where(b => b.Status == BoothStatus.Allocated || b.Status == BoothStatus.Held)
                .OrderBy(b => b.Code).Select(b => b.Code).ToListAsync(cancellationToken);
            if (occupied.Count > 0)
            {
                return OperationResult.Fail("Zone.HasAllocatedBooths", zone.Code, occupied.Count, BoothManagement.ListCodes(occupied));
            }
        }
        zone.IsArchived = archived;
        db.ExpectVersion(zone, version);
        audit.Add(db, actor, archived ? "zone.archived" : "zone.unarchived", nameof(Zone), zone.Id, zone.EditionId,
            new { IsArchived = !archived }, new { IsArchived = archived });
        return await SaveAsync(db, cancellationToken);
    }

    private static Task<OperationResult> SaveAsync(EventDbContext db, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync(cancellationToken, CodeTakenMeanwhile);

    private static OperationError CodeTakenMeanwhile => OperationError.ForField(ZoneRules.Fields.Code, "Zone.CodeTakenMeanwhile");

    private static void Apply(Zone zone, ZoneInput input)
    {
        zone.Name = new LocalizedText(input.NameVi.Trim(), input.NameEn.Trim());
        zone.Kind = input.Kind;
        zone.Colour = ZoneRules.NormaliseColour(input.Colour);
        zone.EligibleTypes = input.EligibleTypes;
        zone.Description = new LocalizedText((input.DescriptionVi ?? "").Trim(), (input.DescriptionEn ?? "").Trim());
        zone.SortOrder = input.SortOrder;
    }

    private static object Snapshot(Zone z) => new
    {
        z.Code, NameVi = z.Name.Vi, NameEn = z.Name.En, Kind = z.Kind.ToString(), z.Colour,
        EligibleTypes = z.EligibleTypes.ToString(), z.SortOrder, z.IsArchived,
    };
}
