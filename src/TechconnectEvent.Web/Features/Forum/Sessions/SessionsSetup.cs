namespace TechconnectEvent.Web.Features.Forum.Sessions;

/// <summary>Services and endpoints of creating and editing sessions, chairs and speakers, publishing, rooms and topics, and the chairs' own sessions.</summary>
internal static class SessionsSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ForumSessionService>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
