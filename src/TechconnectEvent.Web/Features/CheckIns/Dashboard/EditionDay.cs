namespace TechconnectEvent.Web.Features.CheckIns.Dashboard;

/// <summary>A calendar day of an edition's time zone as the half-open range of instants [from, until) it covers.</summary>
public static class EditionDay
{
    public static (DateTimeOffset From, DateTimeOffset Until) Bounds(DateOnly date, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        return (StartOf(date, zone), StartOf(date.AddDays(1), zone));
    }

    /// <summary>The calendar day <paramref name="instant"/> falls on in the time zone.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, string timeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)).DateTime);

    private static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
