using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.CheckIns.Gates;

/// <summary>The gates and session doors page as a file, with the check-ins each scan point recorded.</summary>
public sealed class GatesExport : ListExport<GatesExport.Row>
{
    public sealed record Row(ScanPoint Point, int CheckIns);

    public override string Route => "/checkin/gates";
    public override string Policy => Policies.Organisers;
    public override string Name => "gates";

    public override IReadOnlyList<ExportColumn<Row>> Columns { get; } =
    [
        new("Export.Col.Code", r => r.Point.Code),
        new("Export.Col.Name", r => r.Point.Name),
        new("Export.Col.Kind", r => ExportLabel.Of("Export.ScanPointKind.", r.Point.Kind)),
        new("Export.Col.Location", r => r.Point.Location),
        new("Export.Col.Closed", r => r.Point.IsClosed),
        new("Export.Col.StartsAt", r => r.Point.StartsAt),
        new("Export.Col.EndsAt", r => r.Point.EndsAt),
        new("Export.Col.CheckIns", r => r.CheckIns),
    ];

    public override async Task<IReadOnlyList<Row>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await request.OpenAsync(cancellationToken);
        var editionId = request.Edition.Id;
        var points = await db.ScanPoints.AsNoTracking().Where(p => p.EditionId == editionId)
            .OrderBy(p => p.Kind).ThenBy(p => p.SortOrder).ThenBy(p => p.Code).ToListAsync(cancellationToken);
        var counts = await db.CheckIns.Where(c => c.EditionId == editionId).GroupBy(c => c.ScanPointId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return points.Select(p => new Row(p, counts.GetValueOrDefault(p.Id))).ToList();
    }
}
