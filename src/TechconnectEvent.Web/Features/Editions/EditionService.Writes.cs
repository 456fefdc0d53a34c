using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Editions;

/// <summary>The yearly cycle: create (optionally copied), move through the statuses, make current, choose to work on.</summary>
public sealed partial class EditionService
{
    // Built here rather than injected: it needs only the clock, and EditionService is constructed by hand in many places.
    private readonly AuditTrail audit = new(time);

    public async Task<IReadOnlyList<EditionSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var editions = await db.Editions.AsNoTracking().OrderByDescending(e => e.Year).ToListAsync(cancellationToken);
        var zones = await CountByEditionAsync(db.Zones.Where(z => !z.IsArchived).Select(z => z.EditionId), cancellationToken);
        var booths = await CountByEditionAsync(db.Booths.Select(b => b.EditionId), cancellationToken);
        var applications = await CountByEditionAsync(db.ExhibitorApplications.Select(a => a.EditionId), cancellationToken);
        var exhibitors = await CountByEditionAsync(
            db.BoothAllocations.Select(a => new { a.EditionId, a.OrganizationId }).Distinct().Select(a => a.EditionId), cancellationToken);
        return editions.Select(e => new EditionSummary(
                e.Id, e.Year, e.Name, e.Venue, e.Province, e.StartDate, e.EndDate, e.TimeZoneId, e.Status, e.IsCurrent,
                e.CopiedFromEditionId, e.Version, zones.GetValueOrDefault(e.Id), booths.GetValueOrDefault(e.Id),
                applications.GetValueOrDefault(e.Id), exhibitors.GetValueOrDefault(e.Id)))
            .ToList();
    }

    /// <summary>Every edition, newest first, for the app bar's switcher.</summary>
    public async Task<IReadOnlyList<EditionChoice>> ListChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Editions.AsNoTracking().OrderByDescending(e => e.Year)
            .Select(e => new EditionChoice(e.Id, e.Year, e.Name, e.Status, e.IsCurrent))
            .ToListAsync(cancellationToken);
    }

    public async Task<OperationResult<int>> CreateAsync(EditionInput input, CancellationToken cancellationToken = default)
    {
        var actor = await actors.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<int>.Fail(CommonErrors.Forbidden);
        }
        if (EditionRules.Validate(input) is { Count: > 0 } errors)
        {
            return OperationResult<int>.Fail([.. errors]);
        }
        var year = input.Year!.Value;
        var yearTaken = OperationError.ForField(EditionRules.Fields.Year, "Edition.YearTaken", year);
        return await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            if (await db.Editions.AnyAsync(e => e.Year == year, cancellationToken))
            {
                return OperationResult<int>.Fail(yearTaken);
            }
            if (input.CopyFromEditionId is { } sourceId && !await db.Editions.AnyAsync(e => e.Id == sourceId, cancellationToken))
            {
                return OperationResult<int>.Fail(OperationError.ForField(nameof(EditionInput.CopyFromEditionId), "Edition.CopySourceMissing"));
            }
            var edition = new Edition
            {
                Year = year,
                Name = Text(input.NameVi, input.NameEn),
                Theme = Text(input.ThemeVi, input.ThemeEn),
                Venue = Text(input.VenueVi, input.VenueEn),
                Province = Text(input.ProvinceVi, input.ProvinceEn),
                StartDate = DateOnly.FromDateTime(input.StartDate!.Value),
                EndDate = DateOnly.FromDateTime(input.EndDate!.Value),
                TimeZoneId = input.TimeZoneId.Trim(),
                Status = EditionStatus.Draft,
                CopiedFromEditionId = input.CopyFromEditionId,
            };
            db.Editions.Add(edition);
            await db.SaveChangesAsync(cancellationToken);
            IReadOnlyList<string> copied = input.CopyFromEditionId is { } source
                ? await EditionCopier.CopyAsync(db, source, edition.Id, input.CopySteps, cancellationToken)
                : [];
            // Registration needs categories: a year that does not copy them starts with the usual ones.
            if (!copied.Contains(EditionCopier.RegistrationCategories))
            {
                db.RegistrationCategories.AddRange(RegistrationCategoryDefaults.For(edition.Id));
                await db.SaveChangesAsync(cancellationToken);
            }
            // The forum needs topics: a year that does not copy them starts with the usual ones.
            if (!copied.Contains(EditionCopier.Topics))
            {
                db.Topics.AddRange(TopicDefaults.For(edition.Id));
                await db.SaveChangesAsync(cancellationToken);
            }
            // Check-in needs a gate: a year that does not copy its gates starts with the main one.
            if (!copied.Contains(EditionCopier.ScanPoints))
            {
                db.ScanPoints.Add(ScanPointDefaults.MainGate(edition.Id));
                await db.SaveChangesAsync(cancellationToken);
            }
            audit.Add(db, actor, "edition.created", nameof(Edition), edition.Id, edition.Id,
                after: new { edition.Year, Name = edition.Name.Vi, edition.Status, edition.CopiedFromEditionId, Copied = string.Join(", ", copied) });
            return OperationResult<int>.Ok(edition.Id);
        }, cancellationToken, onConflict: () => Task.FromResult(OperationResult<int>.Fail(yearTaken)));
    }

    /// <summary>Moves an edition one step forward or back (see <see cref="EditionStatusRules"/>).</summary>
    public async Task<OperationResult> ChangeStatusAsync(int editionId, EditionStatus target, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await actors.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        return await dbFactory.WriteAsync<EventDbContext, bool>(async db =>
        {
            var edition = await db.Editions.FirstOrDefaultAsync(e => e.Id == editionId, cancellationToken);
            if (edition is null)
            {
                return OperationResult<bool>.Fail(CommonErrors.NotFound);
            }
            if (edition.Version != expectedVersion)
            {
                return OperationResult<bool>.Fail(CommonErrors.Concurrency);
            }
            if (!EditionStatusRules.CanMove(edition.Status, target))
            {
                return OperationResult<bool>.Fail("Edition.CannotMove", edition.Year, edition.Status.ToString(), target.ToString());
            }
            if (edition.IsCurrent && !EditionStatusRules.CanBeCurrent(target))
            {
                return OperationResult<bool>.Fail("Edition.CurrentCannotBeDraft", edition.Year);
            }
            var before = edition.Status;
            edition.Status = target;
            db.ExpectVersion(edition, expectedVersion);
            audit.Add(db, actor, "edition.status-changed", nameof(Edition), edition.Id, edition.Id,
                new { Status = before.ToString() }, new { Status = target.ToString() });
            return OperationResult<bool>.Ok(true);
        }, cancellationToken);
    }

    /// <summary>Makes one edition the one the public site shows; every other edition stops being current.</summary>
    public async Task<OperationResult> SetCurrentAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var actor = await actors.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        return await dbFactory.WriteAsync<EventDbContext, bool>(async db =>
        {
            var editions = await db.Editions.ToListAsync(cancellationToken);
            var target = editions.FirstOrDefault(e => e.Id == editionId);
            if (target is null)
            {
                return OperationResult<bool>.Fail(CommonErrors.NotFound);
            }
            if (!EditionStatusRules.CanBeCurrent(target.Status))
            {
                return OperationResult<bool>.Fail("Edition.DraftCannotBeCurrent", target.Year);
            }
            var previous = editions.FirstOrDefault(e => e.IsCurrent && e.Id != editionId);
            foreach (var edition in editions.Where(e => e.IsCurrent != (e.Id == editionId)))
            {
                edition.IsCurrent = edition.Id == editionId;
                edition.Touch();
            }
            audit.Add(db, actor, "edition.made-current", nameof(Edition), target.Id, target.Id,
                new { Current = previous?.Year }, new { Current = target.Year });
            return OperationResult<bool>.Ok(true);
        }, cancellationToken);
    }

    /// <summary>Stores the edition the signed-in organiser, staff member or session chair works on; pages follow it.</summary>
    public async Task<OperationResult> SetWorkingAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var actor = await actors.GetAsync();
        if (actor.UserId is not { } userId || !MayChooseWorkingEdition(actor))
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Editions.AnyAsync(e => e.Id == editionId, cancellationToken))
        {
            return OperationResult.Fail(CommonErrors.NotFound);
        }
        // A preference, not a record change: no audit row, and no clash with Identity's concurrency stamp.
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.WorkingEditionId, editionId), cancellationToken);
        return OperationResult.Ok();
    }

    public static bool MayChooseWorkingEdition(Actor actor) =>
        actor.IsInRole(Roles.Organiser) || actor.IsInRole(Roles.Staff) || actor.IsInRole(Roles.SessionChair);

    private static LocalizedText Text(string vi, string en) => new(vi.Trim(), en.Trim());

    private static async Task<Dictionary<int, int>> CountByEditionAsync(IQueryable<int> editionIds, CancellationToken cancellationToken) =>
        await editionIds.GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
