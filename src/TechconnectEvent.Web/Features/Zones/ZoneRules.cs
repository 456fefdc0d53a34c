using System.Text.RegularExpressions;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Zones;

/// <summary>
/// Field rules for a zone, shared by the dialog (messages next to the fields) and the service (which checks again).
/// </summary>
public static partial class ZoneRules
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    public static class Fields
    {
        public const string Code = nameof(ZoneInput.Code);
        public const string NameVi = nameof(ZoneInput.NameVi);
        public const string NameEn = nameof(ZoneInput.NameEn);
        public const string Colour = nameof(ZoneInput.Colour);
        public const string DescriptionVi = nameof(ZoneInput.DescriptionVi);
        public const string DescriptionEn = nameof(ZoneInput.DescriptionEn);
    }

    public static string NormaliseCode(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static string NormaliseColour(string? colour) => (colour ?? "").Trim().ToUpperInvariant();

    public static OperationError? CheckCode(string? code) =>
        CodePattern().IsMatch(NormaliseCode(code)) ? null : OperationError.ForField(Fields.Code, "Zone.CodeInvalid");

    public static OperationError? CheckColour(string? colour) =>
        ColourPattern().IsMatch(NormaliseColour(colour)) ? null : OperationError.ForField(Fields.Colour, "Zone.ColourInvalid");

    public static OperationError? CheckName(string? name, string field) =>
        string.IsNullOrWhiteSpace(name) ? OperationError.ForField(field, field == Fields.NameVi ? "Zone.NameViRequired" : "Zone.NameEnRequired")
        : name.Trim().Length > MaxNameLength ? OperationError.ForField(field, "Zone.TextTooLong", MaxNameLength)
        : null;

    public static OperationError? CheckDescription(string? text, string field) =>
        (text ?? "").Trim().Length > MaxDescriptionLength ? OperationError.ForField(field, "Zone.TextTooLong", MaxDescriptionLength) : null;

    public static IReadOnlyList<OperationError> Validate(ZoneInput input) =>
        new[]
        {
            CheckCode(input.Code),
            CheckName(input.NameVi, Fields.NameVi),
            CheckName(input.NameEn, Fields.NameEn),
            CheckColour(input.Colour),
            CheckDescription(input.DescriptionVi, Fields.DescriptionVi),
            CheckDescription(input.DescriptionEn, Fields.DescriptionEn),
        }.OfType<OperationError>().ToList();

    // 1–8 uppercase letters or digits: the code is printed on the floor plan and prefixes booth codes.
    [GeneratedRegex("^[A-Z0-9]{1,8}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^#[0-9A-F]{6}$")]
    private static partial Regex ColourPattern();
}
