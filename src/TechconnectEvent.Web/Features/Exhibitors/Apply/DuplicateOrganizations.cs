using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Exhibitors.Apply;

/// <summary>
/// Whether an applicant is an organisation the fair already knows: the same tax code, or the same Vietnamese name
/// in the same province, both compared folded ("Viện Hàn lâm" = "VIEN HAN LAM"). Two organisations of the same
/// name in different provinces are different organisations (branches, local cooperatives).
/// </summary>
public static class DuplicateOrganizations
{
    public static async Task<int?> FindAsync(EventDbContext db, string? taxCode, string nameVi, string? province, CancellationToken cancellationToken)
    {
        if (taxCode is not null)
        {
            var byTaxCode = await db.Organizations.Where(o => o.TaxCode == taxCode).OrderBy(o => o.Id).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
            if (byTaxCode is not null)
            {
                return byTaxCode;
            }
        }
        var name = TextFolding.Fold(nameVi);
        var place = TextFolding.Fold(province);
        // The stored key starts with the folded Vietnamese name: narrow in the database, compare exactly here.
        var candidates = await db.Organizations.AsNoTracking()
            .Where(o => EF.Functions.Like(o.NameKey, TextFolding.ContainsPattern(name), TextFolding.LikeEscape))
            .Select(o => new { o.Id, o.Name, o.Province })
            .ToListAsync(cancellationToken);
        return candidates
            .Where(o => TextFolding.Fold(o.Name.Vi) == name && TextFolding.Fold(o.Province) == place)
            .OrderBy(o => o.Id)
            .Select(o => (int?)o.Id)
            .FirstOrDefault();
    }

    /// <summary>Same folded name and province: the rule, for one pair.</summary>
    public static bool SameNameAndPlace(Organization organization, string nameVi, string? province) =>
        TextFolding.Fold(organization.Name.Vi) == TextFolding.Fold(nameVi) && TextFolding.Fold(organization.Province) == TextFolding.Fold(province);
}
