using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.Zones;

/// <summary>The zones page as a file: every zone of the working edition, archived ones included, with its booth count.</summary>
public sealed class ZonesExport : ListExport<ZonesExport.Row>
{
    public sealed record Row(Zone Zone, int Booths);

    public override string Route => "/exhibition/zones";
    public override string Policy => Policies.Organisers;
    public override string Name => "zones";

    public override IReadOnlyList<ExportColumn<Row>> Columns { get; } =
    [
        new("Export.Col.Code", r => r.Zone.Code),
        new("Export.Col.NameVi", r => r.Zone.Name.Vi),
        new("Export.Col.NameEn", r => r.Zone.Name.En),
        new("Export.Col.Kind", r => ExportLabel.Of("ZoneKind.", r.Zone.Kind)),
        new("Export.Col.Booths", r => r.Booths),
        new("Export.Col.Colour", r => r.Zone.Colour),
        new("Export.Col.Archived", r => r.Zone.IsArchived),
    ];

    public override async Task<IReadOnlyList<Row>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await request.OpenAsync(cancellationToken);
        var editionId = request.Edition.Id;
        var zones = await db.Zones.AsNoTracking().Where(z => z.EditionId == editionId)
            .OrderBy(z => z.SortOrder).ThenBy(z => z.Code).ToListAsync(cancellationToken);
        var booths = await db.Booths.Where(b => b.EditionId == editionId).GroupBy(b => b.ZoneId)
            .Select(g => new { ZoneId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.ZoneId, g => g.Count, cancellationToken);
        return zones.Select(z => new Row(z, booths.GetValueOrDefault(z.Id))).ToList();
    }
}
