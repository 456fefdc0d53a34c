using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Exhibitors.Apply;

/// <summary>
/// The rules of the public application form. The organisation, booth and technology parts reuse the rules the
/// organisers' screens apply; the form adds what an applicant must give: a contact, a province for a Vietnamese
/// organisation, at least one technology and the consent.
/// </summary>
public static class OnlineApplicationValidator
{
    /// <summary>The organisation rules name their fields after the organisation; the form names them after the contact.</summary>
    private static readonly Dictionary<string, string> OrganizationFields = new()
    {
        [nameof(OrganizationInput.ContactPerson)] = nameof(OnlineApplicationInput.ContactName),
        [nameof(OrganizationInput.Email)] = nameof(OnlineApplicationInput.ContactEmail),
        [nameof(OrganizationInput.Phone)] = nameof(OnlineApplicationInput.ContactPhone),
    };

    public static IReadOnlyList<OperationError> Validate(OnlineApplicationInput input, IReadOnlyCollection<int> zoneIds)
    {
        var errors = new List<OperationError>();
        foreach (var error in OrganizationValidator.Validate(input.ToOrganization()))
        {
            var field = error.Field is { } name ? OrganizationFields.GetValueOrDefault(name, name) : null;
            errors.Add(error with { Field = field });
        }
        Required(errors, nameof(input.ContactName), input.ContactName);
        Required(errors, nameof(input.ContactEmail), input.ContactEmail);
        Required(errors, nameof(input.ContactPhone), input.ContactPhone);
        MaxLength(errors, nameof(input.ContactPosition), input.ContactPosition, 150);
        if (string.Equals(TextRules.Clean(input.Country), "VN", StringComparison.OrdinalIgnoreCase) && TextRules.Clean(input.Province) is null)
        {
            errors.Add(OperationError.ForField(nameof(input.Province), "Apply.ProvinceRequired"));
        }
        TaxCodes.Normalize(input.TaxCode, out var taxCodeValid);
        if (!taxCodeValid)
        {
            errors.Add(OperationError.ForField(nameof(input.TaxCode), "Apply.TaxCodeInvalid"));
        }

        if (input.BoothsWanted is < 1 or > OnlineApplicationInput.MaxBooths)
        {
            errors.Add(OperationError.ForField(nameof(input.BoothsWanted), "Application.BoothsRange", 1, OnlineApplicationInput.MaxBooths));
        }
        // Its own range check allows more booths than an applicant may ask for online: the one above speaks instead.
        errors.AddRange(ApplicationValidator.Validate(input.ToApplication(), zoneIds).Where(e => e.Field != nameof(ApplicationInput.BoothsWanted)));
        MaxLength(errors, nameof(input.NeighbourWish), input.NeighbourWish, OnlineApplicationInput.MaxNeighbourWish);

        if (input.Technologies.Count == 0)
        {
            errors.Add(OperationError.ForField(OnlineApplicationInput.TechnologyField(0, nameof(TechnologyInput.TitleVi)), "Technology.TitleRequired"));
        }
        else if (input.Technologies.Count > OnlineApplicationInput.MaxTechnologies)
        {
            errors.Add(OperationError.ForField(nameof(input.Technologies), "Apply.TooManyTechnologies", OnlineApplicationInput.MaxTechnologies));
        }
        for (var i = 0; i < input.Technologies.Count && i < OnlineApplicationInput.MaxTechnologies; i++)
        {
            // A blank extra row (added and then left empty) is not a technology: it is ignored, not refused.
            if (i > 0 && IsBlank(input.Technologies[i]))
            {
                continue;
            }
            var index = i;
            errors.AddRange(TechnologyValidator.Validate(input.Technologies[i])
                .Select(e => e with { Field = OnlineApplicationInput.TechnologyField(index, e.Field!) }));
        }

        if (!input.Consent)
        {
            errors.Add(OperationError.ForField(nameof(input.Consent), "Apply.ConsentRequired"));
        }
        return errors;
    }

    /// <summary>The technologies worth saving: every row but the blank extra ones.</summary>
    public static IEnumerable<TechnologyInput> FilledTechnologies(OnlineApplicationInput input) =>
        input.Technologies.Where((t, i) => i == 0 || !IsBlank(t));

    private static bool IsBlank(TechnologyInput technology) =>
        TextRules.Clean(technology.TitleVi) is null && TextRules.Clean(technology.TitleEn) is null && TextRules.Clean(technology.Description) is null;

    private static void Required(List<OperationError> errors, string field, string? value)
    {
        if (TextRules.Clean(value) is null)
        {
            errors.Add(OperationError.ForField(field, "Apply.Required"));
        }
    }

    private static void MaxLength(List<OperationError> errors, string field, string? value, int max)
    {
        if (TextRules.Clean(value) is { Length: var length } && length > max)
        {
            errors.Add(OperationError.ForField(field, "Validation.TooLong", max));
        }
    }
}
