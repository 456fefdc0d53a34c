namespace TechconnectEvent.Web.Features.Forum.Timetable;

/// <summary>Services and endpoints of the timetable board and the conflicts panel.</summary>
internal static class TimetableSetup
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
