using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Booths;

public sealed partial class BoothService
{
    public async Task<OperationResult<int>> CreateAsync(int editionId, BoothInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!BoothManagement.MayManage(actor))
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        if (BoothRules.Validate(input) is { Count: > 0 } invalid)
        {
            return OperationResult<int>.Fail([.. invalid]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booth = new Booth { EditionId = editionId, Code = BoothGeometry.NormaliseCode(input.Code) };
        var placement = await CheckPlacementAsync(db, editionId, null, booth.Code, input, cancellationToken);
        if (placement.Count > 0)
        {
            return OperationResult<int>.Fail([.. placement]);
        }
        Apply(booth, input);
        return await dbFactory.InsertAsync<EventDbContext, int>(
            writeDb => writeDb.Booths.Add(booth),
            writeDb =>
            {
                audit.Add(writeDb, actor, "booth.created", nameof(Booth), booth.Id, editionId, after: Snapshot(booth));
                return booth.Id;
            },
            cancellationToken,
            onConflict: () => Task.FromResult(OperationResult<int>.Fail(CodeTakenMeanwhile)),
            publish: id => notifier.Publish(new BoothChange(editionId, [id])));
    }

    /// <summary>Changes code, zone, size or rectangle. An allocated booth may not move to a zone its exhibitor is not eligible for.</summary>
    public async Task<OperationResult> UpdateAsync(int boothId, BoothInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!BoothManagement.MayManage(actor))
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        if (BoothRules.Validate(input) is { Count: > 0 } invalid)
        {
            return OperationResult.Fail([.. invalid]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booth = await db.Booths.FirstOrDefaultAsync(b => b.Id == boothId, cancellationToken);
        if (booth is null)
        {
            return OperationResult.Fail(CommonErrors.NotFound);
        }
        if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, booth.EditionId, cancellationToken) is { } otherEdition)
        {
            return OperationResult.Fail(otherEdition);
        }
        if (booth.Version != input.Version)
        {
            return OperationResult.Fail(CommonErrors.Concurrency);
        }
        var code = BoothGeometry.NormaliseCode(input.Code);
        var placement = await CheckPlacementAsync(db, booth.EditionId, booth.Id, code, input, cancellationToken);
        if (placement.Count > 0)
        {
            return OperationResult.Fail([.. placement]);
        }
        if (booth.ZoneId != input.ZoneId && booth.Status is BoothStatus.Allocated or BoothStatus.Held
            && await IneligibleExhibitorAsync(db, booth, input.ZoneId, cancellationToken) is { } refusal)
        {
            return OperationResult.Fail(refusal);
        }
        var before = Snapshot(booth);
        booth.Code = code;
        Apply(booth, input);
        db.ExpectVersion(booth, input.Version);
        audit.Add(db, actor, "booth.updated", nameof(Booth), booth.Id, booth.EditionId, before, Snapshot(booth));
        return await SaveAndNotifyAsync(db, booth, cancellationToken);
    }

    /// <summary>Takes an Available booth out of allocation (a pillar, an exit …). Refused when Held or Allocated.</summary>
    public async Task<OperationResult> BlockAsync(int boothId, long version, string reason, CancellationToken cancellationToken = default) =>
        await ChangeStatusAsync(boothId, version, reason, block: true, cancellationToken);

    /// <summary>Makes a Blocked booth Available again; the reason goes to the audit log.</summary>
    public async Task<OperationResult> UnblockAsync(int boothId, long version, string reason, CancellationToken cancellationToken = default) =>
        await ChangeStatusAsync(boothId, version, reason, block: false, cancellationToken);

    /// <summary>Deletes an Available or Blocked booth; a Held or Allocated one must be released first.</summary>
    public async Task<OperationResult> DeleteAsync(int boothId, long version, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!BoothManagement.MayManage(actor))
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booth = await db.Booths.FirstOrDefaultAsync(b => b.Id == boothId, cancellationToken);
        if (booth is null)
        {
            return OperationResult.Fail(CommonErrors.NotFound);
        }
        if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, booth.EditionId, cancellationToken) is { } otherEdition)
        {
            return OperationResult.Fail(otherEdition);
        }
        if (booth.Version != version)
        {
            return OperationResult.Fail(CommonErrors.Concurrency);
        }
        if (booth.Status is not (BoothStatus.Available or BoothStatus.Blocked))
        {
            return OperationResult.Fail("Booth.DeleteInUse", booth.Code);
        }
        db.ExpectVersion(booth, version);
        db.Booths.Remove(booth);
        audit.Add(db, actor, "booth.deleted", nameof(Booth), booth.Id, booth.EditionId, before: Snapshot(booth));
        return await SaveAndNotifyAsync(db, booth, cancellationToken);
    }

    private async Task<OperationResult> ChangeStatusAsync(int boothId, long version, string reason, bool block, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync();
        if (!BoothManagement.MayManage(actor))
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        if (BoothRules.CheckReason(reason) is { } invalid)
        {
            return OperationResult.Fail(invalid);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booth = await db.Booths.FirstOrDefaultAsync(b => b.Id == boothId, cancellationToken);
        if (booth is null)
        {
            return OperationResult.Fail(CommonErrors.NotFound);
        }
        if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, booth.EditionId, cancellationToken) is { } otherEdition)
        {
            return OperationResult.Fail(otherEdition);
        }
        if (booth.Version != version)
        {
            return OperationResult.Fail(CommonErrors.Concurrency);
        }
        var before = Snapshot(booth);
        if ((block ? booth.Block(reason) : booth.Unblock()) is { } refusal)
        {
            return OperationResult.Fail(refusal);
        }
        db.ExpectVersion(booth, version);
        audit.Add(db, actor, block ? "booth.blocked" : "booth.unblocked", nameof(Booth), booth.Id, booth.EditionId,
            before, Snapshot(booth), details: reason.Trim());
        return await SaveAndNotifyAsync(db, booth, cancellationToken);
    }

    private async Task<List<OperationError>> CheckPlacementAsync(
        EventDbContext db, int editionId, int? boothId, string code, BoothInput input, CancellationToken cancellationToken)
    {
        var errors = new List<OperationError>();
        var zone = await db.Zones.AsNoTracking().FirstOrDefaultAsync(z => z.Id == input.ZoneId && z.EditionId == editionId, cancellationToken);
        if (zone is null)
        {
            errors.Add(OperationError.ForField(BoothRules.Fields.Zone, "Booth.ZoneRequired"));
        }
        else if (zone.IsArchived)
        {
            errors.Add(OperationError.ForField(BoothRules.Fields.Zone, "Booth.ZoneArchived", zone.Code));
        }
        if (await db.Booths.AnyAsync(b => b.EditionId == editionId && b.Code == code && b.Id != boothId, cancellationToken))
        {
            errors.Add(OperationError.ForField(BoothRules.Fields.Code, "Booth.CodeTaken", code));
        }
        var rect = new BoothRect(input.X, input.Y, input.Width, input.Height);
        var others = await db.Booths.AsNoTracking().Where(b => b.EditionId == editionId && b.Id != boothId)
            .Select(b => new { b.Code, b.X, b.Y, b.Width, b.Height }).ToListAsync(cancellationToken);
        var hall = BoothGeometry.HallFor(hallOptions.Value, others.Select(o => new BoothRect(o.X, o.Y, o.Width, o.Height)));
        if (!rect.LiesWithin(hall))
        {
            errors.Add(OperationError.ForField(BoothRules.Fields.X, "Booth.OutsideHall", code, BoothGeometry.Metres(hall.Width), BoothGeometry.Metres(hall.Height)));
        }
        if (others.FirstOrDefault(o => rect.Overlaps(new BoothRect(o.X, o.Y, o.Width, o.Height))) is { } hit)
        {
            errors.Add(OperationError.ForField(BoothRules.Fields.X, "Booth.Overlaps", code, hit.Code));
        }
        return errors;
    }

    private static async Task<OperationError?> IneligibleExhibitorAsync(EventDbContext db, Booth booth, int newZoneId, CancellationToken cancellationToken)
    {
        var zone = await db.Zones.AsNoTracking().FirstAsync(z => z.Id == newZoneId, cancellationToken);
        var organisation = await db.BoothAllocations.AsNoTracking().Where(a => a.BoothId == booth.Id)
            .Join(db.Organizations, a => a.OrganizationId, o => o.Id, (a, o) => new { o.Type, o.Name.Vi })
            .FirstOrDefaultAsync(cancellationToken);
        organisation ??= booth.HeldForApplicationId is { } applicationId
            ? await db.ExhibitorApplications.AsNoTracking().Where(a => a.Id == applicationId)
                .Join(db.Organizations, a => a.OrganizationId, o => o.Id, (a, o) => new { o.Type, o.Name.Vi })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        return organisation is not null && !zone.Accepts(organisation.Type)
            ? OperationError.ForField(BoothRules.Fields.Zone, "Booth.ZoneNotEligible", booth.Code, zone.Code, organisation.Vi)
            : null;
    }

    private async Task<OperationResult> SaveAndNotifyAsync(EventDbContext db, Booth booth, CancellationToken cancellationToken)
    {
        var result = await SaveAsync(db, cancellationToken);
        if (result.Succeeded)
        {
            notifier.Publish(new BoothChange(booth.EditionId, [booth.Id]));
        }
        return result;
    }

    private static OperationError CodeTakenMeanwhile => OperationError.ForField(BoothRules.Fields.Code, "Booth.CodeTakenMeanwhile");

    private static Task<OperationResult> SaveAsync(EventDbContext db, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync(cancellationToken, CodeTakenMeanwhile);

    private static void Apply(Booth booth, BoothInput input)
    {
        booth.ZoneId = input.ZoneId;
        booth.Size = input.Size;
        booth.X = input.X;
        booth.Y = input.Y;
        booth.Width = input.Width;
        booth.Height = input.Height;
    }

    internal static object Snapshot(Booth b) => new
    {
        b.Code, b.ZoneId, Size = b.Size.ToString(), b.X, b.Y, b.Width, b.Height, Status = b.Status.ToString(), b.BlockReason,
    };
}
