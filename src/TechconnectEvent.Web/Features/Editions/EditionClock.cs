using System.Globalization;

namespace TechconnectEvent.Web.Features.Editions;

/// <summary>
/// Instants are stored in UTC; people read them in the edition's time zone, formatted for their culture.
/// </summary>
public sealed class EditionClock(TimeProvider time)
{
    public DateTimeOffset Now(string timeZoneId = Edition.DefaultTimeZoneId) => ToLocal(time.GetUtcNow(), timeZoneId);

    public static DateTimeOffset ToLocal(DateTimeOffset instant, string timeZoneId = Edition.DefaultTimeZoneId) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    public static string Format(DateTimeOffset instant, string timeZoneId, CultureInfo culture) =>
        ToLocal(instant, timeZoneId).ToString("g", culture);

    /// <summary>An edition's days as "29/09/2023 – 30/09/2023" in the culture's date order.</summary>
    public static string FormatDateRange(DateOnly start, DateOnly end, CultureInfo culture) =>
        start == end ? start.ToString("d", culture) : $"{start.ToString("d", culture)} – {end.ToString("d", culture)}";
}
