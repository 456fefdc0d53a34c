using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Infrastructure.Data;

/// <summary>
/// Fills the search keys of rows written before the keys existed. Folding Vietnamese needs .NET's Unicode tables,
/// which SQL lacks, so this runs after the migrations rather than inside one; rows with a key are never touched,
/// so after the first start it costs one indexed query per table.
/// </summary>
internal static class SearchKeyBackfill
{
    public static async Task<int> RunAsync(EventDbContext db, CancellationToken cancellationToken = default)
    {
        var organizations = await db.Organizations.Where(o => o.NameKey == "").ToListAsync(cancellationToken);
        var technologies = await db.Technologies.Where(t => t.TitleKey == "").ToListAsync(cancellationToken);
        foreach (var entity in organizations.Cast<IHasSearchKeys>().Concat(technologies))
        {
            entity.RefreshSearchKeys();
        }
        await db.SaveChangesAsync(cancellationToken);
        return organizations.Count + technologies.Count;
    }
}
