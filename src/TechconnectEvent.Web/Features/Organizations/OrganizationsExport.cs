using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.Organizations;

/// <summary>The organisations page as a file. Organisations outlive editions, so, like the page, the list is all of them.</summary>
public sealed class OrganizationsExport : ListExport<Organization>
{
    public override string Route => "/exhibition/organizations";
    public override string Policy => Policies.Organisers;
    public override string Name => "organizations";

    public override IReadOnlyList<ExportColumn<Organization>> Columns { get; } =
    [
        new("Export.Col.NameVi", o => o.Name.Vi),
        new("Export.Col.NameEn", o => o.Name.En),
        new("Export.Col.ShortName", o => o.ShortName),
        new("Export.Col.Type", o => ExportLabel.Of("OrganizationType.", o.Type)),
        new("Export.Col.Country", o => o.Country),
        new("Export.Col.Province", o => o.Province),
        new("Export.Col.TaxCode", o => o.TaxCode),
        new("Export.Col.Website", o => o.Website),
        new("Export.Col.Contact", o => o.ContactPerson),
        new("Export.Col.Email", o => o.Email),
        new("Export.Col.Phone", o => o.Phone),
    ];

    public override async Task<IReadOnlyList<Organization>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await request.OpenAsync(cancellationToken);
        return await db.Organizations.AsNoTracking().OrderBy(o => o.NameKey).ThenBy(o => o.Id).ToListAsync(cancellationToken);
    }
}
