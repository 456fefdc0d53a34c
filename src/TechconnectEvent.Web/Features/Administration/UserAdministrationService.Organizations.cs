using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Administration;

/// <summary>The organisation an operator named, or why it could not be told apart.</summary>
public sealed record OrganizationLookup(int? Id, string? Error);

public sealed partial class UserAdministrationService
{
    /// <summary>
    /// Finds an organisation by id or by its exact name (Vietnamese, English or short name, any case). For the
    /// operator command, whose messages are English like the rest of its output.
    /// </summary>
    public async Task<OrganizationLookup> FindOrganizationAsync(string nameOrId, CancellationToken cancellationToken = default)
    {
        var wanted = nameOrId.Trim().Normalize(NormalizationForm.FormC);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventDbContext>();
        var all = await db.Organizations.AsNoTracking()
            .Select(o => new { o.Id, o.Name.Vi, o.Name.En, o.ShortName })
            .ToListAsync(cancellationToken);

        if (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && all.Any(o => o.Id == id))
        {
            return new OrganizationLookup(id, null);
        }
        var matches = all.Where(o => Same(o.Vi, wanted) || Same(o.En, wanted) || Same(o.ShortName, wanted)).Select(o => o.Id).Order().ToList();
        return matches switch
        {
            [var only] => new OrganizationLookup(only, null),
            [] => new OrganizationLookup(null, $"Organisation \"{wanted}\" not found: give its exact name or its id."),
            _ => new OrganizationLookup(null, $"Organisation \"{wanted}\" matches several (ids {string.Join(", ", matches)}): give the id."),
        };
    }

    private static bool Same(string? candidate, string wanted) =>
        candidate is not null && string.Equals(candidate.Trim().Normalize(NormalizationForm.FormC), wanted, StringComparison.OrdinalIgnoreCase);
}
