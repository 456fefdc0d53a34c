using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Allocation;

/// <summary>Who a Held booth is reserved for, and until when (UTC; shown in the edition's time zone).</summary>
public sealed record BoothHoldView(int ApplicationId, LocalizedText OrganizationName, DateTimeOffset? HeldUntil, bool Expired, string TimeZoneId);

/// <summary>
/// Puts a booth on hold for one application, or lifts the hold. Same shape as <see cref="AllocationService"/>: one
/// short transaction, the booth's concurrency token checked and bumped, the audit row in the same SaveChanges, and
/// every open plan told after the commit. AllocationRules and the auto-allocator already honour the hold.
/// </summary>
public sealed class BoothHoldService(
    IDbContextFactory<EventDbContext> dbFactory,
    ICurrentActor currentActor,
    AuditTrail audit,
    ChangeNotifier<BoothChange> notifier,
    TimeProvider time)
{
    /// <summary>A hold is a short reservation while an applicant decides, not a second allocation: cap how long.</summary>
    public const int MaxHoldDays = 60;

    public async Task<BoothHoldView?> GetHoldAsync(int boothId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booth = await db.Booths.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boothId, ct);
        if (booth is not { Status: BoothStatus.Held, HeldForApplicationId: { } applicationId })
        {
            return null;
        }
        var name = await (
                from application in db.ExhibitorApplications.AsNoTracking()
                where application.Id == applicationId
                join organization in db.Organizations.AsNoTracking() on application.OrganizationId equals organization.Id
                select organization.Name)
            .FirstOrDefaultAsync(ct);
        var timeZoneId = await db.Editions.AsNoTracking().Where(e => e.Id == booth.EditionId).Select(e => e.TimeZoneId).FirstAsync(ct);
        return new BoothHoldView(applicationId, name ?? new LocalizedText("?", "?"), booth.HeldUntil,
            !booth.IsHeldAt(time.GetUtcNow()), timeZoneId);
    }

    public async Task<string> TimeZoneIdAsync(int editionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Editions.AsNoTracking().Where(e => e.Id == editionId).Select(e => e.TimeZoneId).FirstOrDefaultAsync(ct)
            ?? Edition.DefaultTimeZoneId;
    }

    /// <summary>The last second of <paramref name="day"/> in the edition's time zone, in UTC: "held until 30/09" means all of that day there.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day, string timeZoneId)
    {
        var local = day.ToDateTime(new TimeOnly(23, 59, 59));
        var offset = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId).GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public async Task<OperationResult> HoldAsync(int boothId, int applicationId, DateTimeOffset until, long expectedBoothVersion,
        CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult.Fail(AllocationErrors.NotOrganiser);
        }
        var now = time.GetUtcNow();
        if (until <= now)
        {
            return OperationResult.Fail(OperationError.ForField(nameof(until), AllocationErrors.HoldUntilPast));
        }
        if (until > now.AddDays(MaxHoldDays))
        {
            return OperationResult.Fail(OperationError.ForField(nameof(until), AllocationErrors.HoldUntilTooFar, MaxHoldDays));
        }

        return await dbFactory.WriteAsync<EventDbContext, BoothChange>(async db =>
            {
                var booth = await db.Booths.FirstOrDefaultAsync(b => b.Id == boothId, ct);
                if (booth is null)
                {
                    return OperationResult<BoothChange>.Fail(AllocationErrors.BoothNotFound);
                }
                if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, booth.EditionId, ct) is { } otherEdition)
                {
                    return OperationResult<BoothChange>.Fail(otherEdition);
                }
                if (booth.Version != expectedBoothVersion || booth.Status == BoothStatus.Allocated)
                {
                    return OperationResult<BoothChange>.Fail(await AllocationService.DescribeTakenAsync(db, booth, ct));
                }
                var before = new { Status = booth.Status.ToString(), booth.HeldForApplicationId, booth.HeldUntil };
                // Changing a live hold's expiry or applicant is an explicit lift first, so nobody replaces one by accident.
                // A refusal further down rolls the write back, so the booth is changed here before the application is checked.
                if (booth.Hold(applicationId, until, now) is { } refusal)
                {
                    return OperationResult<BoothChange>.Fail(refusal);
                }
                var application = await db.ExhibitorApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, ct);
                if (application is null)
                {
                    return OperationResult<BoothChange>.Fail(AllocationErrors.ApplicationNotFound);
                }
                var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == application.OrganizationId, ct);
                if (application.EditionId != booth.EditionId)
                {
                    return OperationResult<BoothChange>.Fail(AllocationErrors.DifferentEdition, booth.Code);
                }
                if (!CanBeHeldFor(application.Status))
                {
                    return OperationResult<BoothChange>.Fail(AllocationErrors.HoldApplicationClosed, organization.Name);
                }
                var zone = await db.Zones.AsNoTracking().FirstAsync(z => z.Id == booth.ZoneId, ct);
                if (!zone.Accepts(organization.Type))
                {
                    return OperationResult<BoothChange>.Fail(AllocationErrors.ZoneNotAccepting, zone.Name, organization.Name);
                }
                audit.Add(db, actor, "booth.held", nameof(Booth), booth.Id, booth.EditionId, before,
                    new
                    {
                        Status = booth.Status.ToString(), HeldForApplicationId = application.Id, OrganizationId = organization.Id,
                        Organization = organization.Name.Vi, booth.HeldUntil,
                    });
                return OperationResult<BoothChange>.Ok(new BoothChange(booth.EditionId, [booth.Id]));
            },
            ct,
            onConflict: async () => OperationResult<BoothChange>.Fail(await DescribeTakenAsync(boothId, ct)),
            publish: notifier.Publish);
    }

    public async Task<OperationResult> ReleaseHoldAsync(int boothId, long expectedBoothVersion, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult.Fail(AllocationErrors.NotOrganiser);
        }

        return await dbFactory.WriteAsync<EventDbContext, BoothChange>(async db =>
            {
                var booth = await db.Booths.FirstOrDefaultAsync(b => b.Id == boothId, ct);
                if (booth is null)
                {
                    return OperationResult<BoothChange>.Fail(AllocationErrors.BoothNotFound);
                }
                if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, booth.EditionId, ct) is { } otherEdition)
                {
                    return OperationResult<BoothChange>.Fail(otherEdition);
                }
                if (booth.Version != expectedBoothVersion)
                {
                    return OperationResult<BoothChange>.Fail(await AllocationService.DescribeTakenAsync(db, booth, ct));
                }
                var before = new { Status = booth.Status.ToString(), booth.HeldForApplicationId, booth.HeldUntil };
                if (booth.LiftHold() is { } refusal)
                {
                    return OperationResult<BoothChange>.Fail(refusal);
                }
                audit.Add(db, actor, "booth.hold-released", nameof(Booth), booth.Id, booth.EditionId, before,
                    new { Status = booth.Status.ToString() });
                return OperationResult<BoothChange>.Ok(new BoothChange(booth.EditionId, [booth.Id]));
            },
            ct,
            onConflict: async () => OperationResult<BoothChange>.Fail(await DescribeTakenAsync(boothId, ct)),
            publish: notifier.Publish);
    }

    /// <summary>Still in play: a Rejected or Withdrawn application will never take the booth, so holding it for one is a mistake.</summary>
    public static bool CanBeHeldFor(ApplicationStatus status) =>
        status is ApplicationStatus.Submitted or ApplicationStatus.Approved or ApplicationStatus.Waitlisted or ApplicationStatus.Allocated;

    private async Task<OperationError> DescribeTakenAsync(int boothId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booth = await db.Booths.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boothId, ct);
        return booth is null ? OperationError.Of(AllocationErrors.BoothNotFound) : await AllocationService.DescribeTakenAsync(db, booth, ct);
    }
}
