using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Public;

/// <summary>
/// The person's own management of their registration, reached only through the private token: every method
/// answers "not found" alike for a malformed token, an unknown one and a deleted record.
/// </summary>
public sealed partial class PublicRegistrationService
{
    public const string NotEditable = "Register.NotEditable";
    public const string EmailTaken = "Register.EmailTaken";

    public async Task<ManagedRegistration?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!ManagementTokens.IsWellFormed(token))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = ManagementTokens.Hash(token!);
        var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.ManagementTokenHash == hash, cancellationToken);
        if (registration is null)
        {
            return null;
        }
        var category = await db.RegistrationCategories.AsNoTracking().SingleAsync(c => c.Id == registration.CategoryId, cancellationToken);
        var edition = await db.Editions.AsNoTracking().SingleAsync(e => e.Id == registration.EditionId, cancellationToken);
        var categories = await PublicCategoriesAsync(db, edition.Id, cancellationToken);
        // A person placed by the organisers in a category the public cannot choose keeps it in the list.
        if (categories.All(c => c.Id != category.Id))
        {
            categories = [new CategoryChoice(category.Id, category.Name), .. categories];
        }
        return new ManagedRegistration(registration, category, edition, categories);
    }

    /// <summary>Corrects the details: the form's rules, an address no other registration of the edition uses, and the category's capacity.</summary>
    public async Task<OperationResult> UpdateAsync(string token, RegistrationInput input, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(token, cancellationToken) is not { } found)
        {
            return OperationResult.Fail(CommonErrors.NotFound);
        }
        if (!found.CanEdit)
        {
            return OperationResult.Fail(NotEditable);
        }
        var errors = RegistrationIntake.Validate(input, found.Categories.Select(c => c.Id).ToList(), RegistrationIntake.DayCount(found.Edition), requireConsent: false);
        if (errors.Count > 0)
        {
            return OperationResult.Fail([.. errors]);
        }
        var emailKey = Registration.KeyOfEmail(input.Email);
        var id = found.Registration.Id;
        var result = await dbFactory.WriteAsync<EventDbContext, bool>(async db =>
            {
                var registration = await db.Registrations.SingleAsync(r => r.Id == id, cancellationToken);
                if (registration.Version != input.Version)
                {
                    return OperationResult<bool>.Fail(CommonErrors.Concurrency);
                }
                if (await EmailUsedByAnotherAsync(db, registration, emailKey, cancellationToken))
                {
                    return OperationResult<bool>.Fail(OperationError.ForField(nameof(input.Email), EmailTaken));
                }
                var before = Snapshot(registration);
                if (input.CategoryId != registration.CategoryId)
                {
                    var category = await db.RegistrationCategories.SingleAsync(c => c.Id == input.CategoryId, cancellationToken);
                    var admission = await RegistrationIntake.AdmitAsync(db, category, registration.Id, cancellationToken);
                    if (admission.Refused)
                    {
                        return OperationResult<bool>.Fail(OperationError.ForField(nameof(input.CategoryId), RegistrationIntake.CategoryFull));
                    }
                    registration.Status = admission.Status!.Value;
                }
                RegistrationIntake.ApplyTo(input, registration);
                db.ExpectVersion(registration, input.Version);
                audit.Add(db, Anonymous, "registration.updated", EntityType, registration.Id, registration.EditionId, before, Snapshot(registration));
                return OperationResult<bool>.Ok(true);
            },
            cancellationToken,
            onConflict: async () =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                return await db.Registrations.AnyAsync(r => r.EditionId == found.Edition.Id && r.EmailKey == emailKey && r.Id != id, cancellationToken)
                    ? OperationResult<bool>.Fail(OperationError.ForField(nameof(input.Email), EmailTaken))
                    : OperationResult<bool>.Fail(CommonErrors.Concurrency);
            });
        return result.Succeeded ? OperationResult.Ok() : OperationResult.Fail([.. result.Errors]);
    }

    /// <summary>Cancels the registration (its badge stops admitting) and tells the person by e-mail.</summary>
    public Task<OperationResult> CancelAsync(string token, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(token, version, "registration.cancelled_by_person", found => found.CanCancel, (db, registration, edition) =>
        {
            registration.Status = RegistrationStatus.Cancelled;
            if (registration.Email is not null)
            {
                var culture = CultureInfo.CurrentUICulture;
                outbox.Add(db, new MailDraft("RegistrationCancelledByPerson", Recipient(registration),
                    new Dictionary<string, string>
                    {
                        ["FullName"] = registration.FullName,
                        ["EditionName"] = edition.Name.For(culture),
                    },
                    edition.Id));
            }
        }, cancellationToken);

    /// <summary>Records the request to erase one's personal data; the organisers act on it.</summary>
    public Task<OperationResult> RequestDeletionAsync(string token, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(token, version, "registration.deletion_requested", found => found.Edition.Status != EditionStatus.Archived,
            (_, registration, _) => registration.DeletionRequestedAt ??= time.GetUtcNow(), cancellationToken);

    private async Task<OperationResult> ChangeAsync(string token, long version, string action, Func<ManagedRegistration, bool> allowed,
        Action<EventDbContext, Registration, Edition> change, CancellationToken cancellationToken)
    {
        if (await FindAsync(token, cancellationToken) is not { } found)
        {
            return OperationResult.Fail(CommonErrors.NotFound);
        }
        if (!allowed(found))
        {
            return OperationResult.Fail(NotEditable);
        }
        var result = await dbFactory.WriteAsync<EventDbContext, bool>(async db =>
            {
                var registration = await db.Registrations.SingleAsync(r => r.Id == found.Registration.Id, cancellationToken);
                if (registration.Version != version)
                {
                    return OperationResult<bool>.Fail(CommonErrors.Concurrency);
                }
                var before = Snapshot(registration);
                change(db, registration, found.Edition);
                db.ExpectVersion(registration, version);
                audit.Add(db, Anonymous, action, EntityType, registration.Id, registration.EditionId, before, Snapshot(registration));
                return OperationResult<bool>.Ok(true);
            },
            cancellationToken);
        return result.Succeeded ? OperationResult.Ok() : OperationResult.Fail([.. result.Errors]);
    }

    private static Task<bool> EmailUsedByAnotherAsync(EventDbContext db, Registration registration, string? emailKey, CancellationToken cancellationToken) =>
        db.Registrations.AnyAsync(r => r.EditionId == registration.EditionId && r.EmailKey == emailKey && r.Id != registration.Id, cancellationToken);

    private static object Snapshot(Registration r) => new
    {
        Honorific = r.Honorific.ToString(), r.FullName, r.OrganizationName, r.Position, r.CategoryId, r.Email, r.Phone, r.Nationality,
        r.DaysMask, Status = r.Status.ToString(), r.DeletionRequestedAt,
    };
}
