using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Booths.Import;

/// <summary>
/// Imports booths from CSV or XLSX: all rows or none. The same check runs for the preview and again inside the
/// writing transaction, so a booth added meanwhile by someone else still makes the import fail cleanly.
/// </summary>
public sealed class BoothImportService(
    IDbContextFactory<EventDbContext> dbFactory, AuditTrail audit, ICurrentActor currentActor,
    TechconnectEvent.Web.Infrastructure.LiveUpdates.ChangeNotifier<BoothChange> notifier, IOptions<HallOptions> hallOptions)
{
    public async Task<BoothImportReport> ValidateAsync(int editionId, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var (table, problem) = BoothFileReader.Read(fileName, content);
        if (table is null)
        {
            return problem!;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return BoothImportValidator.Validate(table, await ContextAsync(db, editionId, cancellationToken));
    }

    public async Task<BoothImportResult> ImportAsync(int editionId, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!BoothManagement.MayManage(actor))
        {
            return new BoothImportResult(new BoothImportReport(0, [], [new ImportProblem(null, null, CommonErrors.Forbidden)]), 0);
        }
        var (table, problem) = BoothFileReader.Read(fileName, content);
        if (table is null)
        {
            return new BoothImportResult(problem!, 0);
        }
        try
        {
            return await WriteAsync(editionId, fileName, table, actor, cancellationToken);
        }
        catch (Exception exception) when (StoreWrites.IsBusy(exception))
        {
            // Another writer held the database past the busy timeout: the transaction rolled back, nothing is kept.
            return new BoothImportResult(new BoothImportReport(0, [], [new ImportProblem(null, null, CommonErrors.Busy)]), 0);
        }
        catch (EditionReadOnlyException exception)
        {
            return new BoothImportResult(new BoothImportReport(0, [], [new ImportProblem(null, null, CommonErrors.EditionReadOnly(exception.Year))]), 0);
        }
    }

    private async Task<BoothImportResult> WriteAsync(int editionId, string fileName, SpreadsheetTable table, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var context = await ContextAsync(db, editionId, cancellationToken);
        var report = BoothImportValidator.Validate(table, context);
        if (!report.IsValid)
        {
            return new BoothImportResult(report, 0);
        }
        var booths = report.Booths.Select(b => new Booth
        {
            EditionId = editionId, ZoneId = context.ZoneIdsByCode[b.ZoneCode], Code = b.Code, Size = b.Size,
            X = b.Rect.X, Y = b.Rect.Y, Width = b.Rect.Width, Height = b.Rect.Height,
        }).ToList();
        db.Booths.AddRange(booths);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(db, actor, "booth.imported", nameof(Booth), fileName.Length > 60 ? fileName[..60] : fileName, editionId,
                after: new { Count = booths.Count, Codes = booths.Select(b => b.Code).ToList() });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A booth with one of these codes was added between the check and the write: nothing is kept.
            return new BoothImportResult(new BoothImportReport(report.RowCount, [],
                [new ImportProblem(null, null, OperationError.Of("Import.ChangedMeanwhile"))]), 0);
        }
        notifier.Publish(new BoothChange(editionId, booths.Select(b => b.Id).ToList()));
        return new BoothImportResult(report, booths.Count);
    }

    private async Task<ImportContext> ContextAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var zones = await db.Zones.AsNoTracking().Where(z => z.EditionId == editionId && !z.IsArchived)
            .ToDictionaryAsync(z => z.Code, z => z.Id, StringComparer.Ordinal, cancellationToken);
        var existing = (await db.Booths.AsNoTracking().Where(b => b.EditionId == editionId)
                .Select(b => new { b.Code, b.X, b.Y, b.Width, b.Height }).ToListAsync(cancellationToken))
            .Select(b => (b.Code, new BoothRect(b.X, b.Y, b.Width, b.Height))).ToList();
        return new ImportContext(zones, existing, BoothGeometry.HallFor(hallOptions.Value, existing.Select(e => e.Item2)));
    }
}
