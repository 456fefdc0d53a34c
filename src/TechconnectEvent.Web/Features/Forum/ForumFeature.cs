namespace TechconnectEvent.Web.Features.Forum;

/// <summary>
/// The forum: rooms, topics and sessions on a clash-free timetable, the chairs' own sessions, the public agenda with
/// its calendars and programme PDF, and attendance at session doors through the check-in scan path.
/// </summary>
public static class ForumFeature
{
    public static IServiceCollection AddForum(this IServiceCollection services)
    {
        Scheduling.SchedulingSetup.Add(services);
        Sessions.SessionsSetup.Add(services);
        Timetable.TimetableSetup.Add(services);
        Agenda.AgendaSetup.Add(services);
        Attendance.AttendanceSetup.Add(services);
        return services;
    }

    /// <summary><c>/agenda.ics</c>, <c>/agenda/{id}.ics</c>, <c>/agenda.pdf</c> and the forum's other endpoints.</summary>
    public static IEndpointRouteBuilder MapForum(this IEndpointRouteBuilder endpoints)
    {
        Sessions.SessionsSetup.Map(endpoints);
        Timetable.TimetableSetup.Map(endpoints);
        Agenda.AgendaSetup.Map(endpoints);
        Attendance.AttendanceSetup.Map(endpoints);
        return endpoints;
    }
}
