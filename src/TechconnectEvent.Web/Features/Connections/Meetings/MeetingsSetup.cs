namespace TechconnectEvent.Web.Features.Connections.Meetings;

/// <summary>Rounds, tables, availability, the meeting scheduler, schedules (e-mail, PDF) and meetings at the table.</summary>
internal static class MeetingsSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<MeetingWrites>();
        services.AddScoped<ScheduleAdminService>();
        services.AddScoped<MeetingPlacementService>();
        services.AddScoped<TableMeetingsService>();
        services.AddScoped<ScheduleDocuments>();
        services.AddScoped<ScheduleMails>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        ScheduleEndpoints.Map(endpoints);
    }
}
