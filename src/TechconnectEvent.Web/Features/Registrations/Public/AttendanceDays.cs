using System.Globalization;
using TechconnectEvent.Web.Features.Editions;

namespace TechconnectEvent.Web.Features.Registrations.Public;

/// <summary>The days of an edition as people read them: weekday and date in the culture's order.</summary>
public static class AttendanceDays
{
    public static DateOnly Date(Edition edition, int day) => edition.StartDate.AddDays(day);

    public static string Label(Edition edition, int day, CultureInfo culture)
    {
        var date = Date(edition, day);
        return $"{culture.TextInfo.ToTitleCase(date.ToString("dddd", culture))} {date.ToString("d", culture)}";
    }

    /// <summary>The days a registration attends, within the edition's days.</summary>
    public static IEnumerable<int> Of(Registration registration, Edition edition) =>
        Enumerable.Range(0, RegistrationIntake.DayCount(edition)).Where(registration.AttendsDay);
}
