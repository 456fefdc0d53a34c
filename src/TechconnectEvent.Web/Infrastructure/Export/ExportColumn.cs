namespace TechconnectEvent.Web.Infrastructure.Export;

/// <summary>
/// One column of an exported list, defined once: the resource key of its header (translated per request) and how a
/// row gives its value. Values keep their type (numbers stay numbers in XLSX, instants are shown in the edition's
/// time zone); <see cref="ExportLabel"/> asks for a translated label.
/// </summary>
public sealed record ExportColumn<TRow>(string HeaderKey, Func<TRow, object?> Value);

/// <summary>A cell shown as the translation of <paramref name="Key"/>, or as <paramref name="Code"/> when there is none.</summary>
public readonly record struct ExportLabel(string Key, string Code)
{
    /// <summary>An enum value as its translated label (<c>{prefix}{value}</c>), falling back to the value's name.</summary>
    public static ExportLabel Of<TEnum>(string prefix, TEnum value) where TEnum : struct, Enum =>
        new(prefix + value, value.ToString());
}
