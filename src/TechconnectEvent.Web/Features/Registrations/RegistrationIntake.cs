using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Registrations.Public;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations;

/// <summary>Where a new (or re-categorised) registration lands, or why its category refuses it.</summary>
public readonly record struct Admission(RegistrationStatus? Status)
{
    public bool Refused => Status is null;

    public static Admission Full => new(null);
}

/// <summary>
/// The rules of registering: what a valid form is, which status a category gives (approval, capacity, waiting
/// list) and what a new registration starts with (badge code, management token, consent).
/// </summary>
public static class RegistrationIntake
{
    public const string Required = "Register.Required";
    public const string EmailInvalid = "Register.EmailInvalid";
    public const string AlreadyRegistered = "Register.AlreadyRegistered";
    public const string CategoryFull = "Register.CategoryFull";
    public const string CategoryUnknown = "Register.CategoryUnknown";
    public const string NationalityUnknown = "Register.NationalityUnknown";
    public const string DaysRequired = "Register.DaysRequired";
    public const string ConsentRequired = "Register.ConsentRequired";
    public const string TooLong = "Validation.TooLong";

    /// <summary>Registration is open while the edition is Open or Running.</summary>
    public static bool IsOpen(Edition? edition) => edition is { Status: EditionStatus.Open or EditionStatus.Running };

    /// <summary>Days of the edition (first to last, inclusive); a badge's day mask holds at most 31.</summary>
    public static int DayCount(Edition edition) => Math.Clamp(edition.EndDate.DayNumber - edition.StartDate.DayNumber + 1, 1, 31);

    public static IReadOnlyList<OperationError> Validate(
        RegistrationInput input, IReadOnlyCollection<int> categoryIds, int dayCount, bool requireConsent)
    {
        var errors = new List<OperationError>();
        Text(errors, nameof(input.FullName), input.FullName, RegistrationLimits.FullName, required: true);
        Text(errors, nameof(input.OrganizationName), input.OrganizationName, RegistrationLimits.Organization, required: false);
        Text(errors, nameof(input.Position), input.Position, RegistrationLimits.Position, required: false);
        Text(errors, nameof(input.Phone), input.Phone, RegistrationLimits.Phone, required: false);
        if (!Enum.IsDefined(input.Honorific))
        {
            errors.Add(OperationError.ForField(nameof(input.Honorific), Required));
        }
        if (TextRules.Clean(input.Email) is not { } email)
        {
            errors.Add(OperationError.ForField(nameof(input.Email), Required));
        }
        else if (!IsEmail(email))
        {
            errors.Add(OperationError.ForField(nameof(input.Email), EmailInvalid));
        }
        if (input.CategoryId is not { } categoryId)
        {
            errors.Add(OperationError.ForField(nameof(input.CategoryId), Required));
        }
        else if (!categoryIds.Contains(categoryId))
        {
            errors.Add(OperationError.ForField(nameof(input.CategoryId), CategoryUnknown));
        }
        if (!Countries.IsKnown(input.Nationality))
        {
            errors.Add(OperationError.ForField(nameof(input.Nationality), NationalityUnknown));
        }
        if (input.Days.Count == 0 || input.Days.Any(d => d < 0 || d >= dayCount))
        {
            errors.Add(OperationError.ForField(nameof(input.Days), DaysRequired));
        }
        if (requireConsent && !input.Consent)
        {
            errors.Add(OperationError.ForField(nameof(input.Consent), ConsentRequired));
        }
        return errors;
    }

    /// <summary>What the category gives a person when <paramref name="taken"/> places (Pending + Confirmed) are used.</summary>
    public static Admission Decide(RegistrationCategory category, int taken)
    {
        if (category.Capacity is { } capacity && taken >= capacity)
        {
            return category.WaitlistWhenFull ? new Admission(RegistrationStatus.Waitlisted) : Admission.Full;
        }
        return new Admission(category.RequiresApproval ? RegistrationStatus.Pending : RegistrationStatus.Confirmed);
    }

    /// <summary>
    /// Counts the category's taken places in the caller's write transaction, so that two people cannot both take
    /// its last place (SQLite lets one writer at a time through).
    /// </summary>
    public static async Task<Admission> AdmitAsync(EventDbContext db, RegistrationCategory category, int? exceptRegistrationId, CancellationToken cancellationToken)
    {
        var taken = category.Capacity is null ? 0 : await TakenPlacesAsync(db, category.Id, exceptRegistrationId, cancellationToken);
        return Decide(category, taken);
    }

    /// <summary>The places a category has given: its Pending and Confirmed registrations (the one definition of "taken").</summary>
    public static Task<int> TakenPlacesAsync(EventDbContext db, int categoryId, int? exceptRegistrationId, CancellationToken cancellationToken) =>
        db.Registrations.CountAsync(r => r.CategoryId == categoryId
            && r.Id != exceptRegistrationId
            && (r.Status == RegistrationStatus.Pending || r.Status == RegistrationStatus.Confirmed), cancellationToken);

    /// <summary>
    /// A new online registration with its badge code and a fresh management token; only the token's hash is
    /// stored, so <paramref name="token"/> is the one chance to hand it to the person.
    /// </summary>
    public static Registration Create(RegistrationInput input, int editionId, RegistrationStatus status, DateTimeOffset now, out string token)
    {
        token = ManagementTokens.New();
        var registration = new Registration
        {
            EditionId = editionId,
            Status = status,
            Source = RegistrationSource.Online,
            RegisteredAt = now,
            ConsentVersion = RegistrationConsent.Version,
            ConsentGivenAt = now,
            BadgeCode = BadgeCodes.New(),
            BadgeIssuedAt = now,
            ManagementTokenHash = ManagementTokens.Hash(token),
        };
        ApplyTo(input, registration);
        return registration;
    }

    /// <summary>Copies the person's details (cleaned: trimmed, NFC) onto the registration.</summary>
    public static void ApplyTo(RegistrationInput input, Registration registration)
    {
        registration.Honorific = input.Honorific;
        registration.FullName = TextRules.Clean(input.FullName)!;
        registration.OrganizationName = TextRules.Clean(input.OrganizationName);
        registration.Position = TextRules.Clean(input.Position);
        registration.CategoryId = input.CategoryId!.Value;
        registration.Email = TextRules.Clean(input.Email);
        registration.EmailKey = Registration.KeyOfEmail(registration.Email);
        registration.Phone = TextRules.Clean(input.Phone);
        registration.Nationality = TextRules.Clean(input.Nationality)!.ToUpperInvariant();
        registration.DaysMask = input.DaysMask;
    }

    public static bool IsEmail(string email) =>
        email.Length <= RegistrationLimits.Email && new EmailAddressAttribute().IsValid(email) && email.Contains('.', StringComparison.Ordinal);

    private static void Text(List<OperationError> errors, string field, string? value, int max, bool required)
    {
        var clean = TextRules.Clean(value);
        if (clean is null && required)
        {
            errors.Add(OperationError.ForField(field, Required));
        }
        else if (clean is { Length: var length } && length > max)
        {
            errors.Add(OperationError.ForField(field, TooLong, max));
        }
    }
}
