using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.CheckIns.Dashboard;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.CheckIns.Gate;

/// <summary>
/// The gate page's work for staff and organisers, always in the edition the person works on: its gates, a scan
/// (typed, wedge or camera) judged by the one <see cref="ICheckInScanner"/>, the search for a person without a badge,
/// and registering a walk-in at the desk.
/// </summary>
public sealed class GateDesk(
    IDbContextFactory<EventDbContext> dbFactory, EditionService editions, ICheckInScanner scanner, AuditTrail audit,
    ICurrentActor currentActor, TimeProvider time)
{
    public const int SearchLimit = 20;
    public const string WalkInAction = "registration.walk-in";

    public async Task<GateDeskContext?> LoadAsync(CancellationToken cancellationToken = default)
    {
        if (!RegistrationRights.MayView(await currentActor.GetAsync()) || await editions.GetWorkingAsync(cancellationToken) is not { } edition)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var gates = await db.ScanPoints.AsNoTracking()
            .Where(p => p.EditionId == edition.Id && p.Kind == ScanPointKind.Gate && !p.IsClosed)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Name)
            .Select(p => new GateOption(p.Id, p.Code, p.Name, p.Location))
            .ToListAsync(cancellationToken);
        // Only today's doors: a desk works one day, and a door of another day would refuse every badge as "not today".
        var (from, until) = EditionDay.Bounds(EditionDay.DateOf(time.GetUtcNow(), edition.TimeZoneId), edition.TimeZoneId);
        var doors = await db.ScanPoints.AsNoTracking()
            .Where(p => p.EditionId == edition.Id && p.Kind == ScanPointKind.SessionDoor && !p.IsClosed && p.StartsAt >= from && p.StartsAt < until)
            .OrderBy(p => p.StartsAt).ThenBy(p => p.Name)
            .Select(p => new GateOption(p.Id, p.Code, p.Name, p.Location))
            .ToListAsync(cancellationToken);
        var categories = await db.RegistrationCategories.AsNoTracking().Where(c => c.EditionId == edition.Id)
            .OrderBy(c => c.SortOrder)
            .Select(c => new { c.Id, c.Code, c.Name.Vi, c.Name.En, c.Colour })
            .ToListAsync(cancellationToken);
        return new GateDeskContext(edition.Id, edition.Year, edition.TimeZoneId, edition.StartDate,
            RegistrationDetailRules.DayCount(edition.StartDate, edition.EndDate), Today(edition), gates,
            categories.Select(c => new GateCategory(c.Id, c.Code, new LocalizedText(c.Vi, c.En), c.Colour)).ToList(), doors);
    }

    /// <summary>Judges what was scanned or typed at <paramref name="scanPointId"/>, as the signed-in staff member.</summary>
    public async Task<OperationResult<ScanVerdict>> ScanAsync(int scanPointId, string? code, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!RegistrationRights.MayView(actor) || actor.UserId is not { } userId)
        {
            return OperationResult<ScanVerdict>.Fail(CommonErrors.Forbidden);
        }
        if (await editions.GetWorkingAsync(cancellationToken) is not { } edition)
        {
            return OperationResult<ScanVerdict>.Fail(GateErrors.NoEdition);
        }
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.ScanPoints.AnyAsync(p => p.Id == scanPointId && p.EditionId == edition.Id, cancellationToken))
            {
                return OperationResult<ScanVerdict>.Fail(GateErrors.UnknownGate);
            }
        }
        // Each scan is its own attempt: a fresh nonce, so only a retry of this very request could repeat its answer.
        var request = new ScanRequest(code?.Trim(), scanPointId, DeviceId: null, userId, Guid.NewGuid().ToString("N"));
        return OperationResult<ScanVerdict>.Ok(await scanner.ScanAsync(request, cancellationToken));
    }

    /// <summary>Checks in a person found by the search, with their current badge code looked up here.</summary>
    public async Task<OperationResult<ScanVerdict>> CheckInAsync(int scanPointId, int registrationId, CancellationToken cancellationToken = default)
    {
        if (await editions.GetWorkingAsync(cancellationToken) is not { } edition)
        {
            return OperationResult<ScanVerdict>.Fail(GateErrors.NoEdition);
        }
        string? code;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            code = await db.Registrations.AsNoTracking().Where(r => r.Id == registrationId && r.EditionId == edition.Id)
                .Select(r => r.BadgeCode).FirstOrDefaultAsync(cancellationToken);
        }
        return code is null ? OperationResult<ScanVerdict>.Fail(CommonErrors.NotFound) : await ScanAsync(scanPointId, code, cancellationToken);
    }

    /// <summary>People of the working edition by name (with or without diacritics), phone or organisation, best first.</summary>
    public async Task<IReadOnlyList<GateSearchHit>> SearchAsync(string? query, CancellationToken cancellationToken = default)
    {
        var filter = new RegistrationFilter(Search: query);
        if (filter.IsEmpty || !RegistrationRights.MayView(await currentActor.GetAsync())
            || await editions.GetWorkingAsync(cancellationToken) is not { } edition)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await RegistrationGridQuery.Filter(db.Registrations.AsNoTracking(), edition.Id, filter)
            .OrderBy(r => r.NameKey).ThenBy(r => r.Id)
            .Take(SearchLimit)
            .Join(db.RegistrationCategories, r => r.CategoryId, c => c.Id, (r, c) => new
            {
                r.Id, r.FullName, r.OrganizationName, c.Name.Vi, c.Name.En, c.Colour, r.Status, r.NameKey,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var today = Today(edition);
        var inToday = today is { } day
            ? await db.CheckIns.AsNoTracking()
                .Where(c => c.EditionId == edition.Id && c.Scope == CheckIn.FairEntry && c.DayIndex == day && ids.Contains(c.RegistrationId))
                .Select(c => c.RegistrationId).ToListAsync(cancellationToken)
            : [];
        return rows.OrderBy(r => r.NameKey, StringComparer.Ordinal).ThenBy(r => r.Id)
            .Select(r => new GateSearchHit(r.Id, r.FullName, r.OrganizationName, new LocalizedText(r.Vi, r.En), r.Colour, r.Status, inToday.Contains(r.Id)))
            .ToList();
    }

    /// <summary>
    /// Registers a person at the desk: confirmed at once (staff see them in person), for today or every day of the
    /// edition, without the online consent; the same field rules as the organisers' edit dialog, and one e-mail per
    /// edition. With <paramref name="checkInAt"/>, the person is then checked in at that gate.
    /// </summary>
    public async Task<OperationResult<WalkInResult>> RegisterWalkInAsync(WalkInInput input, int? checkInAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await currentActor.GetAsync();
        if (!RegistrationRights.MayEditDetails(actor))
        {
            return OperationResult<WalkInResult>.Fail(CommonErrors.Forbidden);
        }
        if (await editions.GetWorkingAsync(cancellationToken) is not { } edition)
        {
            return OperationResult<WalkInResult>.Fail(GateErrors.NoEdition);
        }
        var details = input.Details;
        var dayCount = RegistrationDetailRules.DayCount(edition.StartDate, edition.EndDate);
        details.DaysMask = DaysOf(input.AllDays, dayCount, Today(edition));
        var saved = await dbFactory.WriteAsync<EventDbContext, int>(async db =>
        {
            var errors = RegistrationDetailRules.Validate(details, dayCount, emailRequired: false);
            if (!await db.RegistrationCategories.AnyAsync(c => c.Id == details.CategoryId && c.EditionId == edition.Id, cancellationToken))
            {
                errors.Add(OperationError.ForField(RegistrationDetailRules.Fields.Category, "Registrations.CategoryRequired"));
            }
            var emailKey = Registration.KeyOfEmail(RegistrationDetailRules.Clean(details.Email));
            if (emailKey is not null && errors.All(e => e.Field != RegistrationDetailRules.Fields.Email)
                && await db.Registrations.AnyAsync(r => r.EditionId == edition.Id && r.EmailKey == emailKey, cancellationToken))
            {
                errors.Add(OperationError.ForField(RegistrationDetailRules.Fields.Email, GateErrors.EmailTaken));
            }
            if (errors.Count > 0)
            {
                return OperationResult<int>.Fail([.. errors]);
            }
            var registration = NewWalkIn(edition.Id, time.GetUtcNow());
            RegistrationDetailRules.Apply(registration, details);
            db.Registrations.Add(registration);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(db, actor, WalkInAction, nameof(Registration), registration.Id, edition.Id,
                after: RegistrationAdminService.Snapshot(registration));
            return OperationResult<int>.Ok(registration.Id);
        }, cancellationToken, onConflict: () => Task.FromResult(OperationResult<int>.Fail(
            OperationError.ForField(RegistrationDetailRules.Fields.Email, GateErrors.EmailTaken))));
        if (!saved.Succeeded)
        {
            return OperationResult<WalkInResult>.Fail([.. saved.Errors]);
        }
        if (checkInAt is not { } gate)
        {
            return OperationResult<WalkInResult>.Ok(new WalkInResult(saved.Value, null));
        }
        // The registration stands even when the check-in is refused (a closed gate): the verdict says why.
        var verdict = await CheckInAsync(gate, saved.Value, cancellationToken);
        return OperationResult<WalkInResult>.Ok(new WalkInResult(saved.Value, verdict.Value));
    }

    /// <summary>Today's bit, or every day when asked or when today is not a day of the edition (registering ahead).</summary>
    internal static int DaysOf(bool allDays, int dayCount, int? today)
    {
        var all = dayCount >= 31 ? int.MaxValue : (1 << dayCount) - 1;
        return allDays || today is null ? all : 1 << today.Value;
    }

    private int? Today(Edition edition) =>
        CheckInRules.DayIndex(new CheckInRules.ScanEdition(edition.Id, edition.StartDate, edition.EndDate, edition.TimeZoneId), time.GetUtcNow());

    private static Registration NewWalkIn(int editionId, DateTimeOffset now) => new()
    {
        EditionId = editionId,
        Status = RegistrationStatus.Confirmed,
        Source = RegistrationSource.WalkIn,
        RegisteredAt = now,
        DecidedAt = now,
        ConsentVersion = null,
        BadgeCode = BadgeCodes.New(),
        BadgeIssuedAt = now,
        ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()),
    };
}
