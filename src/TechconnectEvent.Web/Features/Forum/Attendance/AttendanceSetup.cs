namespace TechconnectEvent.Web.Features.Forum.Attendance;

/// <summary>Services and endpoints of session-door attendance and the expected audience.</summary>
internal static class AttendanceSetup
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
