using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Booths;

/// <summary>
/// The booths grid's search box: a booth matches when its code or its exhibitor's name (either language, with or
/// without accents: "dai hoc" finds "Đại học") contains what was typed. Runs in the database on the folded key.
/// </summary>
internal static class BoothSearch
{
    public static IQueryable<Booth> Matching(this IQueryable<Booth> booths, EventDbContext db, string? search)
    {
        var term = TextFolding.Fold(search);
        if (term.Length == 0)
        {
            return booths;
        }
        var pattern = TextFolding.ContainsPattern(term);
        // Codes are ASCII: lower() folds them, and is case-blind on every provider, unlike LIKE.
        return booths.Where(b => EF.Functions.Like(b.Code.ToLower(), pattern, TextFolding.LikeEscape)
            || db.BoothAllocations.Any(a => a.BoothId == b.Id
                && db.Organizations.Any(o => o.Id == a.OrganizationId && EF.Functions.Like(o.NameKey, pattern, TextFolding.LikeEscape))));
    }
}
