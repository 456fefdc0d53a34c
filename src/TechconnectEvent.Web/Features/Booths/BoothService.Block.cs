using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Booths;

public sealed partial class BoothService
{
    /// <summary>
    /// Creates a numbered block of booths in one transaction. Refused whole when any code already exists, any
    /// rectangle overlaps an existing booth or leaves the hall (see <see cref="BoothGeometry.HallFor"/>).
    /// </summary>
    public async Task<OperationResult<IReadOnlyList<string>>> GenerateBlockAsync(
        int editionId, BoothBlockRequest request, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!BoothManagement.MayManage(actor))
        {
            return OperationResult<IReadOnlyList<string>>.Fail(CommonErrors.Forbidden);
        }
        if (BoothRules.Validate(request) is { Count: > 0 } invalid)
        {
            return OperationResult<IReadOnlyList<string>>.Fail([.. invalid]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var zone = await db.Zones.AsNoTracking().FirstOrDefaultAsync(z => z.Id == request.ZoneId && z.EditionId == editionId, cancellationToken);
        if (zone is null || zone.IsArchived)
        {
            return OperationResult<IReadOnlyList<string>>.Fail(OperationError.ForField(nameof(BoothBlockRequest.ZoneId),
                zone is null ? "Booth.ZoneRequired" : "Booth.ZoneArchived", zone?.Code ?? ""));
        }
        var planned = BoothGeometry.LayOut(request);
        var existing = await db.Booths.AsNoTracking().Where(b => b.EditionId == editionId)
            .Select(b => new { b.Code, b.X, b.Y, b.Width, b.Height }).ToListAsync(cancellationToken);
        var errors = PlacementErrors(planned, existing.Select(e => (e.Code, new BoothRect(e.X, e.Y, e.Width, e.Height))).ToList());
        if (errors.Count > 0)
        {
            return OperationResult<IReadOnlyList<string>>.Fail([.. errors]);
        }

        var booths = planned.Select(p => new Booth
        {
            EditionId = editionId, ZoneId = zone.Id, Code = p.Code, Size = request.Size,
            X = p.Rect.X, Y = p.Rect.Y, Width = p.Rect.Width, Height = p.Rect.Height,
        }).ToList();
        return await dbFactory.InsertAsync<EventDbContext, IReadOnlyList<string>>(
            writeDb => writeDb.Booths.AddRange(booths),
            writeDb =>
            {
                audit.Add(writeDb, actor, "booth.block-generated", nameof(Booth), booths[0].Id, editionId,
                    after: new { Zone = zone.Code, Size = request.Size.ToString(), Codes = booths.Select(b => b.Code).ToList() });
                return booths.Select(b => b.Code).ToList();
            },
            cancellationToken,
            onConflict: () => Task.FromResult(OperationResult<IReadOnlyList<string>>.Fail(CodeTakenMeanwhile)),
            publish: _ => notifier.Publish(new BoothChange(editionId, booths.Select(b => b.Id).ToList())));
    }

    private List<OperationError> PlacementErrors(IReadOnlyList<(string Code, BoothRect Rect)> planned, IReadOnlyList<(string Code, BoothRect Rect)> existing)
    {
        var errors = new List<OperationError>();
        var codes = existing.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var taken = planned.Where(p => codes.Contains(p.Code)).Select(p => p.Code).ToList();
        if (taken.Count > 0)
        {
            errors.Add(OperationError.ForField(nameof(BoothBlockRequest.Prefix), "Booth.CodesTaken", taken.Count, BoothManagement.ListCodes(taken)));
        }
        var hall = BoothGeometry.HallFor(hallOptions.Value, existing.Select(e => e.Rect));
        var outside = planned.Where(p => !p.Rect.LiesWithin(hall)).Select(p => p.Code).ToList();
        if (outside.Count > 0)
        {
            errors.Add(OperationError.ForField(nameof(BoothBlockRequest.OriginX), "Booth.BlockOutsideHall",
                BoothManagement.ListCodes(outside), BoothGeometry.Metres(hall.Width), BoothGeometry.Metres(hall.Height)));
        }
        var overlaps = planned
            .SelectMany(p => existing.Where(e => p.Rect.Overlaps(e.Rect)).Select(e => $"{p.Code} ↔ {e.Code}"))
            .ToList();
        if (overlaps.Count > 0)
        {
            errors.Add(OperationError.ForField(nameof(BoothBlockRequest.OriginX), "Booth.BlockOverlaps", overlaps.Count, BoothManagement.ListCodes(overlaps, 5)));
        }
        return errors;
    }
}
