using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>
/// Applications for booths in one edition. Ownership is checked here for every record: an Exhibitor reaches only
/// their organisation's application; organisers reach all and alone take decisions.
/// </summary>
public sealed class ExhibitorApplicationService(
    IDbContextFactory<EventDbContext> dbFactory, ICurrentActor currentActor, AuditTrail audit, TimeProvider time,
    ChangeNotifier<ExhibitorChange> notifier)
{
    public const string AlreadyApplied = "Application.AlreadyApplied";
    public const string NotEditable = "Application.NotEditable";
    public const string HasBooths = "Application.HasBooths";

    /// <summary>Every application of the edition, for organisers.</summary>
    public async Task<OperationResult<IReadOnlyList<ApplicationView>>> ListAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<IReadOnlyList<ApplicationView>>.Fail(CommonErrors.Forbidden);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var applications = await db.ExhibitorApplications.AsNoTracking().Where(a => a.EditionId == editionId).ToListAsync(cancellationToken);
        var views = await ApplicationViews.BuildAsync(db, applications, cancellationToken);
        return OperationResult<IReadOnlyList<ApplicationView>>.Ok(NewFirst(views));
    }

    /// <summary>What waits for a decision comes first, the newest on top; the rest in the order they came in.</summary>
    public static IReadOnlyList<ApplicationView> NewFirst(IEnumerable<ApplicationView> views) =>
        views.OrderBy(v => v.Status == ApplicationStatus.Submitted ? 0 : 1)
            .ThenBy(v => v.Status == ApplicationStatus.Submitted ? -v.SubmittedAt.UtcTicks : v.SubmittedAt.UtcTicks)
            .ThenBy(v => v.Id)
            .ToList();

    /// <summary>How many applications of the edition wait for a decision: the drawer's badge. Zero for anyone but organisers.</summary>
    public async Task<int> CountSubmittedAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return 0;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ExhibitorApplications.CountAsync(a => a.EditionId == editionId && a.Status == ApplicationStatus.Submitted, cancellationToken);
    }

    /// <summary>
    /// The secretariat confirms that an online applicant is the known organisation it was linked to: the mark goes,
    /// and the contact's account (created without access, waiting for this) now acts for the organisation.
    /// </summary>
    public async Task<OperationResult> ConfirmOrganizationAsync(int id, long version, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        return await dbFactory.WriteAsync<EventDbContext, ExhibitorChange>(async db =>
            {
                var application = await db.ExhibitorApplications.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
                if (application is null)
                {
                    return OperationResult<ExhibitorChange>.Fail(CommonErrors.NotFound);
                }
                if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, application.EditionId, cancellationToken) is { } otherEdition)
                {
                    return OperationResult<ExhibitorChange>.Fail(otherEdition);
                }
                if (application.Version != version)
                {
                    return OperationResult<ExhibitorChange>.Fail(CommonErrors.Concurrency);
                }
                application.OrganizationToConfirm = false;
                application.Touch();
                audit.Add(db, actor, "application.organization_confirmed", nameof(ExhibitorApplication), id, application.EditionId,
                    new { OrganizationToConfirm = true }, new { OrganizationToConfirm = false, application.OrganizationId });
                // As Identity normalises e-mail addresses; only an Exhibitor account waits for this link.
                var contact = application.ContactEmail?.Normalize().ToUpperInvariant();
                var waiting = await db.Users
                    .Where(u => u.OrganizationId == null && u.NormalizedEmail == contact
                        && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.Exhibitor)))
                    .ToListAsync(cancellationToken);
                foreach (var user in waiting)
                {
                    user.OrganizationId = application.OrganizationId;
                    audit.Add(db, actor, "user.organization_linked", UserAdministrationService.EntityType, user.Id, after: new { application.OrganizationId });
                }
                return OperationResult<ExhibitorChange>.Ok(new ExhibitorChange(application.EditionId, application.OrganizationId));
            },
            cancellationToken,
            publish: notifier.Publish);
    }

    public async Task<OperationResult<ApplicationView>> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await db.ExhibitorApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return OperationResult<ApplicationView>.Fail(CommonErrors.NotFound);
        }
        if (!OrganizationAccess.CanAccess(actor, application.OrganizationId))
        {
            return OperationResult<ApplicationView>.Fail(CommonErrors.Forbidden);
        }
        return OperationResult<ApplicationView>.Ok((await ApplicationViews.BuildAsync(db, [application], cancellationToken))[0]);
    }

    /// <summary>The organisation's application for the edition; a null value when it has not applied.</summary>
    public async Task<OperationResult<ApplicationView?>> GetForOrganizationAsync(int editionId, int organizationId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!OrganizationAccess.CanAccess(actor, organizationId))
        {
            return OperationResult<ApplicationView?>.Fail(CommonErrors.Forbidden);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await db.ExhibitorApplications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.EditionId == editionId && a.OrganizationId == organizationId, cancellationToken);
        return OperationResult<ApplicationView?>.Ok(application is null ? null : (await ApplicationViews.BuildAsync(db, [application], cancellationToken))[0]);
    }

    /// <summary>The edition's open zones that accept the organisation's type, in plan order.</summary>
    public async Task<OperationResult<IReadOnlyList<ZoneChoice>>> EligibleZonesAsync(int editionId, int organizationId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!OrganizationAccess.CanAccess(actor, organizationId))
        {
            return OperationResult<IReadOnlyList<ZoneChoice>>.Fail(CommonErrors.Forbidden);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var type = await db.Organizations.Where(o => o.Id == organizationId).Select(o => (OrganizationType?)o.Type).FirstOrDefaultAsync(cancellationToken);
        if (type is null)
        {
            return OperationResult<IReadOnlyList<ZoneChoice>>.Fail(CommonErrors.NotFound);
        }
        return OperationResult<IReadOnlyList<ZoneChoice>>.Ok(await EligibleZonesAsync(db, editionId, type.Value, cancellationToken));
    }

    public async Task<OperationResult<int>> SubmitAsync(int editionId, int organizationId, ApplicationInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!OrganizationAccess.CanAccess(actor, organizationId))
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null || !await db.Editions.AnyAsync(e => e.Id == editionId, cancellationToken))
        {
            return OperationResult<int>.Fail(CommonErrors.NotFound);
        }
        var zones = (await EligibleZonesAsync(db, editionId, organization.Type, cancellationToken)).Select(z => z.Id).ToList();
        var errors = ApplicationValidator.Validate(input, zones);
        if (errors.Count > 0)
        {
            return OperationResult<int>.Fail([.. errors]);
        }
        if (await db.ExhibitorApplications.AnyAsync(a => a.EditionId == editionId && a.OrganizationId == organizationId, cancellationToken))
        {
            return OperationResult<int>.Fail(AlreadyApplied);
        }
        var application = new ExhibitorApplication { EditionId = editionId, OrganizationId = organizationId, SubmittedAt = time.GetUtcNow() };
        input.ApplyTo(application);
        return await dbFactory.InsertAsync<EventDbContext, int>(
            writeDb => writeDb.ExhibitorApplications.Add(application),
            writeDb =>
            {
                audit.Add(writeDb, actor, "application.submitted", nameof(ExhibitorApplication), application.Id, editionId, after: Snapshot(application));
                return application.Id;
            },
            cancellationToken,
            // The unique (edition, organisation) index: a second tab submitted a moment earlier.
            onConflict: () => Task.FromResult(OperationResult<int>.Fail(AlreadyApplied)),
            publish: _ => notifier.Publish(new ExhibitorChange(editionId, organizationId)));
    }

    /// <summary>Changes what was asked for, while the application is Submitted or Waitlisted.</summary>
    public async Task<OperationResult> UpdateAsync(int id, ApplicationInput input, long version, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (application, failure) = await LoadOwnedAsync(db, actor, id, version, cancellationToken);
        if (application is null)
        {
            return failure!;
        }
        if (!application.IsEditable())
        {
            return OperationResult.Fail(NotEditable, application.Status.ToString());
        }
        var type = await db.Organizations.Where(o => o.Id == application.OrganizationId).Select(o => o.Type).SingleAsync(cancellationToken);
        var zones = (await EligibleZonesAsync(db, application.EditionId, type, cancellationToken)).Select(z => z.Id).ToList();
        var errors = ApplicationValidator.Validate(input, zones);
        if (errors.Count > 0)
        {
            return OperationResult.Fail([.. errors]);
        }
        var before = Snapshot(application);
        input.ApplyTo(application);
        application.Touch();
        audit.Add(db, actor, "application.updated", nameof(ExhibitorApplication), id, application.EditionId, before, Snapshot(application));
        return await SaveAndPublishAsync(db, application, cancellationToken);
    }

    /// <summary>An organiser's decision: Approved, Rejected (with a reason) or Waitlisted.</summary>
    public async Task<OperationResult> DecideAsync(int id, ApplicationStatus decision, string? reason, long version, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        if (!ApplicationTransitions.Decisions.Contains(decision))
        {
            return OperationResult.Fail("Application.NotADecision", decision.ToString());
        }
        return await MoveAsync(actor, id, decision, reason, version, cancellationToken);
    }

    /// <summary>
    /// The applicant (or an organiser) withdraws. Refused while booths are allocated: releasing them is the
    /// allocation screen's job, so that the floor plan and its audit stay in one place.
    /// </summary>
    public async Task<OperationResult> WithdrawAsync(int id, long version, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        return await MoveAsync(actor, id, ApplicationStatus.Withdrawn, null, version, cancellationToken);
    }

    /// <summary>
    /// In a write transaction, so that an allocation cannot slip in between the booth check and the save; and the
    /// version the user loaded must still be current — every booth allocated or released moves it.
    /// </summary>
    private async Task<OperationResult> MoveAsync(Actor actor, int id, ApplicationStatus target, string? reason, long version, CancellationToken cancellationToken) =>
        await dbFactory.WriteAsync<EventDbContext, ExhibitorChange>(async db =>
            {
                var (application, failure) = await LoadOwnedAsync(db, actor, id, version, cancellationToken);
                if (application is null)
                {
                    return OperationResult<ExhibitorChange>.Fail([.. failure!.Errors]);
                }
                if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, application.EditionId, cancellationToken) is { } otherEdition)
                {
                    return OperationResult<ExhibitorChange>.Fail(otherEdition);
                }
                if (target == ApplicationStatus.Withdrawn && await db.BoothAllocations.AnyAsync(b => b.ApplicationId == id, cancellationToken))
                {
                    return OperationResult<ExhibitorChange>.Fail(HasBooths);
                }
                var before = application.Status;
                var moved = application.MoveTo(target, reason, time.GetUtcNow());
                if (!moved.Succeeded)
                {
                    return OperationResult<ExhibitorChange>.Fail([.. moved.Errors]);
                }
                audit.Add(db, actor, "application." + target.ToString().ToLowerInvariant(), nameof(ExhibitorApplication), id, application.EditionId,
                    new { Status = before.ToString() }, new { Status = target.ToString(), Reason = application.DecisionReason });
                return OperationResult<ExhibitorChange>.Ok(new ExhibitorChange(application.EditionId, application.OrganizationId));
            },
            cancellationToken,
            publish: notifier.Publish);

    private static Task<(ExhibitorApplication? Record, OperationResult? Failure)> LoadOwnedAsync(
        EventDbContext db, Actor actor, int id, long version, CancellationToken cancellationToken) =>
        OrganizationAccess.LoadForChangeAsync(db.ExhibitorApplications, a => a.Id == id, a => a.OrganizationId, actor, version, cancellationToken);

    private async Task<OperationResult> SaveAndPublishAsync(EventDbContext db, ExhibitorApplication application, CancellationToken cancellationToken)
    {
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (saved.Succeeded)
        {
            notifier.Publish(new ExhibitorChange(application.EditionId, application.OrganizationId));
        }
        return saved;
    }

    internal static async Task<IReadOnlyList<ZoneChoice>> EligibleZonesAsync(EventDbContext db, int editionId, OrganizationType type, CancellationToken cancellationToken)
    {
        var zones = await db.Zones.AsNoTracking().Where(z => z.EditionId == editionId && !z.IsArchived)
            .OrderBy(z => z.SortOrder).ThenBy(z => z.Code).ToListAsync(cancellationToken);
        return zones.Where(z => z.Accepts(type)).Select(z => new ZoneChoice(z.Id, z.Code, z.Name)).ToList();
    }

    private static object Snapshot(ExhibitorApplication a) => new
    {
        a.BoothsWanted, SizeWanted = a.SizeWanted.ToString(), Zones = a.ZonePreferences().ToArray(), a.WantsAdjacent,
        SponsorTier = a.SponsorTier.ToString(), a.Notes, Status = a.Status.ToString(),
    };
}
