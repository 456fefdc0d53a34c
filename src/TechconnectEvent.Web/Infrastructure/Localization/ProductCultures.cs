using System.Globalization;

namespace TechconnectEvent.Web.Infrastructure.Localization;

public static class ProductCultures
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";
    public const string Default = Vietnamese;

    public static readonly IReadOnlyList<string> Supported = [Vietnamese, English];

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static bool IsVietnamese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "vi";
}
