using System.Net.Mail;
using System.Text;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Admin;

/// <summary>The person's details as the edit dialog binds them.</summary>
public sealed class RegistrationDetails
{
    public Honorific Honorific { get; set; }
    public string FullName { get; set; } = "";
    public string? OrganizationName { get; set; }
    public string? Position { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string Nationality { get; set; } = "VN";
    public int DaysMask { get; set; }
    public int CategoryId { get; set; }
    /// <summary>A ribbon other than the category's (a session chair registered as a guest); null = the category's.</summary>
    public BadgeRibbon? Ribbon { get; set; }
    public long Version { get; set; }

    public static RegistrationDetails From(Registration r) => new()
    {
        Honorific = r.Honorific, FullName = r.FullName, OrganizationName = r.OrganizationName, Position = r.Position,
        Email = r.Email, Phone = r.Phone, Nationality = r.Nationality, DaysMask = r.DaysMask, CategoryId = r.CategoryId,
        Ribbon = r.Ribbon, Version = r.Version,
    };
}

/// <summary>
/// The field rules of a registration, as the public form has them: a full name (kept as typed, in NFC, any script),
/// a well-formed e-mail, a phone of digits and separators, a two-letter nationality, at least one day of the edition.
/// Uniqueness of the e-mail needs the database and is checked by the service.
/// </summary>
public static class RegistrationDetailRules
{
    public static class Fields
    {
        public const string FullName = nameof(RegistrationDetails.FullName);
        public const string Email = nameof(RegistrationDetails.Email);
        public const string Phone = nameof(RegistrationDetails.Phone);
        public const string Organization = nameof(RegistrationDetails.OrganizationName);
        public const string Position = nameof(RegistrationDetails.Position);
        public const string Nationality = nameof(RegistrationDetails.Nationality);
        public const string Days = nameof(RegistrationDetails.DaysMask);
        public const string Category = nameof(RegistrationDetails.CategoryId);
    }

    /// <param name="emailRequired">People who registered online gave one; invited and walk-in people may have none.</param>
    public static List<OperationError> Validate(RegistrationDetails input, int dayCount, bool emailRequired)
    {
        var errors = new List<OperationError>();
        Check(errors, Fields.FullName, CheckFullName(input.FullName));
        Check(errors, Fields.Email, CheckEmail(input.Email, emailRequired));
        Check(errors, Fields.Phone, CheckPhone(input.Phone));
        Check(errors, Fields.Organization, CheckLength(input.OrganizationName, RegistrationLimits.Organization));
        Check(errors, Fields.Position, CheckLength(input.Position, RegistrationLimits.Position));
        Check(errors, Fields.Nationality, CheckNationality(input.Nationality));
        Check(errors, Fields.Days, CheckDays(input.DaysMask, dayCount));
        if (!Enum.IsDefined(input.Honorific))
        {
            errors.Add(OperationError.ForField(nameof(RegistrationDetails.Honorific), "Registrations.HonorificInvalid"));
        }
        return errors;
    }

    private static void Check(List<OperationError> errors, string field, (string Code, object[] Args)? problem)
    {
        if (problem is { } p)
        {
            errors.Add(OperationError.ForField(field, p.Code, p.Args));
        }
    }

    public static (string, object[])? CheckFullName(string? name)
    {
        var trimmed = Clean(name);
        if (trimmed is null)
        {
            return ("Registrations.FullNameRequired", []);
        }
        return trimmed.Length > RegistrationLimits.FullName ? ("Registrations.TooLong", [RegistrationLimits.FullName]) : null;
    }

    public static (string, object[])? CheckEmail(string? email, bool required)
    {
        var trimmed = Clean(email);
        if (trimmed is null)
        {
            return required ? ("Registrations.EmailRequired", []) : null;
        }
        if (trimmed.Length > RegistrationLimits.Email)
        {
            return ("Registrations.TooLong", [RegistrationLimits.Email]);
        }
        // MailAddress accepts "Name <a@b>" and bare names in some forms: insist the parsed address is all that was typed.
        return MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed && trimmed.Contains('.', StringComparison.Ordinal)
            ? null
            : ("Registrations.EmailInvalid", [trimmed]);
    }

    public static (string, object[])? CheckPhone(string? phone)
    {
        var trimmed = Clean(phone);
        if (trimmed is null)
        {
            return null;
        }
        if (trimmed.Length > RegistrationLimits.Phone)
        {
            return ("Registrations.TooLong", [RegistrationLimits.Phone]);
        }
        var digits = trimmed.Count(char.IsAsciiDigit);
        var allowed = trimmed.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '.' or '(' or ')');
        return allowed && digits >= 6 ? null : ("Registrations.PhoneInvalid", [trimmed]);
    }

    public static (string, object[])? CheckNationality(string? code)
    {
        var trimmed = Clean(code)?.ToUpperInvariant();
        return trimmed is { Length: 2 } && trimmed.All(char.IsAsciiLetterUpper) ? null : ("Registrations.NationalityInvalid", []);
    }

    public static (string, object[])? CheckDays(int mask, int dayCount)
    {
        var all = dayCount >= 31 ? int.MaxValue : (1 << Math.Max(dayCount, 1)) - 1;
        return mask != 0 && (mask & ~all) == 0 ? null : ("Registrations.DaysRequired", []);
    }

    private static (string, object[])? CheckLength(string? text, int max) =>
        Clean(text) is { Length: var length } && length > max ? ("Registrations.TooLong", [max]) : null;

    /// <summary>Trimmed, in NFC (a name typed on a Mac arrives decomposed), null when blank.</summary>
    public static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>Writes validated details onto the registration.</summary>
    public static void Apply(Registration registration, RegistrationDetails input)
    {
        registration.Honorific = input.Honorific;
        registration.FullName = Clean(input.FullName)!;
        registration.OrganizationName = Clean(input.OrganizationName);
        registration.Position = Clean(input.Position);
        registration.Email = Clean(input.Email);
        registration.EmailKey = Registration.KeyOfEmail(registration.Email);
        registration.Phone = Clean(input.Phone);
        registration.Nationality = Clean(input.Nationality)!.ToUpperInvariant();
        registration.DaysMask = input.DaysMask;
        registration.CategoryId = input.CategoryId;
        registration.Ribbon = input.Ribbon is { } ribbon && Enum.IsDefined(ribbon) ? ribbon : null;
    }

    public static int DayCount(DateOnly start, DateOnly end) => Math.Max(1, end.DayNumber - start.DayNumber + 1);
}
