using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.Editions;

/// <summary>The editions page as a file: every edition, newest year first.</summary>
public sealed class EditionsExport : ListExport<Edition>
{
    public override string Route => "/admin/editions";
    public override string Policy => Policies.Organisers;
    public override string Name => "editions";

    public override IReadOnlyList<ExportColumn<Edition>> Columns { get; } =
    [
        new("Export.Col.Year", e => e.Year),
        new("Export.Col.NameVi", e => e.Name.Vi),
        new("Export.Col.NameEn", e => e.Name.En),
        new("Export.Col.ThemeVi", e => e.Theme.Vi),
        new("Export.Col.Venue", e => e.Venue.Vi),
        new("Export.Col.Province", e => e.Province.Vi),
        new("Export.Col.StartDate", e => e.StartDate),
        new("Export.Col.EndDate", e => e.EndDate),
        new("Export.Col.Status", e => ExportLabel.Of("EditionStatus.", e.Status)),
        new("Export.Col.Current", e => e.IsCurrent),
    ];

    public override async Task<IReadOnlyList<Edition>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await request.OpenAsync(cancellationToken);
        return await db.Editions.AsNoTracking().OrderByDescending(e => e.Year).ThenBy(e => e.Id).ToListAsync(cancellationToken);
    }
}

/// <summary>Exports run in the signed-in person's working edition, the same one their pages show.</summary>
internal sealed class WorkingEditionForExports(EditionService editions) : IExportEditions
{
    public async Task<ExportEdition?> GetWorkingAsync(CancellationToken cancellationToken = default) =>
        await editions.GetWorkingAsync(cancellationToken) is { } edition ? new ExportEdition(edition.Id, edition.Year, edition.TimeZone) : null;
}
