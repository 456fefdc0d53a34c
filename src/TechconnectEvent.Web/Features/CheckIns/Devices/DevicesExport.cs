using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.CheckIns.Devices;

/// <summary>The scanner devices page as a file. The key's hash stays out; the hint the page shows is enough to tell keys apart.</summary>
public sealed class DevicesExport : ListExport<DevicesExport.Row>
{
    public sealed record Row(Device Device, string? ScanPoint);

    public override string Route => "/checkin/devices";
    public override string Policy => Policies.Organisers;
    public override string Name => "devices";

    public override IReadOnlyList<ExportColumn<Row>> Columns { get; } =
    [
        new("Export.Col.Name", r => r.Device.Name),
        new("Export.Col.ScanPoint", r => r.ScanPoint),
        new("Export.Col.KeyHint", r => r.Device.KeyHint),
        new("Export.Col.CreatedAt", r => r.Device.CreatedAt),
        new("Export.Col.CreatedBy", r => r.Device.CreatedBy),
        new("Export.Col.RevokedAt", r => r.Device.RevokedAt),
        new("Export.Col.RevokedBy", r => r.Device.RevokedBy),
    ];

    public override async Task<IReadOnlyList<Row>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await request.OpenAsync(cancellationToken);
        var editionId = request.Edition.Id;
        var devices = await db.Devices.AsNoTracking().Where(d => d.EditionId == editionId).ToListAsync(cancellationToken);
        var points = await db.ScanPoints.Where(p => p.EditionId == editionId).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return devices.OrderBy(d => d.Name, StringComparer.CurrentCulture).ThenBy(d => d.Id)
            .Select(d => new Row(d, d.DefaultScanPointId is { } id ? points.GetValueOrDefault(id) : null)).ToList();
    }
}
