using TechconnectEvent.Web.Features.Forum.Rooms;

namespace TechconnectEvent.Web.Features.Forum.Timetable;

/// <summary>Services of the timetable board, the conflicts panel and the rooms and topics administration.</summary>
internal static class TimetableSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<TimetableQuery>();
        services.AddScoped<RoomAdminService>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
