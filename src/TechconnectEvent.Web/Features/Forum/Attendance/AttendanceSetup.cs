namespace TechconnectEvent.Web.Features.Forum.Attendance;

/// <summary>Services and endpoints of session-door attendance and the expected audience.</summary>
internal static class AttendanceSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<SessionDoorSync>();
        services.AddHostedService<SessionDoorWorker>();
        services.AddSingleton<ISessionAudience, SessionAudience>();
        services.AddScoped<AttendanceBoard>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
