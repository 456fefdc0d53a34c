using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations.ETicket;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Admin;

/// <summary>
/// The organisers' decisions on registrations (approve, reject, cancel) and the desk's corrections. Each is one
/// transaction: the version check, the change, its audit row and the letter to the person in the outbox.
/// </summary>
public sealed partial class RegistrationAdminService(
    IDbContextFactory<EventDbContext> dbFactory, AuditTrail audit, ICurrentActor currentActor, Outbox outbox, TimeProvider time)
{
    /// <param name="overrideCapacity">The organiser saw that the category is full and confirmed the approval anyway.</param>
    public Task<OperationResult> ApproveAsync(int id, long version, bool overrideCapacity = false, CancellationToken cancellationToken = default) =>
        DecideAsync(id, version, "registration.approved", cancellationToken, async (db, registration, category) =>
        {
            if (RegistrationTransitions.CheckApprove(registration.Status) is { } refused)
            {
                return refused;
            }
            if (!overrideCapacity && category.Capacity is { } capacity)
            {
                var taken = await RegistrationIntake.TakenPlacesAsync(db, category.Id, exceptRegistrationId: null, cancellationToken);
                if (!RegistrationTransitions.Fits(capacity, taken, registration.Status))
                {
                    return OperationError.Of(RegistrationTransitions.CategoryFull, category.Name.Current, capacity);
                }
            }
            registration.Status = RegistrationStatus.Confirmed;
            registration.DecisionReason = null;
            return null;
        }, (registration, edition, category) => RegistrationMails.Draft(RegistrationMails.Approved, registration, edition, category,
            attachments: ApprovalAttachments(registration, edition)));

    public Task<OperationResult> RejectAsync(int id, long version, string reason, CancellationToken cancellationToken = default) =>
        DecideAsync(id, version, "registration.rejected", cancellationToken, (_, registration, _) =>
        {
            var refused = RegistrationTransitions.CheckReason(reason) ?? RegistrationTransitions.CheckReject(registration.Status);
            if (refused is null)
            {
                registration.Status = RegistrationStatus.Rejected;
                registration.DecisionReason = reason.Trim();
            }
            return Task.FromResult(refused);
        }, (registration, edition, category) => RegistrationMails.Draft(RegistrationMails.Rejected, registration, edition, category, reason.Trim()));

    public Task<OperationResult> CancelAsync(int id, long version, string reason, CancellationToken cancellationToken = default) =>
        DecideAsync(id, version, "registration.cancelled", cancellationToken, (_, registration, _) =>
        {
            var refused = RegistrationTransitions.CheckReason(reason) ?? RegistrationTransitions.CheckCancel(registration.Status);
            if (refused is null)
            {
                registration.Status = RegistrationStatus.Cancelled;
                registration.DecisionReason = reason.Trim();
            }
            return Task.FromResult(refused);
        }, (registration, edition, category) => RegistrationMails.Draft(RegistrationMails.Cancelled, registration, edition, category, reason.Trim()));

    /// <summary>The approval letter carries the e-ticket, as the confirmation e-mail does.</summary>
    private static IReadOnlyList<MailAttachment> ApprovalAttachments(Registration registration, Edition edition) =>
        registration.Email is null ? [] : [ETicketMailAttachments.For(registration, edition)];

    /// <summary>The registration a write changes, or why it may not: missing, of another edition than the person works on, or changed meanwhile.</summary>
    private static async Task<(Registration? Registration, OperationError? Refused)> LoadForWriteAsync(
        EventDbContext db, Actor actor, int id, long expectedVersion, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (registration is null)
        {
            return (null, CommonErrors.NotFound);
        }
        if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, registration.EditionId, cancellationToken) is { } otherEdition)
        {
            return (null, otherEdition);
        }
        return registration.Version == expectedVersion ? (registration, null) : (null, CommonErrors.Concurrency);
    }

    private delegate Task<OperationError?> Decision(EventDbContext db, Registration registration, RegistrationCategory category);

    private async Task<OperationResult> DecideAsync(int id, long version, string action, CancellationToken cancellationToken,
        Decision decide, Func<Registration, Edition, RegistrationCategory, MailDraft?> letter)
    {
        var actor = await currentActor.GetAsync();
        if (!RegistrationRights.MayDecide(actor))
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        return await dbFactory.WriteAsync<EventDbContext, bool>(async db =>
        {
            var (registration, cannotWrite) = await LoadForWriteAsync(db, actor, id, version, cancellationToken);
            if (registration is null)
            {
                return OperationResult<bool>.Fail(cannotWrite!);
            }
            var category = await db.RegistrationCategories.AsNoTracking().FirstAsync(c => c.Id == registration.CategoryId, cancellationToken);
            var before = Snapshot(registration);
            if (await decide(db, registration, category) is { } refused)
            {
                return OperationResult<bool>.Fail(refused);
            }
            registration.DecidedAt = time.GetUtcNow();
            db.ExpectVersion(registration, version);
            audit.Add(db, actor, action, nameof(Registration), registration.Id, registration.EditionId, before, Snapshot(registration),
                details: registration.DecisionReason);
            var edition = await db.Editions.AsNoTracking().FirstAsync(e => e.Id == registration.EditionId, cancellationToken);
            if (letter(registration, edition, category) is { } draft)
            {
                outbox.Add(db, draft);
            }
            return OperationResult<bool>.Ok(true);
        }, cancellationToken);
    }

    internal static object Snapshot(Registration r) => new
    {
        r.FullName, Honorific = r.Honorific.ToString(), r.OrganizationName, r.Position, r.Email, r.Phone, r.Nationality, r.DaysMask,
        r.CategoryId, Status = r.Status.ToString(), r.DecisionReason, Ribbon = r.Ribbon?.ToString(),
    };
}
