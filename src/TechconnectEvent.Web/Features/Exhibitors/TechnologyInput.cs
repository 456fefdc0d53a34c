using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>What an exhibitor types for one technology.</summary>
public sealed class TechnologyInput
{
    public const int MaxDescription = 4000;

    public string? TitleVi { get; set; }
    public string? TitleEn { get; set; }
    public TechnologyField Field { get; set; } = TechnologyField.DigitalTechnology;
    public int ReadinessLevel { get; set; } = 5;
    public TechnologyOfferType OfferType { get; set; }
    public string? Description { get; set; }

    public static TechnologyInput From(Technology technology) => new()
    {
        TitleVi = technology.Title.Vi,
        TitleEn = technology.Title.En == technology.Title.Vi ? null : technology.Title.En,
        Field = technology.Field,
        ReadinessLevel = technology.ReadinessLevel,
        OfferType = technology.OfferType,
        Description = technology.Description,
    };

    internal void ApplyTo(Technology technology)
    {
        var vi = TextRules.Clean(TitleVi)!;
        technology.Title = new LocalizedText(vi, TextRules.Clean(TitleEn) ?? vi);
        technology.Field = Field;
        technology.ReadinessLevel = ReadinessLevel;
        technology.OfferType = OfferType;
        technology.Description = TextRules.Clean(Description);
    }
}

public static class TechnologyValidator
{
    public static IReadOnlyList<OperationError> Validate(TechnologyInput input)
    {
        var errors = new List<OperationError>();
        var title = TextRules.Clean(input.TitleVi);
        if (title is null)
        {
            errors.Add(OperationError.ForField(nameof(input.TitleVi), "Technology.TitleRequired"));
        }
        else if (title.Length > 300)
        {
            errors.Add(OperationError.ForField(nameof(input.TitleVi), "Validation.TooLong", 300));
        }
        if (TextRules.Clean(input.TitleEn) is { Length: > 300 })
        {
            errors.Add(OperationError.ForField(nameof(input.TitleEn), "Validation.TooLong", 300));
        }
        if (!Enum.IsDefined(input.Field))
        {
            errors.Add(OperationError.ForField(nameof(input.Field), "Technology.FieldInvalid"));
        }
        if (input.ReadinessLevel is < 1 or > 9)
        {
            errors.Add(OperationError.ForField(nameof(input.ReadinessLevel), "Technology.ReadinessRange", 1, 9));
        }
        if (!Enum.IsDefined(input.OfferType))
        {
            errors.Add(OperationError.ForField(nameof(input.OfferType), "Technology.OfferInvalid"));
        }
        if (TextRules.Clean(input.Description) is { Length: > TechnologyInput.MaxDescription })
        {
            errors.Add(OperationError.ForField(nameof(input.Description), "Validation.TooLong", TechnologyInput.MaxDescription));
        }
        return errors;
    }

    public static OperationError? ErrorFor(TechnologyInput input, string field) =>
        Validate(input).FirstOrDefault(e => e.Field == field);
}
