using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>
/// Merges an organisation that applied online under another name into the one the fair already knows: its
/// applications, technologies, allocated booths and exhibitor accounts move to the target, and the duplicate goes.
/// Lives with the exhibitor records because those are what move; the organisations page offers it.
/// </summary>
public sealed class OrganizationMerge(
    IDbContextFactory<EventDbContext> dbFactory, ICurrentActor currentActor, AuditTrail audit, ChangeNotifier<ExhibitorChange> notifier)
{
    public const string SameOrganization = "Organization.MergeSame";
    public const string BothApplied = "Organization.MergeBothApplied";

    /// <param name="sourceVersion">The version of the duplicate the organiser looked at.</param>
    /// <param name="targetVersion">The version of the organisation it is merged into.</param>
    public async Task<OperationResult> MergeAsync(int sourceId, long sourceVersion, int targetId, long targetVersion, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        if (sourceId == targetId)
        {
            return OperationResult.Fail(SameOrganization);
        }
        var changes = new List<ExhibitorChange>();
        var result = await dbFactory.WriteAsync<EventDbContext, bool>(async db =>
            {
                var source = await db.Organizations.FirstOrDefaultAsync(o => o.Id == sourceId, cancellationToken);
                var target = await db.Organizations.FirstOrDefaultAsync(o => o.Id == targetId, cancellationToken);
                if (source is null || target is null)
                {
                    return OperationResult<bool>.Fail(CommonErrors.NotFound);
                }
                if (source.Version != sourceVersion || target.Version != targetVersion)
                {
                    return OperationResult<bool>.Fail(CommonErrors.Concurrency);
                }
                var applications = await db.ExhibitorApplications.Where(a => a.OrganizationId == sourceId).ToListAsync(cancellationToken);
                var editions = applications.Select(a => a.EditionId).ToList();
                var clash = await db.ExhibitorApplications.Where(a => a.OrganizationId == targetId && editions.Contains(a.EditionId))
                    .Join(db.Editions, a => a.EditionId, e => e.Id, (_, e) => e.Year).OrderBy(y => y).FirstOrDefaultAsync(cancellationToken);
                if (clash != 0)
                {
                    // Two applications for one edition cannot become one organisation's: the secretariat withdraws one first.
                    return OperationResult<bool>.Fail(BothApplied, clash);
                }
                foreach (var application in applications)
                {
                    application.OrganizationId = targetId;
                    application.OrganizationToConfirm = false;
                    application.Touch();
                }
                var technologies = await db.Technologies.Where(t => t.OrganizationId == sourceId).ToListAsync(cancellationToken);
                foreach (var technology in technologies)
                {
                    technology.OrganizationId = targetId;
                    technology.Touch();
                }
                var booths = await db.BoothAllocations.Where(b => b.OrganizationId == sourceId).ExecuteUpdateAsync(
                    b => b.SetProperty(x => x.OrganizationId, targetId), cancellationToken);
                var users = await db.Users.Where(u => u.OrganizationId == sourceId).ToListAsync(cancellationToken);
                foreach (var user in users)
                {
                    user.OrganizationId = targetId;
                }
                target.Touch();
                db.Organizations.Remove(source);
                audit.Add(db, actor, "organization.merged", nameof(Organization), targetId,
                    before: new { Merged = sourceId, source.Name.Vi, source.Name.En, source.Province, source.TaxCode },
                    after: new
                    {
                        Applications = applications.Select(a => a.Id).ToArray(), Technologies = technologies.Select(t => t.Id).ToArray(),
                        Booths = booths, Users = users.Select(u => u.Id).ToArray(),
                    });
                audit.Add(db, actor, "organization.deleted", nameof(Organization), sourceId, before: new { source.Name.Vi, MergedInto = targetId });
                changes.AddRange(applications.Select(a => new ExhibitorChange(a.EditionId, targetId)));
                return OperationResult<bool>.Ok(true);
            },
            cancellationToken,
            publish: _ => notifier.PublishAll(changes));
        return result.Succeeded ? OperationResult.Ok() : OperationResult.Fail([.. result.Errors]);
    }
}
