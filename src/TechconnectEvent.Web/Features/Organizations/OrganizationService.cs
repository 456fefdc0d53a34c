using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Organizations;

/// <summary>Search, filter criteria for the organisation grid; empty means everything.</summary>
public sealed record OrganizationQuery(string? Search = null, OrganizationType? Type = null);

/// <summary>The directory of organisations shared by all editions. Organisers list, create and edit.</summary>
public sealed class OrganizationService(
    IDbContextFactory<EventDbContext> dbFactory, ICurrentActor currentActor, AuditTrail audit, ChangeNotifier<ExhibitorChange> notifier)
{
    public async Task<OperationResult<IReadOnlyList<Organization>>> SearchAsync(OrganizationQuery query, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<IReadOnlyList<Organization>>.Fail(CommonErrors.Forbidden);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = db.Organizations.AsNoTracking();
        if (query.Type is { } type and not OrganizationType.None)
        {
            rows = rows.Where(o => o.Type == type);
        }
        var needle = TextFolding.Fold(query.Search);
        if (needle.Length > 0)
        {
            // Names through their folded key; provinces are few, so they are folded here and matched by value.
            var pattern = TextFolding.ContainsPattern(needle);
            var provinces = (await db.Organizations.Where(o => o.Province != null).Select(o => o.Province!).Distinct().ToListAsync(cancellationToken))
                .Where(p => TextFolding.Fold(p).Contains(needle, StringComparison.Ordinal)).ToList();
            rows = rows.Where(o => EF.Functions.Like(o.NameKey, pattern, TextFolding.LikeEscape)
                || EF.Functions.Like(o.Country.ToLower(), pattern, TextFolding.LikeEscape)
                || provinces.Contains(o.Province!));
        }
        var found = await rows.ToListAsync(cancellationToken);
        return OperationResult<IReadOnlyList<Organization>>.Ok(found.OrderBy(o => o.Name.Vi, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), true)).ToList());
    }

    /// <summary>One organisation: organisers any, an Exhibitor their own.</summary>
    public async Task<OperationResult<Organization>> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return OperationResult<Organization>.Fail(CommonErrors.NotFound);
        }
        return OrganizationAccess.CanAccess(actor, id)
            ? OperationResult<Organization>.Ok(organization)
            : OperationResult<Organization>.Fail(CommonErrors.Forbidden);
    }

    public async Task<OperationResult<int>> CreateAsync(OrganizationInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        var errors = OrganizationValidator.Validate(input);
        if (errors.Count > 0)
        {
            return OperationResult<int>.Fail([.. errors]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organization = new Organization { Name = new("", "") };
        input.ApplyTo(organization);
        if (await NameTakenAsync(db, organization.Name.Vi, null, cancellationToken))
        {
            return OperationResult<int>.Fail(OperationError.ForField(nameof(input.NameVi), "Organization.NameTaken"));
        }
        // A new organisation shows in no edition yet: nothing to tell the directory.
        return await dbFactory.InsertAsync<EventDbContext, int>(
            writeDb => writeDb.Organizations.Add(organization),
            writeDb =>
            {
                audit.Add(writeDb, actor, "organization.created", nameof(Organization), organization.Id, after: Snapshot(organization));
                return organization.Id;
            },
            cancellationToken);
    }

    /// <param name="version">The <see cref="Organization.Version"/> the editor started from.</param>
    public async Task<OperationResult> UpdateAsync(int id, OrganizationInput input, long version, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        var errors = OrganizationValidator.Validate(input);
        if (errors.Count > 0)
        {
            return OperationResult.Fail([.. errors]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return OperationResult.Fail(CommonErrors.NotFound);
        }
        if (organization.Version != version)
        {
            return OperationResult.Fail(CommonErrors.Concurrency);
        }
        var before = Snapshot(organization);
        input.ApplyTo(organization);
        if (await NameTakenAsync(db, organization.Name.Vi, id, cancellationToken))
        {
            return OperationResult.Fail(OperationError.ForField(nameof(input.NameVi), "Organization.NameTaken"));
        }
        organization.Touch();
        audit.Add(db, actor, "organization.updated", nameof(Organization), id, before: before, after: Snapshot(organization));
        var changes = await ExhibitorChanges.ForAsync(db, id, null, cancellationToken);
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (saved.Succeeded)
        {
            notifier.PublishAll(changes);
        }
        return saved;
    }

    private static async Task<bool> NameTakenAsync(EventDbContext db, string nameVi, int? exceptId, CancellationToken cancellationToken)
    {
        // Exact apart from case and Unicode form: "Viện" and "Viên" are different names.
        var names = await db.Organizations.Where(o => o.Id != exceptId).Select(o => o.Name.Vi).ToListAsync(cancellationToken);
        return names.Any(n => string.Equals(n.Normalize(), nameVi, StringComparison.OrdinalIgnoreCase));
    }

    private static object Snapshot(Organization o) =>
        new { o.Name.Vi, o.Name.En, o.ShortName, Type = o.Type.ToString(), o.Country, o.Province, o.ContactPerson, o.Email, o.Phone, o.Website };
}
