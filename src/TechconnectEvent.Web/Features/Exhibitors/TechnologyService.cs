using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>An organisation's technologies. Same ownership rule as applications, checked for every record.</summary>
public sealed class TechnologyService(
    IDbContextFactory<EventDbContext> dbFactory, ICurrentActor currentActor, AuditTrail audit, ChangeNotifier<ExhibitorChange> notifier)
{
    public async Task<OperationResult<IReadOnlyList<Technology>>> ListAsync(int organizationId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!OrganizationAccess.CanAccess(actor, organizationId))
        {
            return OperationResult<IReadOnlyList<Technology>>.Fail(CommonErrors.Forbidden);
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
            return OperationResult<Technology>.Fail(CommonErrors.NotFound);
        }
        return OrganizationAccess.CanAccess(actor, technology.OrganizationId)
            ? OperationResult<Technology>.Ok(technology)
            : OperationResult<Technology>.Fail(CommonErrors.Forbidden);
    }

    /// <param name="editionId">The edition it is shown at, when known.</param>
    public async Task<OperationResult<int>> CreateAsync(int organizationId, int? editionId, TechnologyInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!OrganizationAccess.CanAccess(actor, organizationId))
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        var errors = TechnologyValidator.Validate(input);
        if (errors.Count > 0)
        {
            return OperationResult<int>.Fail([.. errors]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            return OperationResult<int>.Fail(CommonErrors.NotFound);
        }
        var technology = new Technology { OrganizationId = organizationId, EditionId = editionId, Title = new("", "") };
        input.ApplyTo(technology);
        // A technology shows wherever its organisation exhibits, not only in the edition it names.
        var changes = await ExhibitorChanges.ForAsync(db, organizationId, editionId, cancellationToken);
        return await dbFactory.InsertAsync<EventDbContext, int>(
            writeDb => writeDb.Technologies.Add(technology),
            writeDb =>
            {
                audit.Add(writeDb, actor, "technology.created", nameof(Technology), technology.Id, editionId, after: Snapshot(technology));
                return technology.Id;
            },
            cancellationToken,
            publish: _ => notifier.PublishAll(changes));
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
        technology.Touch();
        audit.Add(db, actor, "technology.updated", nameof(Technology), id, technology.EditionId, before, Snapshot(technology));
        return await SaveAndPublishAsync(db, technology, cancellationToken);
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
        return await SaveAndPublishAsync(db, technology, cancellationToken);
    }

    private static Task<(Technology? Record, OperationResult? Failure)> LoadOwnedAsync(
        EventDbContext db, Actor actor, int id, long version, CancellationToken cancellationToken) =>
        OrganizationAccess.LoadForChangeAsync(db.Technologies, t => t.Id == id, t => t.OrganizationId, actor, version, cancellationToken);

    private async Task<OperationResult> SaveAndPublishAsync(EventDbContext db, Technology technology, CancellationToken cancellationToken)
    {
        // A technology shows wherever its organisation exhibits, not only in the edition it names.
        var changes = await ExhibitorChanges.ForAsync(db, technology.OrganizationId, technology.EditionId, cancellationToken);
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (saved.Succeeded)
        {
            notifier.PublishAll(changes);
        }
        return saved;
    }

    private static object Snapshot(Technology t) => new
    {
        t.Title.Vi, t.Title.En, Field = t.Field.ToString(), t.ReadinessLevel, OfferType = t.OfferType.ToString(), t.Description,
    };
}
