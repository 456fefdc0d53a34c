using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>An organisation's technologies. Same ownership rule as applications, checked for every record.</summary>
public sealed class TechnologyService(IDbContextFactory<EventDbContext> dbFactory, ICurrentActor currentActor, AuditTrail audit)
{
    public async Task<OperationResult<IReadOnlyList<Technology>>> ListAsync(int organizationId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!OrganizationAccess.CanAccess(actor, organizationId))
        {
            return OperationResult<IReadOnlyList<Technology>>.Fail(RecordErrors.Forbidden);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var list = await db.Technologies.AsNoTracking().Where(t => t.OrganizationId == organizationId)
            .OrderBy(t => t.Field).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        return OperationResult<IReadOnlyList<Technology>>.Ok(list);
    }

    public async Task<OperationResult<Technology>> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var technology = await db.Technologies.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (technology is null)
        {
            return OperationResult<Technology>.Fail(RecordErrors.NotFound);
        }
        return OrganizationAccess.CanAccess(actor, technology.OrganizationId)
            ? OperationResult<Technology>.Ok(technology)
            : OperationResult<Technology>.Fail(RecordErrors.Forbidden);
    }

    /// <param name="editionId">The edition it is shown at, when known.</param>
    public async Task<OperationResult<int>> CreateAsync(int organizationId, int? editionId, TechnologyInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!OrganizationAccess.CanAccess(actor, organizationId))
        {
            return OperationResult<int>.Fail(RecordErrors.Forbidden);
        }
        var errors = TechnologyValidator.Validate(input);
        if (errors.Count > 0)
        {
            return OperationResult<int>.Fail([.. errors]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            return OperationResult<int>.Fail(RecordErrors.NotFound);
        }
        var technology = new Technology { OrganizationId = organizationId, EditionId = editionId, Title = new("", "") };
        input.ApplyTo(technology);
        db.Technologies.Add(technology);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(db, actor, "technology.created", nameof(Technology), technology.Id, editionId, after: Snapshot(technology));
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult<int>.Ok(technology.Id);
    }

    public async Task<OperationResult> UpdateAsync(int id, TechnologyInput input, long version, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (technology, failure) = await LoadOwnedAsync(db, actor, id, version, cancellationToken);
        if (technology is null)
        {
            return failure!;
        }
        var errors = TechnologyValidator.Validate(input);
        if (errors.Count > 0)
        {
            return OperationResult.Fail([.. errors]);
        }
        var before = Snapshot(technology);
        input.ApplyTo(technology);
        technology.Version++;
        audit.Add(db, actor, "technology.updated", nameof(Technology), id, technology.EditionId, before, Snapshot(technology));
        return await SaveAsync(db, cancellationToken);
    }

    public async Task<OperationResult> DeleteAsync(int id, long version, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (technology, failure) = await LoadOwnedAsync(db, actor, id, version, cancellationToken);
        if (technology is null)
        {
            return failure!;
        }
        db.Technologies.Remove(technology);
        audit.Add(db, actor, "technology.deleted", nameof(Technology), id, technology.EditionId, Snapshot(technology));
        return await SaveAsync(db, cancellationToken);
    }

    private static Task<(Technology? Record, OperationResult? Failure)> LoadOwnedAsync(
        EventDbContext db, Actor actor, int id, long version, CancellationToken cancellationToken) =>
        OrganizationAccess.LoadForChangeAsync(db.Technologies, t => t.Id == id, t => t.OrganizationId, t => t.Version, actor, version, cancellationToken);

    private static Task<OperationResult> SaveAsync(EventDbContext db, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync(cancellationToken);

    private static object Snapshot(Technology t) => new
    {
        t.Title.Vi, t.Title.En, Field = t.Field.ToString(), t.ReadinessLevel, OfferType = t.OfferType.ToString(), t.Description,
    };
}
