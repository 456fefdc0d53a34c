using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Organizations;

/// <summary>The rules for an organisation, used by the dialog (next to each field) and again by the service.</summary>
public static partial class OrganizationValidator
{
    public static IReadOnlyList<OperationError> Validate(OrganizationInput input)
    {
        var errors = new List<OperationError>();
        var nameVi = TextRules.Clean(input.NameVi);
        if (nameVi is null)
        {
            errors.Add(OperationError.ForField(nameof(input.NameVi), "Organization.NameRequired"));
        }
        MaxLength(errors, nameof(input.NameVi), nameVi, 300);
        MaxLength(errors, nameof(input.NameEn), TextRules.Clean(input.NameEn), 300);
        MaxLength(errors, nameof(input.ShortName), TextRules.Clean(input.ShortName), 40);
        MaxLength(errors, nameof(input.Province), TextRules.Clean(input.Province), 100);
        MaxLength(errors, nameof(input.ContactPerson), TextRules.Clean(input.ContactPerson), 150);
        if (!OrganizationTypes.All.Contains(input.Type))
        {
            errors.Add(OperationError.ForField(nameof(input.Type), "Organization.TypeRequired"));
        }
        if (!CountryPattern().IsMatch(TextRules.Clean(input.Country)?.ToUpperInvariant() ?? ""))
        {
            errors.Add(OperationError.ForField(nameof(input.Country), "Organization.CountryInvalid"));
        }
        if (TextRules.Clean(input.Email) is { } email && (email.Length > 254 || !new EmailAddressAttribute().IsValid(email) || !email.Contains('.', StringComparison.Ordinal)))
        {
            errors.Add(OperationError.ForField(nameof(input.Email), "Organization.EmailInvalid"));
        }
        if (TextRules.Clean(input.Phone) is { } phone && !PhonePattern().IsMatch(phone))
        {
            errors.Add(OperationError.ForField(nameof(input.Phone), "Organization.PhoneInvalid"));
        }
        if (TextRules.Clean(input.Website) is { } website && !IsWebAddress(website))
        {
            errors.Add(OperationError.ForField(nameof(input.Website), "Organization.WebsiteInvalid"));
        }
        return errors;
    }

    /// <summary>The message for one field, for MudBlazor's per-field Validation hook.</summary>
    public static OperationError? ErrorFor(OrganizationInput input, string field) =>
        Validate(input).FirstOrDefault(e => e.Field == field);

    private static bool IsWebAddress(string value) =>
        value.Length <= 300
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.Host.Contains('.', StringComparison.Ordinal);

    private static void MaxLength(List<OperationError> errors, string field, string? value, int max)
    {
        if (value is { Length: var length } && length > max)
        {
            errors.Add(OperationError.ForField(field, "Validation.TooLong", max));
        }
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    // Digits, spaces, +, -, parentheses; 8–20 characters in all (e.g. "+84 (203) 3835 888").
    [GeneratedRegex(@"^(?=.*\d)[0-9 +\-()]{8,20}$")]
    private static partial Regex PhonePattern();
}
