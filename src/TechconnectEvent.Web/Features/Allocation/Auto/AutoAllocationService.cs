using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Allocation.Auto;

/// <summary>What a committed proposal wrote.</summary>
public sealed record AutoCommitResult(int BoothsAllocated, int Applications);

/// <summary>
/// Loads the allocation problem of an edition, asks <see cref="AutoAllocator"/> for a proposal, and commits a
/// proposal all or nothing.
/// </summary>
public sealed class AutoAllocationService(
    IDbContextFactory<EventDbContext> dbFactory,
    ICurrentActor currentActor,
    AuditTrail audit,
    ChangeNotifier<BoothChange> notifier,
    TimeProvider time)
{
    public async Task<AllocationProposal> PreviewAsync(int editionId, CancellationToken cancellationToken = default) =>
        AutoAllocator.Propose(await LoadProblemAsync(editionId, cancellationToken));

    /// <summary>
    /// Approved applications still short of booths, every booth of the edition (with holds that expired treated as
    /// free) and the edition's zones that are not archived.
    /// </summary>
    public async Task<AllocationProblem> LoadProblemAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var zones = await db.Zones.AsNoTracking().Where(z => z.EditionId == editionId && !z.IsArchived).ToListAsync(cancellationToken);
        var booths = await db.Booths.AsNoTracking().Where(b => b.EditionId == editionId).ToListAsync(cancellationToken);
        var allocations = await db.BoothAllocations.AsNoTracking().Where(a => a.EditionId == editionId)
            .Select(a => new { a.BoothId, a.ApplicationId })
            .ToListAsync(cancellationToken);
        var owner = allocations.ToDictionary(a => a.BoothId, a => a.ApplicationId);
        var rows = await (
                from application in db.ExhibitorApplications.AsNoTracking()
                where application.EditionId == editionId
                      && (application.Status == ApplicationStatus.Approved || application.Status == ApplicationStatus.Allocated)
                join organization in db.Organizations.AsNoTracking() on application.OrganizationId equals organization.Id
                select new { application, organization })
            .ToListAsync(cancellationToken);
        var counts = allocations.GroupBy(a => a.ApplicationId).ToDictionary(g => g.Key, g => g.Count());

        return new AllocationProblem(
            editionId,
            zones.Select(z => new ZoneSpot(z.Id, z.Code, z.Name, z.EligibleTypes, z.SortOrder)).ToList(),
            booths.Select(b => ToSpot(b, owner, now)).ToList(),
            rows.Where(r => counts.GetValueOrDefault(r.application.Id) < r.application.BoothsWanted)
                .Select(r => new AllocationRequest(r.application.Id, r.organization.Id, r.organization.Name, r.organization.Type,
                    r.application.SponsorTier, r.application.BoothsWanted, r.application.SizeWanted,
                    r.application.ZonePreferences().ToList(), r.application.WantsAdjacent, r.application.SubmittedAt))
                .ToList());
    }

    private static BoothSpot ToSpot(Booth booth, Dictionary<int, int> owner, DateTimeOffset now)
    {
        var heldNow = booth.IsHeldAt(now);
        var status = booth.Status == BoothStatus.Held && !heldNow ? BoothStatus.Available : booth.Status;
        return new BoothSpot(booth.Id, booth.Code, booth.ZoneId, booth.Size, new BoothRect(booth.X, booth.Y, booth.Width, booth.Height),
            status, booth.Version, heldNow ? booth.HeldForApplicationId : null,
            booth.Status == BoothStatus.Allocated && owner.TryGetValue(booth.Id, out var applicationId) ? applicationId : null);
    }

    /// <summary>
    /// Writes every proposed booth in one transaction. If any booth's version or status moved since the preview, or
    /// an application changed so that it no longer takes those booths, nothing is written and the conflicts are
    /// returned (one coded error per booth or application, sorted by booth code).
    /// </summary>
    public async Task<OperationResult<AutoCommitResult>> CommitAsync(AllocationProposal proposal, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<AutoCommitResult>.Fail(AllocationErrors.NotOrganiser);
        }
        var assignments = proposal.Assignments.ToList();
        if (assignments.Count == 0)
        {
            return OperationResult<AutoCommitResult>.Fail(AllocationErrors.AutoNothingToCommit);
        }

        return await dbFactory.WriteAsync<EventDbContext, AutoCommitResult>(async db =>
            {
                var ids = assignments.Select(a => a.Booth.BoothId).ToList();
                var booths = await db.Booths.Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
                var applicationIds = proposal.Outcomes.Where(o => o.Booths.Count > 0).Select(o => o.ApplicationId).ToList();
                var applications = await db.ExhibitorApplications.Where(a => applicationIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
                var counts = await db.BoothAllocations.Where(a => applicationIds.Contains(a.ApplicationId))
                    .GroupBy(a => a.ApplicationId)
                    .Select(g => new { ApplicationId = g.Key, Count = g.Count() })
                    .ToDictionaryAsync(c => c.ApplicationId, c => c.Count, cancellationToken);

                var conflicts = FindConflicts(proposal, booths, applications, counts);
                if (conflicts.Count > 0)
                {
                    return OperationResult<AutoCommitResult>.Fail([.. conflicts]);
                }

                var now = time.GetUtcNow();
                foreach (var (outcome, proposed) in assignments)
                {
                    var booth = booths[proposed.BoothId];
                    var before = new { Status = booth.Status.ToString() };
                    if (booth.Allocate(outcome.ApplicationId, now) is not null)
                    {
                        // A hold that started after the preview: the booth is no longer free for this application.
                        return OperationResult<AutoCommitResult>.Fail(OperationError.Of(AllocationErrors.AutoConflict, booth.Code));
                    }
                    db.BoothAllocations.Add(Allocations.Record(booth, outcome.ApplicationId, outcome.OrganizationId, now, actor));
                    audit.Add(db, actor, "booth.allocated", nameof(Booth), booth.Id, booth.EditionId, before,
                        new { Status = booth.Status.ToString(), outcome.OrganizationId, Organization = outcome.OrganizationName.Vi, outcome.ApplicationId },
                        "auto");
                }
                foreach (var outcome in proposal.Outcomes.Where(o => o.Booths.Count > 0))
                {
                    applications[outcome.ApplicationId].BoothsChanged(counts.GetValueOrDefault(outcome.ApplicationId) + outcome.Booths.Count);
                }
                return OperationResult<AutoCommitResult>.Ok(new AutoCommitResult(ids.Count, applicationIds.Count));
            },
            cancellationToken,
            // Only reachable if another writer slipped past the transaction; the booth tokens tell which booths.
            onConflict: async () => OperationResult<AutoCommitResult>.Fail(await DescribeConflictsAsync(proposal, cancellationToken)),
            publish: _ => notifier.Publish(new BoothChange(proposal.EditionId, assignments.Select(a => a.Booth.BoothId).Order().ToList())));
    }

    private static List<OperationError> FindConflicts(AllocationProposal proposal, Dictionary<int, Booth> booths,
        Dictionary<int, ExhibitorApplication> applications, Dictionary<int, int> counts)
    {
        var applicationConflicts = proposal.Outcomes
            .Where(o => o.Booths.Count > 0)
            .Where(o => !applications.TryGetValue(o.ApplicationId, out var application)
                        || application.Status is not (ApplicationStatus.Approved or ApplicationStatus.Allocated)
                        || counts.GetValueOrDefault(o.ApplicationId) != o.AlreadyAllocated)
            .OrderBy(o => o.ApplicationId)
            .Select(o => OperationError.Of(AllocationErrors.AutoApplicationChanged, o.OrganizationName));
        return [.. BoothConflicts(proposal, booths), .. applicationConflicts];
    }

    /// <summary>Proposed booths whose version moved, or that are now allocated or blocked, by booth code.</summary>
    private static IEnumerable<OperationError> BoothConflicts(AllocationProposal proposal, Dictionary<int, Booth> booths) =>
        proposal.Assignments
            .Where(a => !booths.TryGetValue(a.Booth.BoothId, out var booth)
                        || booth.Version != a.Booth.ExpectedVersion
                        || booth.Status is BoothStatus.Allocated or BoothStatus.Blocked)
            .Select(a => a.Booth.Code)
            .Order(StringComparer.Ordinal)
            .Select(code => OperationError.Of(AllocationErrors.AutoConflict, code));

    private async Task<OperationError[]> DescribeConflictsAsync(AllocationProposal proposal, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = proposal.Assignments.Select(a => a.Booth.BoothId).ToList();
        var booths = await db.Booths.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        var conflicts = BoothConflicts(proposal, booths).ToArray();
        return conflicts.Length > 0 ? conflicts : [CommonErrors.Concurrency];
    }
}
