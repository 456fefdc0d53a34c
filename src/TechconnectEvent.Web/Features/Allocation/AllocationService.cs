using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Allocation;

/// <summary>
/// Manual allocation and release of one booth. Every write runs in one short transaction (BEGIN IMMEDIATE on
/// SQLite, so two organisers' writes queue instead of interleaving), checks the booth's concurrency token, and
/// saves the booth, the allocation and the audit row with one SaveChanges. The unique index on
/// BoothAllocation.BoothId is the last line of defence; all three paths end in the same coded error.
/// </summary>
public sealed class AllocationService(
    IDbContextFactory<EventDbContext> dbFactory,
    ICurrentActor currentActor,
    AuditTrail audit,
    ChangeNotifier<BoothChange> notifier,
    TimeProvider time)
{
    public async Task<BoothAllocationView?> GetBoothAsync(int boothId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booth = await db.Booths.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boothId, cancellationToken);
        if (booth is null)
        {
            return null;
        }
        var zone = await db.Zones.AsNoTracking().FirstAsync(z => z.Id == booth.ZoneId, cancellationToken);
        var allocation = await db.BoothAllocations.AsNoTracking().FirstOrDefaultAsync(a => a.BoothId == boothId, cancellationToken);
        CurrentAllocation? current = null;
        if (allocation is not null)
        {
            var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == allocation.OrganizationId, cancellationToken);
            current = new CurrentAllocation(allocation.ApplicationId, organization.Name, allocation.AllocatedAt, allocation.AllocatedBy, allocation.OverrideReason);
        }
        return new BoothAllocationView(booth.Id, booth.EditionId, booth.Code, zone.Name, booth.Size, booth.Status, booth.Version,
            booth.BlockReason, booth.HeldForApplicationId, booth.HeldUntil, current);
    }

    /// <summary>
    /// Approved (or already allocated) applications of the booth's edition whose organisation type the booth's zone
    /// accepts, with how many booths each wanted and already has; sorted by organisation name in the current culture.
    /// </summary>
    public Task<IReadOnlyList<AllocatableApplication>> CandidatesForBoothAsync(int boothId, CancellationToken cancellationToken = default) =>
        CandidatesAsync(boothId, status => status is ApplicationStatus.Approved or ApplicationStatus.Allocated, cancellationToken);

    /// <summary>
    /// Applications a booth may be held for: as <see cref="CandidatesForBoothAsync"/>, but also those still Submitted or
    /// Waitlisted, since a hold reserves a booth while the decision is pending.
    /// </summary>
    public Task<IReadOnlyList<AllocatableApplication>> CandidatesForHoldAsync(int boothId, CancellationToken cancellationToken = default) =>
        CandidatesAsync(boothId, BoothHoldService.CanBeHeldFor, cancellationToken);

    private async Task<IReadOnlyList<AllocatableApplication>> CandidatesAsync(int boothId, Func<ApplicationStatus, bool> eligible,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booth = await db.Booths.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boothId, cancellationToken);
        if (booth is null)
        {
            return [];
        }
        var zone = await db.Zones.AsNoTracking().FirstAsync(z => z.Id == booth.ZoneId, cancellationToken);
        var rows = await (
                from application in db.ExhibitorApplications.AsNoTracking()
                where application.EditionId == booth.EditionId
                join organization in db.Organizations.AsNoTracking() on application.OrganizationId equals organization.Id
                select new { application, organization })
            .ToListAsync(cancellationToken);
        var counts = await db.BoothAllocations.AsNoTracking()
            .Where(a => a.EditionId == booth.EditionId)
            .GroupBy(a => a.ApplicationId)
            .Select(g => new { ApplicationId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.ApplicationId, c => c.Count, cancellationToken);

        return rows
            .Where(r => eligible(r.application.Status) && zone.Accepts(r.organization.Type))
            .Select(r => new AllocatableApplication(r.application.Id, r.organization.Id, r.organization.Name, r.organization.Type,
                r.application.SponsorTier, r.application.Status, r.application.BoothsWanted,
                counts.GetValueOrDefault(r.application.Id), r.application.SizeWanted))
            .OrderBy(a => a.OrganizationName.Current, StringComparer.CurrentCulture)
            .ThenBy(a => a.ApplicationId)
            .ToList();
    }

    public async Task<OperationResult<AllocationOutcome>> AllocateAsync(int boothId, int applicationId, long expectedBoothVersion,
        string? overrideReason, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<AllocationOutcome>.Fail(AllocationErrors.NotOrganiser);
        }
        overrideReason = string.IsNullOrWhiteSpace(overrideReason) ? null : overrideReason.Trim();
        if (overrideReason is { Length: > AllocationErrors.OverrideReasonMaxLength })
        {
            return OperationResult<AllocationOutcome>.Fail(
                OperationError.ForField(nameof(overrideReason), AllocationErrors.OverrideTooLong, AllocationErrors.OverrideReasonMaxLength));
        }

        var editionId = 0;
        return await dbFactory.WriteAsync<EventDbContext, AllocationOutcome>(async db =>
            {
                var booth = await db.Booths.FirstOrDefaultAsync(b => b.Id == boothId, cancellationToken);
                if (booth is null)
                {
                    return OperationResult<AllocationOutcome>.Fail(AllocationErrors.BoothNotFound);
                }
                if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, booth.EditionId, cancellationToken) is { } otherEdition)
                {
                    return OperationResult<AllocationOutcome>.Fail(otherEdition);
                }
                if (booth.Version != expectedBoothVersion || booth.Status == BoothStatus.Allocated)
                {
                    return OperationResult<AllocationOutcome>.Fail(await DescribeTakenAsync(db, booth, cancellationToken));
                }
                var application = await db.ExhibitorApplications.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
                if (application is null)
                {
                    return OperationResult<AllocationOutcome>.Fail(AllocationErrors.ApplicationNotFound);
                }
                var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == application.OrganizationId, cancellationToken);
                var zone = await db.Zones.AsNoTracking().FirstAsync(z => z.Id == booth.ZoneId, cancellationToken);
                var existing = await db.BoothAllocations.CountAsync(a => a.ApplicationId == application.Id, cancellationToken);
                var now = time.GetUtcNow();

                var before = new { Status = booth.Status.ToString() };
                if ((AllocationRules.Check(booth, application, organization, zone, existing, overrideReason, now) ?? booth.Allocate(application.Id, now)) is { } refusal)
                {
                    return OperationResult<AllocationOutcome>.Fail(refusal);
                }
                var allocation = Allocations.Record(booth, application.Id, organization.Id, now, actor,
                    existing >= application.BoothsWanted ? overrideReason : null);
                db.BoothAllocations.Add(allocation);
                application.BoothsChanged(existing + 1);
                audit.Add(db, actor, "booth.allocated", nameof(Booth), booth.Id, booth.EditionId, before,
                    new { Status = booth.Status.ToString(), OrganizationId = organization.Id, Organization = organization.Name.Vi, ApplicationId = application.Id },
                    allocation.OverrideReason);
                // Saved here, inside the write's transaction, so the outcome can carry the new allocation's id.
                await db.SaveChangesAsync(cancellationToken);
                editionId = booth.EditionId;
                return OperationResult<AllocationOutcome>.Ok(new AllocationOutcome(allocation.Id, booth.Id, booth.Code, booth.Version, application.Status));
            },
            cancellationToken,
            // The token moved or the unique BoothId index caught a second allocation: someone else won the booth.
            onConflict: async () => OperationResult<AllocationOutcome>.Fail(await DescribeTakenAsync(boothId, cancellationToken)),
            publish: outcome => notifier.Publish(new BoothChange(editionId, [outcome.BoothId])));
    }

    public async Task<OperationResult> ReleaseAsync(int boothId, long expectedBoothVersion, string? reason, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult.Fail(AllocationErrors.NotOrganiser);
        }
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > AllocationErrors.OverrideReasonMaxLength })
        {
            return OperationResult.Fail(OperationError.ForField(nameof(reason), AllocationErrors.OverrideTooLong, AllocationErrors.OverrideReasonMaxLength));
        }

        return await dbFactory.WriteAsync<EventDbContext, BoothChange>(async db =>
            {
                var booth = await db.Booths.FirstOrDefaultAsync(b => b.Id == boothId, cancellationToken);
                if (booth is null)
                {
                    return OperationResult<BoothChange>.Fail(AllocationErrors.BoothNotFound);
                }
                if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, booth.EditionId, cancellationToken) is { } otherEdition)
                {
                    return OperationResult<BoothChange>.Fail(otherEdition);
                }
                if (booth.Version != expectedBoothVersion)
                {
                    return OperationResult<BoothChange>.Fail(AllocationErrors.BoothChanged, booth.Code);
                }
                var allocation = await db.BoothAllocations.FirstOrDefaultAsync(a => a.BoothId == boothId, cancellationToken);
                if ((allocation is null ? OperationError.Of(AllocationErrors.NotAllocated, booth.Code) : booth.Release()) is { } refusal)
                {
                    return OperationResult<BoothChange>.Fail(refusal);
                }
                var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == allocation!.OrganizationId, cancellationToken);
                var application = await db.ExhibitorApplications.FirstAsync(a => a.Id == allocation!.ApplicationId, cancellationToken);
                var remaining = await db.BoothAllocations.CountAsync(a => a.ApplicationId == application.Id, cancellationToken) - 1;
                db.BoothAllocations.Remove(allocation!);
                application.BoothsChanged(remaining);
                audit.Add(db, actor, "booth.released", nameof(Booth), booth.Id, booth.EditionId,
                    new { Status = nameof(BoothStatus.Allocated), OrganizationId = organization.Id, Organization = organization.Name.Vi, ApplicationId = application.Id },
                    new { Status = booth.Status.ToString() },
                    reason);
                return OperationResult<BoothChange>.Ok(new BoothChange(booth.EditionId, [booth.Id]));
            },
            cancellationToken,
            onConflict: async () => OperationResult<BoothChange>.Fail(AllocationErrors.BoothChanged, await BoothCodeAsync(boothId, cancellationToken)),
            publish: notifier.Publish);
    }

    private async Task<string> BoothCodeAsync(int boothId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Booths.Where(b => b.Id == boothId).Select(b => b.Code).FirstOrDefaultAsync(cancellationToken) ?? "";
    }

    private async Task<OperationError> DescribeTakenAsync(int boothId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booth = await db.Booths.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boothId, cancellationToken);
        return booth is null ? OperationError.Of(AllocationErrors.BoothNotFound) : await DescribeTakenAsync(db, booth, cancellationToken);
    }

    /// <summary>"Booth A-012 was just allocated to …" when it now belongs to someone; else "changed meanwhile".</summary>
    internal static async Task<OperationError> DescribeTakenAsync(EventDbContext db, Booth booth, CancellationToken cancellationToken)
    {
        var owner = await (
                from allocation in db.BoothAllocations.AsNoTracking()
                where allocation.BoothId == booth.Id
                join organization in db.Organizations.AsNoTracking() on allocation.OrganizationId equals organization.Id
                select organization)
            .FirstOrDefaultAsync(cancellationToken);
        return owner is null
            ? OperationError.Of(AllocationErrors.BoothChanged, booth.Code)
            : OperationError.Of(AllocationErrors.BoothTaken, booth.Code, owner.Name);
    }
}
