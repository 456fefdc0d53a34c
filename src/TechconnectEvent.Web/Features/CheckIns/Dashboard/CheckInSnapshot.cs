using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.CheckIns.Dashboard;

/// <summary>
/// The check-in figures of one edition at one instant: the day it is now (when that is a day of the edition) and the
/// whole edition. Computed once and shared by every open dashboard of the edition.
/// </summary>
public sealed record CheckInSnapshot(
    int EditionId,
    string TimeZoneId,
    DateTimeOffset ComputedAt,
    int? TodayIndex,
    DateOnly? TodayDate,
    CheckInView? Today,
    CheckInView Edition)
{
    public bool HasRegistrations => Edition.Registered > 0;
}

/// <summary>
/// One view of the figures. <see cref="People"/> counts each person once within the view (once per day for a day,
/// once in all for the edition); <see cref="Admissions"/> counts one per person and day, so on a two-day edition a
/// person who came twice is one person and two admissions.
/// </summary>
public sealed record CheckInView(
    int People,
    int Admissions,
    int Registered,
    IReadOnlyList<CategoryCount> ByCategory,
    IReadOnlyList<HourCount> ByHour,
    IReadOnlyList<GateCount> ByGate,
    IReadOnlyList<RefusalCount> Refusals)
{
    public int RefusedTotal => Refusals.Sum(r => r.Count);
}

/// <summary>People checked in against Confirmed registrations of one category.</summary>
public sealed record CategoryCount(int CategoryId, string Code, LocalizedText Name, string Colour, int CheckedIn, int Registered);

/// <summary>Admissions in one hour of the edition's time zone (<see cref="Hour"/> 0–23 of <see cref="Date"/>).</summary>
public sealed record HourCount(DateOnly Date, int Hour, int CheckIns);

/// <summary>Admissions through one gate.</summary>
public sealed record GateCount(int ScanPointId, string Code, string Name, int CheckIns);

/// <summary>Refused scans for one reason.</summary>
public sealed record RefusalCount(ScanReason Reason, int Count);
