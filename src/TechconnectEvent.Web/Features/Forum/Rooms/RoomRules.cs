using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Infrastructure.Colours;

namespace TechconnectEvent.Web.Features.Forum.Rooms;

/// <summary>A room as its dialog binds it.</summary>
public sealed class RoomInput
{
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int Capacity { get; set; } = 100;
    public string? LocationNote { get; set; }
    public int SortOrder { get; set; }
    public long Version { get; set; }

    public static RoomInput From(Room room) => new()
    {
        NameVi = room.Name.Vi, NameEn = room.Name.En, Capacity = room.Capacity, LocationNote = room.LocationNote,
        SortOrder = room.SortOrder, Version = room.Version,
    };
}

/// <summary>A topic as its dialog binds it.</summary>
public sealed class TopicInput
{
    public string Code { get; set; } = "";
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Colour { get; set; } = "#455A64";
    public long Version { get; set; }

    public static TopicInput From(Topic topic) => new()
    {
        Code = topic.Code, NameVi = topic.Name.Vi, NameEn = topic.Name.En, Colour = topic.Colour, Version = topic.Version,
    };
}

/// <summary>
/// Field rules of rooms and topics, shared by the dialogs (checked as the user types) and the service (checked again);
/// each error names its field so that the message stands next to it.
/// </summary>
public static partial class RoomRules
{
    public const int MaxCapacity = 100_000;
    /// <summary>WCAG 2 AA for normal text: the topic's white session titles must stay readable on its colour.</summary>
    public const double MinimumContrast = Wcag.MinimumTextContrast;

    public static class Fields
    {
        public const string NameVi = nameof(RoomInput.NameVi);
        public const string NameEn = nameof(RoomInput.NameEn);
        public const string Capacity = nameof(RoomInput.Capacity);
        public const string LocationNote = nameof(RoomInput.LocationNote);
        public const string SortOrder = nameof(RoomInput.SortOrder);
        public const string Code = nameof(TopicInput.Code);
        public const string Colour = nameof(TopicInput.Colour);
    }

    public static List<OperationError> Validate(RoomInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new[]
        {
            CheckName(input.NameVi, Fields.NameVi, ForumLimits.RoomName),
            CheckName(input.NameEn, Fields.NameEn, ForumLimits.RoomName),
            CheckCapacity(input.Capacity),
            Clean(input.LocationNote).Length > ForumLimits.LocationNote
                ? OperationError.ForField(Fields.LocationNote, "Forum.Rooms.TooLong", ForumLimits.LocationNote) : null,
            input.SortOrder < 0 ? OperationError.ForField(Fields.SortOrder, "Forum.Rooms.OrderInvalid") : null,
        }.OfType<OperationError>().ToList();
    }

    public static List<OperationError> Validate(TopicInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new[]
        {
            CheckCode(input.Code),
            CheckName(input.NameVi, Fields.NameVi, ForumLimits.TopicName),
            CheckName(input.NameEn, Fields.NameEn, ForumLimits.TopicName),
            CheckColour(input.Colour),
        }.OfType<OperationError>().ToList();
    }

    public static OperationError? CheckName(string? name, string field, int limit) =>
        Clean(name).Length == 0 ? OperationError.ForField(field, field == Fields.NameVi ? "Forum.Rooms.NameViRequired" : "Forum.Rooms.NameEnRequired")
        : Clean(name).Length > limit ? OperationError.ForField(field, "Forum.Rooms.TooLong", limit)
        : null;

    public static OperationError? CheckCapacity(int capacity) =>
        capacity is < 1 or > MaxCapacity ? OperationError.ForField(Fields.Capacity, "Forum.Rooms.CapacityInvalid", MaxCapacity) : null;

    public static OperationError? CheckCode(string? code) =>
        NormaliseCode(code) is { Length: > 0 and <= ForumLimits.TopicCode } normal && CodePattern().IsMatch(normal) ? null : OperationError.ForField(Fields.Code, "Forum.Topics.CodeInvalid", ForumLimits.TopicCode);

    /// <summary>A well-formed "#RRGGBB" that white text reaches at least <see cref="MinimumContrast"/> on.</summary>
    public static OperationError? CheckColour(string? colour)
    {
        var hex = NormaliseColour(colour);
        if (!ColourPattern().IsMatch(hex))
        {
            return OperationError.ForField(Fields.Colour, "Forum.Topics.ColourInvalid");
        }
        var contrast = ContrastWithWhite(hex);
        return contrast < MinimumContrast
            ? OperationError.ForField(Fields.Colour, "Forum.Topics.ColourTooLight", Math.Floor(contrast * 100) / 100, MinimumContrast)
            : null;
    }

    /// <summary>WCAG 2 contrast ratio of white text on a "#RRGGBB" fill (1 to 21).</summary>
    public static double ContrastWithWhite(string hex)
    {
        var value = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return Wcag.Contrast(Wcag.Luminance((byte)(value >> 16), (byte)(value >> 8), (byte)value), 1.0);
    }

    public static string NormaliseCode(string? code) => (code ?? "").Trim().ToLowerInvariant();

    public static string NormaliseColour(string? colour) => (colour ?? "").Trim().ToUpperInvariant();

    public static string Clean(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);

    public static LocalizedText Name(string? vi, string? en) => new(Clean(vi), Clean(en));


    // Lower-case words joined by hyphens ("green-energy"): the code appears in agenda filter links.
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^#[0-9A-F]{6}$")]
    private static partial Regex ColourPattern();
}
