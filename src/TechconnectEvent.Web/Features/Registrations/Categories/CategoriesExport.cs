using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.Registrations.Categories;

/// <summary>The registration categories page as a file, with how many people registered in each.</summary>
public sealed class CategoriesExport : ListExport<CategoriesExport.Row>
{
    public sealed record Row(RegistrationCategory Category, int Registrations);

    public override string Route => "/registrations/categories";
    public override string Policy => Policies.RegistrationDecisions;
    public override string Name => "registration-categories";

    public override IReadOnlyList<ExportColumn<Row>> Columns { get; } =
    [
        new("Export.Col.Code", r => r.Category.Code),
        new("Export.Col.NameVi", r => r.Category.Name.Vi),
        new("Export.Col.NameEn", r => r.Category.Name.En),
        new("Export.Col.RequiresApproval", r => r.Category.RequiresApproval),
        new("Export.Col.Capacity", r => r.Category.Capacity),
        new("Export.Col.Waitlist", r => r.Category.WaitlistWhenFull),
        new("Export.Col.OpenToPublic", r => r.Category.OpenToPublic),
        new("Export.Col.Registrations", r => r.Registrations),
    ];

    public override async Task<IReadOnlyList<Row>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await request.OpenAsync(cancellationToken);
        var editionId = request.Edition.Id;
        var categories = await db.RegistrationCategories.AsNoTracking().Where(c => c.EditionId == editionId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        var counts = await db.Registrations.Where(r => r.EditionId == editionId).GroupBy(r => r.CategoryId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return categories.Select(c => new Row(c, counts.GetValueOrDefault(c.Id))).ToList();
    }
}
