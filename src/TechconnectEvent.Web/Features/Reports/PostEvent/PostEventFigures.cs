using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Reports.PostEvent;

/// <summary>
/// The figures of one edition that the post-event report prints and the organisers' dashboard shows: one set of
/// read-only grouped queries, so the report and the dashboard never disagree.
/// </summary>
public interface IPostEventFigures
{
    /// <summary>The edition's figures now, or null when there is no such edition.</summary>
    Task<PostEventFigures?> ComputeAsync(int editionId, CancellationToken cancellationToken = default);
}

/// <param name="ComputedAt">When the figures were counted (the report's "generated at").</param>
/// <param name="Previous">The same headline figures of the edition before this one, when there is one.</param>
public sealed record PostEventFigures(
    ReportEdition Edition,
    DateTimeOffset ComputedAt,
    AttendanceFigures Attendance,
    ExhibitionFigures Exhibition,
    ForumFigures Forum,
    ConnectionFigures Connections,
    HeadlineFigures Headlines,
    PreviousEditionFigures? Previous);

/// <summary>The edition as the report's cover names it; dates are the edition's own days in its time zone.</summary>
public sealed record ReportEdition(
    int Id,
    int Year,
    LocalizedText Name,
    LocalizedText Theme,
    LocalizedText Venue,
    LocalizedText Province,
    DateOnly StartDate,
    DateOnly EndDate,
    string TimeZoneId)
{
    public int DayCount => EndDate.DayNumber - StartDate.DayNumber + 1;
}

/// <summary>
/// Registered (Confirmed registrations) against checked in (people admitted through a fair gate at least once).
/// <see cref="Admissions"/> counts one per person and day.
/// </summary>
/// <param name="ByHour">Fair-gate admissions per hour of the edition's time zone, every hour from the first to the last admission of each day (zeros included).</param>
/// <param name="Peak">The busiest half hour of the edition, or null without admissions.</param>
public sealed record AttendanceFigures(
    int Registered,
    int CheckedIn,
    int Admissions,
    IReadOnlyList<CategoryAttendance> ByCategory,
    IReadOnlyList<DayAttendance> ByDay,
    IReadOnlyList<HourlyAdmissions> ByHour,
    PeakSlot? Peak);

/// <param name="IsVisitor">True for the public visitor categories, false for delegates, guests, press and exhibitor staff.</param>
public sealed record CategoryAttendance(int CategoryId, string Code, LocalizedText Name, string Colour, bool IsVisitor, int Registered, int CheckedIn);

/// <param name="Registered">Confirmed registrations that chose this day.</param>
/// <param name="CheckedIn">People admitted through a fair gate on this day.</param>
public sealed record DayAttendance(int DayIndex, DateOnly Date, int Registered, int CheckedIn);

/// <param name="Hour">0–23 in the edition's time zone.</param>
public sealed record HourlyAdmissions(DateOnly Date, int Hour, int Admissions);

/// <summary>A half hour [Start, Start + 30 min) of one day, in the edition's time zone.</summary>
public sealed record PeakSlot(DateOnly Date, TimeOnly Start, int Admissions)
{
    public TimeOnly End => Start.AddMinutes(30);
}

/// <param name="Booths">Booths of the edition (all statuses but withdrawn/unavailable ones as the floor plan counts them).</param>
/// <param name="AllocatedBooths">Booths with an exhibitor allocated.</param>
/// <param name="Exhibitors">Organisations with at least one allocated booth.</param>
/// <param name="ExhibitorsByType">Per organisation type flag, most first; an organisation of two types counts in both.</param>
/// <param name="ExhibitorsByProvince">Province (or country for foreign exhibitors), most first.</param>
/// <param name="Technologies">Technologies shown by the edition's exhibitors.</param>
public sealed record ExhibitionFigures(
    int Booths,
    int AllocatedBooths,
    IReadOnlyList<ZoneOccupancy> Zones,
    int Exhibitors,
    IReadOnlyList<TypeCount> ExhibitorsByType,
    IReadOnlyList<ProvinceCount> ExhibitorsByProvince,
    int Technologies,
    IReadOnlyList<FieldCount> TechnologiesByField)
{
    /// <summary>Allocated ÷ booths, 0 when there are no booths.</summary>
    public double OccupancyRate => Booths == 0 ? 0 : (double)AllocatedBooths / Booths;
}

public sealed record ZoneOccupancy(int ZoneId, string Code, LocalizedText Name, string Colour, int Booths, int AllocatedBooths)
{
    public double OccupancyRate => Booths == 0 ? 0 : (double)AllocatedBooths / Booths;
}

public sealed record TypeCount(OrganizationType Type, int Count);

/// <param name="Province">The province's name as recorded, or the country code for a foreign exhibitor; null when unknown.</param>
public sealed record ProvinceCount(string? Province, bool IsForeign, int Count);

public sealed record FieldCount(TechnologyField Field, int Count);

/// <param name="SessionsHeld">Published sessions of the edition that were not cancelled.</param>
/// <param name="Attendance">People admitted at session doors, summed over the sessions.</param>
public sealed record ForumFigures(
    int SessionsHeld,
    int Attendance,
    IReadOnlyList<TopicAttendance> ByTopic,
    IReadOnlyList<SessionAttendance> Sessions);

/// <param name="TopicId">Null for sessions without a topic.</param>
public sealed record TopicAttendance(int? TopicId, LocalizedText? Name, string Colour, int Sessions, int Attendance);

/// <param name="Chairs">The chairs' display names, in the order the session lists them.</param>
public sealed record SessionAttendance(
    int SessionId,
    LocalizedText Title,
    LocalizedText? Topic,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    LocalizedText? Room,
    int? Capacity,
    int Expected,
    int Attended,
    IReadOnlyList<string> Chairs);

/// <param name="Meetings">Meetings of the edition that were not cancelled.</param>
/// <param name="Outcomes">Held meetings per recorded outcome (None = not recorded).</param>
/// <param name="MousSigned">MoUs Signed or Exchanged.</param>
public sealed record ConnectionFigures(
    int Meetings,
    int Held,
    int NoShow,
    int Organizations,
    IReadOnlyList<OutcomeCount> Outcomes,
    int MousSigned,
    IReadOnlyList<SignedMou> Mous);

public sealed record OutcomeCount(MeetingOutcome Outcome, int Count);

/// <param name="Parties">The parties' organisation names (both languages), in the MoU's order.</param>
public sealed record SignedMou(int MouId, int? StageOrder, LocalizedText Title, TechnologyField Field, DateTimeOffset? SignedAt, long? ValueVnd, IReadOnlyList<LocalizedText> Parties);

/// <summary>The headline figures compared between editions.</summary>
public sealed record HeadlineFigures(
    int Registered,
    int CheckedIn,
    int Booths,
    int AllocatedBooths,
    int Exhibitors,
    int Technologies,
    int SessionsHeld,
    int SessionAttendance,
    int MeetingsHeld,
    int MousSigned);

public sealed record PreviousEditionFigures(int EditionId, int Year, LocalizedText Name, HeadlineFigures Headlines);
