using System.Text.RegularExpressions;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Categories;

/// <summary>A category as the dialog binds it.</summary>
public sealed class CategoryInput
{
    public string Code { get; set; } = "";
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Colour { get; set; } = "#1565C0";
    public bool RequiresApproval { get; set; }
    public int? Capacity { get; set; }
    public bool WaitlistWhenFull { get; set; }
    public bool OpenToPublic { get; set; } = true;
    public BadgeRibbon Ribbon { get; set; }
    public int SortOrder { get; set; }
    public long Version { get; set; }

    public static CategoryInput From(RegistrationCategory c) => new()
    {
        Code = c.Code, NameVi = c.Name.Vi, NameEn = c.Name.En, Colour = c.Colour, RequiresApproval = c.RequiresApproval,
        Capacity = c.Capacity, WaitlistWhenFull = c.WaitlistWhenFull, OpenToPublic = c.OpenToPublic, Ribbon = c.Ribbon,
        SortOrder = c.SortOrder, Version = c.Version,
    };
}

/// <summary>The field rules of a category; each error names its field so the dialog shows it there.</summary>
public static partial class CategoryRules
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 100;
    public const int MaxCapacity = 100_000;

    public static class Fields
    {
        public const string Code = nameof(CategoryInput.Code);
        public const string NameVi = nameof(CategoryInput.NameVi);
        public const string NameEn = nameof(CategoryInput.NameEn);
        public const string Colour = nameof(CategoryInput.Colour);
        public const string Capacity = nameof(CategoryInput.Capacity);
        public const string SortOrder = nameof(CategoryInput.SortOrder);
    }

    public static List<OperationError> Validate(CategoryInput input)
    {
        var errors = new List<OperationError>();
        var code = NormaliseCode(input.Code);
        if (code.Length == 0)
        {
            errors.Add(OperationError.ForField(Fields.Code, "Categories.CodeRequired"));
        }
        else if (code.Length > MaxCodeLength || !CodePattern().IsMatch(code))
        {
            errors.Add(OperationError.ForField(Fields.Code, "Categories.CodeInvalid", MaxCodeLength));
        }
        Name(errors, Fields.NameVi, input.NameVi);
        Name(errors, Fields.NameEn, input.NameEn);
        if (!ColourPattern().IsMatch(input.Colour ?? ""))
        {
            errors.Add(OperationError.ForField(Fields.Colour, "Categories.ColourInvalid"));
        }
        if (input.Capacity is { } capacity && capacity is < 1 or > MaxCapacity)
        {
            errors.Add(OperationError.ForField(Fields.Capacity, "Categories.CapacityInvalid", MaxCapacity));
        }
        if (input.SortOrder is < 0 or > 999)
        {
            errors.Add(OperationError.ForField(Fields.SortOrder, "Categories.OrderInvalid"));
        }
        if (!Enum.IsDefined(input.Ribbon))
        {
            errors.Add(OperationError.ForField(nameof(CategoryInput.Ribbon), "Categories.RibbonInvalid"));
        }
        return errors;
    }

    private static void Name(List<OperationError> errors, string field, string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add(OperationError.ForField(field, "Categories.NameRequired"));
        }
        else if (trimmed.Length > MaxNameLength)
        {
            errors.Add(OperationError.ForField(field, "Categories.NameTooLong", MaxNameLength));
        }
    }

    /// <summary>Codes are keys for scripts and imports: lower-case ASCII letters, digits and dashes.</summary>
    public static string NormaliseCode(string? code) => (code ?? "").Trim().ToLowerInvariant();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColourPattern();
}
