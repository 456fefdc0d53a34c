using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Registrations.ETicket;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Public;

/// <summary>
/// Registering through the public form. One write creates the registration, its audit row and the confirmation
/// e-mail (with the e-ticket when confirmed), so that either all of it exists or none of it does.
/// </summary>
public sealed partial class PublicRegistrationService(
    IDbContextFactory<EventDbContext> dbFactory,
    EditionService editions,
    AuditTrail audit,
    Outbox outbox,
    PublicLinks links,
    TimeProvider time)
{
    public const string ClosedError = "Register.Closed";
    public const string EntityType = nameof(Registration);

    /// <summary>People who register or manage their registration are not signed in; the audit log names them so.</summary>
    public static Actor Anonymous { get; } = new(null, "anonymous", new ClaimsPrincipal(new ClaimsIdentity()));

    public async Task<RegisterForm> GetFormAsync(CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetCurrentAsync(cancellationToken);
        if (edition is null)
        {
            return new RegisterForm(null, [], []);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return new RegisterForm(edition, await PublicCategoriesAsync(db, edition.Id, cancellationToken),
            await SessionInterests.ChoicesAsync(db, edition.Id, cancellationToken));
    }

    public async Task<OperationResult<RegisterOutcome>> RegisterAsync(RegistrationInput input, CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetCurrentAsync(cancellationToken);
        if (!RegistrationIntake.IsOpen(edition))
        {
            return OperationResult<RegisterOutcome>.Fail(ClosedError);
        }
        var sessionIds = input.Sessions.Distinct().ToList();
        await using (var readDb = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var categories = await PublicCategoriesAsync(readDb, edition!.Id, cancellationToken);
            var errors = RegistrationIntake.Validate(input, categories.Select(c => c.Id).ToList(), RegistrationIntake.DayCount(edition), requireConsent: true);
            if (await SessionInterests.CheckAsync(readDb, edition.Id, sessionIds, cancellationToken) is { } unknownSession)
            {
                errors = [.. errors, unknownSession];
            }
            if (errors.Count > 0)
            {
                return OperationResult<RegisterOutcome>.Fail([.. errors]);
            }
        }
        var emailKey = Registration.KeyOfEmail(input.Email);
        return await dbFactory.WriteAsync<EventDbContext, RegisterOutcome>(async db =>
            {
                if (await db.Registrations.AnyAsync(r => r.EditionId == edition.Id && r.EmailKey == emailKey, cancellationToken))
                {
                    return AlreadyRegistered();
                }
                // Again inside the write: a session cancelled since the form was checked takes no new interest.
                if (await SessionInterests.CheckAsync(db, edition.Id, sessionIds, cancellationToken) is { } unknownSession)
                {
                    return OperationResult<RegisterOutcome>.Fail(unknownSession);
                }
                var category = await db.RegistrationCategories.SingleAsync(c => c.Id == input.CategoryId, cancellationToken);
                var admission = await RegistrationIntake.AdmitAsync(db, category, null, cancellationToken);
                if (admission.Refused)
                {
                    return OperationResult<RegisterOutcome>.Fail(OperationError.ForField(nameof(input.CategoryId), RegistrationIntake.CategoryFull));
                }
                var registration = RegistrationIntake.Create(input, edition.Id, admission.Status!.Value, time.GetUtcNow(), out var token);
                db.Registrations.Add(registration);
                await db.SaveChangesAsync(cancellationToken);
                db.SessionInterests.AddRange(sessionIds.Select(id => new SessionInterest { RegistrationId = registration.Id, SessionId = id }));
                audit.Add(db, Anonymous, "registration.created", EntityType, registration.Id, edition.Id, after: new
                {
                    registration.FullName, registration.Email, registration.CategoryId, Status = registration.Status.ToString(),
                    Source = registration.Source.ToString(), registration.ConsentVersion, Sessions = sessionIds,
                });
                outbox.Add(db, ConfirmationMail(registration, category, edition, token));
                return OperationResult<RegisterOutcome>.Ok(new RegisterOutcome(token, registration.Status));
            },
            cancellationToken,
            // Two posts of the same address at once: the unique index lets one through; the other hears the same answer.
            onConflict: () => Task.FromResult(AlreadyRegistered()));
    }

    public static string ManagePath(string token) => $"/register/manage/{token}";

    private static OperationResult<RegisterOutcome> AlreadyRegistered() =>
        OperationResult<RegisterOutcome>.Fail(OperationError.ForField(nameof(RegistrationInput.Email), RegistrationIntake.AlreadyRegistered));

    private MailDraft ConfirmationMail(Registration registration, RegistrationCategory category, Edition edition, string token)
    {
        var culture = CultureInfo.CurrentUICulture;
        var template = registration.Status switch
        {
            RegistrationStatus.Pending => "RegistrationPending",
            RegistrationStatus.Waitlisted => "RegistrationWaitlisted",
            _ => "RegistrationConfirmed",
        };
        IReadOnlyList<MailAttachment>? attachments = registration.Status == RegistrationStatus.Confirmed
            ? [ETicketMailAttachments.For(registration, edition)]
            : null;
        return new MailDraft(template, Recipient(registration), MailValues(registration, category, edition, token, culture), edition.Id, attachments);
    }

    private static MailRecipient Recipient(Registration registration) => new(
        registration.Email!, registration.FullName,
        ProductCultures.IsVietnamese(CultureInfo.CurrentUICulture) ? ProductCultures.Vietnamese : ProductCultures.English);

    private Dictionary<string, string> MailValues(Registration registration, RegistrationCategory category, Edition edition, string? token, CultureInfo culture) => new()
    {
        ["FullName"] = registration.FullName,
        ["EditionName"] = edition.Name.For(culture),
        ["Category"] = category.Name.For(culture),
        ["Dates"] = EditionClock.FormatDateRange(edition.StartDate, edition.EndDate, culture),
        ["Venue"] = $"{edition.Venue.For(culture)}, {edition.Province.For(culture)}",
        ["Link"] = token is null ? links.Absolute("/register") : links.Absolute(ManagePath(token)),
    };

    private static async Task<IReadOnlyList<CategoryChoice>> PublicCategoriesAsync(EventDbContext db, int editionId, CancellationToken cancellationToken) =>
        (await db.RegistrationCategories.AsNoTracking()
            .Where(c => c.EditionId == editionId && c.OpenToPublic)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .ToListAsync(cancellationToken))
        .Select(c => new CategoryChoice(c.Id, c.Name)).ToList();
}
